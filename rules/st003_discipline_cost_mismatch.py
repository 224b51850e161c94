"""The stated cost orientation clashes with the stated value discipline.

Why: operational excellence wins customers with the lowest prices, which
only a business that keeps its own costs as low as possible can afford. A
value-driven cost structure (premium service, generous spending on the
offer) eats the margin that low prices leave. Only canvases that state both
``strategy: value_discipline`` and ``cost_orientation`` are checked.

Options: one key per value discipline, the cost orientation that clashes
with it (or null for none); the defaults are in ``st003_disciplines.yaml``.

Fails:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
      cost_orientation: value-driven

Passes:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
      cost_orientation: cost-driven
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, Term, rule_data

from ._strategy import (
    COST_ORIENTATION,
    DISCIPLINE,
    competes,
    path,
    per_discipline,
    stated,
    vocabulary,
)

CODE = "ST003"
NAME = "discipline-cost-mismatch"
SEVERITY = "warning"

OPTIONS_SCHEMA = per_discipline({"enum": [*vocabulary("costOrientation"), None]})

# The orientation to suggest instead of a clashing one.
_OTHER = {"value-driven": "cost-driven", "cost-driven": "value-driven"}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("st003_disciplines.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    discipline = stated(canvas, DISCIPLINE)
    orientation = stated(canvas, COST_ORIENTATION)
    if discipline is None or orientation is None or options.get(discipline) != orientation:
        return
    yield Problem(
        path(COST_ORIENTATION),
        item=discipline,
        msgid="default" if orientation in _OTHER else "other",
        args={"discipline": Term(discipline), "orientation": Term(orientation),
              "instead": Term(_OTHER.get(orientation, "")), "competes": competes(discipline)},
    )
