"""A key activity does not say what it supports.

Why: key activities are the most important things a business must do to
make its model work: to create its value propositions, run its channels and
keep up its customer relationships. An activity that supports none of them
is either missing its link on the canvas or is not key at all.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    key_activities:
      - name: Packing and posting
        supports: [beans-roasted-this-week]
      - name: Small-batch coffee roasting
        type: production

Passes:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    key_activities:
      - name: Small-batch coffee roasting
        type: production
        supports: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import waits
from canvaslint.read import blocks as B

CODE = "KA001"
NAME = "activity-supports-nothing"
SEVERITY = "warning"
SUMMARY = "A key activity supports no value proposition, channel or relationship"

TRANSLATIONS = {
    "nl": {
        "summary": "Een kernactiviteit ondersteunt geen waardepropositie, kanaal of klantrelatie",
        "why": "Waarom: kernactiviteiten zijn de belangrijkste dingen die een bedrijf moet doen om "
               "zijn businessmodel te laten werken: zijn waardeproposities maken, zijn kanalen "
               "runnen en zijn klantrelaties onderhouden. Een activiteit die geen van deze "
               "ondersteunt, mist ofwel haar verbinding op het canvas, ofwel is helemaal geen "
               "kernactiviteit.",
        "default": (
            'kernactiviteit "{activity}" ondersteunt niets: noem in het veld `{supports_field}` de '
            "waardeproposities, kanalen of klantrelaties die ze laat werken, of schrap ze als ze "
            "niet echt een kernactiviteit is"
        ),
    },
    "ru": {
        "summary": (
            "Ключевой вид деятельности не поддерживает ни ценностное предложение, ни канал, ни "
            "взаимоотношения"
        ),
        "why": "Почему: ключевые виды деятельности — это самое важное, что компания должна делать, "
               "чтобы её бизнес-модель работала: создавать ценностные предложения, поддерживать "
               "работу каналов сбыта и взаимоотношения с клиентами. Деятельность, которая не "
               "поддерживает ничего из этого, либо не связана на холсте с тем, что поддерживает, "
               "либо вовсе не ключевая.",
        "default": (
            'ключевой вид деятельности "{activity}" ничего не поддерживает: перечислите в его поле '
            "`{supports_field}` ценностные предложения, каналы или взаимоотношения, которые он "
            "обеспечивает, или удалите его, если он не ключевой"
        ),
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for activity in ctx.canvas.block(B.ACTIVITIES):
        if activity.values("supports"):
            continue
        yield for_plain_note(Problem(
            activity.field_path("supports"),
            f'key activity "{activity.name}" supports nothing: list under its `supports` the '
            "value propositions, channels or relationships it makes work, or drop it if it "
            "is not key",
            item=activity.name,
            args={"activity": activity.name, "supports_field": "supports"},
        ), ctx.canvas, activity, "supports")
