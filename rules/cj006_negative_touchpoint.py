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

from canvaslint.finding import Problem
from canvaslint.rule import Context

from ._fit import journey_label

CODE = "CJ006"
NAME = "negative-touchpoint"
SEVERITY = "warning"
SUMMARY = "A touchpoint has a negative experience"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        for stage in canvas.journey_stages(journey):
            for touchpoint in stage.touchpoints:
                if touchpoint.text("experience") != "negative":
                    continue
                yield Problem(
                    touchpoint.field_path("experience"),
                    f"{touchpoint.label} of {journey_label(canvas, journey)} is a negative "
                    "experience: customers may leave here; change the touchpoint or its "
                    "channel so that it works for them, then update the experience",
                    item=touchpoint.name,
                )
