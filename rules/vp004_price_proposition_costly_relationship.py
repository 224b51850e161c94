"""A low-price proposition is served, for one of its segments, only by costly relationships.

Why: a proposition that wins customers on price or on cutting their costs
needs a cheap way to serve them. If every relationship with a segment is a
dedicated personal assistant (an account manager per customer), the cost of
looking after customers eats the margin the low price left. Add a cheaper
relationship (self-service, automated services) for that segment, or
compete on something other than price.

Options: ``price-elements``, the proposition elements that promise a low
price, and ``costly-relationship-types``, the relationship types that are
expensive to keep up (aliases such as ``account-management`` allowed); the
defaults are in ``vp004_price_and_costly_types.yaml``.

Fails:

    name: Budget payroll
    customer_segments:
      - name: Small businesses
    value_propositions:
      - name: Payroll at half the price
        segments: [small-businesses]
        elements: [price]
    customer_relationships:
      - name: Account manager per client
        type: account-management
        segments: [small-businesses]

Passes:

    name: Budget payroll
    customer_segments:
      - name: Small businesses
    value_propositions:
      - name: Payroll at half the price
        segments: [small-businesses]
        elements: [price]
    customer_relationships:
      - name: Account manager per client
        type: account-management
        segments: [small-businesses]
      - name: Online payroll self-service
        type: self-service
        segments: [small-businesses]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AnyOf,
    Canvas,
    Context,
    Item,
    Problem,
    Term,
    blocks,
    relationship_type,
    relationships_serving,
    rule_data,
    terms,
)

CODE = "VP004"
NAME = "price-proposition-costly-relationship"
SEVERITY = "warning"
OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "price-elements": {"type": "array", "items": {"type": "string"}},
        "costly-relationship-types": {"type": "array", "items": {"type": "string"}},
    },
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("vp004_price_and_costly_types.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    price = set(options.get("price-elements", []))
    aliases = blocks.RELATIONSHIP_ALIASES
    costly = {aliases.get(t, t) for t in options.get("costly-relationship-types", [])}
    only_costly: dict[int, bool] = {}
    for proposition in canvas.propositions:
        elements = list(dict.fromkeys(e for e in proposition.values("elements") if e in price))
        if not elements:
            continue
        for segment in canvas.refs(proposition, "segments"):
            key = id(segment)
            if key not in only_costly:
                only_costly[key] = _served_only_by(canvas, segment, costly)
            if only_costly[key]:
                types = terms(_serving_types(canvas, segment))
                yield Problem(
                    canvas.ref_path(proposition, "segments", segment),
                    item=proposition.name,
                    # English says "price or cost-reduction", Dutch and Russian list them.
                    args={"proposition": proposition.name, "segment": segment.name,
                          "elements": terms(elements), "types": types,
                          "elements_any": AnyOf(terms(elements)), "types_any": AnyOf(types),
                          "self_service": Term("self-service"),
                          "automated": Term("automated-services")},
                )


def _served_only_by(canvas: Canvas, segment: Item, costly: set[str]) -> bool:
    """Some relationship serves the segment, and every one is of a costly type.

    A segment no relationship serves is CS003's finding, not this rule's.
    """
    serving = relationships_serving(canvas, segment)
    return bool(serving) and all(relationship_type(r) in costly for r in serving)


def _serving_types(canvas: Canvas, segment: Item) -> list[str]:
    serving = relationships_serving(canvas, segment)
    return sorted({t for r in serving if (t := relationship_type(r)) is not None})
