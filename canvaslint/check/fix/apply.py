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
extra lint; when that adds a finding, the edits in its item are set aside,
or the edits halved, until only the harmless ones stay. Passes repeat, as
ruff's do, because one fix can reveal another: `expect: Personal
assistance` fixed to `expects` makes the value a finding, which the next
pass fixes to `personal-assistance`. So a pass may add a finding that
itself has a fix; only the final text must add none, and when it does, the
fixes are made again without that leeway.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.finding import Edit, Finding
from canvaslint.read.loader import load

MAX_PASSES = 10
# At most this many trial lints per file: when most fixes would add a finding
# elsewhere, halving would cost a lint per fix; the budget keeps a big canvas
# from taking minutes, at the price of leaving some fixes unmade.
MAX_TRIALS = 64
_ITEM = re.compile(r"[^.\[]+(?:\[\d+\])?")
Key = tuple[str, str]


@dataclass
class Fixed:
    """The outcome for one text: the fixed text, how many findings are gone, where it changed."""

    text: str
    fixed: int = 0
    scopes: list[str] = field(default_factory=list)


def fix_text(name: str, text: str, settings: RunSettings, unsafe: bool = False) -> Fixed:
    """The text with the fixes of the selected rules that add no finding.

    Whatever the selection, the YAML rules judge the result too: `--select
    S002 --fix` must not fix a key into a duplicate key (Y002) because Y002
    was not asked for.
    """
    selected = {r.code for r in settings.rules}
    guards = [r for code, r in settings.catalog.items()
              if code.startswith("Y") and code not in selected]
    fixer = _Fixer(name, replace(settings, rules=[*settings.rules, *guards]), unsafe, selected)
    readable, findings = fixer.lint(text)
    if not readable:
        return Fixed(text)  # a file that cannot be parsed is never written
    fixer.allowed = Counter(_key(f) for f in findings)
    result = fixer.passes(text, findings, leeway=True)
    if result.text != text and not fixer.harmless(result.text, result.scopes, leeway=False):
        result = fixer.passes(text, findings, leeway=False)
    if result.text != text:  # the count the user sees: their findings that are gone
        left = Counter(_key(f) for f in fixer.lint(result.text)[1])
        result.fixed = sum(n for key, n in (fixer.allowed - left).items() if key[0] in selected)
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
    selected: set[str]
    allowed: Counter[Key] = field(default_factory=Counter)
    trials: int = 0

    def lint(self, text: str) -> tuple[bool, list[Finding]]:
        doc = load(self.name, text.encode("utf-8"))
        return doc.root is not None, lint_document(doc, self.settings)

    def wanted(self, f: Finding) -> bool:
        return f.fix is not None and (f.fix.safe or self.unsafe) and f.code in self.selected

    def harmless(self, text: str, scopes: list[str], leeway: bool) -> bool:
        return self.added(text, scopes, leeway) == []

    def added(self, text: str, scopes: list[str], leeway: bool) -> list[Key] | None:
        """The findings the text adds outside what the fixes revealed; None if it does not parse.

        With leeway, a new finding that itself has a fix may stay for the next pass.
        """
        readable, findings = self.lint(text)
        if not readable:
            return None
        fixable = {_key(f) for f in findings if self.wanted(f)} if leeway else set()
        added = Counter(_key(f) for f in findings) - self.allowed
        return [key for key in added if key not in fixable and (key[0].startswith("Y") or not any(
            _inside(key[1], s) for s in scopes if s))]

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
        accepted: list[Edit] = []
        self.settle(result, accepted, edits, leeway)
        if not accepted:
            return False
        result.text = apply_edits(result.text, accepted)
        result.scopes = result.scopes + [e.scope for e in accepted]
        return True

    def settle(self, base: Fixed, accepted: list[Edit], edits: list[Edit],
               leeway: bool) -> None:
        """Add to ``accepted`` the edits (of ``base.text``) that are harmless beside them.

        All at once first; when that adds findings, the edits in the items
        of those findings are the suspects, and the others are tried without
        them; failing that, the edits are halved. A few harmful edits among
        many so cost a few lints, not one per edit, and a long canvas full
        of typos stays linear to fix.
        """
        if not edits or self.trials >= MAX_TRIALS:
            return
        self.trials += 1
        trial = accepted + edits
        added = self.added(apply_edits(base.text, trial),
                           base.scopes + [e.scope for e in trial], leeway)
        if added == []:
            accepted.extend(edits)
            return
        if len(edits) == 1:
            return
        suspects = [e for e in edits if any(_related(e.scope, path) for _, path in added or [])]
        if 0 < len(suspects) < len(edits):
            self.settle(base, accepted, [e for e in edits if e not in suspects], leeway)
            self.settle(base, accepted, suspects, leeway)
            return
        middle = len(edits) // 2
        self.settle(base, accepted, edits[:middle], leeway)
        self.settle(base, accepted, edits[middle:], leeway)


def _related(scope: str, path: str) -> bool:
    """The fix and the finding are about the same item (or one holds the other)."""
    return _inside(path, _item(scope)) or _inside(scope, _item(path))


def _item(path: str) -> str:
    """``customer_segments[2].pains[0]`` -> ``customer_segments[2]``."""
    found = _ITEM.match(path)
    return found.group() if found else path


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
