"""A personal or dedicated personal assistance relationship has no cost item for it.

Why: relationships with people in them are expensive: sales staff, account
managers and call-centre agents have to be hired, trained and paid. A
canvas that offers personal or dedicated assistance but no cost for it
overstates the margin. Name the cost: which costs do the relationships
require?

Reading: where no cost item says what it is for (a canvas of sticky
notes), a cost whose words pay people (salaries, staff, "account manager
salary") counts as the cost of such a relationship.

Fails:

    name: Roast and Post
    customer_relationships:
      - name: Office account managers
        type: dedicated-personal-assistance

Passes:

    name: Roast and Post
    customer_relationships:
      - name: Office account managers
        type: dedicated-personal-assistance
    cost_structure:
      - name: Account manager salaries
        for: office-account-managers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    Context,
    Item,
    Problem,
    Term,
    block_links,
    blocks,
    costs_for,
    relationship_type,
    shared_words,
)

from ._channels import type_words

CODE = "CR007"
NAME = "costly-relationship-without-cost"
SEVERITY = "warning"

# The types that put people to work for the customer; each has its own message
# (CR007.<type>), which says who those people are.
_PEOPLE = frozenset({"personal-assistance", "dedicated-personal-assistance"})


def _pays_for(cost: Item, relationship: Item, lang: str) -> bool:
    """A cost that, by its words, pays for the relationship's people."""
    return cost.text("people") is not None or shared_words(cost.name, relationship.name, lang)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    in_words = not block_links(canvas, blocks.COSTS, "for")
    costs = canvas.block(blocks.COSTS)
    for relationship in canvas.relationships:
        kind = relationship_type(relationship) or ""
        if kind not in _PEOPLE or costs_for(canvas, relationship):
            continue
        if in_words and any(_pays_for(cost, relationship, lang) for cost in costs):
            continue  # costs say what they are for only in words, and one of them pays people
        yield Problem(
            relationship.field_path("type"),
            item=relationship.name,
            msgid=kind,
            args={"relationship": relationship.name, "type": Term(kind),
                  "relationship_id": relationship.id, "for_field": "for",
                  "type_written": type_words(relationship)},
        )
