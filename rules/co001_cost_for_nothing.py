"""A cost item does not say what it is for.

Why: a cost structure is more than a list of expenses: each cost exists
because of some key activity, key resource, partner, channel or
relationship. Saying what a cost is for shows which parts of the model
drive the costs, and which costs would go if a part were dropped.

Fails:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
    cost_structure:
      - name: Green beans
        for: [drum-roasting-machine]
      - name: Roasting machine lease
        nature: fixed

Passes:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
    cost_structure:
      - name: Roasting machine lease
        nature: fixed
        for: [drum-roasting-machine]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks, for_plain_note, waits

CODE = "CO001"
NAME = "cost-for-nothing"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for cost in ctx.canvas.block(blocks.COSTS):
        if cost.values("for"):
            continue
        yield for_plain_note(
            Problem(cost.field_path("for"), item=cost.name,
                    args={"cost": cost.name, "for_field": Key("for")}),
            ctx.canvas, cost, "for")
