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

from canvaslint.api import Context, Key, Problem, Term, blocks

CODE = "CJ005"
NAME = "segment-without-journey"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    if not canvas.journeys:
        return
    for segment in canvas.segments:
        if canvas.referrers(segment, blocks.JOURNEYS, "segment"):
            continue
        yield Problem(
            segment.at,
            item=segment.name,
            args={"segment": segment.name, "segment_id": segment.id,
                  "journeys_field": Key(blocks.JOURNEYS), "segment_field": Key("segment"),
                  "awareness": Term("awareness"), "after_sales": Term("after-sales")},
        )
