"""The health score's advice in English, Dutch and Russian.

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
from canvaslint.model.canvas import Item
from canvaslint.read import blocks as B

TEMPLATES: dict[str, dict[str, str]] = {
    "en": {
        "blocks": "fill the empty blocks: {blocks}",
        "serve": "give {segment} {missing}",
        "fact": "say for {item} {ask}",
        "link": "link the {block} (`{field}`)",
        "relieve": 'relieve the high-importance pain "{name}" of {segment}',
        "create": 'create the high-importance gain "{name}" of {segment}',
        "stages": "add touchpoints for the stages {stages} to the journey of {segment}",
        "errors": "fix the {count} place(s) with errors first",
    },
    "nl": {
        "blocks": "vul de lege bouwstenen: {blocks}",
        "serve": "geef {segment} {missing}",
        "fact": "zeg bij {item} {ask}",
        "link": "verbind de {block} (`{field}`)",
        "relieve": 'verzacht de belangrijke pijn "{name}" van {segment}',
        "create": 'creëer de belangrijke winst "{name}" van {segment}',
        "stages": "voeg contactmomenten toe voor de stadia {stages} aan de klantreis van "
                  "{segment}",
        "errors": "los eerst de fouten op ({count} plaatsen)",
    },
    "ru": {
        "blocks": "заполните пустые блоки: {blocks}",
        "serve": "{segment}: не хватает {missing}",
        "fact": "{item}: укажите {ask}",
        "link": "свяжите блок «{block}» (`{field}`)",
        "relieve": '{segment}: снимите важную проблему "{name}"',
        "create": '{segment}: создайте важную выгоду "{name}"',
        "stages": "{segment}: добавьте точки контакта для этапов {stages} в путь клиента",
        "errors": "сначала исправьте ошибки (мест: {count})",
    },
}

# What a segment lacks, and what to say of an item, per language (Russian in the genitive).
PHRASES: dict[str, dict[str, str]] = {
    "en": {"proposition": "a value proposition", "channel": "a channel",
           "relationship": "a customer relationship",
           "revenue": "a revenue stream (or `{pays}: false`)",
           "kind": "its kind (`{field}`)",
           "market": "whether it is a business or consumer market (`{field}`)",
           "medium": "how it makes contact (`{field}`)", "earned": "how it is earned (`{field}`)"},
    "nl": {"proposition": "een waardepropositie", "channel": "een kanaal",
           "relationship": "een klantrelatie",
           "revenue": "een inkomstenstroom (of `{pays}: false`)",
           "kind": "wat voor soort het is (`{field}`)",
           "market": "of het een zakelijke of een consumentenmarkt is (`{field}`)",
           "medium": "hoe het contact maakt (`{field}`)",
           "earned": "hoe het verdiend wordt (`{field}`)"},
    "ru": {"proposition": "ценностного предложения", "channel": "канала сбыта",
           "relationship": "взаимоотношений с клиентами",
           "revenue": "потока доходов (или `{pays}: false`)",
           "kind": "его вид (`{field}`)",
           "market": "рынок: компании или потребители (`{field}`)",
           "medium": "способ контакта (`{field}`)", "earned": "как он приносит доход (`{field}`)"},
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
    return TEMPLATES[code][msgid].format(**{k: _show(code, v) for k, v in args.items()})


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
        return PHRASES[code][str(value)].format(field=lang.local_key.get(value.field, value.field),
                                                pays=lang.local_key.get("pays", "pays"))
    if isinstance(value, list):
        return ", ".join(_show(code, v) for v in value)
    if isinstance(value, Key):
        return lang.local_key.get(value, str(value))
    return str(value)


def _title(code: str, block: str) -> str:
    title = language(code).titles.get(block)
    return title.lower() if title else B.BLOCK_TITLES[block]
