"""A YAML rule's ``pattern``: the ``regex`` engine, with a time budget per rule and file.

A YAML rule comes with a repository, so its pattern is as untrusted as the
canvas: with Python's backtracking ``re``, ``^(a|aa)+$`` hangs on a name of a
few dozen letters (issue 17). We keep the syntax users know from ``re`` and
``regex`` (look-arounds included) and bound the time instead: the ``regex``
module, the well-kept superset of ``re``, stops a match after a timeout. One
rule gets :data:`BUDGET` seconds of matching on one file in all, so a slow
pattern cannot be multiplied by the number of items; when the budget is
spent the rule stops with :class:`PatternTooSlow`, which the engine reports
as that rule's X000 finding while the other rules run on.
"""

from __future__ import annotations

import time
from functools import cache

import regex

BUDGET = 1.0  # seconds of pattern matching per rule and file


class PatternTooSlow(RuntimeError):
    """A pattern used up its rule's time on this file."""


@cache
def compile_pattern(pattern: str) -> regex.Pattern[str]:
    """Compiled once per run; raises ``regex.error`` for an invalid pattern."""
    return regex.compile(pattern)


class Budget:
    """The matching time one rule has left on one file."""

    def __init__(self, seconds: float = BUDGET) -> None:
        self.deadline = time.monotonic() + seconds

    def search(self, pattern: str, text: str) -> bool:
        left = self.deadline - time.monotonic()
        try:
            if left <= 0:
                raise TimeoutError
            return compile_pattern(pattern).search(text, timeout=left) is not None
        except TimeoutError:
            raise PatternTooSlow(
                f"the pattern {pattern!r} took more than {BUDGET:g} s on this file (it "
                f"backtracks, as nested repeats like (a+)+ do); simplify it") from None
