"""One of the nine blocks is missing or empty.

Why: the Business Model Canvas is complete only with all nine blocks: a
model without key partners or a cost structure is a model whose risks and
costs have not been thought through. While drafting, switch this rule off
(``ignore: [B001]``) instead of leaving the blocks out silently.

Fails:

    name: Nespresso
    customer_segments: [Home coffee lovers]
    value_propositions: [Coffee at home]
    channels: [Boutiques]
    customer_relationships: [Coffee club]
    revenue_streams: [Capsule sales]
    key_resources: [Brand]
    key_activities: [Marketing]
    key_partners: []
    cost_structure: [Marketing costs]

Passes:

    name: Nespresso
    customer_segments: [Home coffee lovers]
    value_propositions: [Coffee at home]
    channels: [Boutiques]
    customer_relationships: [Coffee club]
    revenue_streams: [Capsule sales]
    key_resources: [Brand]
    key_activities: [Marketing]
    key_partners: [Machine manufacturers]
    cost_structure: [Marketing costs]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import Problem
from canvaslint.rule import Context

CODE = "B001"
NAME = "empty-block"
SEVERITY = "warning"
SUMMARY = "One of the nine blocks is missing or empty"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    data = ctx.document.data
    for block in B.NINE_BLOCKS:
        title = B.BLOCK_TITLES[block]
        if block not in data:
            yield Problem(("name",), f"the canvas has no {title} block: add `{block}:` with "
                          f"at least one item (or ignore B001 while drafting)")
        elif not data[block]:
            yield Problem((block,), f"the {title} block is empty: add at least one item "
                          "(or ignore B001 while drafting)", at_key=True)
