"""No revenue stream comes from a paying segment.

Why: a business model has to say who pays. A segment that pays (every
segment does unless it says ``pays: false``) but that no revenue stream
names is either money the canvas forgets to count or a segment that in
truth is subsidised. Add the revenue stream it pays, or mark the segment
``pays: false`` if another side of the business pays for it.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
        pays: false
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        segments: [home-baristas]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import pays, revenue_from, waits

CODE = "CS004"
NAME = "segment-without-revenue"
SEVERITY = "warning"
SUMMARY = "No revenue stream comes from a paying segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkele inkomstenstroom komt van een betalend klantsegment",
        "why": "Waarom: een businessmodel moet zeggen wie betaalt. Een segment dat betaalt (elk "
               "segment doet dat, tenzij er `pays: false` staat) maar dat geen enkele "
               "inkomstenstroom noemt, is óf geld dat het canvas vergeet te tellen, óf een "
               "segment dat in werkelijkheid gesubsidieerd wordt. Voeg de inkomstenstroom toe die "
               "het betaalt, of markeer het segment met `pays: false` (`betaalt: false`) als een "
               "andere kant van het bedrijf ervoor betaalt.",
        "default": 'klantsegment "{segment}" betaalt, maar geen enkele inkomstenstroom is '
                   "ervan afkomstig: noem het in de `{segments_field}` van de inkomstenstroom "
                   "die het betaalt, of zet `{pays_field}: false` als een ander segment ervoor "
                   "betaalt",
    },
    "ru": {
        "summary": "Ни один поток доходов не поступает от платящего сегмента",
        "why": "Почему: бизнес-модель должна говорить, кто платит. Сегмент, который платит "
               "(платит любой сегмент, если у него не указано `pays: false`), но который не "
               "упоминает ни один поток доходов, — это либо деньги, которые холст забыл учесть, "
               "либо сегмент, который на самом деле субсидируется. Добавьте поток доходов, "
               "который он приносит, или отметьте сегмент `pays: false` (платит: false), если за "
               "него платит другая сторона бизнеса.",
        "default": 'сегмент "{segment}" платит, но ни один поток доходов не поступает от '
                   "него: укажите его в поле `{segments_field}` потока доходов, за который он "
                   "платит, или задайте `{pays_field}: false`, если за него платит другой "
                   "сегмент",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if not pays(segment) or revenue_from(canvas, segment):
            continue
        yield Problem(
            segment.at,
            f'segment "{segment.name}" pays, but no revenue stream comes from it: name it '
            "in the `segments` of the revenue stream it pays, or say `pays: false` if "
            "another segment pays for it",
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments", "pays_field": "pays"},
        )
