"""A customer journey has no after-sales stage.

Why: keeping a customer is cheaper than winning a new one. A journey that
ends at the purchase or the delivery forgets what happens next: support,
reorders, recommendations to friends. Add an after-sales stage that says
how the business stays in touch.

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

CODE = "CJ004"
NAME = "journey-without-after-sales"
SEVERITY = "warning"
SUMMARY = "A customer journey has no after-sales stage"

# "<journey>" is filled in by journey_translations (Russian: in the genitive).
TRANSLATIONS = journey_translations({
    "nl": {
        "summary": "Een klantreis heeft geen stadium nazorg",
        "why": "Waarom: een klant behouden is goedkoper dan een nieuwe winnen. Een klantreis die "
               "eindigt bij de aankoop of de levering, vergeet wat daarna gebeurt: ondersteuning, "
               "nabestellingen, aanbevelingen aan vrienden. Voeg een stadium nazorg toe dat laat "
               "zien hoe het bedrijf contact houdt.",
        "default": "<journey> heeft geen stadium {after_sales}: voeg er een toe dat laat zien "
                   "hoe je na de aankoop contact houdt (support, nabestellingen, "
                   "herinneringen); klanten behouden is goedkoper dan nieuwe klanten winnen",
    },
    "ru": {
        "summary": "В пути клиента нет этапа послепродажного обслуживания",
        "why": "Почему: удержать клиента дешевле, чем привлечь нового. Путь клиента, который "
               "заканчивается покупкой или доставкой, забывает о том, что будет дальше: "
               "поддержка, повторные заказы, рекомендации друзьям. Добавьте этап послепродажного "
               "обслуживания, который показывает, как бизнес поддерживает связь с клиентом.",
        "default": 'у <journey> нет этапа "{after_sales}": добавьте этап, который описывает, как '
                   "вы поддерживаете связь с клиентом после покупки (поддержка, повторные "
                   "заказы, напоминания); удержать клиента дешевле, чем привлечь нового",
    },
})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        if any(stage.stage == "after-sales" for stage in canvas.journey_stages(journey)):
            continue
        msgid, args = journey_args(canvas, journey)
        yield Problem(
            (*journey.path, "stages") if journey.has("stages") else journey.at,
            f"{journey_label(canvas, journey)} has no after-sales stage: add one that says how "
            "you keep in touch after the purchase (support, reorders, reminders); keeping "
            "customers is cheaper than winning new ones",
            at_key=journey.has("stages"),
            item=journey.name,
            msgid=msgid,
            args={**args, "after_sales": Term("after-sales")},
        )
