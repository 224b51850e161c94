"""The github format: workflow-command annotations for GitHub Actions logs.

One ``::error file=...,line=...,col=...,endLine=...,endColumn=...,title=CODE
name::message`` line per finding (``::warning``, ``::notice`` by severity);
GitHub shows each on the line of the pull request's diff. Values are escaped
as the Actions toolkit does: ``%``, carriage return and newline everywhere,
``:`` and ``,`` also in properties, since those delimit the command.
"""

from __future__ import annotations

from canvaslint.finding import Finding, Severity
from canvaslint.report.formatters.printable import printable
from canvaslint.report.results import Report

COMMANDS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}


def escape_data(text: str) -> str:
    """As the Actions toolkit escapes, then every other control character (printable)."""
    return printable(text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A"))


def escape_property(text: str) -> str:
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


def annotation(f: Finding) -> str:
    line, column = max(f.line, 1), max(f.column, 1)
    props = [("file", f.file), ("line", str(line)), ("col", str(column))]
    if f.end_line >= line:
        props += [("endLine", str(f.end_line)), ("endColumn", str(max(f.end_column, 1)))]
    props.append(("title", f"{f.code} {f.name}".strip()))
    joined = ",".join(f"{key}={escape_property(value)}" for key, value in props)
    return f"::{COMMANDS[f.severity]} {joined}::{escape_data(f.message)}"


def render(report: Report) -> str:
    return "".join(annotation(f) + "\n" for f in report.findings)
