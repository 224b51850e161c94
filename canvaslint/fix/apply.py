"""Fix one canvas's text: apply the edits, lint again, keep what adds no finding.

A fix is applied only when the fixed canvas still parses and has no finding
the original did not have. Findings are compared by rule and data path:
lines may move, and a message may grow more precise once a value is fixed.
One kind of new finding is not added by the fix but revealed by it: a
finding inside the value the fix repaired, which the linter could not read
before (the items of a misspelt block, a pain list written as one text).
Those are allowed, except the YAML findings (Y...), which are about the text
itself and which a fix can make (a key fixed into one that is already
there); a new finding anywhere else stops the fix (docs/decisions.md, issue 20).

All edits of a pass are tried together first, the common case costing one
extra lint; when that adds a finding, the edits are halved and each half
tried, until only the harmless ones stay. Passes repeat, as ruff's do, because one fix can reveal
another: `expect: Personal assistance` fixed to `expects` makes the value a
finding, which the next pass fixes to `personal-assistance`. So a pass may
add a finding that itself has a fix; only the final text must add none, and
when it does, the fixes are made again without that leeway.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from canvaslint.engine import RunSettings, lint_document
from canvaslint.finding import Edit, Finding
from canvaslint.loader import load

MAX_PASSES = 10
Key = tuple[str, str]


@dataclass
class Fixed:
    """The outcome for one text: the fixed text, how many findings are gone, where it changed."""

    text: str
    fixed: int = 0
    scopes: list[str] = field(default_factory=list)


def fix_text(name: str, text: str, settings: RunSettings, unsafe: bool = False) -> Fixed:
    fixer = _Fixer(name, settings, unsafe)
    readable, findings = fixer.lint(text)
    if not readable:
        return Fixed(text)  # a file that cannot be parsed is never written
    fixer.allowed = Counter(_key(f) for f in findings)
    result = fixer.passes(text, findings, leeway=True)
    if result.text != text and not fixer.harmless(result.text, result.scopes, leeway=False):
        result = fixer.passes(text, findings, leeway=False)
    if result.text != text:  # the count the user sees: their findings that are gone
        left = Counter(_key(f) for f in fixer.lint(result.text)[1])
        result.fixed = sum((fixer.allowed - left).values())
    return result


def _key(f: Finding) -> Key:
    return (f.code, f.path)


def _inside(path: str, scope: str) -> bool:
    return path == scope or path.startswith((scope + ".", scope + "["))


@dataclass
class _Fixer:
    name: str
    settings: RunSettings
    unsafe: bool
    allowed: Counter[Key] = field(default_factory=Counter)

    def lint(self, text: str) -> tuple[bool, list[Finding]]:
        doc = load(self.name, text.encode("utf-8"))
        return doc.root is not None, lint_document(doc, self.settings)

    def wanted(self, f: Finding) -> bool:
        return f.fix is not None and (f.fix.safe or self.unsafe)

    def harmless(self, text: str, scopes: list[str], leeway: bool) -> bool:
        """The text parses and adds no finding outside what the fixes revealed.

        With leeway, a new finding that itself has a fix may stay for the next pass.
        """
        readable, findings = self.lint(text)
        if not readable:
            return False
        fixable = {_key(f) for f in findings if self.wanted(f)} if leeway else set()
        added = Counter(_key(f) for f in findings) - self.allowed
        return all(key in fixable or not key[0].startswith("Y") and any(
            _inside(key[1], s) for s in scopes if s) for key in added)

    def passes(self, text: str, findings: list[Finding], leeway: bool) -> Fixed:
        result = Fixed(text)
        for _ in range(MAX_PASSES):
            edits = self.chosen(findings)
            if not edits:
                break
            if not self.one_pass(result, edits, leeway):
                break
            findings = self.lint(result.text)[1]
        return result

    def chosen(self, findings: list[Finding]) -> list[Edit]:
        """The edits to try, each once, without overlaps."""
        wanted = {f.fix for f in findings if f.fix is not None and self.wanted(f)}
        chosen: list[Edit] = []
        for edit in sorted(wanted, key=lambda e: (e.start, e.end, e.text)):
            if any(edit.start < t.end and t.start < edit.end or edit.start == t.start
                   for t in chosen):
                continue  # overlaps an edit already chosen: the next pass sees it again
            chosen.append(edit)
        return chosen

    def one_pass(self, result: Fixed, edits: list[Edit], leeway: bool) -> bool:
        before = result.text
        self.settle(result, edits, leeway)
        return result.text != before

    def settle(self, result: Fixed, edits: list[Edit], leeway: bool) -> None:
        """Apply the harmless edits: all at once, or halve and try each half.

        Halving finds a few harmful edits among many in a number of lints that
        grows with the logarithm of the edits, not with their number, so a
        long canvas full of typos stays linear to fix.
        """
        if not edits:
            return
        candidate = apply_edits(result.text, edits)
        scopes = result.scopes + [e.scope for e in edits]
        if self.harmless(candidate, scopes, leeway):
            result.text, result.scopes = candidate, scopes
            return
        if len(edits) == 1:
            return
        middle = len(edits) // 2
        self.settle(result, edits[middle:], leeway)  # the later half first: offsets stay right
        self.settle(result, edits[:middle], leeway)


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
