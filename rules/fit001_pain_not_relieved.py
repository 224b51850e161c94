"""A segment's pain is relieved by no pain reliever of a proposition for that segment.

Why: a value proposition fits its customers when it eases the pains they
care about. A pain on the customer profile that none of the segment's
propositions relieves is either a gap in the offer or a pain that does not
matter. Pains of `importance: high` are warnings; the others are info.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains:
          - {id: stale-beans, name: Supermarket beans are stale, importance: high}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains:
          - {id: stale-beans, name: Supermarket beans are stale, importance: high}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        pain_relievers:
          - name: Roasted to order and posted the same day
            relieves: stale-beans
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, blocks

from ._fit import unmatched, unmatched_args

CODE = "FIT001"
NAME = "pain-not-relieved"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    for found in unmatched(ctx.canvas, blocks.PAINS):
        pain = found.item
        msgid, args = unmatched_args(found, "relieves")
        yield Problem(
            pain.at,
            item=pain.name,
            # rules.md: only pains of high importance are warnings.
            severity=None if pain.text("importance") == "high" else "info",
            msgid=msgid,
            args=args,
        )
