"""No channel reaches the segment.

Why: a segment the business cannot reach will never hear of the offer, buy
it or receive it. Every segment needs at least one channel (a web shop, a
sales team, a retailer) through which the business communicates with it and
delivers its value proposition.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas, offices]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import channels_reaching, waits

CODE = "CS002"
NAME = "segment-without-channel"
SEVERITY = "error"
SUMMARY = "No channel reaches the segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkel kanaal bereikt het klantsegment",
        "why": "Waarom: een segment dat het bedrijf niet kan bereiken, hoort nooit van het "
               "aanbod, koopt het niet en ontvangt het niet. Elk segment heeft minstens één "
               "kanaal nodig (een webshop, een verkoopteam, een winkelier) waarlangs het bedrijf "
               "met het segment communiceert en zijn waardepropositie levert.",
        "default": 'geen enkel kanaal bereikt klantsegment "{segment}": noem het in de '
                   "`{segments_field}` van een kanaal dat deze klanten bereikt, of voeg zo'n "
                   "kanaal toe",
    },
    "ru": {
        "summary": "Ни один канал не охватывает сегмент",
        "why": "Почему: сегмент, до которого бизнес не может дотянуться, никогда не узнает о "
               "предложении, не купит и не получит его. Каждому сегменту нужен хотя бы один канал "
               "сбыта (интернет-магазин, отдел продаж, розничный магазин), через который бизнес "
               "общается с ним и доносит до него свое ценностное предложение.",
        "default": 'ни один канал не охватывает сегмент "{segment}": укажите его в поле '
                   "`{segments_field}` канала, который доходит до этих клиентов, или добавьте "
                   "такой канал",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if channels_reaching(canvas, segment):
            continue
        yield Problem(
            segment.at,
            f'no channel reaches segment "{segment.name}": name it in the `segments` of '
            "a channel that reaches these customers, or add such a channel",
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments"},
        )
