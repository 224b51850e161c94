"""Customer journeys in Markdown: a segment, its stages, their touchpoints.

One nested list under a "Customer Journeys" heading: each item names the
segment, its sub-bullets are stages (a stage word in English or the
canvas's language) and their sub-bullets the touchpoints, as notes with
``Channel`` and ``Experience``. An item without stage sub-bullets is prose
about the journey and left out, so no words become references by accident.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.tree import SyntaxTreeNode

from canvaslint.read import blocks as B
from canvaslint.read.markdown.fields import WORDS, Field, convert
from canvaslint.read.markdown.inline import strip_marker
from canvaslint.read.markdown.notes import LISTS, Note, bare

if TYPE_CHECKING:
    from canvaslint.read.markdown.notes import Reader

_STAGE = Field(WORDS, words=frozenset(
    ("awareness", "evaluation", "purchase", "delivery", "after-sales")))


def journey(reader: Reader, item: SyntaxTreeNode) -> list[Note]:
    """``- Segment`` with its stages as sub-bullets and their touchpoints under them."""
    head = reader.head(item)
    if head is None:
        return []
    name = bare(strip_marker(head.lead or head.text).rstrip(":").strip(" *_"))
    journey = Note(name=name, span=reader.source.find(name, head.span[0] - 1, head.span[0]),
                   role=B.JOURNEYS)
    stages: list[Note] = []
    for sub in (c for c in item.children if c.type in LISTS):
        for child in sub.children:
            stage_head = reader.head(child)
            if stage_head is None:
                continue
            stage = reader.line_note(stage_head, B.TOUCHPOINTS)
            if stage is None or convert(_STAGE, stage.name, reader.lang) is None:
                continue  # not a stage: prose about the journey, not for canvaslint
            stage.role, stage.description = "stage", []
            touchpoints = reader.sub_notes(child, B.TOUCHPOINTS)
            if touchpoints:  # a stage without touchpoints says so by having none
                stage.nested[B.TOUCHPOINTS] = (touchpoints, stage.span)
            stages.append(stage)
    if not stages:
        return []
    journey.nested["stages"] = (stages, journey.span)
    return [journey]
