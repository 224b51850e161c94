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

from canvaslint.api import Context, Problem, propositions_for, waits

CODE = "CS001"
NAME = "segment-without-value-proposition"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if propositions_for(canvas, segment):
            continue
        yield Problem(
            segment.at,
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments"},
        )
