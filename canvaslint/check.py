"""The ``check`` command as a plain function: options in, exit code out."""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass, field

from canvaslint.discovery import PathError, targets
from canvaslint.engine import RunSettings
from canvaslint.finding import Severity
from canvaslint.registry import PluginError, discover
from canvaslint.report import Report
from canvaslint.selection import Selection, SelectorError


@dataclass
class CheckOptions:
    paths: list[str] = field(default_factory=list)
    formats: list[str] = field(default_factory=lambda: ["text"])
    output: str | None = None
    select: list[str] = field(default_factory=list)
    ignore: list[str] = field(default_factory=list)
    extend_select: list[str] = field(default_factory=list)
    fail_on: str | None = None
    no_config: bool = False
    stdin_filename: str | None = None
    statistics: bool = False
    quiet: bool = False


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


def run(opts: CheckOptions) -> int:
    from canvaslint import formatters
    from canvaslint.runner import lint_all

    try:
        rules = discover()
        selection = Selection(select=opts.select or ["ALL"], ignore=opts.ignore,
                              extend_select=opts.extend_select)
        selection.validate(rules)
        files = targets(opts.paths, opts.stdin_filename)
    except (PluginError, SelectorError, PathError) as exc:
        return error(str(exc))
    if not files:
        print("canvaslint: warning: no canvas files found (looked for canvas.yaml, "
              "canvas.yml, *.canvas.yaml and *.canvas.yml)", file=sys.stderr)
    settings = RunSettings(rules=[r for r in rules if selection.enabled(r)])
    findings = lint_all(files, lambda _target: settings)
    report = Report(findings=findings, files=[t.display for t in files],
                    rules={r.code: r for r in rules}, quiet=opts.quiet,
                    statistics=opts.statistics)
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
    threshold = opts.fail_on or "error"
    if threshold == "never":
        return 0
    level = Severity.parse(threshold)
    return 1 if any(f.severity >= level for f in findings) else 0
