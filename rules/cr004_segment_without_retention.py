"""No relationship of a segment has the goal retention.

Why: winning a customer costs far more than keeping one, and most of the
money a business earns comes from customers who come back. A segment that no
relationship is meant to keep will leak away after the first sale. Only
where relationships state ``goals``: a segment is checked when at least one
relationship serving it states them, against the goals those relationships
state.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: First-order discount code
        type: automated-services
        segments: home-baristas
        goals: acquisition

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: First-order discount code
        type: automated-services
        segments: home-baristas
        goals: acquisition
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [retention, upselling]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem

from ._channels import goal_problems

CODE = "CR004"
NAME = "segment-without-retention"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    yield from goal_problems(ctx.canvas, "retention", CODE)
