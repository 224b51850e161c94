"""Say in a finding which facts were read from words, and how to confirm them.

A finding that rests on an inferred fact must say so: the user did not
write ``type: personal-assistance``, canvaslint read it from "24/7 support".
The rule does not need to know: every inferred fact a rule reads is logged
(:class:`canvaslint.model.canvas.Item`), and a finding that names the item gets a
note in the canvas's language.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvaslint.finding import Problem
from canvaslint.i18n import language
from canvaslint.messages import say
from canvaslint.model.canvas import Item
from canvaslint.read import blocks as B

# The catalog ids of where a fact was read (canvaslint/messages/*.po, infer.*).
_SOURCES = {"name": "infer.source.name", "description": "infer.source.description"}


def note(problem: Problem, read: Sequence[tuple[Item, str]], lang: str) -> str:
    """The note for one problem: the logged facts of the items it names."""
    facts: list[str] = []
    seen: set[tuple[int, str]] = set()
    for item, name in read:
        key = (id(item), name)
        if key in seen or not (_names(problem, item) or _shows(problem, item, name)):
            continue
        seen.add(key)
        facts.append(_fact(item, name, lang))
    if not facts:
        return ""
    return say(lang, "infer.note", facts=", ".join(facts))


def _names(problem: Problem, item: Item) -> bool:
    return bool(item.name) and (problem.item == item.name or f'"{item.name}"' in problem.message)


def _shows(problem: Problem, item: Item, name: str) -> bool:
    """A message that names the fact's value ("served only by self-service") rests on it."""
    value = item.inferred[name].value
    values = [value] if isinstance(value, str) else list(value)
    return name != "free" and any(f" {v}" in problem.message for v in values)


def _fact(item: Item, name: str, lang: str) -> str:
    local = language(lang)
    fact = item.inferred[name]
    values = [fact.value] if isinstance(fact.value, str) else list(fact.value)
    if name == "free":
        shown_field, shown_value = "", say(lang, "infer.free")
    else:
        shown_field = local.local_key.get(name, name)
        shown_value = ", ".join(local.local_value.get(v, v) for v in values)
    text = say(lang, "infer.fact",
        kind=local.kinds.get(item.kind, B.KIND_NAMES.get(item.kind, item.kind)),
        name=item.name, field=shown_field, value=shown_value, words=fact.words,
        source=say(lang, _SOURCES[fact.source]))
    return text.replace(" : ", " ")
