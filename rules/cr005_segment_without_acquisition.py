"""No relationship of a segment has the goal acquisition.

Why: every business loses customers over time and needs new ones to grow.
A segment that no relationship is meant to win only shrinks: someone has
to make these customers aware of the offer and bring them in. Only where
relationships state ``goals``: a segment is checked when at least one
relationship serving it states them, against the goals those relationships
state.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [retention, upselling]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [acquisition, retention, upselling]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem

from ._channels import goal_problems

CODE = "CR005"
NAME = "segment-without-acquisition"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    yield from goal_problems(ctx.canvas, "acquisition", CODE)
