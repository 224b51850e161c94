"""A block links nothing yet: one note for the block, and the checks links would unlock.

Why: most canvases start as sticky notes without links, and that is a fine
first draft: a missing link is a chance to check, not a mistake. So on a
canvas that writes no links at all, canvaslint says once for each block
that it links nothing, at info level, and names the checks the links would
unlock, instead of one finding per item (CS001-CS004, CH001, VP001, VP003,
RS001, RS004, KA001, KP001, CO001, CO002 stay quiet). Once a canvas writes
a link anywhere it has chosen to link, and the items it leaves unlinked are
real gaps, reported by those rules one by one. On a canvas with
exactly one segment, an item that names no segments serves that segment,
so the blocks that link to segments need no links at all.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas, Offices]
    value_propositions: [Beans roasted this week]
    key_activities: [Roasting]

Passes:

    name: Roast and Post
    customer_segments: [Home baristas, Offices]
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, offices]
    key_activities:
      - name: Roasting
        supports: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    LINKS,
    AllOf,
    Context,
    Localized,
    Phrase,
    Problem,
    block_links,
    blocks,
    language,
    writes_links,
)

from ._words import block_title

CODE = "B003"
NAME = "block-links-nothing"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    if writes_links(canvas):
        return  # the canvas links: an unlinked item is a real gap, each reported by its rule
    for kind in blocks.NINE_BLOCKS:
        if not canvas.block(kind):
            continue
        missing = [(f, codes) for (k, f), codes in LINKS.items() if k == kind
                   and _targets_exist(ctx, kind, f) and not block_links(canvas, kind, f)]
        if not missing:
            continue
        fields = [f for f, _ in missing]
        checks = list(dict.fromkeys(c for _, codes in missing for c in codes))
        yield Problem(
            (kind,),
            at_key=True,
            args={"block": block_title(kind), "what": _either(kind, fields),
                  "fields": _keys(fields), "checks": ", ".join(checks),
                  "checks_all": AllOf(checks)},
        )


def _either(kind: str, fields: list[str]) -> Phrase:
    """What the missing links would say (B003.what.* in the catalogs), one or the other."""
    said = Phrase(f"B003.what.{kind}.{fields[-1]}")
    for field in reversed(fields[:-1]):
        said = Phrase("B003.what.either", first=Phrase(f"B003.what.{kind}.{field}"), second=said)
    return said


def _keys(fields: list[str]) -> Localized:
    """The link keys as the notes would write them (``segments`, `value_propositions``)."""
    keys = {code: "`, `".join(language(code).local_key.get(f, f) for f in fields)
            for code in ("nl", "ru")}
    return Localized("`, `".join(fields), keys)


def _targets_exist(ctx: Context, kind: str, field_name: str) -> bool:
    """Links are possible only when the blocks they would name hold items."""
    return any(ctx.canvas.block(t) for t in blocks.REFERENCE_FIELDS[(kind, field_name)])
