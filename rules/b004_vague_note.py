"""A note in any block is one generic word, such as "Quality" or "Partnerships".

Why: a sticky note that says "Quality", "Convenience" or "Partnerships"
names a category, not a decision: which quality, for whom, with which
partner? A coach asks "what exactly?" because nothing can be checked,
priced or built from one generic word. Name the thing itself ("Beans
roasted within a week", "Contract roastery for peak weeks"). Segments and
propositions named with B002's words are left to B002, and cost items are
not checked: "Marketing" or "Salaries" is how a cost structure is written.

Options: ``vague-notes``, the list of one-word notes (any language) that say
nothing on their own; the defaults are in ``b004_vague_words.yaml``.

Fails:

    name: Roast and Post
    key_resources:
      - Partnerships

Passes:

    name: Roast and Post
    key_resources:
      - Contract with a green-coffee importer in Santos
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, blocks, rule_data

from ._words import kind_name

CODE = "B004"
NAME = "vague-note"
SEVERITY = "warning"

OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {"vague-notes": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("b004_vague_words.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    vague = {_norm(w) for w in options.get("vague-notes", [])}
    left_to_b002 = {_norm(w) for w in rule_data("b002_vague_words.yaml").get("vague-words", [])}
    canvas = ctx.canvas
    for kind in blocks.NINE_BLOCKS:
        if kind == blocks.COSTS:
            continue  # "Marketing" or "Salaries" is how cost structures are written
        for item in canvas.block(kind):
            word = _norm(item.name)
            if word not in vague or " " in word or item.text("description"):
                continue  # several words, or a description that says what it is
            if kind in (blocks.SEGMENTS, blocks.PROPOSITIONS) and word in left_to_b002:
                continue
            yield Problem(item.at, item=item.name,
                          args={"item": item.name, "item_kind": kind_name(item.kind)})


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("ё", "е").split()).strip(".!")
