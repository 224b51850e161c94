"""A segment's gain is created by no gain creator of a proposition for that segment.

Why: customers choose the offer that gives them the outcomes they hope for,
not only the one that removes their pains. A gain on the customer profile
that none of the segment's propositions creates is a missed reason to buy,
or a gain nobody aims for. Gains of `importance: high` are warnings; the
others are info.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        gains:
          - {id: cafe-taste, name: Coffee as good as in a café}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        gains:
          - {id: cafe-taste, name: Coffee as good as in a café}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        gain_creators:
          - name: Brewing guide for every bean
            creates: cafe-taste
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, blocks

from ._fit import unmatched, unmatched_args

CODE = "FIT002"
NAME = "gain-not-created"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    for found in unmatched(ctx.canvas, blocks.GAINS):
        gain = found.item
        msgid, args = unmatched_args(found, "creates")
        yield Problem(
            gain.at,
            item=gain.name,
            # rules.md: gains of high importance are warnings.
            severity="warning" if gain.text("importance") == "high" else None,
            msgid=msgid,
            args=args,
        )
