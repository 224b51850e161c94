"""The canvas sells physical goods, but no channel or partner delivers them.

Why: a product that is made has to reach the customer: a shop, a courier,
a distributor, the post. A canvas that sells goods it produces without any
channel or partner that brings them to customers has left out the step
where many such businesses lose their margin (shipping, returns, shelf
space). Goods are sold when a revenue stream is an asset sale and a key
activity is production (written, or read from their words); delivery is a
channel with the delivery phase, a retail or wholesale channel, a channel
through a store, marketplace, the mail or in person, or a partner whose
words say it delivers (courier, logistics, distributor, retailer). A
canvas that writes its channels' phases is left to CH003, which names the
missing delivery phase per segment.

Fails:

    name: Nonna's Pasta
    channels:
      - name: Instagram
        medium: social-media
    revenue_streams:
      - name: Pasta sales
        type: asset-sale
    key_activities:
      - name: Making fresh pasta
        type: production

Passes:

    name: Nonna's Pasta
    channels:
      - name: Instagram
        medium: social-media
      - name: Delicatessen shops
        type: retail
    revenue_streams:
      - name: Pasta sales
        type: asset-sale
    key_activities:
      - name: Making fresh pasta
        type: production
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Canvas, Context, Problem, blocks

CODE = "CH005"
NAME = "goods-without-delivery"
SEVERITY = "warning"

# Media through which goods change hands.
_HANDING_OVER = frozenset({"store", "marketplace", "mail", "in-person"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    making = [a for a in canvas.block(blocks.ACTIVITIES) if a.text("type") == "production"]
    sales = [s for s in canvas.revenue_streams if s.text("type") == "asset-sale"]
    if not making or not sales or not canvas.channels or _delivered(canvas):
        return
    if any("phases" in c.fields for c in canvas.channels):
        return  # the canvas writes its channels' phases: a missing delivery is CH003's
    stream, activity = sales[0], making[0]
    yield Problem(
        stream.at,
        item=stream.name,
        args={"stream": stream.name, "activity": activity.name},
    )


def _delivered(canvas: Canvas) -> bool:
    for channel in canvas.channels:
        if "delivery" in channel.values("phases") or channel.text("type") in ("retail",
                                                                              "wholesale"):
            return True
        if _HANDING_OVER.intersection(channel.values("medium")):
            return True
        if not channel.has("medium") and not channel.has("phases") and channel.fields:
            return True  # an annotated channel that says nothing of how: give it the benefit
    return any(p.text("delivers") for p in canvas.block(blocks.PARTNERS))
