"""At most :data:`CAP` findings of one rule on one file, then one finding that counts the rest.

A finding is what a coach would say, and nobody reads the 101st "this segment
has no value proposition": past that the canvas needs a different fix, and
the output only drowns the rest. A stranger's ``customer_segments: [a,a,a,...]``
also made millions of findings from a megabyte and ran out of memory
(issue 17). So a rule's findings are kept up to the cap (suppressed ones do
not count) and only counted after it; the count becomes one finding at the
first one left out, with the rule's code and severity, so the exit code does
not change.
"""

from __future__ import annotations

from dataclasses import replace

from canvaslint.finding import Finding
from canvaslint.messages import say

CAP = 100

class Capped:
    """One rule's findings on one file: the first CAP kept, the rest counted."""

    def __init__(self) -> None:
        self.kept: list[Finding] = []
        self.more = 0
        self.first_left_out: Finding | None = None

    def add(self, finding: Finding) -> None:
        if len(self.kept) < CAP:
            self.kept.append(finding)
            return
        self.more += 1
        if self.first_left_out is None:
            self.first_left_out = finding

    def findings(self, lang: str) -> list[Finding]:
        """The kept findings and, if some were left out, the one that counts them."""
        first = self.first_left_out
        if first is None:
            return self.kept
        return [*self.kept, replace(first, message=more_message(first.code, self.more, lang))]


def more_message(code: str, more: int, lang: str) -> str:
    """``CS001 found 2900 more problems ...``: the catalog's ``cap.more``, in plural form."""
    return say(lang, "cap.more", more, code=code, more=more, cap=CAP)
