"""The health score's advice in English, Dutch and Russian (catalog ids ``score.*``).

A rendered Dutch page advised "give segment ... a channel" (issue 18). Each
hint is made once, in every language (:class:`canvaslint.i18n.Localized`,
still the English string for whoever reads it as one), so the page, the
report and ``--lang`` pick the words they need. Items are named as the
messages name them (``klantsegment "Kantoren"``), blocks by their titles,
fields by the user's keys and journey stages by the canvas's words.
"""

from __future__ import annotations

from typing import Any

from canvaslint.i18n import LANGUAGES, Key, Localized, language
from canvaslint.messages import say
from canvaslint.model.canvas import Item
from canvaslint.read import blocks as B

# The catalog id of each hint (canvaslint/messages/*.po).
TEMPLATES = {
    "blocks": "score.advice.blocks", "serve": "score.advice.serve", "fact": "score.advice.fact",
    "link": "score.advice.link", "relieve": "score.advice.relieve",
    "create": "score.advice.create", "stages": "score.advice.stages",
    "errors": "score.advice.errors",
}

# What a segment lacks, and what to say of an item (Russian in the genitive).
PHRASES = {
    "proposition": "score.lacks.proposition", "channel": "score.lacks.channel",
    "relationship": "score.lacks.relationship", "revenue": "score.lacks.revenue",
    "kind": "score.lacks.kind", "market": "score.lacks.market", "medium": "score.lacks.medium",
    "earned": "score.lacks.earned",
}


class Phrase(str):
    """A key of :data:`PHRASES`, shown in the language (with the user's key for ``field``)."""

    def __new__(cls, key: str, field: str = "") -> Phrase:
        made = super().__new__(cls, key)
        made.field = field
        return made

    field: str


class Blocks(tuple[str, ...]):
    """Block keys, shown as the blocks' titles."""


class Stages(tuple[str, ...]):
    """Journey stages, shown in the canvas's words."""


def hint(msgid: str, **args: Any) -> Localized:
    """The hint in every language; English is the string itself."""
    made = {code: _fill(code, msgid, args) for code in LANGUAGES}
    return Localized(made["en"], made)


def _fill(code: str, msgid: str, args: dict[str, Any]) -> str:
    return say(code, TEMPLATES[msgid], **{k: _show(code, v) for k, v in args.items()})


def _show(code: str, value: Any) -> str:
    lang = language(code)
    if isinstance(value, Item):
        return f'{lang.kinds.get(value.kind, B.KIND_NAMES.get(value.kind, value.kind))} ' \
               f'"{value.name}"'
    if isinstance(value, Blocks):
        return ", ".join(_title(code, block) for block in value)
    if isinstance(value, Stages):
        return ", ".join(lang.local_value.get(stage, stage) for stage in value)
    if isinstance(value, Phrase):
        return say(code, PHRASES[str(value)], field=lang.local_key.get(value.field, value.field),
                   pays=lang.local_key.get("pays", "pays"))
    if isinstance(value, list):
        return ", ".join(_show(code, v) for v in value)
    if isinstance(value, Key):
        return lang.local_key.get(value, str(value))
    return str(value)


def _title(code: str, block: str) -> str:
    title = language(code).titles.get(block)
    return title.lower() if title else B.BLOCK_TITLES[block]
