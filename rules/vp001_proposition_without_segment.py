"""A value proposition names no customer segment.

Why: value only exists for someone. A proposition that names no segment is
a product idea, not a value proposition: nobody has decided whose problem it
solves. Name the segments it is for in its ``segments``.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    value_propositions:
      - name: Office coffee service
        segments: [offices]
      - name: Fresh beans by post

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: home-baristas
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, for_plain_note, waits

CODE = "VP001"
NAME = "proposition-without-segment"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for proposition in ctx.canvas.propositions:
        # A segment named but misspelt or of the wrong kind is R001/R003's finding.
        if proposition.values("segments") or ctx.canvas.refs(proposition, "segments"):
            continue
        yield for_plain_note(
            Problem(proposition.field_path("segments"), item=proposition.name,
                    args={"proposition": proposition.name, "segments_field": Key("segments")}),
            ctx.canvas, proposition, "segments")
