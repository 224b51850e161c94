"""Which rules run: select / ignore / extend-select by code, prefix or name.

As in ruff, the most specific selector wins: ``select: [CR] ignore: [CR0]
extend-select: [CR001]`` runs CR001 and no other CR rule. A rule name counts
as fully specific. ``ALL`` is the least specific selector of all.
"""

from __future__ import annotations

import difflib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from canvaslint.check.rule import RuleInfo


def specificity(selector: str, rule: RuleInfo) -> int:
    """How specifically ``selector`` names ``rule``; -1 when it does not."""
    if selector == "ALL":
        return 0
    if selector == rule.name:
        return 100
    if rule.code.startswith(selector):
        return len(selector)
    return -1


@dataclass(frozen=True)
class Selection:
    select: Sequence[str] = ("ALL",)
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()

    def enabled(self, rule: RuleInfo) -> bool:
        best_on = max((specificity(s, rule) for s in (*self.select, *self.extend_select)),
                      default=-1)
        best_off = max((specificity(s, rule) for s in self.ignore), default=-1)
        return best_on >= 0 and best_on > best_off

def nearest_rule(word: str, rules: Iterable[RuleInfo]) -> str | None:
    """The rule code or name nearest a mistyped one (``CR01`` -> ``CR001``, ``cr01`` too).

    Codes are compared in capitals, names in lower case, so the case the
    user typed does not hide the rule they meant.
    """

    words: dict[str, str] = {}
    for rule in rules:
        words.setdefault(rule.code.upper(), rule.code)
        words.setdefault(rule.name.lower(), rule.name)
    for typed in (word.strip().upper(), word.strip().lower()):
        close = difflib.get_close_matches(typed, list(words), n=1, cutoff=0.6)
        if close:
            return words[close[0]]
    return None


def matches_any(selectors: Iterable[str], rule: RuleInfo) -> bool:
    return any(specificity(s, rule) >= 0 for s in selectors)
