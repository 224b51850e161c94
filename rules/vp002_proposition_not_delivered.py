"""For a segment it targets, no channel reaching that segment carries the proposition.

Why: a value proposition reaches customers only through a channel: a shop,
a sales team, an app. If none of the channels that reach a segment carries
the proposition meant for it, those customers never hear of it, buy it or
receive it. A channel with no ``value_propositions`` list carries every
proposition of the segments it reaches. A segment that no channel reaches
at all is CS002's finding, not this rule's, so one mistake gives one finding.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas]
      - name: Roasting workshops
        segments: [home-baristas]
    channels:
      - name: Web shop
        segments: [home-baristas]
        value_propositions: [fresh-beans-by-post]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas]
      - name: Roasting workshops
        segments: [home-baristas]
    channels:
      - name: Web shop
        segments: [home-baristas]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Delivery, Key, Problem, blocks, channels_reaching

CODE = "VP002"
NAME = "proposition-not-delivered"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    delivery = Delivery(canvas)
    for proposition in canvas.propositions:
        for segment in canvas.refs(proposition, "segments"):
            if not channels_reaching(canvas, segment):
                continue  # CS002: no channel reaches the segment at all
            if delivery.delivered(proposition, segment):
                continue
            yield Problem(
                canvas.ref_path(proposition, "segments", segment),
                item=proposition.name,
                args={"proposition": proposition.name, "segment": segment.name,
                      "propositions_field": Key(blocks.PROPOSITIONS)},
            )
