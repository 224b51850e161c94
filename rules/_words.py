"""How a message names a kind of item or a block, in every report language at once.

A message argument of type ``Kind`` shows the block's key in English
(``customer_segments``), while an English sentence says "segment" or "the
customer segments block". These helpers carry the English word (from
``canvaslint.read.blocks``) with the Dutch and Russian ones (from the language
tables), so the catalog template of each language picks its own word and the
rule writes none.
"""

from __future__ import annotations

from collections.abc import Iterable

from canvaslint.api import AllOf, Localized, Phrase, blocks, language

_OTHERS = ("nl", "ru")


def kind_name(kind: str) -> Localized:
    """``segment`` / ``klantsegment`` / ``сегмент``: what an item of ``kind`` is called."""
    english = blocks.KIND_NAMES.get(kind, kind)
    return Localized(english, {code: language(code).kinds.get(kind, kind) for code in _OTHERS})


def block_title(kind: str) -> Localized:
    """``customer segments`` / ``Klantsegmenten``: a block as the canvas's picture names it."""
    english = blocks.BLOCK_TITLES.get(kind, kind)
    return Localized(english, {code: language(code).titles.get(kind, english) for code in _OTHERS})


def listed(names: Iterable[str], more: str, limit: int = 3) -> AllOf:
    """Quoted names for a message, ``"A", "B" and "C"``; past ``limit``, the phrase ``more``.

    ``more`` is the catalog id of the rule's ``{count} more`` (``nog {count}``),
    so a long list ends in the report's language: ``"A", "B", "C" and 4 more``.
    """
    quoted = [f'"{name}"' for name in names]
    if len(quoted) > limit:
        return AllOf([*quoted[:limit], Phrase(more, count=len(quoted) - limit)])
    return AllOf(quoted)
