"""Ids made from names, in any script: "Малый бизнес" -> "малый-бизнес"."""

from __future__ import annotations

import re

_NON_WORD = re.compile(r"[\W_]+", re.UNICODE)


def slugify(name: str) -> str:
    """Lower-case, and every run of spaces and punctuation becomes one ``-``.

    ``\\w`` in Python's ``re`` keeps letters and digits of every script, so
    Cyrillic and accented names slug to readable ids. Russian writers use
    ``е`` for ``ё`` freely, so the two are one letter in a slug: "Один счёт"
    is referred to as ``один-счёт`` or ``один-счет`` alike.
    """
    return fold(_NON_WORD.sub("-", name.casefold()).strip("-"))


def fold(text: str) -> str:
    """The spelling variants a reference may use for the same slug."""
    return text.replace("ё", "е")
