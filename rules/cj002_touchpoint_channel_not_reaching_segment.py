"""A touchpoint uses a channel that does not reach the journey's segment.

Why: a journey follows one customer segment. A touchpoint on a channel that,
according to the canvas, does not reach that segment contradicts the
channels block: either the channel also reaches the segment (say so in its
``segments``) or the customer cannot meet the business there.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas, Coffee bars]
    channels:
      - name: Wholesale reps
        segments: coffee-bars
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: awareness
            touchpoints:
              - {name: Sales visit, channel: wholesale-reps}

Passes:

    name: Roast and Post
    customer_segments: [Home baristas, Coffee bars]
    channels:
      - name: Wholesale reps
        segments: coffee-bars
    customer_journeys:
      - segment: coffee-bars
        stages:
          - stage: awareness
            touchpoints:
              - {name: Sales visit, channel: wholesale-reps}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem

from ._fit import journey_segment

CODE = "CJ002"
NAME = "touchpoint-channel-not-reaching-segment"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    reached: dict[int, set[int]] = {}  # channel -> the segments it reaches, by identity
    for journey in canvas.journeys:
        segment = journey_segment(canvas, journey)
        if segment is None:
            continue
        for stage in canvas.journey_stages(journey):
            for touchpoint in stage.touchpoints:
                for channel in canvas.refs(touchpoint, "channel"):
                    if id(channel) not in reached:
                        reached[id(channel)] = {id(s) for s in canvas.refs(channel, "segments")}
                    if id(segment) in reached[id(channel)]:
                        continue
                    yield Problem(
                        canvas.ref_path(touchpoint, "channel", channel),
                        item=touchpoint.name,
                        args={"touchpoint": touchpoint.name, "segment": segment.name,
                              "channel": channel.name, "segment_id": segment.id,
                              "segments_field": Key("segments")},
                    )
