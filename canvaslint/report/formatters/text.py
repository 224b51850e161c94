"""The text format: one line per finding, as ruff and flake8 print them.

``path:line:col: CODE [severity] message (name)``, with ``[*]`` after the
code when ``check --fix`` would repair the finding (as ruff marks it);
colour only when the report says so (a terminal without ``NO_COLOR``).
Findings that follow from another one (canvaslint.check.causes) are printed
right under it, indented, so the mistake to fix comes first.
"""

from __future__ import annotations

from collections import Counter

from canvaslint.check.ruledoc import help_uri
from canvaslint.finding import Finding, Severity
from canvaslint.report.formatters.printable import printable
from canvaslint.report.results import Report
from canvaslint.report.summary import SCORE_PARTS, Words

_COLORS = {Severity.ERROR: "31", Severity.WARNING: "33", Severity.INFO: "36"}


def _paint(text: str, code: str, color: bool) -> str:
    return f"\x1b[{code}m{text}\x1b[0m" if color else text


def line(f: Finding, color: bool = False, escape: bool = True, fixable: bool = False) -> str:
    """One finding on one line: the canvas's words escaped, only our colours raw.

    ``escape=False`` is for a format that escapes by its own rules (JUnit's XML).
    """
    safe = printable if escape else str
    where = _paint(f"{safe(f.file)}:{f.line}:{f.column}:", "1", color)
    code = _paint(safe(f.code), _COLORS[f.severity], color) + (" [*]" if fixable else "")
    return f"{where} {code} [{f.severity}] {safe(f.message)} ({safe(f.name)})"


def render(report: Report) -> str:
    out: list[str] = []
    for f, indented in folded(report.findings):
        out.append(("    " if indented else "") + line(f, report.color, fixable=report.fixable(f)))
        if report.sources:
            info = report.rules.get(f.code)  # a rule outside the catalog has no page
            uri = help_uri(f.code, info.origin) if info else None
            out.extend(source_lines(f, report.sources.get(f.file, []), uri, report.color))
    if report.statistics:  # sections apart by one blank line, none before the first
        for section in (statistics_lines(report), score_lines(report)):
            if section:
                out.extend(["", *section] if out else section)
    if not report.quiet:
        out.append(report.summary())
    return "\n".join(out) + ("\n" if out else "")


def folded(findings: list[Finding]) -> list[tuple[Finding, bool]]:
    """Each cause first, the findings that follow from it right under it, indented.

    A finding whose cause is not in the report (suppressed, say) stands alone.
    """
    shown = {(f.file, f.code, f.line, f.column) for f in findings}
    under: dict[tuple[str, str, int, int], list[Finding]] = {}
    for f in findings:
        if f.cause is not None and (f.file, *f.cause) in shown:
            under.setdefault((f.file, *f.cause), []).append(f)
    out: list[tuple[Finding, bool]] = []
    for f in findings:
        if f.cause is not None and (f.file, *f.cause) in shown:
            continue
        out.append((f, False))
        out.extend((g, True) for g in under.get((f.file, f.code, f.line, f.column), []))
    return out


def source_lines(f: Finding, lines: list[str], uri: str | None = None,
                 color: bool = False) -> list[str]:
    """``--show-source``: the finding's line with a caret under its place, and its docs.

    As ruff's full output: the line number in a gutter, the line as written
    (escaped, so a canvas cannot restyle the terminal), carets under the
    finding's span on that line, and the link to the rule's reference.
    """
    out: list[str] = []
    if 1 <= f.line <= len(lines):
        text = lines[f.line - 1]
        gutter = " " * len(str(f.line))
        start = min(max(f.column, 1), len(text) + 1)
        end = f.end_column if f.end_line == f.line and f.end_column > start else start + 1
        end = max(min(end, len(text) + 1), start + 1)
        shown = printable(text[:start - 1])  # escapes widen the text: the caret follows
        marks = _paint("^" * len(printable(text[start - 1:end - 1]) or "^"),
                       _COLORS[f.severity], color)
        out += [f"{gutter} |", f"{f.line} | {printable(text)}",
                f"{gutter} | {' ' * len(shown)}{marks}"]
    if uri:
        out.append(f"  = docs: {uri}")
    return [*out, ""] if out else out


def statistics_lines(report: Report) -> list[str]:
    """A count per rule, in columns as ruff's ``--statistics`` (codes differ in length)."""
    counts = Counter((printable(f.code), printable(f.name)) for f in report.findings)
    if not counts:
        return []
    width = max(len(code) for code, _ in counts)
    digits = max(5, len(str(max(counts.values()))))
    return [*(f"{n:{digits}d}  {code:<{width}}  {name}"
                  for (code, name), n in sorted(counts.items()))]


def score_lines(report: Report) -> list[str]:
    """The health score of each file (docs/health-score.md), for ``--statistics``."""
    if not report.scores:
        return []
    words = Words(report.language)
    out = [words.text("summary.score")]
    shown = [(printable(file), report.scores[file]) for file in report.files
             if file in report.scores]
    width = max(len(file) for file, _ in shown) if shown else 0
    for file, score in shown:
        parts = ", ".join(f"{words.text(SCORE_PARTS[name])} {part}" for name, part in score.parts())
        out.append(f"{score.overall:5d}  {file:<{width}}  ({printable(parts)})")
    return out
