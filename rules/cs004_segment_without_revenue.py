"""No revenue stream comes from a paying segment.

Why: a business model has to say who pays. A segment that pays (every
segment does unless it says ``pays: false``) but that no revenue stream
names is either money the canvas forgets to count or a segment that in
truth is subsidised. Add the revenue stream it pays, or mark the segment
``pays: false`` if another side of the business pays for it.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
        pays: false
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        segments: [home-baristas]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, pays, revenue_from, waits

CODE = "CS004"
NAME = "segment-without-revenue"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if not pays(segment) or revenue_from(canvas, segment):
            continue
        yield Problem(
            segment.at,
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments", "pays_field": "pays"},
        )
