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

from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.rule import Context
from canvaslint.rulekit import rule_data

from ._strategy import (
    COMPETES_ON,
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
SUMMARY = "The stated cost orientation clashes with the stated value discipline"

TRANSLATIONS = {
    "nl": {
        "summary": "De gekozen kostenoriëntatie botst met de gekozen waardediscipline",
        "why": "Waarom: operationele uitmuntendheid wint klanten met de laagste prijzen, en die "
               "kan alleen een bedrijf betalen dat zijn eigen kosten zo laag mogelijk houdt. Een "
               "waardegedreven kostenstructuur (premium service, royaal uitgeven aan het aanbod) "
               "eet de marge op die lage prijzen overlaten. Alleen canvassen die zowel `strategy: "
               "value_discipline` (`strategie: waardediscipline`) als `cost_orientation` "
               "(`kostenoriëntatie`) invullen worden gecontroleerd.\n\n"
               "Opties: één sleutel per waardediscipline, met de kostenoriëntatie die ermee botst "
               "(of null voor geen); de standaardwaarden staan in `st003_disciplines.yaml`.",
        "default": (
            "de waardediscipline is {discipline}, maar de kostenoriëntatie is {orientation}: maak "
            "de kostenstructuur {instead}, of kies een andere waardediscipline"
        ),
        "other": (
            "de waardediscipline is {discipline}, maar de kostenoriëntatie is {orientation}: kies "
            "een andere kostenoriëntatie of een andere waardediscipline"
        ),
    },
    "ru": {
        "summary": "Заявленная ориентация затрат противоречит заявленной ценностной дисциплине",
        "why": "Почему: операционное совершенство привлекает клиентов самыми низкими ценами, а "
               "позволить их себе может только компания, которая держит собственные издержки как "
               "можно ниже. Структура издержек, ориентированная на ценность (премиальный сервис, "
               "щедрые траты на предложение), съедает маржу, которую оставляют низкие цены. "
               "Проверяются только холсты, в которых указаны и `strategy: value_discipline` "
               "(стратегия: ценностная дисциплина), и `cost_orientation` (ориентация затрат).\n\n"
               "Параметры: по одному ключу на каждую ценностную дисциплину, значение — ориентация "
               "затрат, которая с ней противоречит (или null, если такой нет); значения по "
               "умолчанию — в `st003_disciplines.yaml`.",
        "default": (
            "ценностная дисциплина — {discipline}, но ориентация затрат — {orientation}: смените "
            "ориентацию затрат на {instead} или выберите другую ценностную дисциплину"
        ),
        "other": (
            "ценностная дисциплина — {discipline}, но ориентация затрат — {orientation}: выберите "
            "другую ориентацию затрат или другую ценностную дисциплину"
        ),
    },
}
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
    instead = _OTHER.get(orientation, "another cost orientation")
    yield Problem(
        path(COST_ORIENTATION),
        f"the value discipline is {discipline}, which {COMPETES_ON.get(discipline, '')}, "
        f"but the cost orientation is {orientation}: make the cost structure {instead}, "
        "or choose another value discipline",
        item=discipline,
        msgid="default" if orientation in _OTHER else "other",
        args={"discipline": Term(discipline), "orientation": Term(orientation),
              "instead": Term(instead), "competes": competes(discipline)},
    )
