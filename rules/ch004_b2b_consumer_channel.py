"""A business (b2b) segment is reached only through retail channels.

Why: businesses buy differently from consumers: the purchase is larger,
riskier and negotiated, often by several people, and they want someone to
talk to. A shop shelf, built for consumers who pick a product and pay,
rarely wins them. Only segments with ``market: b2b`` whose channels all
state ``type: retail`` are reported.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    channels:
      - name: Supermarket coffee aisle
        type: retail
        segments: independent-cafes

Passes:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    channels:
      - name: Supermarket coffee aisle
        type: retail
        segments: independent-cafes
      - name: Wholesale sales visits
        type: direct
        segments: independent-cafes
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, Term, channels_reaching

from ._channels import quoted
from ._words import listed

CODE = "CH004"
NAME = "b2b-consumer-channel"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        if segment.text("market") != "b2b":
            continue
        reaching = channels_reaching(canvas, segment)
        if not reaching or any(c.text("type") != "retail" for c in reaching):
            continue  # no channel at all is CS002; a non-retail channel is fine
        yield Problem(
            segment.field_path("market"),
            item=segment.name,
            args={"segment": segment.name, "market": Term("b2b"), "channels": quoted(reaching),
                  "channel_names": listed((c.name for c in reaching), "CH004.more")},
        )
