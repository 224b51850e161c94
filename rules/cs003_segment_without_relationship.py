"""No customer relationship serves the segment.

Why: every segment expects to be looked after in some way: a personal
contact, self-service, a community. A segment that no relationship serves
has no plan for winning, keeping or growing those customers; decide which
kind of relationship it expects and add it.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas]
      - name: Account manager for offices
        type: dedicated-personal-assistance
        segments: [offices]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AnyOf,
    Context,
    Problem,
    expected_types,
    relationships_serving,
    terms,
    waits,
)

CODE = "CS003"
NAME = "segment-without-relationship"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if relationships_serving(canvas, segment):
            continue
        expected = expected_types(segment)
        yield Problem(
            segment.at,
            item=segment.name,
            msgid="expects" if expected else "default",
            args={"segment": segment.name, "expected": terms(expected),
                  "expected_any": AnyOf(terms(expected)),
                  "segments_field": "segments"},
        )
