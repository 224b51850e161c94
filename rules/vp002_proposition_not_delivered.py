"""For a segment it targets, no channel reaching that segment carries the proposition.

Why: a value proposition reaches customers only through a channel: a shop,
a sales team, an app. If none of the channels that reach a segment carries
the proposition meant for it, those customers never hear of it, buy it or
receive it. A channel with no ``value_propositions`` list carries every
proposition of the segments it reaches. A segment that no channel reaches
at all is CS002's finding, not this rule's, so one mistake gives one finding.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas]
      - name: Roasting workshops
        segments: [home-baristas]
    channels:
      - name: Web shop
        segments: [home-baristas]
        value_propositions: [fresh-beans-by-post]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: [home-baristas]
      - name: Roasting workshops
        segments: [home-baristas]
    channels:
      - name: Web shop
        segments: [home-baristas]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Canvas, Context, Item, Key, Problem, blocks, channels_reaching

CODE = "VP002"
NAME = "proposition-not-delivered"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    delivery = _Delivery(canvas)
    for proposition in canvas.propositions:
        for segment in canvas.refs(proposition, "segments"):
            if not channels_reaching(canvas, segment):
                continue  # CS002: no channel reaches the segment at all
            if delivery.delivered(proposition, segment):
                continue
            yield Problem(
                canvas.ref_path(proposition, "segments", segment),
                item=proposition.name,
                args={"proposition": proposition.name, "segment": segment.name,
                      "propositions_field": Key(blocks.PROPOSITIONS)},
            )


class _Delivery:
    """Whether any channel reaching a segment carries a proposition.

    The meaning is exactly ``any(facts.carries(canvas, c, proposition) for c in
    channels_reaching(canvas, segment))`` (the tests check the two agree), but
    asking ``carries`` pair by pair scans long lists: a channel that reaches
    thousands of segments would make the rule quadratic. So: a channel without
    a ``value_propositions`` list that reaches the segment carries every
    proposition of it, and the pair is delivered; otherwise the pair is
    delivered when the channels reaching the segment and the channels listing
    the proposition meet, found by walking the shorter list against a set of
    the other (each set built once per item).
    """

    def __init__(self, canvas: Canvas) -> None:
        self.canvas = canvas
        self._blanket: dict[int, bool] = {}
        self._reaching: dict[int, set[int]] = {}
        self._listing: dict[int, set[int]] = {}

    def delivered(self, proposition: Item, segment: Item) -> bool:
        reaching = channels_reaching(self.canvas, segment)
        if self._reached_by_blanket(segment, reaching):
            return True
        listing = self.canvas.referrers(proposition, blocks.CHANNELS, "value_propositions")
        if len(listing) <= len(reaching):
            reach_ids = self._ids(self._reaching, segment, reaching)
            return any(id(channel) in reach_ids for channel in listing)
        list_ids = self._ids(self._listing, proposition, listing)
        return any(id(channel) in list_ids for channel in reaching)

    def _reached_by_blanket(self, segment: Item, reaching: list[Item]) -> bool:
        """A channel without a list reaches the segment: it carries all its propositions."""
        key = id(segment)
        if key not in self._blanket:
            self._blanket[key] = any(not c.has("value_propositions") for c in reaching)
        return self._blanket[key]

    @staticmethod
    def _ids(cache: dict[int, set[int]], owner: Item, items: list[Item]) -> set[int]:
        key = id(owner)
        if key not in cache:
            cache[key] = {id(item) for item in items}
        return cache[key]
