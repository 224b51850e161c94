"""Fix one canvas's text: apply the edits, lint again, keep what adds no finding.

A fix is applied only when the fixed canvas still parses and has no finding
the original did not have (compared by rule and data path: lines may move,
and a message may grow more precise once a value is fixed). All edits of a
pass are tried together first, the common case costing one extra lint; when
that adds a finding, each edit is tried alone and only the harmless ones
stay. Passes repeat, as ruff's do, because
one fix can reveal another: `expect: Personal assistance` fixed to
`expects` makes the value a finding, which the next pass fixes to
`personal-assistance`. So a pass may add a finding that itself has a fix;
only the final text must add none, and when it does, the fixes are made
again without that leeway.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from canvaslint.engine import RunSettings, lint_document
from canvaslint.finding import Edit, Finding
from canvaslint.loader import load

MAX_PASSES = 10
Key = tuple[str, str]


@dataclass
class Fixed:
    """The outcome for one text: the fixed text and how many findings it repaired."""

    text: str
    fixed: int = 0


def fix_text(name: str, text: str, settings: RunSettings, unsafe: bool = False) -> Fixed:
    def lint(candidate: str) -> tuple[bool, list[Finding]]:
        doc = load(name, candidate.encode("utf-8"))
        readable = doc.root is not None
        return readable, lint_document(doc, settings)

    readable, findings = lint(text)
    if not readable:
        return Fixed(text)  # a file that cannot be parsed is never written
    allowed = Counter(_key(f) for f in findings)
    result = _passes(text, findings, lint, allowed, unsafe, leeway=True)
    if result.text != text and not _harmless(lint, result.text, allowed, unsafe, False):
        result = _passes(text, findings, lint, allowed, unsafe, leeway=False)
    if result.text != text:  # the count the user sees: their findings that are gone
        left = Counter(_key(f) for f in lint(result.text)[1])
        result.fixed = sum((allowed - left).values())
    return result


Lint = Callable[[str], tuple[bool, list[Finding]]]


def _passes(text: str, findings: list[Finding], lint: Lint, allowed: Counter[Key],
            unsafe: bool, leeway: bool) -> Fixed:
    result = Fixed(text)
    for _ in range(MAX_PASSES):
        edits = _chosen(findings, unsafe)
        if not edits:
            break
        applied = _apply_pass(result.text, edits,
                              lambda t: _harmless(lint, t, allowed, unsafe, leeway))
        if applied is None:
            break
        result.text = applied
        findings = lint(result.text)[1]
    return result


def _key(f: Finding) -> Key:
    return (f.code, f.path)


def _harmless(lint: Lint, text: str, allowed: Counter[Key], unsafe: bool,
              leeway: bool) -> bool:
    """The text parses and adds no finding (with leeway: none that cannot be fixed)."""
    readable, findings = lint(text)
    if not readable:
        return False
    added = Counter(_key(f) for f in findings) - allowed
    if leeway:
        fixable = {_key(f) for f in findings if f.fix is not None and (f.fix.safe or unsafe)}
        return all(key in fixable for key in added)
    return not added


def _chosen(findings: list[Finding], unsafe: bool) -> list[Edit]:
    """The edits to try, each once, without overlaps."""
    wanted = {f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe)}
    chosen: list[Edit] = []
    for edit in sorted(wanted, key=lambda e: (e.start, e.end, e.text)):
        if any(edit.start < t.end and t.start < edit.end or edit.start == t.start
               for t in chosen):
            continue  # overlaps an edit already chosen: the next pass sees it again
        chosen.append(edit)
    return chosen


def _apply_pass(text: str, edits: list[Edit], harmless: Callable[[str], bool]) -> str | None:
    together = apply_edits(text, edits)
    if harmless(together):
        return together
    current = text
    for edit in reversed(edits):  # from the end, so earlier offsets stay right
        candidate = apply_edits(current, [edit])
        if harmless(candidate):
            current = candidate
    return current if current != text else None


def apply_edits(text: str, edits: list[Edit]) -> str:
    """The text with non-overlapping edits applied."""
    out: list[str] = []
    position = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        out.append(text[position:edit.start])
        out.append(edit.text)
        position = edit.end
    out.append(text[position:])
    return "".join(out)
