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

from canvaslint.api import Context, Problem, Term

from ._fit import journey_args

CODE = "CJ001"
NAME = "stage-without-touchpoint"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        for stage in canvas.journey_stages(journey):
            if stage.touchpoints:
                continue
            # A stage is a mapping whose `stage` key holds its (text) label.
            path = (*stage.path, "stage") if stage.stage else stage.path
            msgid, args = journey_args(canvas, journey, "default" if stage.stage else "unnamed")
            yield Problem(
                path,
                item=stage.stage,
                msgid=msgid,
                args={**args, "stage": Term(stage.stage)},
            )
