"""A relationship's type is not among what a segment it serves expects.

Why: customers come with expectations about how they will be looked after:
a bank buying a core system expects a dedicated account manager, a student
buying a song expects to serve herself. A relationship that does not match
those expectations disappoints the customer or wastes money on care nobody
asked for. Only segments that state ``expects`` are checked. The advice
follows the direction of the mismatch: a segment served with more personal
care than it expects (a dedicated account manager where personal
assistance is expected) is told that the care costs more than it asks for,
not to "add" what it already gets.

Fails:

    name: Core banking
    customer_segments:
      - name: Enterprise banks
        expects: dedicated-personal-assistance
    customer_relationships:
      - name: Self-service portal
        type: self-service
        segments: enterprise-banks

Passes:

    name: Core banking
    customer_segments:
      - name: Enterprise banks
        expects: [dedicated-personal-assistance, self-service]
    customer_relationships:
      - name: Self-service portal
        type: self-service
        segments: enterprise-banks
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AnyOf,
    Context,
    Phrase,
    Problem,
    Term,
    expected_types,
    relationship_type,
    terms,
)

CODE = "CR001"
NAME = "relationship-not-expected"
SEVERITY = "error"

# What to offer instead (CR001.remedy.* in the catalogs), by the type expected first.
_REMEDIES = frozenset({"personal-assistance", "dedicated-personal-assistance", "self-service",
                       "automated-services", "communities", "co-creation"})


# How personal the care is, on the one scale where "more" means "costs more".
# Communities and co-creation are of another kind: never "more" or "less".
_CARE = {
    "self-service": 0,
    "automated-services": 1,
    "personal-assistance": 2,
    "dedicated-personal-assistance": 3,
}


def _over_serves(kind: str, expected: list[str]) -> bool:
    """Whether ``kind`` is more personal (and costlier) than every expected type."""
    if kind not in _CARE or not all(e in _CARE for e in expected):
        return False
    return _CARE[kind] > max(_CARE[e] for e in expected)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for relationship in canvas.relationships:
        kind = relationship_type(relationship)
        if kind is None:
            continue
        for segment in canvas.refs(relationship, "segments"):
            expected = expected_types(segment)
            if not expected or kind in expected:
                continue
            first = expected[0]
            args = {"relationship": relationship.name, "segment": segment.name,
                    "type": Term(kind), "expected": terms(expected),
                    "expected_any": AnyOf(terms(expected)), "first": Term(first),
                    "remedy": Phrase(f"CR001.remedy.{first if first in _REMEDIES else 'other'}",
                                     first=Term(first))}
            over = _over_serves(kind, expected)
            yield Problem(relationship.field_path("type"), item=relationship.name,
                          msgid="over" if over else "default", args=args)
