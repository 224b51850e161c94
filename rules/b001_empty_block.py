"""One of the nine blocks is missing or empty.

Why: the Business Model Canvas is complete only with all nine blocks: a
model without key partners or a cost structure is a model whose risks and
costs have not been thought through. While drafting, switch this rule off
(``ignore: [B001]``) instead of leaving the blocks out silently. A draft
with several blocks still to fill gets one finding naming them all, not
one per block.

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

from canvaslint.api import Context, Key, Problem, blocks

from ._words import block_title

CODE = "B001"
NAME = "empty-block"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    data = ctx.canvas.data  # as meant: `customer_segment:` is the segments block misspelt
    missing = [block for block in blocks.NINE_BLOCKS if block not in data]
    empty = [block for block in blocks.NINE_BLOCKS if block in data and not data[block]]
    if len(missing) + len(empty) > 1:  # one root cause, a draft: one finding naming them
        named = [block for block in blocks.NINE_BLOCKS if block in missing or block in empty]
        yield Problem((empty[0],) if empty else ("name",), at_key=bool(empty), msgid="several",
                      args={"count": len(named), "blocks_field": [Key(block) for block in named],
                            "block_titles": [block_title(block) for block in named]})
        return
    for block in missing:
        yield Problem(("name",), msgid="missing",
                      args={"block_field": Key(block), "block_title": block_title(block)})
    for block in empty:
        yield Problem((block,), at_key=True, msgid="empty",
                      args={"block_field": Key(block), "block_title": block_title(block)})
