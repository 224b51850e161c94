"""A key partner does not say what it provides.

Why: a business takes on key partners to get resources or activities it
cannot or should not have itself (a roaster for peak weeks, a cloud for its
servers). Saying which key resources or key activities a partner provides
shows what the business depends on the partner for.

Fails:

    name: Roast and Post
    key_activities:
      - name: Small-batch coffee roasting
    key_partners:
      - name: Green coffee importer
        provides: [small-batch-coffee-roasting]
      - name: Contract roastery for peak weeks
        motivation: optimization

Passes:

    name: Roast and Post
    key_activities:
      - name: Small-batch coffee roasting
    key_partners:
      - name: Contract roastery for peak weeks
        motivation: optimization
        provides: [small-batch-coffee-roasting]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import waits
from canvaslint.read import blocks as B

CODE = "KP001"
NAME = "partner-provides-nothing"
SEVERITY = "info"
SUMMARY = "A key partner provides no key resource or key activity"

TRANSLATIONS = {
    "nl": {
        "summary": "Een kernpartner levert geen kernmiddel of kernactiviteit",
        "why": "Waarom: een bedrijf gaat met kernpartners in zee om kernmiddelen of "
               "kernactiviteiten te krijgen die het zelf niet kan of niet hoort te hebben (een "
               "branderij voor de drukke weken, een cloud voor zijn servers). Door te noemen welke "
               "kernmiddelen of kernactiviteiten een partner levert, wordt duidelijk waarvoor het "
               "bedrijf van die partner afhangt.",
        "default": (
            'kernpartner "{partner}" levert niets: noem in het veld `{provides_field}` de '
            "kernmiddelen of kernactiviteiten die het bedrijf van deze partner krijgt"
        ),
    },
    "ru": {
        "summary": (
            "Ключевой партнер не предоставляет ни ключевого ресурса, ни ключевого вида деятельности"
        ),
        "why": "Почему: компания привлекает ключевых партнеров, чтобы получить ресурсы или виды "
               "деятельности, которых у неё самой быть не может или не должно (обжарочный цех на "
               "пиковые недели, облако для серверов). Если указать, какие ключевые ресурсы или "
               "ключевые виды деятельности дает партнер, видно, в чём компания от него зависит.",
        "default": (
            'ключевой партнер "{partner}" ничего не предоставляет: перечислите в его поле '
            "`{provides_field}` ключевые ресурсы или ключевые виды деятельности, которые компания "
            "получает от этого партнера"
        ),
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for partner in ctx.canvas.block(B.PARTNERS):
        if partner.values("provides"):
            continue
        yield for_plain_note(Problem(
            partner.field_path("provides"),
            f'key partner "{partner.name}" provides nothing: list under its `provides` the '
            "key resources or key activities the business gets from this partner",
            item=partner.name,
            args={"partner": partner.name, "provides_field": "provides"},
        ), ctx.canvas, partner, "provides")
