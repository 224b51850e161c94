"""A segment that a proposition targets has no jobs, pains or gains.

Why: the value proposition canvas checks an offer against the customer's
jobs, pains and gains. When some segments have a customer profile and a
targeted one has none, the fit of its propositions cannot be judged: the
team has not yet asked what those customers want done. Only checked where
some other segment of the canvas has a profile.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
      - name: Coffee bars
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
      - name: Coffee bars
        jobs: [Serve good espresso all day]
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, propositions_for

from ._fit import has_profile, propositions_args

CODE = "FIT005"
NAME = "segment-without-profile"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    profiled = [s for s in canvas.segments if has_profile(canvas, s)]
    if not profiled:
        return
    for segment in canvas.segments:
        propositions = propositions_for(canvas, segment)
        if not propositions or has_profile(canvas, segment):
            continue
        msgid, names = propositions_args(propositions)
        yield Problem(
            segment.at,
            item=segment.name,
            msgid=msgid,
            args={"segment": segment.name, "profiled": profiled[0].name, **names},
        )
