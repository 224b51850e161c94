"""The whole name of a segment or proposition is a generic word.

Why: "everyone" is not a customer segment and "quality" is not a value
proposition. A business serves particular people with particular needs;
a vague name hides that nobody has decided who they are. Name the group
by what sets it apart ("commuters who cycle in winter").

Options: ``vague-words``, the list of words (any language) that are vague
on their own; the defaults are in ``b002_vague_words.yaml``.

Fails:

    name: Nespresso
    customer_segments:
      - name: Everyone

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, rule_data

from ._words import kind_name

CODE = "B002"
NAME = "vague-item"
SEVERITY = "warning"

OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {"vague-words": {"type": "array", "items": {"type": "string"}}},
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("b002_vague_words.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    vague = {_norm(w) for w in options.get("vague-words", [])}
    canvas = ctx.canvas
    for item in (*canvas.segments, *canvas.propositions):
        if _norm(item.name) in vague:
            yield Problem(item.at, item=item.name,
                          args={"item": item.name, "item_kind": kind_name(item.kind)})


def _norm(text: str) -> str:
    return " ".join(text.casefold().replace("-", " ").split()).strip(".!")
