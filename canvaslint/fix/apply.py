"""Fix one canvas's text: apply the edits, lint again, keep what adds no finding.

A fix is applied only when the fixed canvas still parses and has no finding
the original did not have (compared by rule, data path and message, since
lines may move). All edits of a pass are tried together first, the common
case costing one extra lint; when that adds a finding, each edit is tried
alone and only the harmless ones stay. Passes repeat, as ruff's do, because
one fix can reveal another (a key fixed, its misspelt value becomes
visible), until nothing changes.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from canvaslint.engine import RunSettings, lint_document
from canvaslint.finding import Edit, Finding
from canvaslint.loader import load

MAX_PASSES = 10
Key = tuple[str, str, str]


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
    result = Fixed(text)
    for _ in range(MAX_PASSES):
        edits = _chosen(findings, unsafe)
        if not edits:
            break
        applied = _apply_pass(result.text, edits, lambda t: _harmless(lint, t, allowed))
        if applied is None:
            break
        result.text, count = applied
        result.fixed += count
        findings = lint(result.text)[1]
    return result


def _key(f: Finding) -> Key:
    return (f.code, f.path, f.message)


def _harmless(lint: Callable[[str], tuple[bool, list[Finding]]], text: str,
              allowed: Counter[Key]) -> bool:
    readable, findings = lint(text)
    return readable and not Counter(_key(f) for f in findings) - allowed


def _chosen(findings: list[Finding], unsafe: bool) -> list[tuple[Edit, int]]:
    """The edits to try, each with how many findings it repairs, without overlaps."""
    counts: Counter[Edit] = Counter(
        f.fix for f in findings if f.fix is not None and (f.fix.safe or unsafe))
    chosen: list[tuple[Edit, int]] = []
    taken: list[Edit] = []
    for edit in sorted(counts, key=lambda e: (e.start, e.end, e.text)):
        if any(edit.start < t.end and t.start < edit.end or edit.start == t.start
               for t in taken):
            continue  # overlaps an edit already chosen: the next pass sees it again
        taken.append(edit)
        chosen.append((edit, counts[edit]))
    return chosen


def _apply_pass(text: str, edits: list[tuple[Edit, int]],
                harmless: Callable[[str], bool]) -> tuple[str, int] | None:
    together = apply_edits(text, [e for e, _ in edits])
    if harmless(together):
        return together, sum(n for _, n in edits)
    current, count = text, 0
    for edit, n in reversed(edits):  # from the end, so earlier offsets stay right
        candidate = apply_edits(current, [edit])
        if harmless(candidate):
            current, count = candidate, count + n
    return (current, count) if count else None


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
