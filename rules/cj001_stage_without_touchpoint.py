"""A journey stage has no touchpoint.

Why: a customer journey shows where the customer meets the business in
each stage. A stage without a touchpoint is a moment where the customer is
left alone: nobody makes them aware, helps them choose or looks after them
once they have bought.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: purchase
            touchpoints:
              - {name: Order online, channel: web-shop}
          - stage: after-sales

Passes:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: purchase
            touchpoints:
              - {name: Order online, channel: web-shop}
          - stage: after-sales
            touchpoints:
              - {name: Brewing tips by e-mail, channel: web-shop}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term

from ._fit import journey_args, journey_label, journey_translations

CODE = "CJ001"
NAME = "stage-without-touchpoint"
SEVERITY = "warning"
SUMMARY = "A journey stage has no touchpoint"

# "<journey>" is filled in by journey_translations (Russian: in the genitive).
TRANSLATIONS = journey_translations({
    "nl": {
        "summary": "Een stadium van een klantreis heeft geen contactmoment",
        "why": "Waarom: een klantreis laat zien waar de klant het bedrijf in elk stadium ontmoet. "
               "Een stadium zonder contactmoment is een moment waarop de klant aan zijn lot wordt "
               "overgelaten: niemand wijst hem op het aanbod, helpt hem kiezen of zorgt voor hem "
               "nadat hij heeft gekocht.",
        "default": 'stadium "{stage}" van <journey> heeft geen contactmoment: voeg toe waar de '
                   "klant je in dat stadium ontmoet (een contactmoment met zijn kanaal), of "
                   "schrap het stadium",
        "unnamed": "een stadium van <journey> heeft geen contactmoment: voeg toe waar de klant "
                   "je in dat stadium ontmoet (een contactmoment met zijn kanaal), of schrap "
                   "het stadium",
    },
    "ru": {
        "summary": "У этапа пути клиента нет точек контакта",
        "why": "Почему: путь клиента показывает, где клиент встречается с бизнесом на каждом "
               "этапе. Этап без точки контакта — это момент, когда клиент предоставлен сам себе: "
               "никто не рассказывает ему о предложении, не помогает выбрать и не заботится о нем "
               "после покупки.",
        "default": 'у этапа "{stage}" <journey> нет точек контакта: добавьте, где клиент '
                   "встречается с вами на этом этапе (точку контакта с её каналом), или удалите "
                   "этап",
        "unnamed": "у одного из этапов <journey> нет точек контакта: добавьте, где клиент "
                   "встречается с вами на этом этапе (точку контакта с её каналом), или удалите "
                   "этап",
    },
})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        for stage in canvas.journey_stages(journey):
            if stage.touchpoints:
                continue
            # A stage is a mapping whose `stage` key holds its (text) label.
            path = (*stage.path, "stage") if stage.stage else stage.path
            name = f'stage "{stage.stage}"' if stage.stage else "a stage"
            msgid, args = journey_args(canvas, journey, "default" if stage.stage else "unnamed")
            yield Problem(
                path,
                f"{name} of {journey_label(canvas, journey)} has no touchpoint: add where the "
                "customer meets you in that stage (a touchpoint with its channel), or drop "
                "the stage",
                item=stage.stage,
                msgid=msgid,
                args={**args, "stage": Term(stage.stage)},
            )
