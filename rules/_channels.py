"""What the channel (CH) and relationship (CR) rules share: vocabularies, words, goals.

The vocabularies are those of the canvas schema (``schemas/canvas.schema.json``);
they are repeated here so that the rules' option schemas can name them without
reading a file at import, and a test keeps the two equal.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from canvaslint.api import (
    AllOf,
    Canvas,
    Item,
    Phrase,
    Problem,
    Term,
    relationship_type,
    relationships_serving,
)
from canvaslint.api import blocks as B

MEDIA = (
    "in-person", "store", "phone", "email", "chat", "sms", "messenger", "social-media",
    "community", "web", "app", "mail", "print", "broadcast", "event", "marketplace",
)
PHASES = ("awareness", "evaluation", "purchase", "delivery", "after-sales")
RELATIONSHIP_TYPES = (
    "personal-assistance", "dedicated-personal-assistance", "self-service",
    "automated-services", "communities", "co-creation",
)
# The six types and the format's aliases: what a user may write as a type.
RELATIONSHIP_TYPE_NAMES = (*RELATIONSHIP_TYPES, *B.RELATIONSHIP_ALIASES)

# A message names at most this many items, then says how many more there are.
_SHOWN = 3


def quoted(items: Iterable[Item], limit: int = _SHOWN) -> list[str]:
    """The quoted names for a translated message's argument (shown joined by commas).

    Past ``limit`` names, a last entry ``… (+4)`` says how many more there are,
    in no particular language.
    """
    shown = [f'"{item.name}"' for item in items]
    if len(shown) > limit:
        return [*shown[:limit], f"… (+{len(shown) - limit})"]
    return shown


def name_list(items: Iterable[Item], limit: int = _SHOWN) -> AllOf:
    """The quoted names as a message argument: ``"A", "B" and "C"``, then ``and 4 more``.

    The joining words and the "more" come from the catalogs (``list.and``,
    ``list.more``), so the list reads right in the report's language.
    """
    shown: list[str] = [f'"{item.name}"' for item in items]
    if len(shown) > limit:
        return AllOf([*shown[:limit], Phrase("list.more", count=len(shown) - limit)])
    return AllOf(shown)


def labelled_as(msgid: str, items: list[Item]) -> Phrase:
    """``relationship "A"`` or ``relationships "A" and "B"``: ``msgid.one`` or ``.many``.

    The kind's word and its plural are the catalog's, one entry each, with
    the names in ``{names}``.
    """
    return Phrase(f"{msgid}.{'one' if len(items) == 1 else 'many'}", names=name_list(items))


def type_words(relationship: Item) -> str:
    """The type as the user wrote it, with the type it stands for if it is an alias."""
    written = relationship.text("type") or ""
    kind = relationship_type(relationship)
    return written if kind in (None, written) else f"{written} ({kind})"


def segments_lacking_goal(canvas: Canvas, goal: str) -> Iterator[tuple[Item, list[Item]]]:
    """Segments none of whose relationships has ``goal``, where goals are stated.

    A segment is judged only when at least one relationship serving it states
    ``goals``; relationships that state none say nothing either way, so they
    neither count as having the goal nor make the segment fail. Goals read
    from words count once one relationship of the segment writes its goals.
    Yields the segment and the relationships of it that state goals.
    """
    for segment in canvas.segments:
        serving = relationships_serving(canvas, segment)
        if not any("goals" in r.fields for r in serving):
            continue  # goals read from words alone are too thin to say one is missing
        stating = [r for r in serving if r.has("goals")]
        if not any(goal in r.values("goals") for r in stating):
            yield segment, stating


def goal_problems(canvas: Canvas, goal: str, code: str) -> Iterator[Problem]:
    """CR004 and CR005: one problem per segment whose relationships lack ``goal``.

    The rule's messages (``default``, and ``unstated`` when some relationships
    of the segment state no goals) say what the missing goal costs.
    """
    for segment, stating in segments_lacking_goal(canvas, goal):
        unstated = [r for r in relationships_serving(canvas, segment) if not r.has("goals")]
        where = (labelled_as(f"{code}.relationships", stating) if len(stating) == 1
                 else Phrase(f"{code}.one_of", names=name_list(stating)))
        yield Problem(
            segment.at,
            item=segment.name,
            msgid="unstated" if unstated else "default",
            args={"segment": segment.name, "goal": Term(goal), "stating": quoted(stating),
                  "unstated": quoted(unstated), "goals_field": "goals", "where": where,
                  "unstated_label": labelled_as(f"{code}.relationships", unstated)},
        )
