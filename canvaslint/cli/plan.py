"""What a run of ``check`` (or ``render``) will do: its options, each file's rules and settings."""


from __future__ import annotations

import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from canvaslint.check.config import ConfigFile
from canvaslint.check.engine import RunSettings
from canvaslint.check.rule import RuleInfo
from canvaslint.check.settings import CommandLine, Resolved, config_for, resolve
from canvaslint.messages import shown
from canvaslint.read.discovery import Target

if TYPE_CHECKING:

    pass


@dataclass
class CheckOptions:
    paths: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=lambda: ["text"])
    outputs: list[str] = field(default_factory=list)  # FILE, or FORMAT:FILE per format
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    fail_on: str | None = None
    config: str | None = None
    no_config: bool = False
    stdin_filename: str | None = None
    statistics: bool = False
    quiet: bool = False
    report_unused: bool | None = None
    baseline: str | None = None
    write_baseline: str | None = None
    show_config: bool = False
    jobs: int = 1
    no_plugins: bool = False
    lang: str | None = None
    infer: bool | None = None
    fix: bool = False
    diff: bool = False
    unsafe_fixes: bool = False
    show_source: bool = False


def error(message: object, lang: str | None = None) -> int:
    """Say why the run cannot be done, in ``--lang`` (English without it); exit status 2."""
    from canvaslint.report.formatters.printable import printable

    text = printable(shown(message, lang))  # may quote the repo
    print(f"canvaslint: error: {text}", file=sys.stderr)
    return 2


class Plan:
    """Resolved settings per configuration file, built once per run."""

    def __init__(self, opts: CheckOptions, rules: list[RuleInfo]) -> None:
        self.opts = opts
        self.rules = rules
        self.catalog = {r.code: r for r in rules}
        self.cli = CommandLine(opts.select, opts.ignore, opts.extend_select, opts.fail_on,
                               opts.report_unused, opts.infer)
        self.explicit = Path(opts.config) if opts.config else None
        self._resolved: dict[Path | None, Resolved] = {}
        self._rules: dict[Path | None, list[RuleInfo]] = {}

    def resolved(self, target: Target) -> Resolved:
        config = config_for(self.display_path(target), self.explicit, self.opts.no_config)
        if config.path not in self._resolved:
            rules = self.rules_for(config)
            self._rules[config.path] = rules
            self.catalog.update((r.code, r) for r in rules)
            self._resolved[config.path] = resolve(config, self.cli, rules)
        return self._resolved[config.path]

    def rules_for(self, config: ConfigFile) -> list[RuleInfo]:
        """Built-in and installed rules, plus the configuration's plugins if allowed."""
        if self.opts.no_plugins or not config.values.get("plugins"):
            return self.rules
        from canvaslint.check import plugins
        from canvaslint.check.registry import combine

        return combine(self.rules, plugins.load(config, self.explicit))

    def display_path(self, target: Target) -> str:
        if target.path == "-":
            return self.opts.stdin_filename or "-"
        return target.path

    def settings(self, target: Target) -> RunSettings:
        resolved = self.resolved(target)
        rules = self._rules[resolved.config.path]
        base = resolved.settings_for(self.display_path(target), rules)
        return RunSettings(rules=base.rules, severity=base.severity, options=base.options,
                           catalog={r.code: r for r in rules},
                           report_unused=resolved.report_unused, lang=self.opts.lang,
                           infer=base.infer)


def _infer_row(resolved: Resolved) -> str:
    infer = resolved.infer
    if not infer.enabled:
        return "off"
    extra = sum(1 for fields in infer.words.values() for _ in fields)
    note = f", with the configuration's words for {extra} field(s)" if extra else ""
    return f"on (facts read from words{note}; `canvaslint infer FILE` shows them)"


def show_config(plan: Plan, files: list[Target]) -> int:
    from canvaslint.report.formatters.printable import printable

    for target in files or [Target("-", "-")]:
        resolved = plan.resolved(target)
        config: ConfigFile = resolved.config
        print(printable(f"{target.display}:"))
        print(printable(f"  configuration file: {config.path or '(none)'}"))
        sel = resolved.selection
        rows = [
            ("select", ", ".join(sel.select)),
            ("ignore", ", ".join(sel.ignore) or "(none)"),
            ("extend-select", ", ".join(sel.extend_select) or "(none)"),
            ("fail-on", resolved.fail_on),
            ("report-unused-disables", str(resolved.report_unused).lower()),
            ("infer", _infer_row(resolved)),
        ]
        rows += [(f"per-file-ignores {p}", ", ".join(c)) for p, c in resolved.per_file.items()]
        rows += [(f"severity.{c}", str(s)) for c, s in resolved.severity.items()]
        rows += [(f"rules.{c}", str(o)) for c, o in resolved.options.items()]
        for key, value in rows:
            source = resolved.sources.get(key.split(" ")[0], "default")
            print(printable(f"  {key}: {value}    # from {source}"))  # the repo's words
        enabled = plan.settings(target).rules
        print(f"  rules enabled: {len(enabled)} of {len(plan.rules)}")
    return 0
