"""A business (b2b) segment is served only by self-service or automated services.

Why: business customers buy in larger amounts, take more risk and
negotiate; they expect a person who knows them and answers for the
supplier. Leaving them to a portal or an automated service alone puts the
account at risk. Only segments with ``market: b2b`` whose relationships all
state one of those two types are reported.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    customer_relationships:
      - name: Wholesale ordering portal
        type: self-service
        segments: independent-cafes

Passes:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    customer_relationships:
      - name: Wholesale ordering portal
        type: self-service
        segments: independent-cafes
      - name: A roaster who visits each cafe
        type: personal-assistance
        segments: independent-cafes
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, Term, relationship_type, relationships_serving

from ._channels import labelled_as, quoted

CODE = "CR003"
NAME = "b2b-without-personal-relationship"
SEVERITY = "warning"

_IMPERSONAL = frozenset({"self-service", "automated-services"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        if segment.text("market") != "b2b":
            continue
        serving = relationships_serving(canvas, segment)
        if not serving or any(relationship_type(r) not in _IMPERSONAL for r in serving):
            continue  # no relationship is CS003; a personal (or untyped) one is fine
        yield Problem(
            segment.field_path("market"),
            item=segment.name,
            args={"segment": segment.name, "market": Term("b2b"),
                  "relationships": quoted(serving),
                  "serving": labelled_as("CR003.relationships", serving)},
        )
