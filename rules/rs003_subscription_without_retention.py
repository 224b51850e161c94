"""A subscription comes from a segment that no retention relationship serves.

Why: recurring revenue lives on retention. A subscription pays off only
when subscribers stay month after month, so the segments that subscribe
need a relationship whose goal is to keep them (onboarding, reminders, a
community, an account manager).

Reading: only segments whose relationships state ``goals`` are checked (at
least one relationship serving the segment states them); a segment that
only relationships without ``goals`` serve is left alone, and one that no
relationship serves is left to CS003. A relationship without ``goals``
counts as one without the goal ``retention``.

Fails:

    name: Fresh Box
    customer_segments:
      - name: Busy families
    customer_relationships:
      - name: Welcome discount
        type: automated-services
        segments: [busy-families]
        goals: [acquisition]
    revenue_streams:
      - name: Weekly meal-kit subscription
        type: subscription
        segments: [busy-families]

Passes:

    name: Fresh Box
    customer_segments:
      - name: Busy families
    customer_relationships:
      - name: Welcome discount and weekly recipe tips
        type: automated-services
        segments: [busy-families]
        goals: [acquisition, retention]
    revenue_streams:
      - name: Weekly meal-kit subscription
        type: subscription
        segments: [busy-families]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Canvas, Context, Item, Key, Problem, Term, relationships_serving

CODE = "RS003"
NAME = "subscription-without-retention"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lacking: dict[int, bool] = {}  # per segment, so many subscriptions stay linear
    for stream in canvas.revenue_streams:
        if stream.text("type") != "subscription":
            continue
        for segment in canvas.refs(stream, "segments"):
            if id(segment) not in lacking:
                lacking[id(segment)] = _lacks_retention(canvas, segment)
            if not lacking[id(segment)]:
                continue
            yield Problem(
                canvas.ref_path(stream, "segments", segment),
                item=stream.name,
                args={"stream": stream.name, "segment": segment.name,
                      "type": Term("subscription"), "goal": Term("retention"),
                      "goals_field": Key("goals")},
            )


def _lacks_retention(canvas: Canvas, segment: Item) -> bool:
    """True when the segment's relationships state goals and none of them is retention."""
    serving = relationships_serving(canvas, segment)
    if not any(r.has("goals") for r in serving):
        return False
    return not any("retention" in r.values("goals") for r in serving)
