"""A channel reaches no customer segment.

Why: a channel is how a company reaches its customers to communicate,
sell and deliver. A channel that reaches nobody costs money without
bringing the value proposition to anyone, or it shows that the canvas has
not said whom it is for. A channel whose ``segments`` name only unknown
items is left to R001 and R003, which point at the wrong name.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    channels:
      - name: Web shop
        segments: [home-baristas, offices]
      - name: Saturday market stall
        medium: in-person

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Saturday market stall
        medium: in-person
        segments: home-baristas
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, waits

CODE = "CH001"
NAME = "channel-without-segment"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for channel in canvas.channels:
        if canvas.refs(channel, "segments") or channel.values("segments"):
            continue  # reaches a segment, or names one that R001/R003 report
        yield Problem(
            channel.field_path("segments"),
            item=channel.name,
            msgid="default" if channel.fields else "not_mapping",
            args={"channel": channel.name, "segments_field": Key("segments"),
                  "name_field": Key("name")},
        )
