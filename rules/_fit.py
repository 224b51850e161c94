"""What the value-proposition-fit and customer-journey rules share.

Private to the FIT and CJ rules: the questions "is this pain relieved for
its segment?" and "whose journey is this?" are asked by several of them and
must be answered the same way.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from canvaslint.api import AllOf, Canvas, Item, Key, Phrase, propositions_for, unaddressed
from canvaslint.api import blocks as B

# The profile kinds of a segment, in the order the format lists them.
PROFILE = (B.JOBS, B.PAINS, B.GAINS)


@dataclass(frozen=True)
class Unmatched:
    """A pain (or gain) of a segment that no proposition for the segment addresses."""

    segment: Item
    item: Item
    propositions: list[Item]


def unmatched(canvas: Canvas, profile_kind: str) -> Iterator[Unmatched]:
    """Pains (gains) addressed by no proposition for their segment (``unaddressed``)."""
    for segment in canvas.segments:
        items = canvas.children(segment, profile_kind)
        if not items:
            continue
        propositions = propositions_for(canvas, segment)
        for item in unaddressed(canvas, segment, items):
            yield Unmatched(segment, item, propositions)


def has_profile(canvas: Canvas, segment: Item) -> bool:
    """Whether the segment has any jobs, pains or gains."""
    return any(canvas.children(segment, kind) for kind in PROFILE)


def journey_segment(canvas: Canvas, journey: Item) -> Item | None:
    """The segment a journey belongs to, once resolved."""
    segments = canvas.refs(journey, "segment")
    return segments[0] if segments else None


def journey_args(canvas: Canvas, journey: Item, msgid: str = "default",
                 ) -> tuple[str, dict[str, Any]]:
    """The msgid and args that name a journey in a message: by its name, its segment or number.

    Each message naming a journey has one catalog entry per form,
    ``"<msgid>/named"``, ``"<msgid>/of-segment"`` and ``"<msgid>/numbered"``,
    written out in every language (Russian puts the journey in the genitive).
    """
    if "name" in journey.fields:
        return f"{msgid}/named", {"journey": journey.name}
    segment = journey_segment(canvas, journey)
    if segment is not None:
        return f"{msgid}/of-segment", {"journey_segment": segment.name}
    return f"{msgid}/numbered", {"journey_number": journey.index + 1}


def propositions_args(propositions: list[Item]) -> tuple[str, dict[str, Any]]:
    """``("one", {"proposition": name})`` or ``("several", {"propositions": quoted names})``."""
    if len(propositions) == 1:
        return "one", {"proposition": propositions[0].name}
    quoted = [f'"{p.name}"' for p in propositions]
    # English names three and counts the rest ("A", "B", "C" and 2 more).
    shown: list[Any] = quoted[:3]
    if len(quoted) > 3:
        shown.append(Phrase("list.more", count=len(quoted) - 3))
    return "several", {"propositions": quoted, "propositions_all": AllOf(shown)}


def unmatched_args(found: Unmatched, field: str) -> tuple[str, dict[str, Any]]:
    """The msgid (``none``, ``one``, ``several``) and args of FIT001's and FIT002's message.

    The pain or gain is ``item`` (its id ``item_id``), ``map_field`` the
    reference field of the reliever or creator the message asks for.
    """
    args: dict[str, Any] = {"item": found.item.name, "segment": found.segment.name,
                            "item_id": found.item.id, "map_field": Key(field)}
    if not found.propositions:
        return "none", args
    msgid, names = propositions_args(found.propositions)
    return msgid, {**args, **names}
