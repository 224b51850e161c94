"""The nine blocks in the classic layout of Business Model Generation.

Partners on the left; activities over resources; the value propositions
in the middle; relationships over channels; segments on the right; cost
structure and revenue streams below. The grid areas say so once, in CSS.
"""

from __future__ import annotations

from canvaslint.read import blocks as B
from canvaslint.report.render.context import Ctx
from canvaslint.report.render.html import Html, anchor, el, join
from canvaslint.report.render.marks import worst

# Block -> its area in the CSS grid (style.py).
AREAS: dict[str, str] = {
    B.PARTNERS: "kp", B.ACTIVITIES: "ka", B.RESOURCES: "kr", B.PROPOSITIONS: "vp",
    B.RELATIONSHIPS: "cr", B.CHANNELS: "ch", B.SEGMENTS: "cs", B.COSTS: "co",
    B.REVENUE: "rs",
}
# A block with more notes than this draws them smaller, so 50 items stay readable.
MANY = 12


def block(ctx: Ctx, kind: str) -> Html:
    items = ctx.canvas.block(kind)
    own = ctx.marks.at(kind)
    severity = worst(own)
    classes = f"block area-{AREAS[kind]}" + (" many" if len(items) > MANY else "")
    classes += f" sev-{severity}" if severity else ""
    body = (join(ctx.note(item, deep=True) for item in items) if items
            else el("div", ctx.words("empty"), cls="empty"))
    return el(
        "section",
        el("h2", el("span", ctx.words(kind)), el("span", str(len(items)), cls="count")),
        ctx.badges(own),
        el("div", body, cls="notes"),
        cls=classes, id=anchor("b", kind), data_block=kind,
    )


def grid(ctx: Ctx) -> Html:
    return el("div", join(block(ctx, kind) for kind in AREAS), cls="canvas", id="canvas")


def legend(ctx: Ctx) -> Html | None:
    segments = ctx.canvas.segments
    if not segments:
        return None
    return el("div", el("span", ctx.words("segments_legend") + ":", cls="label"),
              join(el("span", ctx.chip(s), s.name, cls="legend-item") for s in segments),
              cls="legend")
