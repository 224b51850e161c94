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

from canvaslint.api import Context, Key, Problem, Term, blocks

CODE = "KPI002"
NAME = "no-customer-satisfaction-kpi"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    kpis = ctx.canvas.kpis
    if not kpis or any(kpi.text("perspective") == "customer" for kpi in kpis):
        return
    if any(kpi.unknown("perspective") for kpi in kpis):
        return  # a perspective the schema rejected (S001) may be the customer one
    yield Problem((blocks.KPIS,), at_key=True,
                  args={"perspective_field": Key("perspective"), "customer": Term("customer")})
