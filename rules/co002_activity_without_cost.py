"""A key activity or key resource has no cost item for it.

Why: doing things and owning things costs money: staff for an activity,
rent, leases or licences for a resource. An activity or resource that no
cost item is for makes the cost structure look cheaper than the business
really is.

Reading: financial resources (capital, funding, a credit line: ``type:
financial``, or read from words) are what costs are paid from, not a cost;
and a resource that other costs already produce (customer reviews, usage
data, a user base) needs no cost of its own. Neither is reported.

Fails:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
        type: physical
    key_activities:
      - name: Roasting
    cost_structure:
      - name: Green beans
        nature: variable
        for: [roasting]

Passes:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
        type: physical
    cost_structure:
      - name: Roasting machine lease
        nature: fixed
        for: [drum-roasting-machine]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Item, Key, Problem, blocks, costs_for, waits

CODE = "CO002"
NAME = "activity-or-resource-without-cost"
SEVERITY = "info"

# Which message speaks of each kind (it names what such an item typically costs).
_MSGID = {blocks.ACTIVITIES: "activity", blocks.RESOURCES: "resource"}


def _not_a_cost(item: Item) -> bool:
    """Money is what costs are paid from, and a by-product is paid for by other costs."""
    return item.kind == blocks.RESOURCES and (item.text("type") == "financial"
                                               or item.text("by-product") is not None)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for kind, msgid in _MSGID.items():
        for item in canvas.block(kind):
            if costs_for(canvas, item) or _not_a_cost(item):
                continue
            yield Problem(item.at, item=item.name, msgid=msgid,
                          args={"item": item.name, "for_field": Key("for")})
