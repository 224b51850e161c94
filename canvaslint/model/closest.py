"""The one word a user surely meant: the heart of every safe fix.

A did-you-mean hint may guess; a fix may not. A word is replaced only when
exactly one known word is close to it, and "close" is narrow: the same word
in another case or with spaces or underscores for dashes
(``Personal assistance``), for vocabulary values one dash-separated part
of exactly one word (``convenience`` for ``convenience-usability``), or a
typo of one letter (two in long words: ``costumer_segments``). Candidates map each word a user
may write (English, or the canvas's own language) to what it means, so
``persoonlijke assistentie`` and ``personal-assistance`` count as one
candidate, and the fix writes the word in the user's language.
"""

from __future__ import annotations

from collections.abc import Mapping


def sure_match(written: str, candidates: Mapping[str, str], parts: bool = False) -> str | None:
    """The candidate word ``written`` surely means, or None when it is not sure.

    ``candidates`` maps each word that may be written to its meaning; the
    answer is one of its keys, chosen so that all close words share one
    meaning. Exact normal forms win over parts and typos. ``parts`` lets a
    word stand for the one vocabulary word it is part of; keys and ids do
    not get that leeway (``coffee`` is not surely ``coffee-roasting``).
    """
    norm = _normal(written)
    if not norm:
        return None
    for test in (_same, _part, _typo) if parts else (_same, _typo):
        close = [word for word in candidates if test(norm, _normal(word))]
        meanings = {candidates[word] for word in close}
        if len(meanings) == 1:
            return min(close, key=lambda w: (_distance(norm, _normal(w)), w != written, w))
        if meanings:
            return None  # two meanings are equally close: a guess, not a fix
    return None


def _normal(word: str) -> str:
    return "-".join(word.casefold().replace("_", " ").replace("-", " ").split())


def _same(norm: str, word: str) -> bool:
    return norm == word


def _part(norm: str, word: str) -> bool:
    """``convenience`` is a whole part of ``convenience-usability``."""
    return len(norm) >= 4 and norm != word and norm in word.split("-")


# A typo fix is for words and ids, not paragraphs: longer ones are never compared,
# which keeps the quadratic edit distance cheap on hostile input (issue 17).
_LONGEST = 80


def _typo(norm: str, word: str) -> bool:
    longest = max(len(norm), len(word))
    if longest > _LONGEST:
        return False
    allowed = 2 if longest >= 10 else 1 if longest >= 4 else 0
    return abs(len(norm) - len(word)) <= allowed and 0 < _distance(norm, word) <= allowed


def _distance(a: str, b: str) -> int:
    """Edits between two words (insert, delete, change, swap two neighbours).

    Written out because the words are a few letters long and the standard
    library has no such measure; a C dependency would cost more than it saves.
    """
    previous2: list[int] = []
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i] + [0] * len(b)
        for j, cb in enumerate(b, 1):
            current[j] = min(previous[j] + 1, current[j - 1] + 1,
                             previous[j - 1] + (ca != cb))
            if i > 1 and j > 1 and ca == b[j - 2] and a[i - 2] == cb:
                current[j] = min(current[j], previous2[j - 2] + 1)
        previous2, previous = previous, current
    return previous[len(b)]
