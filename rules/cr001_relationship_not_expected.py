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

from canvaslint.facts import expected_types
from canvaslint.finding import Problem
from canvaslint.i18n import Term, terms
from canvaslint.model import relationship_type
from canvaslint.rule import Context
from canvaslint.rulekit import or_list

CODE = "CR001"
NAME = "relationship-not-expected"
SEVERITY = "error"
SUMMARY = "A relationship's type is not what a segment it serves expects"

TRANSLATIONS = {
    "nl": {
        "summary": "Het type van een klantrelatie is niet wat een segment dat ze bedient verwacht",
        "why": "Waarom: klanten hebben verwachtingen over hoe er voor hen gezorgd wordt: een "
               "bank die een kernsysteem koopt verwacht een vaste accountmanager, een student "
               "die een nummer koopt helpt zichzelf. Een klantrelatie die daar niet bij past, "
               "stelt de klant teleur of kost geld aan zorg waar niemand om vroeg. Alleen "
               "segmenten die `expects` (`verwacht`) invullen worden gecontroleerd.",
        "default": 'klantrelatie "{relationship}" bedient segment "{segment}" als {type}, '
                   "maar dat segment verwacht {expected}: bied {first} aan, of pas aan wat "
                   "het segment verwacht",
        "over": 'klantrelatie "{relationship}" bedient segment "{segment}" als {type}, '
                "maar dat segment verwacht {expected}: dat is meer persoonlijke zorg dan het "
                "vraagt en kost meer; bedien het als {first}, of zet {type} bij wat het "
                "segment verwacht als het die zorg wel wil",
    },
    "ru": {
        "summary": "Тип взаимоотношений не соответствует ожиданиям обслуживаемого сегмента",
        "why": "Почему: у клиентов есть ожидания о том, как с ними будут работать: банк, "
               "покупающий основную систему, ждёт персонального менеджера, а студент, "
               "покупающий песню, обслуживает себя сам. Взаимоотношения, не отвечающие этим "
               "ожиданиям, разочаровывают клиента или тратят деньги на заботу, о которой никто "
               "не просил. Проверяются только сегменты, у которых указано `expects` "
               "(ожидания).",
        "default": 'взаимоотношение "{relationship}" обслуживает сегмент "{segment}" как '
                   "{type}, но этот сегмент ожидает {expected}: добавьте {first} или "
                   "измените ожидания сегмента",
        "over": 'взаимоотношение "{relationship}" обслуживает сегмент "{segment}" как '
                "{type}, но этот сегмент ожидает {expected}: это больше личного внимания, "
                "чем он просит, и стоит дороже; обслуживайте его как {first} или добавьте "
                "{type} в ожидания сегмента, если он действительно этого хочет",
    },
}

# What to offer instead, in the words of a business person.
_REMEDY = {
    "personal-assistance": "add personal assistance (a person customers can reach)",
    "dedicated-personal-assistance": "add a dedicated account manager",
    "self-service": "add a way for customers to serve themselves",
    "automated-services": "add an automated, personalised service",
    "communities": "add a community where customers meet",
    "co-creation": "add a way for customers to co-create",
}


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
            args = {"relationship": relationship.name, "segment": segment.name,
                    "type": Term(kind), "expected": terms(expected),
                    "first": Term(expected[0])}
            said = (f'relationship "{relationship.name}" serves segment "{segment.name}" as '
                    f"{kind}, but that segment expects {or_list(expected)}")
            if _over_serves(kind, expected):
                yield Problem(
                    relationship.field_path("type"),
                    f"{said}: that is more personal care than it asks for, and it costs "
                    f"more; serve it as {expected[0]}, or add {kind} to what the segment "
                    "expects if it does want that care",
                    item=relationship.name, msgid="over", args=args)
                continue
            remedy = _REMEDY.get(expected[0], f"add a {expected[0]} relationship")
            yield Problem(
                relationship.field_path("type"),
                f"{said}: {remedy}, or change what the segment expects",
                item=relationship.name, args=args,
            )
