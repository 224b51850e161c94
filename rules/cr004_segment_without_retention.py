"""No relationship of a segment has the goal retention.

Why: winning a customer costs far more than keeping one, and most of the
money a business earns comes from customers who come back. A segment that no
relationship is meant to keep will leak away after the first sale. Only
where relationships state ``goals``: a segment is checked when at least one
relationship serving it states them, against the goals those relationships
state.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: First-order discount code
        type: automated-services
        segments: home-baristas
        goals: acquisition

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: First-order discount code
        type: automated-services
        segments: home-baristas
        goals: acquisition
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [retention, upselling]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.finding import Problem
from canvaslint.rule import Context

from ._channels import goal_problems

CODE = "CR004"
NAME = "segment-without-retention"
SEVERITY = "warning"
SUMMARY = "No relationship of a segment has the goal retention"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen klantrelatie van een segment heeft het doel behoud",
        "why": "Waarom: een klant winnen kost veel meer dan een klant behouden, en het meeste "
               "geld dat een bedrijf verdient, komt van klanten die terugkomen. Een segment dat "
               "geen enkele klantrelatie wil behouden, loopt na de eerste verkoop weg. Alleen "
               "waar klantrelaties `goals` (`doelen`) invullen: een segment wordt gecontroleerd "
               "als minstens één klantrelatie die het bedient dat doet, tegen de doelen die die "
               "klantrelaties noemen.",
        "default": (
            'geen klantrelatie van segment "{segment}" heeft het doel {goal}, dus niets is erop '
            "gericht deze klanten te behouden: neem {goal} op in het veld `{goals_field}` van een "
            "van zijn klantrelaties ({stating}), of voeg er een klantrelatie voor toe"
        ),
        "unstated": (
            'geen klantrelatie van segment "{segment}" heeft het doel {goal}, dus niets is erop '
            "gericht deze klanten te behouden: neem {goal} op in het veld `{goals_field}` van een "
            "van zijn klantrelaties ({stating}), voeg er een klantrelatie voor toe, of vul het "
            "veld `{goals_field}` in bij {unstated}"
        ),
    },
    "ru": {
        "summary": "Ни одно из взаимоотношений сегмента не имеет цели удержание",
        "why": "Почему: привлечь клиента стоит намного дороже, чем удержать, и больше всего денег "
               "бизнес зарабатывает на клиентах, которые возвращаются. Клиенты сегмента, который "
               "не призваны удерживать никакие взаимоотношения, уйдут после первой покупки. "
               "Проверяются только взаимоотношения, у которых указаны `goals` (цели): сегмент "
               "проверяется, если их указывает хотя бы одно обслуживающее его взаимоотношение, и "
               "сверяется с целями, указанными у этих взаимоотношений.",
        "default": (
            'ни одно из взаимоотношений сегмента "{segment}" не имеет цели {goal}, поэтому ничто '
            "не помогает удержать этих клиентов: добавьте {goal} в поле `{goals_field}` одного из "
            "его взаимоотношений ({stating}) или добавьте взаимоотношения с этой целью"
        ),
        "unstated": (
            'ни одно из взаимоотношений сегмента "{segment}" не имеет цели {goal}, поэтому ничто '
            "не помогает удержать этих клиентов: добавьте {goal} в поле `{goals_field}` одного из "
            "его взаимоотношений ({stating}), добавьте взаимоотношения с этой целью или заполните "
            "поле `{goals_field}` у {unstated}"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    yield from goal_problems(ctx.canvas, "retention", "nothing is meant to keep these customers",
                             CODE)
