"""The KPIs leave out one of the four balanced-scorecard perspectives.

Why: a business measured only by money sees problems when it is too late.
The balanced scorecard measures four things together: the financial
results, the customers who bring them, the internal processes that serve
the customers, and the learning and growth that keep the processes
improving. Only checked where the canvas has KPIs.

Fails:

    name: Roast and Post
    kpis:
      - {name: Monthly revenue, perspective: financial}
      - {name: Net Promoter Score, perspective: customer}

Passes:

    name: Roast and Post
    kpis:
      - {name: Monthly revenue, perspective: financial}
      - {name: Net Promoter Score, perspective: customer}
      - {name: Orders shipped within a day, perspective: internal-processes}
      - {name: Roasting courses attended, perspective: learning-growth}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import Problem
from canvaslint.rule import Context
from canvaslint.rulekit import quote_list

CODE = "KPI001"
NAME = "unbalanced-scorecard"
SEVERITY = "warning"
SUMMARY = "The KPIs leave out a balanced-scorecard perspective"

# The four perspectives of the format, each with an example KPI for the message.
_PERSPECTIVES = {
    "financial": "revenue growth",
    "customer": "Net Promoter Score",
    "internal-processes": "orders delivered on time",
    "learning-growth": "staff trained per year",
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    kpis = ctx.canvas.kpis
    if not kpis:
        return
    stated = {p for kpi in kpis if (p := kpi.text("perspective"))}
    missing = [p for p in _PERSPECTIVES if p not in stated]
    if not missing:
        return
    examples = "; ".join(f"{p}: such as {_PERSPECTIVES[p]}" for p in missing)
    noun = "perspective" if len(missing) == 1 else "perspectives"
    yield Problem(
        (B.KPIS,),
        f"the KPIs leave out the {quote_list(missing)} {noun} of the balanced scorecard: "
        f"add a KPI for {'it' if len(missing) == 1 else 'each'} ({examples})",
        at_key=True,
    )
