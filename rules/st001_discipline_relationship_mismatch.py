"""The customer relationships do not fit the stated value discipline.

Why: a value discipline is a promise about how the business wins. Customer
intimacy means knowing each customer well, which takes people or joint work
(personal assistance, a dedicated account manager, co-creation); operational
excellence means the lowest cost and least hassle, which an account manager
for every customer does not fit. Only canvases that state
``strategy: value_discipline`` are checked.

Options: one key per value discipline, each with ``needs-one-of`` (at least
one relationship must have one of these types) and ``fails-if-all`` (the
relationships must not all have these types); the defaults are in
``st001_disciplines.yaml``.

Fails:

    name: Bespoke tailoring
    strategy:
      value_discipline: customer-intimacy
    customer_relationships:
      - name: Online size finder
        type: self-service

Passes:

    name: Bespoke tailoring
    strategy:
      value_discipline: customer-intimacy
    customer_relationships:
      - name: Online size finder
        type: self-service
      - name: Home visits by a personal tailor
        type: personal-assistance
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AnyOf,
    Context,
    Problem,
    Term,
    blocks,
    relationship_type,
    rule_data,
    terms,
)

from ._strategy import (
    DISCIPLINE,
    competes,
    labels,
    list_of,
    path,
    per_discipline,
    some_names,
    stated,
)

CODE = "ST001"
NAME = "discipline-relationship-mismatch"
SEVERITY = "warning"

OPTIONS_SCHEMA = per_discipline({
    "type": "object",
    "properties": {
        "needs-one-of": list_of("relationshipType"),
        "fails-if-all": list_of("relationshipType"),
    },
    "additionalProperties": False,
})


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("st001_disciplines.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    discipline = stated(canvas, DISCIPLINE)
    expectation = options.get(discipline) if discipline is not None else None
    if discipline is None or not isinstance(expectation, Mapping):
        return
    relationships = canvas.relationships
    needed = _types(expectation.get("needs-one-of"))
    if needed and not any(relationship_type(r) in needed for r in relationships):
        yield Problem(
            path(DISCIPLINE),
            item=discipline,
            msgid="needs" if relationships else "needs_none",
            args={"discipline": Term(discipline), "needed": terms(needed),
                  "relationships": some_names(relationships), "competes": competes(discipline),
                  "needed_any": AnyOf(terms(needed)), "labels": labels(relationships)},
        )
    clashing = _types(expectation.get("fails-if-all"))
    if clashing and relationships and all(relationship_type(r) in clashing for r in relationships):
        yield Problem(
            path(DISCIPLINE),
            item=discipline,
            msgid="clashes",
            args={"discipline": Term(discipline), "clashing": terms(clashing),
                  "relationships": some_names(relationships), "competes": competes(discipline),
                  "clashing_any": AnyOf(terms(clashing)), "labels": labels(relationships)},
        )


def _types(values: Any) -> list[str]:
    """The relationship types of an option, aliases folded in, in the order written."""
    types: list[str] = []
    for value in values if isinstance(values, list) else []:
        folded = blocks.RELATIONSHIP_ALIASES.get(value, value)
        if isinstance(folded, str) and folded not in types:
            types.append(folded)
    return types
