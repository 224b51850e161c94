"""The ``check`` command as a plain function: options in, exit code out."""


from __future__ import annotations

import contextlib
import dataclasses
import gc
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from canvaslint.check.config import ConfigError
from canvaslint.check.engine import RunSettings
from canvaslint.check.registry import PluginError, discover
from canvaslint.check.settings import Resolved
from canvaslint.cli.outputs import check_outputs, output_plan, write_report
from canvaslint.cli.plan import CheckOptions, Plan, error, show_config
from canvaslint.finding import Finding, Severity
from canvaslint.messages import Said
from canvaslint.read.discovery import PathError, Target, targets
from canvaslint.read.safeio import UnsafePath
from canvaslint.report.results import Report

if TYPE_CHECKING:
    from collections import Counter

    from canvaslint.check.baseline import Key
    from canvaslint.check.fix.command import FixRun


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
        check_outputs(destinations, opts.write_baseline, inputs)
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


def exit_code(findings: list[Finding], resolved: dict[str, Resolved]) -> int:
    """1 when a finding reaches the ``fail-on`` of the configuration of its file."""
    return 1 if any(fails(f, resolved) for f in findings) else 0


def fails(f: Finding, resolved: dict[str, Resolved]) -> bool:
    """Whether the finding reaches the ``fail-on`` of its file's configuration."""
    threshold = resolved[f.file].fail_on if f.file in resolved else "error"
    return threshold != "never" and f.severity >= Severity.parse(threshold)
