"""What the value-proposition-fit and customer-journey rules share.

Private to the FIT and CJ rules: the questions "is this pain relieved for
its segment?" and "whose journey is this?" are asked by several of them and
must be answered the same way.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
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


def journey_label(canvas: Canvas, journey: Item) -> str:
    """``the customer journey of segment "X"`` (or its own name, when it has one)."""
    if "name" in journey.fields:
        return journey.label
    segment = journey_segment(canvas, journey)
    if segment is not None:
        return f"the customer journey of {segment.label}"
    return f"customer journey {journey.index + 1}"


# How a translated message names a journey, in each of journey_label's three
# forms; Russian messages use it in the genitive ("у этапа ... пути клиента").
_JOURNEY_PHRASES = {
    "nl": {
        "named": 'klantreis "{journey}"',
        "of-segment": 'de klantreis van klantsegment "{journey_segment}"',
        "numbered": "klantreis {journey_number}",
    },
    "ru": {
        "named": 'пути клиента "{journey}"',
        "of-segment": 'пути клиента для сегмента "{journey_segment}"',
        "numbered": "пути клиента № {journey_number}",
    },
}


def journey_translations(
        templates: Mapping[str, Mapping[str, str]]) -> dict[str, dict[str, str]]:
    """TRANSLATIONS for a rule whose messages name a journey.

    Each template writes ``<journey>`` where the journey goes; it becomes one
    template per form of the journey's name, msgid ``"<msgid>/<form>"`` (see
    :func:`journey_args`). ``summary``, ``doc`` and ``why`` are kept as they are.
    """
    out: dict[str, dict[str, str]] = {}
    for lang, entries in templates.items():
        table = out.setdefault(lang, {})
        for msgid, template in entries.items():
            if msgid in ("summary", "doc", "why"):
                table[msgid] = template
                continue
            for form, phrase in _JOURNEY_PHRASES[lang].items():
                table[f"{msgid}/{form}"] = template.replace("<journey>", phrase)
    return out


def journey_args(canvas: Canvas, journey: Item, msgid: str = "default",
                 ) -> tuple[str, dict[str, Any]]:
    """The msgid and args that name a journey in a translated message (as journey_label)."""
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
