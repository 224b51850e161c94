"""No value proposition offers what the stated value discipline competes on.

Why: the value discipline says why customers should choose this business,
and the value propositions are where that promise is made. A business that
claims product leadership but offers nothing new, better performing or
better designed, or that claims operational excellence but offers neither a
low price nor lower costs, has a strategy only on paper. Only canvases that
state ``strategy: value_discipline`` are checked.

Options: one key per value discipline, each the list of proposition
``elements`` of which at least one proposition must list one; the defaults
are in ``st002_disciplines.yaml``.

Fails:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
    value_propositions:
      - name: Flights to city airports
        elements: [convenience-usability]

Passes:

    name: Budget airline
    strategy:
      value_discipline: operational-excellence
    value_propositions:
      - name: Flights to city airports at the lowest fares
        elements: [price, convenience-usability]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import AnyOf, Context, Problem, Term, rule_data, terms

from ._strategy import DISCIPLINE, competes, list_of, path, per_discipline, stated

CODE = "ST002"
NAME = "discipline-proposition-mismatch"
SEVERITY = "warning"

OPTIONS_SCHEMA = per_discipline(list_of("propositionElement"))


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("st002_disciplines.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    discipline = stated(canvas, DISCIPLINE)
    wanted = options.get(discipline) if discipline is not None else None
    if discipline is None or not isinstance(wanted, list) or not wanted:
        return
    wanted_set = set(wanted)
    for proposition in canvas.propositions:
        if wanted_set.intersection(proposition.values("elements")):
            return
    yield Problem(
        path(DISCIPLINE),
        item=discipline,
        args={"discipline": Term(discipline), "wanted": terms(wanted),
              "elements_field": "elements", "competes": competes(discipline),
              "wanted_any": AnyOf(terms(wanted))},
    )
