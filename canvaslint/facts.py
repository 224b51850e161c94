"""Derived facts that several rules share, computed from the model's indexes.

Kept here, once, so that two rules asking the same question (which
propositions does this channel carry?) can never answer it differently.
"""

from __future__ import annotations

from canvaslint import blocks as B
from canvaslint.model import Canvas, Item, relationship_type


def carried_propositions(canvas: Canvas, channel: Item) -> list[Item]:
    """The propositions a channel carries.

    A channel with a ``value_propositions`` list carries those; one without
    carries every proposition of the segments it reaches (rules.md, VP002).
    """
    if channel.has("value_propositions"):
        return canvas.refs(channel, "value_propositions")
    carried: list[Item] = []
    for segment in canvas.refs(channel, "segments"):
        for proposition in canvas.referrers(segment, B.PROPOSITIONS, "segments"):
            if proposition not in carried:
                carried.append(proposition)
    return carried


def carries(canvas: Canvas, channel: Item, proposition: Item) -> bool:
    if channel.has("value_propositions"):
        return proposition in canvas.refs(channel, "value_propositions")
    targets = canvas.refs(proposition, "segments")
    return any(s in targets for s in canvas.refs(channel, "segments"))


def channels_reaching(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.CHANNELS, "segments")


def relationships_serving(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.RELATIONSHIPS, "segments")


def propositions_for(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.PROPOSITIONS, "segments")


def revenue_from(canvas: Canvas, segment: Item) -> list[Item]:
    return canvas.referrers(segment, B.REVENUE, "segments")


def costs_for(canvas: Canvas, item: Item) -> list[Item]:
    return canvas.referrers(item, B.COSTS, "for")


def relationship_types(canvas: Canvas, relationships: list[Item]) -> set[str]:
    return {t for r in relationships if (t := relationship_type(r)) is not None}


def expected_types(segment: Item) -> list[str]:
    """The relationship types a segment ``expects``, aliases folded in."""
    return [B.RELATIONSHIP_ALIASES.get(v, v) for v in segment.values("expects")]


def pays(segment: Item) -> bool:
    """``pays`` defaults to true; only an explicit ``false`` is a subsidised side."""
    return segment.fields.get("pays") is not False
