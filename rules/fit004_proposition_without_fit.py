"""A proposition lists products and services but no pain reliever and no gain creator.

Why: a list of products is a feature list, not a value proposition. The
value lies in how the products relieve the customers' pains and create the
gains they hope for; without pain relievers or gain creators nothing ties
the offer to the customer profile. Only checked where a segment the
proposition targets has a profile (jobs, pains or gains).

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        products_services: [Single-origin beans, Espresso blend]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        products_services: [Single-origin beans, Espresso blend]
        pain_relievers:
          - name: Roasted to order and posted the same day
            relieves: supermarket-beans-are-stale
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

from ._fit import has_profile

CODE = "FIT004"
NAME = "proposition-without-fit"
SEVERITY = "info"
SUMMARY = "A proposition lists products and services but no pain reliever or gain creator"

TRANSLATIONS = {
    "nl": {
        "summary": "Een waardepropositie noemt producten en diensten, maar geen pijnverzachter "
                   "of winstmaker",
        "why": "Waarom: een lijst producten is een lijst kenmerken, geen waardepropositie. De "
               "waarde zit in hoe de producten de pijnen van klanten verzachten en de winsten "
               "creëren waarop ze hopen; zonder pijnverzachters of winstmakers verbindt niets het "
               "aanbod met het klantprofiel. Dit wordt alleen gecontroleerd als een segment "
               "waarop de waardepropositie zich richt een profiel heeft (taken, pijnen of "
               "winsten).",
        "default": 'waardepropositie "{proposition}" noemt producten en diensten, maar geen '
                   "pijnverzachter en geen winstmaker, en zegt dus niets over de pijnen en "
                   'winsten van klantsegment "{segment}": voeg `{relievers_field}` (met '
                   "`{relieves_field}`) of `{creators_field}` (met `{creates_field}`) toe die "
                   "laten zien hoe de producten helpen",
    },
    "ru": {
        "summary": "Ценностное предложение перечисляет продукты и услуги, но не содержит ни "
                   "решений проблем, ни создателей выгод",
        "why": "Почему: список продуктов — это перечень характеристик, а не ценностное "
               "предложение. Ценность в том, как продукты решают проблемы клиентов и создают "
               "выгоды, на которые те надеются; без решений проблем или создателей выгод ничто не "
               "связывает предложение с профилем клиента. Проверяется, только если у сегмента, на "
               "который нацелено предложение, есть профиль (задачи, проблемы или выгоды).",
        "default": 'ценностное предложение "{proposition}" перечисляет продукты и услуги, но '
                   "не содержит ни решений проблем, ни создателей выгод, и поэтому ничего не "
                   'говорит о проблемах и выгодах сегмента "{segment}": добавьте '
                   "`{relievers_field}` (с полем `{relieves_field}`) или `{creators_field}` "
                   "(с полем `{creates_field}`), которые показывают, как продукты помогают "
                   "клиентам",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        if not canvas.children(proposition, B.PRODUCTS):
            continue
        if canvas.children(proposition, B.RELIEVERS) or canvas.children(proposition, B.CREATORS):
            continue
        profiled = [s for s in canvas.refs(proposition, "segments") if has_profile(canvas, s)]
        if not profiled:
            continue
        yield Problem(
            proposition.at,
            f"{proposition.label} lists products and services but no pain reliever and no "
            f"gain creator, so it says nothing about the pains and gains of {profiled[0].label}: "
            "add pain_relievers (with relieves) or gain_creators (with creates) that show how "
            "the products help",
            item=proposition.name,
            args={"proposition": proposition.name, "segment": profiled[0].name,
                  "relievers_field": B.RELIEVERS, "relieves_field": "relieves",
                  "creators_field": B.CREATORS, "creates_field": "creates"},
        )
