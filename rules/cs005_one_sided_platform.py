"""A segment is multi-sided but no other segment of the canvas is.

Why: a multi-sided platform (a marketplace, a free service paid for by
advertisers) brings together two or more groups of customers who need each
other. One multi-sided segment on its own has no other side to meet: name
the other side as a segment with ``type: multi-sided`` too, or choose
another segment type.

Fails:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        type: multi-sided
        pays: false
      - name: Advertisers
        type: niche

Passes:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        type: multi-sided
        pays: false
      - name: Advertisers
        type: multi-sided
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.finding import Problem
from canvaslint.rule import Context

CODE = "CS005"
NAME = "one-sided-platform"
SEVERITY = "warning"
SUMMARY = "A multi-sided segment has no other multi-sided segment to meet"

_MULTI_SIDED = "multi-sided"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    sides = [s for s in ctx.canvas.segments if s.text("type") == _MULTI_SIDED]
    if len(sides) != 1:
        return
    segment = sides[0]
    yield Problem(
        segment.field_path("type"),
        f'segment "{segment.name}" is multi-sided, but no other segment is: a platform '
        "brings together two or more segments that need each other, so mark the other "
        "side `type: multi-sided` too, or give this segment another type",
        item=segment.name,
    )
