"""Derived facts that several rules share, computed from the model's indexes.

Kept here, once, so that two rules asking the same question (which
propositions does this channel carry?) can never answer it differently.
"""

from __future__ import annotations

from collections.abc import Iterable

from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B


def channels_reaching(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.CHANNELS, "segments")


def relationships_serving(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.RELATIONSHIPS, "segments")


def propositions_for(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.PROPOSITIONS, "segments")


# A pain is relieved by a pain reliever's `relieves`, a gain created by a gain creator's `creates`.
_ADDRESSED_BY = {B.PAINS: (B.RELIEVERS, "relieves"), B.GAINS: (B.CREATORS, "creates")}


def unaddressed(canvas: Canvas, segment: Item, items: Iterable[Item]) -> list[Item]:
    """The pains and gains of ``segment`` that no proposition for the segment addresses.

    A reliever (creator) counts only when its own proposition targets the
    segment (else FIT003 has something to say). The FIT rules and the
    health score ask this one question, so they answer it alike.
    """
    targeting = {id(p) for p in propositions_for(canvas, segment)}
    out = []
    for item in items:
        kind, field = _ADDRESSED_BY[item.kind]
        if not any(id(m.parent) in targeting for m in canvas.referrers(item, kind, field)):
            out.append(item)
    return out


def revenue_from(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.REVENUE, "segments")


def costs_for(canvas: Canvas, item: Item) -> list[Item]:
    return canvas.referrers(item, B.COSTS, "for")


def expected_types(segment: Item) -> list[str]:
    """The relationship types a segment ``expects``, aliases folded in."""
    return [B.RELATIONSHIP_ALIASES.get(v, v) for v in segment.values("expects")]


def is_free(stream: Item) -> bool:
    """A revenue note that says "Free" marks the side that does not pay, not a payment."""
    return stream.text("free") is not None


def pays(segment: Item) -> bool:
    """``pays`` defaults to true; only an explicit ``false`` is a subsidised side."""
    return segment.fields.get("pays") is not False


# Which rules a block's links unlock: (block, field) -> the checks that read them.
LINKS: dict[tuple[str, str], tuple[str, ...]] = {
    (B.PROPOSITIONS, "segments"): ("CS001", "VP001", "VP002", "CH002", "FIT003", "VP004"),
    (B.CHANNELS, "segments"): ("CS002", "CH001", "CH003", "CH004", "CR006", "CJ002"),
    (B.RELATIONSHIPS, "segments"): ("CS003", "CR001", "CR003", "CR004", "CR005", "RS003"),
    (B.REVENUE, "segments"): ("CS004", "RS001", "RS002", "RS003"),
    (B.REVENUE, "value_propositions"): ("RS004",),
    (B.ACTIVITIES, "supports"): ("KA001", "VP003"),
    (B.PARTNERS, "provides"): ("KP001",),
    (B.COSTS, "for"): ("CO001", "CO002", "CR007"),
}


def block_links(canvas: Canvas, kind: str, field_name: str) -> bool:
    """Whether any item of the block links through ``field_name`` (written or implied).

    On a canvas that writes no links, a block that links nothing is one
    finding for the block (B003), not one per item, and the per-item rules
    that read those links stay quiet (docs/decisions.md, issue 16).
    """
    return any(field_name in item.fields or canvas.refs(item, field_name)
               for item in canvas.block(kind))


# The per-item rules that would report every item of a block that links
# nothing; they wait for the block (B003 speaks for it once).
WAITS: dict[str, tuple[str, str]] = {
    "CS001": (B.PROPOSITIONS, "segments"), "VP001": (B.PROPOSITIONS, "segments"),
    "CS002": (B.CHANNELS, "segments"), "CH001": (B.CHANNELS, "segments"),
    "CS003": (B.RELATIONSHIPS, "segments"),
    "CS004": (B.REVENUE, "segments"), "RS001": (B.REVENUE, "segments"),
    "RS004": (B.REVENUE, "value_propositions"),
    "KA001": (B.ACTIVITIES, "supports"), "VP003": (B.ACTIVITIES, "supports"),
    "KP001": (B.PARTNERS, "provides"),
    "CO001": (B.COSTS, "for"), "CO002": (B.COSTS, "for"),
}


def writes_links(canvas: Canvas) -> bool:
    """Whether the canvas writes any link at all (``segments``, ``supports``, ``for``...).

    A canvas that writes links has chosen to link, and an item it leaves
    unlinked is a real gap; one that writes none is a flat canvas of sticky
    notes, told once per block (B003).
    """
    return any(field_name in item.fields for item in canvas.all_items()
               for kind, field_name in B.REFERENCE_FIELDS if kind == item.kind)


def waits(canvas: Canvas, code: str) -> bool:
    """Whether rule ``code`` waits: a flat canvas whose block links nothing (B003 speaks).

    On a flat canvas a missing or empty block waits too: B001 says it once,
    instead of "no channel reaches ..." for every segment.
    """
    kind, field_name = WAITS[code]
    return not writes_links(canvas) and not block_links(canvas, kind, field_name)


class Delivery:
    """Whether any channel reaching a segment carries a proposition.

    A channel carries the propositions its ``value_propositions`` lists, or,
    with no list, every proposition of the segments it reaches (VP002). Asking
    that channel by channel scans long lists (the tests check the two agree): a channel that reaches
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
        listing = self.canvas.referrers(proposition, B.CHANNELS, "value_propositions")
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
