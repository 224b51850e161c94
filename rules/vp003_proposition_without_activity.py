"""No key activity supports the value proposition.

Why: a value proposition is a promise, and the key activities are the work
that keeps it: roasting the beans, running the platform, solving the
customer's problem. A proposition that no activity ``supports`` is a promise
nobody on the canvas works to keep; name the activity that delivers it.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Fresh beans by post
      - name: Brewing lessons
    key_activities:
      - name: Teaching
        supports: [brewing-lessons]
      - name: Small-batch roasting
        type: production

Passes:

    name: Roast and Post
    value_propositions:
      - name: Fresh beans by post
    key_activities:
      - name: Small-batch roasting
        type: production
        supports: fresh-beans-by-post
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import waits
from canvaslint.read import blocks as B

CODE = "VP003"
NAME = "proposition-without-activity"
SEVERITY = "warning"
SUMMARY = "No key activity supports the value proposition"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkele kernactiviteit ondersteunt de waardepropositie",
        "why": "Waarom: een waardepropositie is een belofte, en de kernactiviteiten zijn het werk "
               "dat die belofte waarmaakt: de bonen branden, het platform draaiende houden, het "
               "probleem van de klant oplossen. Een waardepropositie die door geen enkele "
               "activiteit ondersteund wordt (`supports`, `ondersteunt`), is een belofte waar "
               "niemand op het canvas aan werkt; noem de kernactiviteit die haar levert.",
        "default": 'geen enkele kernactiviteit ondersteunt waardepropositie "{proposition}": '
                   "noem haar onder `{supports_field}` bij de kernactiviteit die haar levert, "
                   "of voeg die kernactiviteit toe",
    },
    "ru": {
        "summary": "Ни один ключевой вид деятельности не поддерживает ценностное предложение",
        "why": "Почему: ценностное предложение — это обещание, а ключевые виды деятельности — "
               "работа, которая позволяет его сдержать: обжарка зёрен, работа платформы, решение "
               "проблемы клиента. Предложение, которое не поддерживает (`supports`) ни один вид "
               "деятельности, — обещание, над выполнением которого никто на холсте не работает; "
               "укажите вид деятельности, который его обеспечивает.",
        "default": "ни один ключевой вид деятельности не поддерживает ценностное предложение "
                   '"{proposition}": укажите его в поле `{supports_field}` того вида '
                   "деятельности, который его обеспечивает, или добавьте такой ключевой вид "
                   "деятельности",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        if canvas.referrers(proposition, B.ACTIVITIES, "supports"):
            continue
        yield Problem(
            proposition.at,
            f'no key activity supports value proposition "{proposition.name}": name it in '
            "the `supports` of the activity that delivers it, or add that activity",
            item=proposition.name,
            args={"proposition": proposition.name, "supports_field": "supports"},
        )
