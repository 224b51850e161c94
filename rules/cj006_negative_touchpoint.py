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

from canvaslint.api import Context, Key, Problem, Term

from ._fit import journey_args

CODE = "CJ006"
NAME = "negative-touchpoint"
SEVERITY = "warning"


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
                    item=touchpoint.name,
                    msgid=msgid,
                    args={**args, "touchpoint": touchpoint.name,
                          "experience_field": Key("experience"), "negative": Term("negative")},
                )
