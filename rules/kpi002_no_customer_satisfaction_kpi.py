"""No KPI measures the customers' point of view.

Why: revenue follows customer satisfaction with a delay. A KPI with the
``customer`` perspective, such as the Net Promoter Score, the share of
customers who come back or the churn rate, warns the business before the
money does. Only checked where the canvas has KPIs.

Fails:

    name: Roast and Post
    kpis:
      - {name: Monthly revenue, perspective: financial}

Passes:

    name: Roast and Post
    kpis:
      - {name: Monthly revenue, perspective: financial}
      - {name: Net Promoter Score, perspective: customer}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.read import blocks as B

CODE = "KPI002"
NAME = "no-customer-satisfaction-kpi"
SEVERITY = "info"
SUMMARY = "No KPI has the customer perspective (such as the Net Promoter Score)"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkele KPI heeft het klantperspectief (zoals de Net Promoter Score)",
        "why": "Waarom: de omzet volgt de klanttevredenheid met vertraging. Een KPI met het "
               "perspectief `customer` (`klant`), zoals de Net Promoter Score, het aandeel klanten "
               "dat terugkomt of het klantverloop, waarschuwt het bedrijf eerder dan het geld. "
               "Wordt alleen gecontroleerd als het canvas KPI's heeft.",
        "default": "geen enkele KPI meet de klanttevredenheid: voeg er een toe met "
                   "`{perspective_field}: {customer}`, zoals de Net Promoter Score, het "
                   "percentage herhaalaankopen of het klantverloop",
    },
    "ru": {
        "summary": "Ни у одного KPI нет клиентской перспективы (например, индекса "
                   "потребительской лояльности, NPS)",
        "why": "Почему: выручка следует за удовлетворённостью клиентов с опозданием. KPI с "
               "перспективой `customer` (клиенты), например индекс потребительской лояльности "
               "(NPS), доля вернувшихся клиентов или отток клиентов, предупреждает компанию "
               "раньше, чем это сделают деньги. Проверяется, только если в холсте есть KPI.",
        "default": "ни один KPI не измеряет удовлетворённость клиентов: добавьте KPI с полем "
                   "`{perspective_field}: {customer}`, например индекс потребительской "
                   "лояльности (NPS), долю повторных покупок или отток клиентов",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    kpis = ctx.canvas.kpis
    if not kpis or any(kpi.text("perspective") == "customer" for kpi in kpis):
        return
    if any(kpi.unknown("perspective") for kpi in kpis):
        return  # a perspective the schema rejected (S001) may be the customer one
    yield Problem(
        (B.KPIS,),
        "no KPI measures customer satisfaction: add one with perspective: customer, such as "
        "the Net Promoter Score, the repeat-purchase rate or the churn rate",
        at_key=True,
        args={"perspective_field": "perspective", "customer": Term("customer")},
    )
