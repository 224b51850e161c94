"""The text format: one line per finding, as ruff and flake8 print them.

``path:line:col: CODE [severity] message (name)``, with ``[*]`` after the
code when ``check --fix`` would repair the finding (as ruff marks it);
colour only when the report says so (a terminal without ``NO_COLOR``).
Findings that follow from another one (canvaslint.causes) are printed
right under it, indented, so the mistake to fix comes first.
"""

from __future__ import annotations

from collections import Counter

from canvaslint.finding import Finding, Severity
from canvaslint.formatters.printable import printable
from canvaslint.report import Report

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
    out = [("    " if indented else "") + line(f, report.color, fixable=report.fixable(f))
           for f, indented in folded(report.findings)]
    if report.statistics:
        out.append("")
        counts = Counter((f.code, f.name) for f in report.findings)
        for (code, name), n in sorted(counts.items()):
            out.append(f"{n:5d}  {printable(code)}  {printable(name)}")
        out.extend(score_lines(report))
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


def score_lines(report: Report) -> list[str]:
    """The health score of each file (docs/health-score.md), for ``--statistics``."""
    if not report.scores:
        return []
    out = ["", "Health score (0-100; see docs/health-score.md):"]
    for file in report.files:
        score = report.scores.get(file)
        if score is not None:
            parts = ", ".join(f"{name} {part}" for name, part in score.parts())
            out.append(f"{score.overall:5d}  {printable(file)}  ({printable(parts)})")
    return out
