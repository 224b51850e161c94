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

from canvaslint.api import Context, Problem, Term

CODE = "CS005"
NAME = "one-sided-platform"
SEVERITY = "warning"

_MULTI_SIDED = "multi-sided"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    sides = [s for s in ctx.canvas.segments if s.text("type") == _MULTI_SIDED]
    if len(sides) != 1:
        return
    segment = sides[0]
    yield Problem(
        segment.field_path("type"),
        item=segment.name,
        args={"segment": segment.name, "type_field": "type",
              "multi_sided": Term(_MULTI_SIDED)},
    )
