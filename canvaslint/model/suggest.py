"""Did-you-mean within a fixed budget per file, so a hostile canvas stays linear.

A suggestion compares the unknown word with every candidate (difflib's
ratio, as before). On a real canvas that is a few hundred comparisons; a
canvas with 4,000 unknown references to 4,000 items made it 16 million, and
one reference against a 60,000-character name one huge comparison (issue 17).
So words are compared by their first :data:`LONGEST` characters, and a file
gets :data:`BUDGET` comparisons in all: past it the finding still says what
is wrong and what to write, only without a "did you mean".
"""

from __future__ import annotations

import difflib
from collections.abc import Sequence

LONGEST = 80    # characters of a word that take part in the comparison
BUDGET = 20_000  # candidate comparisons per file


class Suggester:
    """Closest-word search for one file; each search spends from one budget."""

    def __init__(self, budget: int = BUDGET) -> None:
        self.left = budget

    def closest(self, word: str, candidates: Sequence[str], cutoff: float = 0.6) -> str | None:
        """The candidate nearest ``word`` (difflib ratio >= cutoff), or None."""
        if not candidates or len(candidates) > self.left:
            return None
        self.left -= len(candidates)
        shortened: dict[str, str] = {}
        for candidate in candidates:
            shortened.setdefault(candidate[:LONGEST], candidate)
        close = difflib.get_close_matches(word[:LONGEST], list(shortened), n=1, cutoff=cutoff)
        return shortened[close[0]] if close else None
