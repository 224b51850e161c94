"""A revenue stream does not say which value proposition it is paid for.

Why: customers pay for value. Linking each revenue stream to the value
proposition it is paid for shows which offers earn the money and which only
cost it, and whether the price fits the value customers see.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    revenue_streams:
      - name: Gift cards
        value_propositions: [beans-roasted-this-week]
      - name: Bean sales
        type: asset-sale

Passes:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        value_propositions: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import is_free, waits

CODE = "RS004"
NAME = "revenue-without-proposition"
SEVERITY = "info"
SUMMARY = "A revenue stream does not say which value proposition it is paid for"

TRANSLATIONS = {
    "nl": {
        "summary": "Een inkomstenstroom zegt niet voor welke waardepropositie er betaald wordt",
        "why": "Waarom: klanten betalen voor waarde. Door elke inkomstenstroom te koppelen aan de "
               "waardepropositie waarvoor betaald wordt, zie je welk aanbod het geld verdient en "
               "welk aanbod alleen geld kost, en of de prijs past bij de waarde die klanten zien.",
        "default": (
            'inkomstenstroom "{stream}" zegt niet voor welke waardepropositie klanten betalen: '
            "noem die in het veld `{propositions_field}` van de stroom"
        ),
    },
    "ru": {
        "summary": "Поток доходов не указывает, за какое ценностное предложение платят",
        "why": "Почему: клиенты платят за ценность. Если связать каждый поток доходов с ценностным "
               "предложением, за которое платят, видно, какие предложения зарабатывают деньги, а "
               "какие только их тратят, и соответствует ли цена той ценности, которую видят "
               "клиенты.",
        "default": (
            'поток доходов "{stream}" не указывает, за какое ценностное предложение платят '
            "клиенты: укажите его в поле `{propositions_field}` потока"
        ),
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for stream in ctx.canvas.revenue_streams:
        if is_free(stream) or stream.values("value_propositions"):
            continue
        yield for_plain_note(Problem(
            stream.field_path("value_propositions"),
            f'revenue stream "{stream.name}" does not say which value proposition customers '
            "pay for: list it under the stream's `value_propositions`",
            item=stream.name,
            args={"stream": stream.name, "propositions_field": "value_propositions"},
        ), ctx.canvas, stream, "value_propositions")
