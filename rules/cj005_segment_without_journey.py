"""A segment has no customer journey, while other segments have one.

Why: once a canvas maps customer journeys, a segment without one is a
group of customers whose path from first contact to after-sales nobody has
thought through. Only checked where the canvas has any journey.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas, Coffee bars]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: after-sales
            touchpoints:
              - {name: Brewing tips by e-mail, channel: web-shop}

Passes:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: after-sales
            touchpoints:
              - {name: Brewing tips by e-mail, channel: web-shop}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.read import blocks as B

CODE = "CJ005"
NAME = "segment-without-journey"
SEVERITY = "info"
SUMMARY = "A segment has no customer journey while the canvas maps journeys"

TRANSLATIONS = {
    "nl": {
        "summary": "Een klantsegment heeft geen klantreis, terwijl het canvas klantreizen in "
                   "kaart brengt",
        "why": "Waarom: zodra een canvas klantreizen in kaart brengt, is een segment zonder "
               "klantreis een groep klanten van wie niemand de weg van het eerste contact tot de "
               "nazorg heeft doordacht. Dit wordt alleen gecontroleerd als het canvas minstens "
               "één klantreis heeft.",
        "default": 'klantsegment "{segment}" heeft geen klantreis, terwijl het canvas de '
                   "klantreizen van andere segmenten in kaart brengt: voeg er een toe onder "
                   "`{journeys_field}` met `{segment_field}: {segment_id}` en de stadia van "
                   "{awareness} tot en met {after_sales}",
    },
    "ru": {
        "summary": "У сегмента нет пути клиента, хотя на канве описаны пути клиента",
        "why": "Почему: если на холсте уже описаны пути клиентов, сегмент без пути — это группа "
               "клиентов, чей путь от первого контакта до послепродажного обслуживания никто не "
               "продумал. Проверяется, только если на холсте есть хотя бы один путь клиента.",
        "default": 'у сегмента "{segment}" нет пути клиента, хотя для других сегментов пути '
                   "клиента описаны: добавьте в раздел `{journeys_field}` путь с полем "
                   "`{segment_field}: {segment_id}` и этапами от первого ({awareness}) до "
                   "последнего ({after_sales})",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    if not canvas.journeys:
        return
    for segment in canvas.segments:
        if canvas.referrers(segment, B.JOURNEYS, "segment"):
            continue
        yield Problem(
            segment.at,
            f"{segment.label} has no customer journey, although the canvas maps the journeys of "
            "other segments: add one "
            f'under customer_journeys with segment: {segment.id} and its stages from '
            "awareness to after-sales",
            item=segment.name,
            args={"segment": segment.name, "segment_id": segment.id,
                  "journeys_field": B.JOURNEYS, "segment_field": "segment",
                  "awareness": Term("awareness"), "after_sales": Term("after-sales")},
        )
