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

from canvaslint.api import Context, Problem, Term

from ._fit import journey_args

CODE = "CJ004"
NAME = "journey-without-after-sales"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        if any(stage.stage == "after-sales" for stage in canvas.journey_stages(journey)):
            continue
        msgid, args = journey_args(canvas, journey)
        yield Problem(
            (*journey.path, "stages") if journey.has("stages") else journey.at,
            at_key=journey.has("stages"),
            item=journey.name,
            msgid=msgid,
            args={**args, "after_sales": Term("after-sales")},
        )
