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

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import quote_list
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.read import blocks as B

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

# The examples in Dutch and Russian; the message gives those of the missing
# perspectives, so there is one template per set of missing perspectives
# (msgid: their names joined with "+", in the order above).
_EXAMPLES = {
    "nl": {
        "financial": "bijvoorbeeld omzetgroei",
        "customer": "bijvoorbeeld de Net Promoter Score",
        "internal-processes": "bijvoorbeeld het aandeel op tijd geleverde orders",
        "learning-growth": "bijvoorbeeld het aantal opgeleide medewerkers per jaar",
    },
    "ru": {
        "financial": "например, рост выручки",
        "customer": "например, индекс потребительской лояльности (NPS)",
        "internal-processes": "например, доля заказов, доставленных в срок",
        "learning-growth": "например, число сотрудников, прошедших обучение за год",
    },
}
_MESSAGES = {
    "nl": ("de KPI's laten het perspectief {missing} van de balanced scorecard weg: voeg "
           "er een KPI voor toe ({examples})",
           "de KPI's laten de perspectieven {missing} van de balanced scorecard weg: voeg "
           "voor elk ervan een KPI toe ({examples})"),
    "ru": ("в KPI не хватает перспективы сбалансированной системы показателей: {missing}; "
           "добавьте для неё KPI ({examples})",
           "в KPI не хватает перспектив сбалансированной системы показателей: {missing}; "
           "добавьте KPI для каждой из них ({examples})"),
}


def _templates(lang: str) -> dict[str, str]:
    """One message per non-empty set of missing perspectives, with their examples."""
    names = list(_PERSPECTIVES)
    out: dict[str, str] = {}
    for mask in range(1, 1 << len(names)):
        missing = [p for i, p in enumerate(names) if mask >> i & 1]
        # Each perspective's name is an argument ({financial}), shown in the language.
        examples = "; ".join(f"{{{_arg(p)}}}: {_EXAMPLES[lang][p]}" for p in missing)
        one, several = _MESSAGES[lang]
        template = one if len(missing) == 1 else several
        out["+".join(missing)] = template.replace("{examples}", examples)
    return out


def _arg(perspective: str) -> str:
    return perspective.replace("-", "_")


TRANSLATIONS = {
    "nl": {
        "summary": "De KPI's laten een perspectief van de balanced scorecard weg",
        "why": "Waarom: een bedrijf dat alleen op geld wordt gemeten, ziet problemen pas als het "
               "te laat is. De balanced scorecard meet vier dingen tegelijk: de financiële "
               "resultaten, de klanten die ze opleveren, de interne processen die de klanten "
               "bedienen, en het leren en groeien waardoor die processen steeds beter worden. "
               "Wordt alleen gecontroleerd als het canvas KPI's heeft.\n\n"
               "Toelichting: een ontbrekend klantperspectief laat deze regel aan KPI002 over, "
               "zodat één gat één melding is. Zolang de KPI's nog geen twee perspectieven noemen "
               "is de melding info (een duwtje richting een scorecard, geen fout).",
        **_templates("nl"),
    },
    "ru": {
        "summary": "В KPI не хватает одной из перспектив сбалансированной системы показателей",
        "why": "Почему: компания, которую оценивают только по деньгам, замечает проблемы, когда "
               "уже поздно. Сбалансированная система показателей измеряет четыре вещи вместе: "
               "финансовые результаты, клиентов, которые их приносят, внутренние процессы, которые "
               "обслуживают клиентов, и обучение и развитие, благодаря которым процессы становятся "
               "лучше. Проверяется, только если в холсте есть KPI.\n\n"
               "Уточнение: отсутствие клиентской перспективы оставлено правилу KPI002, чтобы "
               "один пробел давал одно замечание. Пока KPI не охватывают хотя бы две "
               "перспективы, это лишь замечание (подсказка, а не ошибка).",
        **_templates("ru"),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    kpis = ctx.canvas.kpis
    if not kpis:
        return
    stated = {p for kpi in kpis if (p := kpi.text("perspective"))}
    # The customer perspective is KPI002's finding: one root cause, one finding.
    missing = [p for p in _PERSPECTIVES if p not in stated and p != "customer"]
    if not missing or any(kpi.unknown("perspective") for kpi in kpis):
        return  # a perspective the schema rejected (S001) may be the missing one
    examples = "; ".join(f"{p}: such as {_PERSPECTIVES[p]}" for p in missing)
    noun = "perspective" if len(missing) == 1 else "perspectives"
    yield Problem(
        (B.KPIS,),
        f"the KPIs leave out the {quote_list(missing)} {noun} of the balanced scorecard: "
        f"add a KPI for {'it' if len(missing) == 1 else 'each'} ({examples})",
        at_key=True,
        # A scorecard is a later step: a nudge until the KPIs already span two perspectives.
        severity=None if len(stated) >= 2 else "info",
        msgid="+".join(missing),
        args={"missing": [Term(p) for p in missing],
              **{_arg(p): Term(p) for p in _PERSPECTIVES}},
    )
