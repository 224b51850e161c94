"""A note in any block is one generic word, such as "Quality" or "Partnerships".

Why: a sticky note that says "Quality", "Convenience" or "Partnerships"
names a category, not a decision: which quality, for whom, with which
partner? A coach asks "what exactly?" because nothing can be checked,
priced or built from one generic word. Name the thing itself ("Beans
roasted within a week", "Contract roastery for peak weeks"). Segments and
propositions named with B002's words are left to B002, and cost items are
not checked: "Marketing" or "Salaries" is how a cost structure is written.

Options: ``vague-notes``, the list of one-word notes (any language) that say
nothing on their own; the defaults are in ``b004_vague_words.yaml``.

Fails:

    name: Roast and Post
    key_resources:
      - Partnerships

Passes:

    name: Roast and Post
    key_resources:
      - Contract with a green-coffee importer in Santos
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import rule_data
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

CODE = "B004"
NAME = "vague-note"
SEVERITY = "warning"
SUMMARY = "A note in any block is one generic word, such as \"Quality\" or \"Partnerships\""
TRANSLATIONS = {
    "nl": {
        "summary": "Een notitie in een blok is één algemeen woord, zoals \"Kwaliteit\" of "
                   "\"Partnerschappen\"",
        "why": 'Waarom: een notitie met "Kwaliteit", "Gemak" of "Partnerschappen" noemt een '
               "categorie, geen keuze: welke kwaliteit, voor wie, met welke partner? Een coach "
               "vraagt \"wat precies?\", want met één algemeen woord valt niets te controleren, "
               "te prijzen of te bouwen. Noem het ding zelf. Segmenten en proposities met de "
               "woorden van B002 laten we aan B002 over, en kostenposten worden niet "
               "gecontroleerd: zo schrijf je een kostenstructuur.\n\n"
               "Opties: `vague-notes`, de lijst met notities van één woord (in elke taal); de "
               "standaardlijst staat in `b004_vague_words.yaml`.",
        "default": '{item_kind} "{item}" is één algemeen woord: schrijf op wat het precies is '
                   "(welke, voor wie, met wie), zodat het te controleren is",
    },
    "ru": {
        "summary": "Стикер в блоке — одно общее слово, например «Качество» или «Партнерство»",
        "why": "Почему: стикер «Качество», «Удобство» или «Партнерство» называет категорию, а "
               "не решение: какое качество, для кого, с каким партнером? Коуч спросит «что "
               "именно?», потому что по одному общему слову ничего нельзя проверить, оценить "
               "или построить. Назовите саму вещь. Сегменты и предложения со словами B002 "
               "оставлены правилу B002, а статьи издержек не проверяются: так пишут "
               "структуру издержек.\n\n"
               "Параметры: `vague-notes` — список стикеров из одного слова (на любом языке); "
               "значения по умолчанию — в `b004_vague_words.yaml`.",
        "default": '{item_kind} "{item}" — одно общее слово: напишите, что именно это '
                   "(какое, для кого, с кем), чтобы это можно было проверить",
    },
}
OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {"vague-notes": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("b004_vague_words.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    vague = {_norm(w) for w in options.get("vague-notes", [])}
    left_to_b002 = {_norm(w) for w in rule_data("b002_vague_words.yaml").get("vague-words", [])}
    canvas = ctx.canvas
    for kind in B.NINE_BLOCKS:
        if kind == B.COSTS:
            continue  # "Marketing" or "Salaries" is how cost structures are written
        for item in canvas.block(kind):
            word = _norm(item.name)
            if word not in vague or " " in word or item.text("description"):
                continue  # several words, or a description that says what it is
            if kind in (B.SEGMENTS, B.PROPOSITIONS) and word in left_to_b002:
                continue
            yield Problem(
                item.at,
                f"{item.label} is one generic word: write what exactly it is (which, for "
                "whom, with whom), so that it can be checked",
                item=item.name,
                args={"item": item.name, "item_kind": item.kind},
            )


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split()).strip(".!")
