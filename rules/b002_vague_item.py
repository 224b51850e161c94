"""The whole name of a segment or proposition is a generic word.

Why: "everyone" is not a customer segment and "quality" is not a value
proposition. A business serves particular people with particular needs;
a vague name hides that nobody has decided who they are. Name the group
by what sets it apart ("commuters who cycle in winter").

Options: ``vague-words``, the list of words (any language) that are vague
on their own; the defaults are in ``b002_vague_words.yaml``.

Fails:

    name: Nespresso
    customer_segments:
      - name: Everyone

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import rule_data
from canvaslint.finding import Problem

CODE = "B002"
NAME = "vague-item"
SEVERITY = "warning"
SUMMARY = "A segment or proposition is named with a generic word such as \"everyone\""
TRANSLATIONS = {
    "nl": {
        "summary": "Een segment of propositie heeft een nietszeggende naam zoals \"iedereen\"",
        "why": 'Waarom: "iedereen" is geen klantsegment en "kwaliteit" is geen waardepropositie. '
               "Een bedrijf bedient bepaalde mensen met bepaalde behoeften; een vage naam "
               "verbergt dat niemand heeft besloten wie dat zijn. Noem de groep naar wat haar "
               'onderscheidt ("forenzen die ook in de winter fietsen").\n\n'
               "Opties: `vague-words`, de lijst met woorden (in elke taal) die op zichzelf vaag "
               "zijn; de standaardlijst staat in `b002_vague_words.yaml`.",
        "default": '{item_kind} "{item}" zegt niets over voor wie het is: noem de groep of het '
                   'aanbod naar wat het onderscheidt (bijvoorbeeld "forenzen die ook in de '
                   'winter fietsen")',
    },
    "ru": {
        "summary": "Сегмент или предложение названы общим словом вроде «все»",
        "why": "Почему: «все» — это не потребительский сегмент, а «качество» — не ценностное "
               "предложение. Бизнес обслуживает конкретных людей с конкретными потребностями; "
               "расплывчатое название скрывает, что никто не решил, кто они. Назовите группу по "
               "тому, что ее отличает («велосипедисты, которые ездят и зимой»).\n\n"
               "Параметры: `vague-words` — список слов (на любом языке), которые расплывчаты сами "
               "по себе; значения по умолчанию — в `b002_vague_words.yaml`.",
        "default": '{item_kind} "{item}" ничего не говорит о том, для кого он: назовите группу '
                   "или предложение по тому, что их отличает (например, «велосипедисты, "
                   "которые ездят и зимой»)",
    },
}
OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {"vague-words": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("b002_vague_words.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    vague = {_norm(w) for w in options.get("vague-words", [])}
    canvas = ctx.canvas
    for item in (*canvas.segments, *canvas.propositions):
        if _norm(item.name) in vague:
            yield Problem(
                item.at,
                f'{item.label} says nothing about whom it is for: name it by what sets the '
                'group or the offer apart (for example "commuters who cycle in winter")',
                item=item.name,
                args={"item": item.name, "item_kind": item.kind},
            )


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split()).strip(".!")
