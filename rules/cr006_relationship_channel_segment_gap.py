"""A relationship keeps up a segment through a channel that does not reach it.

Why: a relationship lives in the contacts customers have with the business,
and those contacts happen through channels. If a relationship says it looks
after a segment through a channel that does not reach that segment, those
customers never meet the relationship: the channel, the relationship or the
segment list is wrong. Channels that reach no segment at all are CH001's.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    channels:
      - name: Web shop
        segments: home-baristas
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas, independent-cafes]
        channels: web-shop

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    channels:
      - name: Web shop
        segments: [home-baristas, independent-cafes]
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas, independent-cafes]
        channels: web-shop
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem

CODE = "CR006"
NAME = "relationship-channel-segment-gap"
SEVERITY = "warning"
SUMMARY = "A relationship keeps up a segment through a channel that does not reach that segment"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Een klantrelatie onderhoudt een segment via een kanaal dat dat segment niet bereikt"
        ),
        "why": "Waarom: een klantrelatie bestaat in de contacten die klanten met het bedrijf "
               "hebben, en die contacten lopen via kanalen. Als een klantrelatie zegt dat ze een "
               "segment onderhoudt via een kanaal dat dat segment niet bereikt, krijgen die "
               "klanten nooit met de klantrelatie te maken: het kanaal, de klantrelatie of de "
               "lijst met segmenten klopt niet. Kanalen die helemaal geen segment bereiken, zijn "
               "voor CH001.",
        "default": (
            'klantrelatie "{relationship}" onderhoudt segment "{segment}" via kanaal "{channel}", '
            'dat dat segment niet bereikt: voeg "{segment_id}" toe aan het veld `{segments_field}` '
            "van het kanaal, of onderhoud de klantrelatie via een kanaal dat het segment wel "
            "bereikt"
        ),
    },
    "ru": {
        "summary": (
            "Взаимоотношения с сегментом поддерживаются через канал, который не охватывает этот "
            "сегмент"
        ),
        "why": "Почему: взаимоотношения с клиентами живут в контактах клиентов с бизнесом, а эти "
               "контакты идут через каналы сбыта. Если взаимоотношения поддерживают сегмент через "
               "канал, который этот сегмент не охватывает, эти клиенты с ними никогда не "
               "встретятся: неверен канал, взаимоотношения или список сегментов. Каналами, "
               "которые не охватывают вообще ни одного сегмента, занимается CH001.",
        "default": (
            'взаимоотношение "{relationship}" с сегментом "{segment}" поддерживается через канал '
            '"{channel}", который не охватывает этот сегмент: добавьте "{segment_id}" в поле '
            "`{segments_field}` канала или поддерживайте взаимоотношения через канал, который "
            "охватывает этот сегмент"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for relationship in canvas.relationships:
        segments = canvas.refs(relationship, "segments")
        if not segments:
            continue
        for channel in canvas.refs(relationship, "channels"):
            reached = set(canvas.refs(channel, "segments"))
            if not reached:
                continue  # whom it reaches is unknown: CH001 (or R001/R003) says so
            for segment in segments:
                if segment in reached:
                    continue
                yield Problem(
                    canvas.ref_path(relationship, "channels", channel),
                    f'relationship "{relationship.name}" keeps up segment "{segment.name}" '
                    f'through channel "{channel.name}", which does not reach that segment: '
                    f'add "{segment.id}" to the segments of the channel, or keep the '
                    "relationship up through a channel that reaches the segment",
                    item=relationship.name,
                    args={"relationship": relationship.name, "segment": segment.name,
                          "channel": channel.name, "segment_id": segment.id,
                          "segments_field": "segments"},
                )
