"""The ``check`` command as a plain function: options in, exit code out."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field
from pathlib import Path

from canvaslint.baseline import BaselineError
from canvaslint.config import ConfigError, ConfigFile
from canvaslint.discovery import PathError, Target, targets
from canvaslint.engine import RunSettings
from canvaslint.finding import Finding, Severity
from canvaslint.registry import PluginError, discover
from canvaslint.report import Report
from canvaslint.rule import RuleInfo
from canvaslint.selection import SelectorError
from canvaslint.settings import CommandLine, Resolved, config_for, resolve


@dataclass
class CheckOptions:
    paths: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=lambda: ["text"])
    output: str | None = None
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


def error(message: str) -> int:
    print(f"canvaslint: error: {message}", file=sys.stderr)
    return 2


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


class Plan:
    """Resolved settings per configuration file, built once per run."""

    def __init__(self, opts: CheckOptions, rules: list[RuleInfo]) -> None:
        self.opts = opts
        self.rules = rules
        self.catalog = {r.code: r for r in rules}
        self.cli = CommandLine(opts.select, opts.ignore, opts.extend_select, opts.fail_on,
                               opts.report_unused)
        self.explicit = Path(opts.config) if opts.config else None
        self._resolved: dict[Path | None, Resolved] = {}

    def resolved(self, target: Target) -> Resolved:
        config = config_for(self.display_path(target), self.explicit, self.opts.no_config)
        if config.path not in self._resolved:
            self._resolved[config.path] = resolve(config, self.cli, self.rules)
        return self._resolved[config.path]

    def display_path(self, target: Target) -> str:
        if target.path == "-":
            return self.opts.stdin_filename or "-"
        return target.path

    def settings(self, target: Target) -> RunSettings:
        resolved = self.resolved(target)
        base = resolved.settings_for(self.display_path(target), self.rules)
        return RunSettings(rules=base.rules, severity=base.severity, options=base.options,
                           catalog=self.catalog, report_unused=resolved.report_unused)


def run(opts: CheckOptions) -> int:
    from canvaslint.runner import lint_all

    try:
        rules = discover()
        files = targets(opts.paths, opts.stdin_filename)
        plan = Plan(opts, rules)
        resolved = {t.display: plan.resolved(t) for t in files}
        if opts.show_config:
            return show_config(plan, files)
        findings = lint_all(files, plan.settings)
        gone = 0
        if opts.baseline:
            from canvaslint import baseline

            findings, gone = baseline.only_new(findings, baseline.read(opts.baseline))
    except (PluginError, SelectorError, PathError, ConfigError, BaselineError) as exc:
        return error(str(exc))
    if opts.write_baseline:
        from canvaslint import baseline

        try:
            baseline.write(opts.write_baseline, findings)
        except OSError as exc:
            return error(f"cannot write {opts.write_baseline}: {exc.strerror}")
        print(f"canvaslint: wrote {len(findings)} findings to the baseline "
              f"{opts.write_baseline}", file=sys.stderr)
        return 0
    if not files:
        print("canvaslint: warning: no canvas files found (looked for canvas.yaml, "
              "canvas.yml, *.canvas.yaml and *.canvas.yml)", file=sys.stderr)
    report = Report(findings=findings, files=[t.display for t in files],
                    rules=plan.catalog, quiet=opts.quiet, statistics=opts.statistics,
                    baseline_gone=gone)
    status = write_report(opts, report)
    return status if status else exit_code(findings, resolved)


def write_report(opts: CheckOptions, report: Report) -> int:
    from canvaslint import formatters

    for fmt in opts.formats:
        report.color = fmt == "text" and opts.output is None and use_color(sys.stdout)
        text = formatters.get(fmt)(report)
        if opts.output:
            try:
                with open(opts.output, "w", encoding="utf-8") as handle:
                    handle.write(text)
            except OSError as exc:
                return error(f"cannot write {opts.output}: {exc.strerror}")
        else:
            sys.stdout.write(text)
    return 0


def exit_code(findings: list[Finding], resolved: dict[str, Resolved]) -> int:
    """1 when a finding reaches the ``fail-on`` of the configuration of its file."""
    for f in findings:
        threshold = resolved[f.file].fail_on if f.file in resolved else "error"
        if threshold != "never" and f.severity >= Severity.parse(threshold):
            return 1
    return 0


def show_config(plan: Plan, files: list[Target]) -> int:
    for target in files or [Target("-", "-")]:
        resolved = plan.resolved(target)
        config: ConfigFile = resolved.config
        print(f"{target.display}:")
        print(f"  configuration file: {config.path or '(none)'}")
        sel = resolved.selection
        rows = [
            ("select", ", ".join(sel.select)),
            ("ignore", ", ".join(sel.ignore) or "(none)"),
            ("extend-select", ", ".join(sel.extend_select) or "(none)"),
            ("fail-on", resolved.fail_on),
            ("report-unused-disables", str(resolved.report_unused).lower()),
        ]
        rows += [(f"per-file-ignores {p}", ", ".join(c)) for p, c in resolved.per_file.items()]
        rows += [(f"severity.{c}", str(s)) for c, s in resolved.severity.items()]
        rows += [(f"rules.{c}", str(o)) for c, o in resolved.options.items()]
        for key, value in rows:
            source = resolved.sources.get(key.split(" ")[0], "default")
            print(f"  {key}: {value}    # from {source}")
        enabled = plan.settings(target).rules
        print(f"  rules enabled: {len(enabled)} of {len(plan.rules)}")
    return 0
