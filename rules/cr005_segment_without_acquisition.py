"""No relationship of a segment has the goal acquisition.

Why: every business loses customers over time and needs new ones to grow.
A segment that no relationship is meant to win only shrinks: someone has
to make these customers aware of the offer and bring them in. Only where
relationships state ``goals``: a segment is checked when at least one
relationship serving it states them, against the goals those relationships
state.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [retention, upselling]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    customer_relationships:
      - name: Reorder reminders
        type: automated-services
        segments: home-baristas
        goals: [acquisition, retention, upselling]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.finding import Problem
from canvaslint.rule import Context

from ._channels import goal_problems

CODE = "CR005"
NAME = "segment-without-acquisition"
SEVERITY = "warning"
SUMMARY = "No relationship of a segment has the goal acquisition"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen klantrelatie van een segment heeft het doel werving",
        "why": "Waarom: elk bedrijf verliest na verloop van tijd klanten en heeft nieuwe nodig om "
               "te groeien. Een segment dat geen enkele klantrelatie wil werven, krimpt alleen "
               "maar: iemand moet deze klanten op het aanbod wijzen en binnenhalen. Alleen waar "
               "klantrelaties `goals` (`doelen`) invullen: een segment wordt gecontroleerd als "
               "minstens één klantrelatie die het bedient dat doet, tegen de doelen die die "
               "klantrelaties noemen.",
        "default": (
            'geen klantrelatie van segment "{segment}" heeft het doel {goal}, dus niets is erop '
            "gericht nieuwe klanten te winnen: neem {goal} op in het veld `{goals_field}` van een "
            "van zijn klantrelaties ({stating}), of voeg er een klantrelatie voor toe"
        ),
        "unstated": (
            'geen klantrelatie van segment "{segment}" heeft het doel {goal}, dus niets is erop '
            "gericht nieuwe klanten te winnen: neem {goal} op in het veld `{goals_field}` van een "
            "van zijn klantrelaties ({stating}), voeg er een klantrelatie voor toe, of vul het "
            "veld `{goals_field}` in bij {unstated}"
        ),
    },
    "ru": {
        "summary": "Ни одно из взаимоотношений сегмента не имеет цели привлечение",
        "why": "Почему: любой бизнес со временем теряет клиентов, и для роста ему нужны новые. "
               "Сегмент, который не призваны пополнять никакие взаимоотношения, только "
               "сокращается: кто-то должен рассказать этим клиентам о предложении и привести их. "
               "Проверяются только взаимоотношения, у которых указаны `goals` (цели): сегмент "
               "проверяется, если их указывает хотя бы одно обслуживающее его взаимоотношение, и "
               "сверяется с целями, указанными у этих взаимоотношений.",
        "default": (
            'ни одно из взаимоотношений сегмента "{segment}" не имеет цели {goal}, поэтому ничто '
            "не помогает привлечь новых клиентов: добавьте {goal} в поле `{goals_field}` одного из "
            "его взаимоотношений ({stating}) или добавьте взаимоотношения с этой целью"
        ),
        "unstated": (
            'ни одно из взаимоотношений сегмента "{segment}" не имеет цели {goal}, поэтому ничто '
            "не помогает привлечь новых клиентов: добавьте {goal} в поле `{goals_field}` одного из "
            "его взаимоотношений ({stating}), добавьте взаимоотношения с этой целью или заполните "
            "поле `{goals_field}` у {unstated}"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    yield from goal_problems(ctx.canvas, "acquisition", "nothing is meant to win new customers",
                             CODE)
