"""A segment that a proposition targets has no jobs, pains or gains.

Why: the value proposition canvas checks an offer against the customer's
jobs, pains and gains. When some segments have a customer profile and a
targeted one has none, the fit of its propositions cannot be judged: the
team has not yet asked what those customers want done. Only checked where
some other segment of the canvas has a profile.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
      - name: Coffee bars
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains: [Supermarket beans are stale]
      - name: Coffee bars
        jobs: [Serve good espresso all day]
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import propositions_for

from ._fit import has_profile, proposition_names, propositions_args

CODE = "FIT005"
NAME = "segment-without-profile"
SEVERITY = "info"
SUMMARY = "A targeted segment has no jobs, pains or gains while other segments have"

TRANSLATIONS = {
    "nl": {
        "summary": "Een klantsegment waarop een waardepropositie zich richt heeft geen taken, "
                   "pijnen of winsten, terwijl andere segmenten die wel hebben",
        "why": "Waarom: het waardepropositiecanvas toetst een aanbod aan de taken, pijnen en "
               "winsten van de klant. Als sommige klantsegmenten een klantprofiel hebben en een "
               "segment waarop een waardepropositie zich richt er geen heeft, is niet te "
               "beoordelen of de waardeproposities bij dat segment passen: het team heeft nog niet "
               "gevraagd wat deze klanten gedaan willen krijgen. Wordt alleen gecontroleerd als "
               "een ander klantsegment van het canvas wel een profiel heeft.",
        "one": 'klantsegment "{segment}" heeft geen taken, pijnen of winsten, terwijl '
               'klantsegment "{profiled}" wel een klantprofiel heeft: voeg toe wat deze '
               "klanten gedaan willen krijgen en wat hun pijnen en winsten zijn, zodat de fit "
               'van waardepropositie "{proposition}" met hen te toetsen is',
        "several": 'klantsegment "{segment}" heeft geen taken, pijnen of winsten, terwijl '
                   'klantsegment "{profiled}" wel een klantprofiel heeft: voeg toe wat deze '
                   "klanten gedaan willen krijgen en wat hun pijnen en winsten zijn, zodat de "
                   "fit van de waardeproposities {propositions} met hen te toetsen is",
    },
    "ru": {
        "summary": "У сегмента, на который нацелено ценностное предложение, нет задач, проблем "
                   "и выгод, хотя у других сегментов они есть",
        "why": "Почему: холст ценностного предложения сопоставляет то, что предлагает компания, с "
               "задачами, проблемами и выгодами клиента. Если у одних сегментов есть профиль "
               "клиента, а у сегмента, на который нацелено ценностное предложение, его нет, нельзя "
               "оценить, подходят ли ему ценностные предложения: команда ещё не выяснила, какие "
               "задачи эти клиенты хотят решить. Проверяется, только если профиль есть у какого-то "
               "другого сегмента на холсте.",
        "one": 'у сегмента "{segment}" нет задач, проблем и выгод, хотя у сегмента '
               '"{profiled}" профиль клиента есть: добавьте, какие задачи эти клиенты хотят '
               "решить, их проблемы и выгоды, чтобы можно было проверить, подходит ли им "
               'ценностное предложение "{proposition}"',
        "several": 'у сегмента "{segment}" нет задач, проблем и выгод, хотя у сегмента '
                   '"{profiled}" профиль клиента есть: добавьте, какие задачи эти клиенты '
                   "хотят решить, их проблемы и выгоды, чтобы можно было проверить, подходят "
                   "ли им ценностные предложения {propositions}",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    profiled = [s for s in canvas.segments if has_profile(canvas, s)]
    if not profiled:
        return
    for segment in canvas.segments:
        propositions = propositions_for(canvas, segment)
        if not propositions or has_profile(canvas, segment):
            continue
        msgid, names = propositions_args(propositions)
        yield Problem(
            segment.at,
            f"{segment.label} has no jobs, pains or gains, although {profiled[0].label} has a "
            f"customer profile: add what these customers want done and their pains and gains, "
            f"so that the fit of {proposition_names(propositions)} to them can be checked",
            item=segment.name,
            msgid=msgid,
            args={"segment": segment.name, "profiled": profiled[0].name, **names},
        )
