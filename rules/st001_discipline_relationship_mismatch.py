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

from canvaslint import blocks as B
from canvaslint.finding import Problem
from canvaslint.i18n import AnyOf, Term, terms
from canvaslint.model import Item, relationship_type
from canvaslint.rule import Context
from canvaslint.rulekit import or_list, rule_data

from ._strategy import (
    COMPETES_ON,
    DISCIPLINE,
    competes,
    labels,
    list_of,
    path,
    per_discipline,
    some_labels,
    some_names,
    stated,
)

CODE = "ST001"
NAME = "discipline-relationship-mismatch"
SEVERITY = "warning"
SUMMARY = "The customer relationships do not fit the stated value discipline"

TRANSLATIONS = {
    "nl": {
        "summary": "De klantrelaties passen niet bij de gekozen waardediscipline",
        "why": "Waarom: een waardediscipline is een belofte over hoe het bedrijf wint. "
               "Klantpartnerschap betekent elke klant goed kennen, en daarvoor zijn mensen of "
               "samenwerking nodig (persoonlijke assistentie, een vaste accountmanager, "
               "co-creatie); operationele uitmuntendheid betekent de laagste kosten en het minste "
               "gedoe, en daar past geen accountmanager voor elke klant bij. Alleen canvassen die "
               "`strategy: value_discipline` (`strategie: waardediscipline`) invullen worden "
               "gecontroleerd.\n\n"
               "Opties: één sleutel per waardediscipline, elk met `needs-one-of` (ten minste één "
               "klantrelatie moet een van deze types hebben) en `fails-if-all` (de klantrelaties "
               "mogen niet allemaal deze types hebben); de standaardwaarden staan in "
               "`st001_disciplines.yaml`.",
        "needs": (
            "de waardediscipline is {discipline}, maar geen klantrelatie heeft een type dat "
            "daarbij past ({needed}); het canvas heeft {relationships}: voeg zo'n klantrelatie toe "
            "met de klanten die je van nabij wilt bedienen, of kies een andere waardediscipline"
        ),
        "needs_none": (
            "de waardediscipline is {discipline}, maar het canvas heeft geen klantrelaties, "
            "terwijl deze discipline er een vraagt van een type dat daarbij past ({needed}): voeg "
            "zo'n klantrelatie toe met de klanten die je van nabij wilt bedienen, of kies een "
            "andere waardediscipline"
        ),
        "clashes": (
            "de waardediscipline is {discipline}, maar elke klantrelatie is van het type "
            "{clashing} ({relationships}): bedien ten minste een deel van de klanten via een "
            "klantrelatie van een ander, minder kostbaar type, zoals self-service of "
            "geautomatiseerde diensten, of kies een andere waardediscipline"
        ),
    },
    "ru": {
        "summary": "Взаимоотношения с клиентами не соответствуют заявленной ценностной дисциплине",
        "why": "Почему: ценностная дисциплина — это обещание о том, за счёт чего компания "
               "побеждает. Близость к клиенту означает хорошо знать каждого клиента, а для этого "
               "нужны люди или совместная работа (персональная поддержка, персональный менеджер, "
               "совместное создание ценности); операционное совершенство означает минимальные "
               "издержки и минимум хлопот, и персональный менеджер для каждого клиента сюда не "
               "подходит. Проверяются только холсты, в которых указано `strategy: "
               "value_discipline` (стратегия: ценностная дисциплина).\n\n"
               "Параметры: по одному ключу на каждую ценностную дисциплину, у каждого "
               "`needs-one-of` (хотя бы одни взаимоотношения должны иметь один из этих типов) и "
               "`fails-if-all` (не все взаимоотношения могут иметь эти типы); значения по "
               "умолчанию — в `st001_disciplines.yaml`.",
        "needs": (
            "ценностная дисциплина — {discipline}, но ни одно из взаимоотношений не имеет "
            "подходящего для нее типа ({needed}); в холсте есть {relationships}: добавьте такие "
            "взаимоотношения с клиентами, которых вы хотите обслуживать особенно близко, или "
            "выберите другую ценностную дисциплину"
        ),
        "needs_none": (
            "ценностная дисциплина — {discipline}, но в холсте нет взаимоотношений с клиентами, а "
            "эта дисциплина требует взаимоотношений подходящего типа ({needed}): добавьте такие "
            "взаимоотношения с клиентами, которых вы хотите обслуживать особенно близко, или "
            "выберите другую ценностную дисциплину"
        ),
        "clashes": (
            "ценностная дисциплина — {discipline}, но все взаимоотношения имеют тип {clashing} "
            "({relationships}): обслуживайте хотя бы часть клиентов через взаимоотношения другого, "
            "менее затратного типа, например самообслуживание или автоматизированное обслуживание, "
            "или выберите другую ценностную дисциплину"
        ),
    },
}
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
    idea = f"the value discipline is {discipline}, which {COMPETES_ON.get(discipline, '')}"
    needed = _types(expectation.get("needs-one-of"))
    if needed and not any(relationship_type(r) in needed for r in relationships):
        yield Problem(
            path(DISCIPLINE),
            f"{idea}, but no relationship is {or_list(needed)} ({_have(relationships)}): "
            "add such a relationship with the customers you want to serve closely, "
            "or choose another value discipline",
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
            f"{idea}, but every relationship is {or_list(clashing)} "
            f"({some_labels(relationships)}): serve at least part of the customers through "
            "a relationship of another, less costly type such as self-service or "
            "automated services, or choose another value discipline",
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
        folded = B.RELATIONSHIP_ALIASES.get(value, value)
        if isinstance(folded, str) and folded not in types:
            types.append(folded)
    return types


def _have(relationships: list[Item]) -> str:
    if not relationships:
        return "the canvas has no customer relationships"
    return f"the canvas has {some_labels(relationships)}"
