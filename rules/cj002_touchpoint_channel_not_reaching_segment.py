"""A touchpoint uses a channel that does not reach the journey's segment.

Why: a journey follows one customer segment. A touchpoint on a channel that,
according to the canvas, does not reach that segment contradicts the
channels block: either the channel also reaches the segment (say so in its
``segments``) or the customer cannot meet the business there.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas, Coffee bars]
    channels:
      - name: Wholesale reps
        segments: coffee-bars
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: awareness
            touchpoints:
              - {name: Sales visit, channel: wholesale-reps}

Passes:

    name: Roast and Post
    customer_segments: [Home baristas, Coffee bars]
    channels:
      - name: Wholesale reps
        segments: coffee-bars
    customer_journeys:
      - segment: coffee-bars
        stages:
          - stage: awareness
            touchpoints:
              - {name: Sales visit, channel: wholesale-reps}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem

from ._fit import journey_segment

CODE = "CJ002"
NAME = "touchpoint-channel-not-reaching-segment"
SEVERITY = "error"
SUMMARY = "A touchpoint uses a channel that does not reach the journey's segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Een contactmoment gebruikt een kanaal dat het klantsegment van de klantreis "
                   "niet bereikt",
        "why": "Waarom: een klantreis volgt één klantsegment. Een contactmoment via een kanaal "
               "dat volgens het canvas dat segment niet bereikt, spreekt de bouwsteen kanalen "
               "tegen: óf het kanaal bereikt het segment ook (zet dat dan in de `segments` van "
               "het kanaal), óf de klant kan het bedrijf daar niet ontmoeten.",
        "default": 'contactmoment "{touchpoint}" in de klantreis van klantsegment "{segment}" '
                   'gebruikt kanaal "{channel}", dat dat segment niet bereikt: voeg '
                   '"{segment_id}" toe aan de `{segments_field}` van het kanaal, of gebruik een '
                   "kanaal dat het segment wel bereikt",
    },
    "ru": {
        "summary": "Точка контакта использует канал, который не охватывает сегмент пути "
                   "клиента",
        "why": "Почему: путь клиента описывает один потребительский сегмент. Точка контакта в "
               "канале, который, согласно холсту, не охватывает этот сегмент, противоречит блоку "
               "каналов сбыта: либо канал тоже охватывает этот сегмент (укажите это в его "
               "`segments`), либо клиент не может встретиться там с бизнесом.",
        "default": 'точка контакта "{touchpoint}" в пути клиента для сегмента "{segment}" '
                   'использует канал "{channel}", который не охватывает этот сегмент: добавьте '
                   '"{segment_id}" в поле `{segments_field}` канала или используйте канал, '
                   "который охватывает этот сегмент",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    reached: dict[int, set[int]] = {}  # channel -> the segments it reaches, by identity
    for journey in canvas.journeys:
        segment = journey_segment(canvas, journey)
        if segment is None:
            continue
        for stage in canvas.journey_stages(journey):
            for touchpoint in stage.touchpoints:
                for channel in canvas.refs(touchpoint, "channel"):
                    if id(channel) not in reached:
                        reached[id(channel)] = {id(s) for s in canvas.refs(channel, "segments")}
                    if id(segment) in reached[id(channel)]:
                        continue
                    yield Problem(
                        canvas.ref_path(touchpoint, "channel", channel),
                        f"{touchpoint.label} in the journey of {segment.label} uses "
                        f"{channel.label}, which does not reach that segment: add "
                        f'"{segment.id}" to the channel\'s segments, or use a channel that '
                        "reaches the segment",
                        item=touchpoint.name,
                        args={"touchpoint": touchpoint.name, "segment": segment.name,
                              "channel": channel.name, "segment_id": segment.id,
                              "segments_field": "segments"},
                    )
