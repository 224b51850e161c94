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

from canvaslint import blocks as B
from canvaslint.facts import relationships_serving
from canvaslint.finding import Problem
from canvaslint.i18n import AnyOf, Term, terms
from canvaslint.model import Canvas, Item, relationship_type
from canvaslint.rule import Context
from canvaslint.rulekit import or_list, rule_data

CODE = "VP004"
NAME = "price-proposition-costly-relationship"
SEVERITY = "warning"
SUMMARY = "A price proposition is served for a segment only by costly relationships"
OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "price-elements": {"type": "array", "items": {"type": "string"}},
        "costly-relationship-types": {"type": "array", "items": {"type": "string"}},
    },
    "additionalProperties": False,
}


TRANSLATIONS = {
    "nl": {
        "summary": "Een prijspropositie wordt voor een klantsegment alleen via dure "
                   "klantrelaties bediend",
        "why": "Waarom: een waardepropositie die klanten wint met de prijs of met lagere kosten "
               "voor hen, heeft een goedkope manier nodig om ze te bedienen. Als elke klantrelatie "
               "met een klantsegment een toegewijde persoonlijke assistent is (een accountmanager "
               "per klant), eten de kosten van de klantenzorg de marge op die de lage prijs "
               "overliet. Voeg een goedkopere klantrelatie (self-service, geautomatiseerde "
               "diensten) toe voor dat segment, of concurreer op iets anders dan prijs.\n\n"
               "Opties: `price-elements`, de elementen van een waardepropositie die een lage prijs "
               "beloven, en `costly-relationship-types`, de types klantrelatie die duur zijn om te "
               "onderhouden (aliassen zoals `account-management` zijn toegestaan); de "
               "standaardwaarden staan in `vp004_price_and_costly_types.yaml`.",
        "default": 'waardepropositie "{proposition}" concurreert op {elements}, maar '
                   'klantsegment "{segment}" wordt alleen bediend door klantrelaties van het '
                   "type {types}, die duur zijn om te onderhouden: voeg er een goedkopere "
                   "klantrelatie voor toe, zoals {self_service} of {automated}, of concurreer "
                   "op iets anders dan prijs",
    },
    "ru": {
        "summary": "Ценовое предложение для сегмента обслуживается только дорогими "
                   "взаимоотношениями",
        "why": "Почему: ценностному предложению, которое привлекает клиентов ценой или снижением "
               "их затрат, нужен дешёвый способ их обслуживать. Если все взаимоотношения с "
               "сегментом — это особая персональная поддержка (персональный менеджер на каждого "
               "клиента), затраты на заботу о клиентах съедают маржу, которую оставила низкая "
               "цена. Добавьте для этого сегмента более дешёвые взаимоотношения (самообслуживание, "
               "автоматизированное обслуживание) или конкурируйте не ценой, а чем-то другим.\n\n"
               "Параметры: `price-elements` — элементы ценностного предложения, обещающие низкую "
               "цену, и `costly-relationship-types` — типы взаимоотношений, поддерживать которые "
               "дорого (допускаются синонимы, например `account-management`); значения по "
               "умолчанию — в `vp004_price_and_costly_types.yaml`.",
        "default": 'ценностное предложение "{proposition}" делает ставку на низкую цену '
                   '({elements}), но сегмент "{segment}" обслуживают только '
                   "взаимоотношения, поддерживать которые дорого ({types}): добавьте для него "
                   "более дешёвое взаимоотношение, например {self_service} или {automated}, или "
                   "конкурируйте не ценой, а чем-то другим",
    },
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("vp004_price_and_costly_types.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    price = set(options.get("price-elements", []))
    aliases = B.RELATIONSHIP_ALIASES
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
                yield Problem(
                    canvas.ref_path(proposition, "segments", segment),
                    _message(canvas, proposition, segment, elements),
                    item=proposition.name,
                    args={"proposition": proposition.name, "segment": segment.name,
                          "elements": terms(elements),
                          "types": terms(_serving_types(canvas, segment)),
                          "elements_any": AnyOf(terms(elements)),
                          "types_any": AnyOf(terms(_serving_types(canvas, segment))),
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


def _message(canvas: Canvas, proposition: Item, segment: Item, elements: list[str]) -> str:
    kinds = _serving_types(canvas, segment)
    return (
        f'value proposition "{proposition.name}" competes on {or_list(elements)}, but segment '
        f'"{segment.name}" is served only by {or_list(kinds)} relationships, which are costly '
        "to keep up: add a cheaper relationship for it, such as self-service or automated "
        "services, or compete on something other than price"
    )
