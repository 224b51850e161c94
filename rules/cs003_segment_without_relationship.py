"""No customer relationship serves the segment.

Why: every segment expects to be looked after in some way: a personal
contact, self-service, a community. A segment that no relationship serves
has no plan for winning, keeping or growing those customers; decide which
kind of relationship it expects and add it.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    customer_relationships:
      - name: Self-service ordering
        type: self-service
        segments: [home-baristas]
      - name: Account manager for offices
        type: dedicated-personal-assistance
        segments: [offices]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.facts import expected_types, relationships_serving, waits
from canvaslint.finding import Problem
from canvaslint.i18n import AnyOf, terms
from canvaslint.rule import Context
from canvaslint.rulekit import or_list

CODE = "CS003"
NAME = "segment-without-relationship"
SEVERITY = "error"
SUMMARY = "No customer relationship serves the segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkele klantrelatie bedient het klantsegment",
        "why": "Waarom: elk segment verwacht dat er op een of andere manier voor het wordt "
               "gezorgd: persoonlijk contact, self-service, een community. Een segment dat geen "
               "enkele klantrelatie bedient, heeft geen plan om die klanten te winnen, te "
               "behouden of te laten groeien; bepaal welk soort klantrelatie het verwacht en voeg "
               "die toe.",
        "default": 'geen enkele klantrelatie bedient klantsegment "{segment}": voeg het soort '
                   "klantrelatie toe dat deze klanten verwachten, en noem het segment in haar "
                   "`{segments_field}`",
        "expects": 'geen enkele klantrelatie bedient klantsegment "{segment}": voeg een '
                   "klantrelatie toe van een type dat het segment verwacht ({expected}), en "
                   "noem het segment in haar `{segments_field}`",
    },
    "ru": {
        "summary": "Ни одно взаимоотношение с клиентами не обслуживает сегмент",
        "why": "Почему: каждый сегмент ожидает, что о нем так или иначе позаботятся: личный "
               "контакт, самообслуживание, сообщество. У сегмента, который не обслуживают никакие "
               "взаимоотношения, нет плана, как привлечь, удержать и развивать этих клиентов; "
               "решите, каких взаимоотношений он ожидает, и добавьте их.",
        "default": 'ни одно взаимоотношение с клиентами не обслуживает сегмент "{segment}": '
                   "добавьте взаимоотношение того типа, которого ждут эти клиенты, и укажите "
                   "сегмент в его поле `{segments_field}`",
        "expects": 'ни одно взаимоотношение с клиентами не обслуживает сегмент "{segment}": '
                   "добавьте взаимоотношение того типа, которого ожидает сегмент "
                   "({expected}), и укажите сегмент в его поле `{segments_field}`",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for segment in canvas.segments:
        if relationships_serving(canvas, segment):
            continue
        expected = expected_types(segment)
        hint = (f"a {or_list(expected)} relationship, as the segment expects" if expected
                else "the kind of relationship these customers expect")
        yield Problem(
            segment.at,
            f'no customer relationship serves segment "{segment.name}": add {hint}, and '
            "name the segment in its `segments`",
            item=segment.name,
            msgid="expects" if expected else "default",
            args={"segment": segment.name, "expected": terms(expected),
                  "expected_any": AnyOf(terms(expected)),
                  "segments_field": "segments"},
        )
