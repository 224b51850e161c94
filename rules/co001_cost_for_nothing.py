"""A cost item does not say what it is for.

Why: a cost structure is more than a list of expenses: each cost exists
because of some key activity, key resource, partner, channel or
relationship. Saying what a cost is for shows which parts of the model
drive the costs, and which costs would go if a part were dropped.

Fails:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
    cost_structure:
      - name: Green beans
        for: [drum-roasting-machine]
      - name: Roasting machine lease
        nature: fixed

Passes:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
    cost_structure:
      - name: Roasting machine lease
        nature: fixed
        for: [drum-roasting-machine]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import waits
from canvaslint.read import blocks as B

CODE = "CO001"
NAME = "cost-for-nothing"
SEVERITY = "info"
SUMMARY = "A cost item is for no item of the canvas"

TRANSLATIONS = {
    "nl": {
        "summary": "Een kostenpost is voor geen enkel item van het canvas",
        "why": "Waarom: een kostenstructuur is meer dan een lijst uitgaven: elke kostenpost "
               "bestaat vanwege een kernactiviteit, kernmiddel, kernpartner, kanaal of "
               "klantrelatie. Door te zeggen waarvoor een kostenpost is, zie je welke delen van "
               "het model de kosten veroorzaken, en welke kosten zouden verdwijnen als een deel "
               "wegviel.",
        "default": (
            'kostenpost "{cost}" is voor niets: noem in het veld `{for_field}` de '
            "kernactiviteiten, kernmiddelen, kernpartners, kanalen of klantrelaties die deze "
            "kosten veroorzaken"
        ),
    },
    "ru": {
        "summary": "Статья издержек не относится ни к одному элементу холста",
        "why": "Почему: структура издержек — это больше, чем список расходов: каждая статья "
               "издержек существует из-за какого-то ключевого вида деятельности, ключевого "
               "ресурса, партнера, канала сбыта или взаимоотношений с клиентами. Если указать, на "
               "что идут издержки, видно, какие части модели их порождают и какие издержки "
               "исчезли бы, если убрать какую-то часть.",
        "default": (
            'статья издержек "{cost}" ни к чему не относится: перечислите в ее поле `{for_field}` '
            "ключевые виды деятельности, ключевые ресурсы, партнеров, каналы или взаимоотношения, "
            "которые вызывают эти издержки"
        ),
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for cost in ctx.canvas.block(B.COSTS):
        if cost.values("for"):
            continue
        yield for_plain_note(Problem(
            cost.field_path("for"),
            f'cost item "{cost.name}" is for nothing: list under its `for` the key activities, '
            "key resources, partners, channels or relationships that cause this cost",
            item=cost.name,
            args={"cost": cost.name, "for_field": "for"},
        ), ctx.canvas, cost, "for")
