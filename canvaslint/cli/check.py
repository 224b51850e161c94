"""The ``check`` command as a plain function: options in, exit code out."""

from __future__ import annotations

import contextlib
import dataclasses
import gc
import os
import sys
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from canvaslint.check.config import ConfigError, ConfigFile
from canvaslint.check.engine import RunSettings
from canvaslint.check.registry import PluginError, discover
from canvaslint.check.rule import RuleInfo
from canvaslint.check.settings import CommandLine, Resolved, config_for, resolve
from canvaslint.finding import Finding, Severity
from canvaslint.i18n import AllOf
from canvaslint.messages import Said, shown
from canvaslint.read.discovery import PathError, Target, targets
from canvaslint.read.safeio import UnsafePath
from canvaslint.report.results import Report

if TYPE_CHECKING:
    from collections import Counter

    from canvaslint.check.baseline import Key
    from canvaslint.check.fix.command import FixRun


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


def run(opts: CheckOptions) -> int:
    from canvaslint.check.runner import lint_all

    try:
        destinations = output_plan(opts.formats, opts.outputs)
    except ValueError as exc:
        return error(exc, opts.lang)
    try:
        rules = discover()
        # What start-up made (modules, rules) lives until the end: keep it out of every
        # garbage collection, which then only looks at what linting the files makes.
        gc.freeze()
        files = targets(opts.paths, opts.stdin_filename)
        if sys.stdin is None and any(t.path == "-" for t in files):
            return error(Said("check.error.stdin-closed"), opts.lang)
        plan = Plan(opts, rules)
        resolved = {t.display: plan.resolved(t) for t in files}
        if opts.show_config:
            return show_config(plan, files)
        inputs = _inputs(opts, files, resolved)
        _check_outputs(destinations, opts.write_baseline, inputs)
        known = _read_baseline(opts.baseline) if opts.baseline else None
        fixed = _fix(opts, files, plan) if opts.fix or opts.diff else None
        if opts.diff and fixed is not None:
            return fixed.status
        scored = opts.statistics or "html" in opts.formats
        measured: dict[str, Any] = {}
        findings = lint_all(files, _settings_for(plan, scored), opts.jobs, measured)
        if opts.fix:  # what --fix left, it would not make: no [*] for it
            findings = [dataclasses.replace(f, fix=None) if f.fix and (
                f.fix.safe or opts.unsafe_fixes) else f for f in findings]
        gone = 0
        if known is not None:
            from canvaslint.check import baseline

            findings, gone = baseline.only_new(findings, known, [t.display for t in files])
    except (PluginError, PathError, ConfigError, UnsafePath) as exc:
        return error(exc, opts.lang)
    if opts.write_baseline:
        from canvaslint.check import baseline

        kept = baseline.others(opts.write_baseline, [t.display for t in files])
        try:
            baseline.write(opts.write_baseline, findings, inputs, kept)
        except UnsafePath as exc:
            return error(exc, opts.lang)
        except OSError as exc:
            return error(Said("error.cannot-write", path=opts.write_baseline,
                              reason=exc.strerror), opts.lang)
        count = Said("count.finding", len(findings), count=len(findings))
        others = Said("baseline.kept", count=len(kept)) if kept else ""
        wrote = Said("baseline.wrote", findings=count, path=opts.write_baseline, others=others)
        print(f"canvaslint: {wrote.in_(opts.lang or 'en')}", file=sys.stderr)
        return 0
    if not files:
        print(f"canvaslint: warning: {Said('check.no-files').in_(opts.lang or 'en')}",
              file=sys.stderr)
    report = Report(findings=findings, files=[t.display for t in files],
                    rules=plan.catalog, quiet=opts.quiet, statistics=opts.statistics,
                    baseline_gone=gone, fixed=fixed.fixed if fixed else 0,
                    unsafe_fixes=opts.unsafe_fixes,
                    failing=lambda f: fails(f, resolved))
    report.language = opts.lang or _languages(files)
    if opts.show_source:
        report.sources = _sources(files)
    if scored:
        from canvaslint.report.score import judged_scores

        report.scores = judged_scores(measured, findings)
    if fixed is not None and fixed.stdin is not None:  # the fixed canvas is on stdout
        with contextlib.redirect_stdout(sys.stderr):
            status = write_report(destinations, report, inputs, opts.lang)
    else:
        status = write_report(destinations, report, inputs, opts.lang)
    if fixed is not None and fixed.status:
        return fixed.status
    return status if status else exit_code(findings, resolved)


def _settings_for(plan: Plan, scored: bool) -> Callable[[Target], RunSettings]:
    """The plan's settings; with scores in the report, each file's is measured as it is linted."""
    if not scored:
        return plan.settings
    from canvaslint.report.score import measure

    return lambda target: dataclasses.replace(plan.settings(target), measure=measure)


def _inputs(opts: CheckOptions, files: list[Target], resolved: dict[str, Resolved]) -> list[str]:
    """Every file this run reads: no output may be written over one of them."""
    found = [t.path for t in files if t.path != "-"]
    found += [str(r.config.path) for r in resolved.values() if r.config.path is not None]
    return found + ([opts.baseline] if opts.baseline else [])


def _check_outputs(destinations: list[tuple[str, str | None]], write_baseline: str | None,
                   inputs: list[str]) -> None:
    """Refuse a bad output before linting, so the refusal costs no lint.

    A report path in a folder that does not exist yet (``out/report.sarif``
    on a fresh CI checkout) gets its folder made, as ruff makes its
    ``--output-file`` folder; one that cannot be made stops the run now.
    """
    from canvaslint.read.safeio import check_output

    for target in [t for _, t in destinations if t] + [write_baseline or ""]:
        if not target:
            continue
        folder = os.path.dirname(target)
        if folder and not os.path.isdir(folder):
            if os.path.lexists(folder):
                raise UnsafePath(Said("check.error.folder-is-a-file", path=target,
                                      folder=folder))
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise UnsafePath(Said("check.error.folder-not-made", path=target,
                                      folder=folder, reason=exc.strerror)) from exc
        check_output(target, inputs)


def _infer_row(resolved: Resolved) -> str:
    infer = resolved.infer
    if not infer.enabled:
        return "off"
    extra = sum(1 for fields in infer.words.values() for _ in fields)
    note = f", with the configuration's words for {extra} field(s)" if extra else ""
    return f"on (facts read from words{note}; `canvaslint infer FILE` shows them)"


def _fix(opts: CheckOptions, files: list[Target], plan: Plan) -> FixRun:
    """Fix the files (or show the diff) before the lint that reports what is left."""
    from canvaslint.check.fix.command import fix_all
    from canvaslint.check.runner import remember_stdin

    outcome = fix_all(files, plan.settings, opts.unsafe_fixes, opts.diff)
    if outcome.stdin is not None:
        remember_stdin(outcome.stdin)
    return outcome


def _sources(files: list[Target]) -> dict[str, list[str]]:
    """Each file's lines as the lint read them, for ``--show-source``."""
    from canvaslint.check.runner import read_target
    from canvaslint.read.textio import decode_bytes

    out: dict[str, list[str]] = {}
    for target in files:
        raw = read_target(target)
        if not isinstance(raw, str):
            out[target.display] = decode_bytes(raw)[0].splitlines()
    return out


def _languages(files: list[Target]) -> str:
    """The report's language when --lang is not given: the one all the files are written in."""
    from canvaslint.check.runner import read_target
    from canvaslint.report.summary import common, written_in

    return common(written_in(read_target(t)) for t in files)


def _read_baseline(path: str) -> Counter[Key]:
    """The baseline's findings, read before linting so a bad one costs no lint.

    The baseline module is imported only when a baseline is asked for.
    """
    from canvaslint.check import baseline

    try:
        return baseline.read(path)
    except baseline.BaselineError as exc:
        raise ConfigError(*exc.args) from exc


def write_report(destinations: list[tuple[str, str | None]], report: Report,
                 inputs: Iterable[str] = (), lang: str | None = None) -> int:
    from canvaslint.read import safeio
    from canvaslint.report import formatters

    for fmt, target in destinations:
        report.color = fmt == "text" and target is None and use_color(sys.stdout)
        text = formatters.get(fmt)(report)
        if target is None:
            sys.stdout.write(text)
            continue
        try:
            safeio.write_text(target, text, inputs)
        except safeio.UnsafePath as exc:
            return error(exc, lang)
        except OSError as exc:
            return error(Said("error.cannot-write", path=target, reason=exc.strerror), lang)
    return 0


# Line-by-line formats may share standard output; every other format is one document.
LINE_FORMATS = ("text", "github")


def output_plan(formats: list[str], outputs: list[str]) -> list[tuple[str, str | None]]:
    """Pair each ``--format`` with where it goes: a file, or ``None`` for standard output.

    ``--output FORMAT:FILE`` names the format it is for, so several formats can
    be written in one run (as Spectral's ``-o.<format>``); a plain ``--output
    FILE`` is enough when there is one format. A format without an output, or
    with ``-``, goes to standard output, where at most one document format
    (json, sarif, junit, ...) may go, so the stream stays parseable.
    """
    from canvaslint.report.formatters import FORMATS

    wanted = list(dict.fromkeys(formats or ["text"]))
    chosen: dict[str, str] = {}
    for spec in outputs:
        fmt, sep, file = spec.partition(":")
        if not (sep and fmt in FORMATS):
            if len(wanted) > 1:
                raise ValueError(Said("output.error.which-format", spec=spec))
            fmt, file = wanted[0], spec
        if fmt not in wanted:
            raise ValueError(Said("output.error.not-asked", spec=spec, format=fmt))
        if fmt in chosen or not file:
            raise ValueError(Said("output.error.one-file", spec=spec, format=fmt))
        chosen[fmt] = file
    plan = [(fmt, None if chosen.get(fmt, "-") == "-" else chosen[fmt]) for fmt in wanted]
    files = [target for _, target in plan if target is not None]
    if len(set(files)) < len(files):
        raise ValueError(Said("output.error.same-file"))
    on_stdout = [fmt for fmt, target in plan if target is None and fmt not in LINE_FORMATS]
    if len(on_stdout) > 1:
        raise ValueError(Said("output.error.both-stdout", formats=AllOf(on_stdout),
                              last=on_stdout[-1]))
    return plan


def exit_code(findings: list[Finding], resolved: dict[str, Resolved]) -> int:
    """1 when a finding reaches the ``fail-on`` of the configuration of its file."""
    return 1 if any(fails(f, resolved) for f in findings) else 0


def fails(f: Finding, resolved: dict[str, Resolved]) -> bool:
    """Whether the finding reaches the ``fail-on`` of its file's configuration."""
    threshold = resolved[f.file].fail_on if f.file in resolved else "error"
    return threshold != "never" and f.severity >= Severity.parse(threshold)


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
