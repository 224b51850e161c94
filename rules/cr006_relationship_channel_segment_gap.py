"""A relationship keeps up a segment through a channel that does not reach it.

Why: a relationship lives in the contacts customers have with the business,
and those contacts happen through channels. If a relationship says it looks
after a segment through a channel that does not reach that segment, those
customers never meet the relationship: the channel, the relationship or the
segment list is wrong. Channels that reach no segment at all are CH001's.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    channels:
      - name: Web shop
        segments: home-baristas
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas, independent-cafes]
        channels: web-shop

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    channels:
      - name: Web shop
        segments: [home-baristas, independent-cafes]
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas, independent-cafes]
        channels: web-shop
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem

CODE = "CR006"
NAME = "relationship-channel-segment-gap"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for relationship in canvas.relationships:
        segments = canvas.refs(relationship, "segments")
        if not segments:
            continue
        for channel in canvas.refs(relationship, "channels"):
            reached = set(canvas.refs(channel, "segments"))
            if not reached:
                continue  # whom it reaches is unknown: CH001 (or R001/R003) says so
            for segment in segments:
                if segment in reached:
                    continue
                yield Problem(
                    canvas.ref_path(relationship, "channels", channel),
                    item=relationship.name,
                    args={"relationship": relationship.name, "segment": segment.name,
                          "channel": channel.name, "segment_id": segment.id,
                          "segments_field": "segments"},
                )
