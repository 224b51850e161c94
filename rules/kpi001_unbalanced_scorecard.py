"""The KPIs leave out one of the four balanced-scorecard perspectives.

Why: a business measured only by money sees problems when it is too late.
The balanced scorecard measures four things together: the financial
results, the customers who bring them, the internal processes that serve
the customers, and the learning and growth that keep the processes
improving. Only checked where the canvas has KPIs.

Reading: a missing customer perspective is left to KPI002, so that one
gap is one finding. Until the KPIs state at least two perspectives the
finding is info (a nudge towards a scorecard, not a mistake); from then on
it has the rule's severity.

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

from canvaslint.api import Context, Problem, Term, blocks, terms

CODE = "KPI001"
NAME = "unbalanced-scorecard"
SEVERITY = "warning"

# The four perspectives of the format, in this order in the message ids: the
# message names the missing ones with an example KPI each, so there is one
# message per set (KPI001.financial+learning-growth).
_PERSPECTIVES = ("financial", "customer", "internal-processes", "learning-growth")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    kpis = ctx.canvas.kpis
    if not kpis:
        return
    stated = {p for kpi in kpis if (p := kpi.text("perspective"))}
    # The customer perspective is KPI002's finding: one root cause, one finding.
    missing = [p for p in _PERSPECTIVES if p not in stated and p != "customer"]
    if not missing or any(kpi.unknown("perspective") for kpi in kpis):
        return  # a perspective the schema rejected (S001) may be the missing one
    yield Problem(
        (blocks.KPIS,),
        at_key=True,
        # A scorecard is a later step: a nudge until the KPIs already span two perspectives.
        severity=None if len(stated) >= 2 else "info",
        msgid="+".join(missing),
        # Each perspective is also its own argument ({learning_growth}), shown in the language.
        args={"missing": terms(missing), **{p.replace("-", "_"): Term(p) for p in missing}},
    )
