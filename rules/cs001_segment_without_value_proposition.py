"""No value proposition lists the segment.

Why: a customer segment is only worth naming if the business offers it
something. A segment that no value proposition targets is a group of people
the business says it serves but gives no reason to buy; either design a
proposition for it or take it off the canvas.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas, offices]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import propositions_for, waits

CODE = "CS001"
NAME = "segment-without-value-proposition"
SEVERITY = "error"
SUMMARY = "No value proposition targets the segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkele waardepropositie richt zich op het klantsegment",
        "why": "Waarom: een klantsegment is het noemen pas waard als het bedrijf het iets biedt. "
               "Een segment waarop geen enkele waardepropositie zich richt, is een groep mensen "
               "die het bedrijf zegt te bedienen, maar geen reden geeft om te kopen; ontwerp er "
               "een waardepropositie voor of haal het van het canvas.",
        "default": 'geen enkele waardepropositie richt zich op klantsegment "{segment}": noem '
                   "het in de `{segments_field}` van de waardepropositie die ervoor bedoeld is, "
                   "ontwerp er een waardepropositie voor, of schrap het segment",
    },
    "ru": {
        "summary": "Ни одно ценностное предложение не нацелено на сегмент",
        "why": "Почему: потребительский сегмент стоит называть, только если бизнес ему что-то "
               "предлагает. Сегмент, на который не нацелено ни одно ценностное предложение, — это "
               "группа людей, которых бизнес якобы обслуживает, но не дает им причины покупать; "
               "либо разработайте для него ценностное предложение, либо уберите его с холста.",
        "default": 'ни одно ценностное предложение не нацелено на сегмент "{segment}": укажите '
                   "его в поле `{segments_field}` предложения, предназначенного для него, "
                   "разработайте для него ценностное предложение или удалите сегмент",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if propositions_for(canvas, segment):
            continue
        yield Problem(
            segment.at,
            f'no value proposition targets segment "{segment.name}": name it in the '
            "`segments` of the proposition that is meant for it, design a proposition "
            "for it, or remove the segment",
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments"},
        )
