"""A channel reaches no customer segment.

Why: a channel is how a company reaches its customers to communicate,
sell and deliver. A channel that reaches nobody costs money without
bringing the value proposition to anyone, or it shows that the canvas has
not said whom it is for. A channel whose ``segments`` name only unknown
items is left to R001 and R003, which point at the wrong name.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas, offices]
      - name: Saturday market stall
        medium: in-person

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Saturday market stall
        medium: in-person
        segments: home-baristas
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import waits

CODE = "CH001"
NAME = "channel-without-segment"
SEVERITY = "error"
SUMMARY = "A channel reaches no customer segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Een kanaal bereikt geen klantsegment",
        "why": "Waarom: via een kanaal bereikt een bedrijf zijn klanten om met hen te "
               "communiceren, te verkopen en te leveren. Een kanaal dat niemand bereikt, kost "
               "geld zonder de waardepropositie bij iemand te brengen, of laat zien dat het "
               "canvas niet zegt voor wie het kanaal is. Een kanaal waarvan `segments` "
               "(`segmenten`) alleen onbekende items noemt, laten we over aan R001 en R003, die "
               "de verkeerde naam aanwijzen.",
        "default": (
            'kanaal "{channel}" bereikt geen klantsegment: voeg `{segments_field}:` toe met de '
            "id's van de segmenten die het bereikt, of verwijder het kanaal"
        ),
        "not_mapping": (
            'kanaal "{channel}" bereikt geen klantsegment: schrijf het als mapping met '
            "`{name_field}:` en `{segments_field}:` met de id's van de segmenten die het bereikt, "
            "of verwijder het kanaal"
        ),
    },
    "ru": {
        "summary": "Канал не охватывает ни одного потребительского сегмента",
        "why": "Почему: канал сбыта — это путь, которым компания достигает своих клиентов, чтобы "
               "общаться с ними, продавать и доставлять. Канал, который никого не охватывает, "
               "стоит денег, но ни до кого не доносит ценностное предложение, или показывает, что "
               "на холсте не сказано, для кого он. Канал, в `segments` (сегменты) которого "
               "указаны только неизвестные элементы, оставлен правилам R001 и R003: они укажут на "
               "неверное имя.",
        "default": (
            'канал "{channel}" не охватывает ни одного потребительского сегмента: добавьте '
            "`{segments_field}:` с id сегментов, которые он охватывает, или удалите канал"
        ),
        "not_mapping": (
            'канал "{channel}" не охватывает ни одного потребительского сегмента: запишите его как '
            "словарь с `{name_field}:` и `{segments_field}:` (id сегментов, которые он охватывает) "
            "или удалите канал"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for channel in canvas.channels:
        if canvas.refs(channel, "segments") or channel.values("segments"):
            continue  # reaches a segment, or names one that R001/R003 report
        if not channel.fields:
            fix = "write it as a mapping with `name:` and `segments:` naming whom it reaches"
        else:
            fix = "add `segments:` with the ids of the segments it reaches"
        yield Problem(
            channel.field_path("segments"),
            f'channel "{channel.name}" reaches no customer segment: {fix}, '
            "or remove the channel",
            item=channel.name,
            msgid="default" if channel.fields else "not_mapping",
            args={"channel": channel.name, "segments_field": "segments", "name_field": "name"},
        )
