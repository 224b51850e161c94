"""No channel reaches the segment.

Why: a segment the business cannot reach will never hear of the offer, buy
it or receive it. Every segment needs at least one channel (a web shop, a
sales team, a retailer) through which the business communicates with it and
delivers its value proposition.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas, offices]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, channels_reaching, waits

CODE = "CS002"
NAME = "segment-without-channel"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if channels_reaching(canvas, segment):
            continue
        yield Problem(
            segment.at,
            item=segment.name,
            args={"segment": segment.name, "segments_field": "segments"},
        )
