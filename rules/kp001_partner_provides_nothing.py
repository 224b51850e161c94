"""A key partner does not say what it provides.

Why: a business takes on key partners to get resources or activities it
cannot or should not have itself (a roaster for peak weeks, a cloud for its
servers). Saying which key resources or key activities a partner provides
shows what the business depends on the partner for.

Fails:

    name: Roast and Post
    key_activities:
      - name: Small-batch coffee roasting
    key_partners:
      - name: Green coffee importer
        provides: [small-batch-coffee-roasting]
      - name: Contract roastery for peak weeks
        motivation: optimization

Passes:

    name: Roast and Post
    key_activities:
      - name: Small-batch coffee roasting
    key_partners:
      - name: Contract roastery for peak weeks
        motivation: optimization
        provides: [small-batch-coffee-roasting]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks, for_plain_note, waits

CODE = "KP001"
NAME = "partner-provides-nothing"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for partner in ctx.canvas.block(blocks.PARTNERS):
        if partner.values("provides"):
            continue
        yield for_plain_note(
            Problem(partner.field_path("provides"), item=partner.name,
                    args={"partner": partner.name, "provides_field": Key("provides")}),
            ctx.canvas, partner, "provides")
