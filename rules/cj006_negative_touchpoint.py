"""A touchpoint is marked as a negative experience.

Why: a negative touchpoint is a moment where the business loses customers:
a late delivery, a hotline nobody answers. Marking it is the first step;
the canvas should then show how the business fixes it, and the mark should
go once it is fixed.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: delivery
            touchpoints:
              - {name: Parcel left at the neighbours, channel: web-shop, experience: negative}

Passes:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels: [Web shop]
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: delivery
            touchpoints:
              - {name: Parcel fits the letterbox, channel: web-shop, experience: positive}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term

from ._fit import journey_args, journey_label, journey_translations

CODE = "CJ006"
NAME = "negative-touchpoint"
SEVERITY = "warning"
SUMMARY = "A touchpoint has a negative experience"

# "<journey>" is filled in by journey_translations (Russian: in the genitive).
TRANSLATIONS = journey_translations({
    "nl": {
        "summary": "Een contactmoment is een negatieve ervaring",
        "why": "Waarom: een negatief contactmoment is een moment waarop het bedrijf klanten "
               "verliest: een late levering, een hulplijn die niemand opneemt. Het markeren is de "
               "eerste stap; daarna moet het canvas laten zien hoe het bedrijf het oplost, en de "
               "markering moet weg zodra het is opgelost.",
        "default": 'contactmoment "{touchpoint}" van <journey> is een negatieve ervaring '
                   "(`{experience_field}: {negative}`): hier kunnen klanten afhaken; verander het "
                   "contactmoment of zijn kanaal zodat het voor hen werkt, en pas daarna de "
                   "`{experience_field}` aan",
    },
    "ru": {
        "summary": "Точка контакта даёт отрицательное впечатление",
        "why": "Почему: негативная точка контакта — это момент, когда бизнес теряет клиентов: "
               "опоздавшая доставка, горячая линия, где никто не берет трубку. Отметить ее — "
               "первый шаг; затем холст должен показать, как бизнес это исправляет, а отметку "
               "нужно снять, когда все исправлено.",
        "default": 'точка контакта "{touchpoint}" <journey> даёт отрицательное впечатление '
                   "(`{experience_field}: {negative}`): здесь клиенты могут уйти; измените точку "
                   "контакта или её канал так, чтобы она работала для клиентов, затем обновите "
                   "поле `{experience_field}`",
    },
})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        for stage in canvas.journey_stages(journey):
            for touchpoint in stage.touchpoints:
                if touchpoint.text("experience") != "negative":
                    continue
                msgid, args = journey_args(canvas, journey)
                yield Problem(
                    touchpoint.field_path("experience"),
                    f"{touchpoint.label} of {journey_label(canvas, journey)} is a negative "
                    "experience: customers may leave here; change the touchpoint or its "
                    "channel so that it works for them, then update the experience",
                    item=touchpoint.name,
                    msgid=msgid,
                    args={**args, "touchpoint": touchpoint.name,
                          "experience_field": "experience", "negative": Term("negative")},
                )
