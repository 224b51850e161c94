"""A personal or dedicated personal assistance relationship has no cost item for it.

Why: relationships with people in them are expensive: sales staff, account
managers and call-centre agents have to be hired, trained and paid. A
canvas that offers personal or dedicated assistance but no cost for it
overstates the margin. Name the cost: which costs do the relationships
require?

Reading: where no cost item says what it is for (a canvas of sticky
notes), a cost whose words pay people (salaries, staff, "account manager
salary") counts as the cost of such a relationship.

Fails:

    name: Roast and Post
    customer_relationships:
      - name: Office account managers
        type: dedicated-personal-assistance

Passes:

    name: Roast and Post
    customer_relationships:
      - name: Office account managers
        type: dedicated-personal-assistance
    cost_structure:
      - name: Account manager salaries
        for: office-account-managers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint import blocks as B
from canvaslint.facts import block_links, costs_for
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.infer import shared_words
from canvaslint.model import Item, relationship_type
from canvaslint.rule import Context

from ._channels import type_words

CODE = "CR007"
NAME = "costly-relationship-without-cost"
SEVERITY = "warning"
SUMMARY = "A personal or dedicated personal assistance relationship has no cost item for it"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Een klantrelatie met (toegewijde) persoonlijke assistentie heeft geen kostenpost"
        ),
        "why": "Waarom: klantrelaties waarin mensen werken, zijn duur: verkopers, accountmanagers "
               "en callcentermedewerkers moeten worden aangenomen, opgeleid en betaald. Een "
               "canvas dat persoonlijke of toegewijde persoonlijke assistentie biedt maar er geen "
               "kosten voor noemt, overschat de marge. Noem de kosten: welke kosten vragen de "
               "klantrelaties?\n\n"
               "Toelichting: als geen enkele kostenpost zegt waarvoor hij is (een canvas van "
               "losse notities), telt een kostenpost die volgens zijn woorden mensen betaalt "
               "(salarissen, personeel) als de kosten van zo'n klantrelatie.",
        "personal-assistance": (
            'klantrelatie "{relationship}" is van het type {type}, maar geen kostenpost noemt haar '
            "in het veld `{for_field}`: de mensen die klanten helpen moeten betaald worden; voeg "
            "een kostenpost toe met `{for_field}: [{relationship_id}]`, of noem "
            '"{relationship_id}" in het veld `{for_field}` van een bestaande kostenpost'
        ),
        "dedicated-personal-assistance": (
            'klantrelatie "{relationship}" is van het type {type}, maar geen kostenpost noemt haar '
            "in het veld `{for_field}`: de mensen die aan elke klant zijn toegewezen moeten "
            "betaald worden; voeg een kostenpost toe met `{for_field}: [{relationship_id}]`, of "
            'noem "{relationship_id}" in het veld `{for_field}` van een bestaande kostenpost'
        ),
    },
    "ru": {
        "summary": (
            "Для взаимоотношений с персональной или особой персональной поддержкой нет статьи "
            "издержек"
        ),
        "why": "Почему: взаимоотношения, в которых участвуют люди, стоят дорого: продавцов, "
               "менеджеров по работе с клиентами и операторов колл-центра нужно нанять, обучить и "
               "оплачивать. Холст, на котором есть персональная или особая персональная "
               "поддержка, но нет издержек на нее, завышает маржу. Назовите издержки: каких "
               "издержек требуют взаимоотношения с клиентами?\n\n"
               "Уточнение: если ни одна статья издержек не говорит, к чему она относится "
               "(холст из стикеров), статья, которая по своим словам оплачивает людей "
               "(зарплаты, персонал), считается издержками таких взаимоотношений.",
        "personal-assistance": (
            'взаимоотношение "{relationship}" имеет тип {type}, но ни одна статья издержек не '
            "указывает его в поле `{for_field}`: людям, которые помогают клиентам, нужно платить; "
            "добавьте статью издержек с `{for_field}: [{relationship_id}]` или укажите "
            '"{relationship_id}" в поле `{for_field}` существующей статьи'
        ),
        "dedicated-personal-assistance": (
            'взаимоотношение "{relationship}" имеет тип {type}, но ни одна статья издержек не '
            "указывает его в поле `{for_field}`: людям, закрепленным за каждым клиентом, нужно "
            "платить; добавьте статью издержек с `{for_field}: [{relationship_id}]` или укажите "
            '"{relationship_id}" в поле `{for_field}` существующей статьи'
        ),
    },
}

# The types that put people to work for the customer, and who those people are.
_PEOPLE = {
    "personal-assistance": "the people who assist customers",
    "dedicated-personal-assistance": "the people assigned to each customer",
}


def _pays_for(cost: Item, relationship: Item, lang: str) -> bool:
    """A cost that, by its words, pays for the relationship's people."""
    return cost.text("people") is not None or shared_words(cost.name, relationship.name, lang)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    in_words = not block_links(canvas, B.COSTS, "for")
    for relationship in canvas.relationships:
        kind = relationship_type(relationship) or ""
        if kind not in _PEOPLE or costs_for(canvas, relationship):
            continue
        if in_words and any(_pays_for(cost, relationship, lang) for cost in canvas.block(B.COSTS)):
            continue  # costs say what they are for only in words, and one of them pays people
        yield Problem(
            relationship.field_path("type"),
            f'relationship "{relationship.name}" has the type {type_words(relationship)}, '
            f"but no cost item is `for` it: {_PEOPLE[kind]} must be paid; add a cost item with "
            f'`for: [{relationship.id}]`, or name "{relationship.id}" in the `for` of an '
            "existing one",
            item=relationship.name,
            msgid=kind,
            args={"relationship": relationship.name, "type": Term(kind),
                  "relationship_id": relationship.id, "for_field": "for",
                  "type_written": type_words(relationship)},
        )
