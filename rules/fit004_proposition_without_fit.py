"""A proposition lists products and services but no pain reliever and no gain creator.

Why: a list of products is a feature list, not a value proposition. The
value lies in how the products relieve the customers' pains and create the
gains they hope for; without pain relievers or gain creators nothing ties
the offer to the customer profile. Only checked where a segment the
proposition targets has a profile (jobs, pains or gains).

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        products_services: [Single-origin beans, Espresso blend]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        products_services: [Single-origin beans, Espresso blend]
        pain_relievers:
          - name: Roasted to order and posted the same day
            relieves: supermarket-beans-are-stale
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks

from ._fit import has_profile

CODE = "FIT004"
NAME = "proposition-without-fit"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        if not canvas.children(proposition, blocks.PRODUCTS):
            continue
        if (canvas.children(proposition, blocks.RELIEVERS)
                or canvas.children(proposition, blocks.CREATORS)):
            continue
        profiled = [s for s in canvas.refs(proposition, "segments") if has_profile(canvas, s)]
        if not profiled:
            continue
        yield Problem(
            proposition.at,
            item=proposition.name,
            args={"proposition": proposition.name, "segment": profiled[0].name,
                  "relievers_field": Key(blocks.RELIEVERS), "relieves_field": Key("relieves"),
                  "creators_field": Key(blocks.CREATORS), "creates_field": Key("creates")},
        )
