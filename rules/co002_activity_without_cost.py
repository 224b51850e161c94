"""A key activity or key resource has no cost item for it.

Why: doing things and owning things costs money: staff for an activity,
rent, leases or licences for a resource. An activity or resource that no
cost item is for makes the cost structure look cheaper than the business
really is.

Reading: financial resources (capital, funding, a credit line: ``type:
financial``, or read from words) are what costs are paid from, not a cost;
and a resource that other costs already produce (customer reviews, usage
data, a user base) needs no cost of its own. Neither is reported.

Fails:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
        type: physical
    key_activities:
      - name: Roasting
    cost_structure:
      - name: Green beans
        nature: variable
        for: [roasting]

Passes:

    name: Roast and Post
    key_resources:
      - name: Drum roasting machine
        type: physical
    cost_structure:
      - name: Roasting machine lease
        nature: fixed
        for: [drum-roasting-machine]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.canvas import Item
from canvaslint.model.facts import costs_for, waits
from canvaslint.read import blocks as B

CODE = "CO002"
NAME = "activity-or-resource-without-cost"
SEVERITY = "info"
SUMMARY = "A key activity or key resource has no cost item for it"

TRANSLATIONS = {
    "nl": {
        "summary": "Er is geen kostenpost voor een kernactiviteit of kernmiddel",
        "why": "Waarom: dingen doen en dingen bezitten kost geld: personeel voor een activiteit, "
               "huur, lease of licenties voor een middel. Een kernactiviteit of kernmiddel "
               "waarvoor geen kostenpost is, laat de kostenstructuur goedkoper lijken dan het "
               "bedrijf werkelijk is.\n\n"
               "Toelichting: financiële middelen (kapitaal, financiering, een kredietlijn) zijn "
               "waar kosten uit betaald worden, geen kosten; en een middel dat andere kosten al "
               "opleveren (recensies, gebruiksgegevens, een klantenbestand) heeft geen eigen "
               "kostenpost nodig. Geen van beide wordt gemeld.",
        "activity": (
            'er is geen kostenpost voor kernactiviteit "{item}": neem de kosten ervan (personeel, '
            "materialen of diensten) op in de kostenstructuur, of voeg de activiteit toe aan het "
            "veld `{for_field}` van een bestaande kostenpost"
        ),
        "resource": (
            'er is geen kostenpost voor kernmiddel "{item}": neem de kosten ervan (aankoop, huur, '
            "lease, licentie of salarissen) op in de kostenstructuur, of voeg het middel toe aan "
            "het veld `{for_field}` van een bestaande kostenpost"
        ),
    },
    "ru": {
        "summary": "Для ключевого вида деятельности или ключевого ресурса нет статьи издержек",
        "why": "Почему: и действия, и владение стоят денег: персонал для вида деятельности, "
               "аренда, лизинг или лицензии для ресурса. Ключевой вид деятельности или ключевой "
               "ресурс, для которого нет ни одной статьи издержек, делает структуру издержек "
               "дешевле, чем бизнес на самом деле.\n\n"
               "Уточнение: финансовые ресурсы (капитал, финансирование, кредитная линия) — это "
               "то, из чего оплачиваются издержки, а не издержки; а ресурсу, который уже "
               "создают другие издержки (отзывы, данные о пользовании, клиентская база), не "
               "нужна своя статья. Ни о том, ни о другом не сообщается.",
        "activity": (
            'ни одна статья издержек не относится к ключевому виду деятельности "{item}": добавьте '
            "его издержки (персонал, материалы или услуги) в структуру издержек или укажите его в "
            "поле `{for_field}` существующей статьи издержек"
        ),
        "resource": (
            'ни одна статья издержек не относится к ключевому ресурсу "{item}": добавьте его '
            "издержки (покупка, аренда, лизинг, лицензия или зарплаты) в структуру издержек или "
            "укажите его в поле `{for_field}` существующей статьи издержек"
        ),
    },
}
# Which template speaks of each kind.
_MSGID = {B.ACTIVITIES: "activity", B.RESOURCES: "resource"}

# What such an item typically costs, for the message.
_EXAMPLES = {
    B.ACTIVITIES: "staff, materials or services",
    B.RESOURCES: "purchase, rent, lease, licence or salaries",
}


def _not_a_cost(item: Item) -> bool:
    """Money is what costs are paid from, and a by-product is paid for by other costs."""
    return item.kind == B.RESOURCES and (item.text("type") == "financial"
                                          or item.text("by-product") is not None)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for kind in (B.ACTIVITIES, B.RESOURCES):
        for item in canvas.block(kind):
            if costs_for(canvas, item) or _not_a_cost(item):
                continue
            yield Problem(
                item.at,
                f"no cost item is for {item.label}: add its cost ({_EXAMPLES[kind]}) to the "
                "cost structure, or add it to the `for` of an existing cost item",
                item=item.name,
                msgid=_MSGID[kind],
                args={"item": item.name, "for_field": "for"},
            )
