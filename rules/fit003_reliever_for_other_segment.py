"""A pain reliever or gain creator names a pain or gain of a segment its proposition misses.

Why: a value map answers one customer profile. A pain reliever of a
proposition that relieves the pain of some other segment claims a fit the
proposition does not offer: either the proposition should also target that
segment, or the reliever belongs to another proposition.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Coffee bars
        pains:
          - {id: supplier-runs-out, name: The supplier runs out in busy weeks}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        pain_relievers:
          - name: Weekly roasting plan
            relieves: supplier-runs-out

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Coffee bars
        pains:
          - {id: supplier-runs-out, name: The supplier runs out in busy weeks}
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]
        pain_relievers:
          - name: Weekly roasting plan
            relieves: supplier-runs-out
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

CODE = "FIT003"
NAME = "reliever-for-other-segment"
SEVERITY = "error"
SUMMARY = "A pain reliever or gain creator answers a segment its proposition does not target"

TRANSLATIONS = {
    "nl": {
        "summary": "Een pijnverzachter of winstmaker bedient een klantsegment waarop zijn "
                   "waardepropositie zich niet richt",
        "why": "Waarom: een waardekaart beantwoordt één klantprofiel. Een pijnverzachter van een "
               "waardepropositie die de pijn van een ander segment verzacht, claimt een fit die "
               "de waardepropositie niet biedt: óf de waardepropositie moet zich ook op dat "
               "segment richten, óf de pijnverzachter hoort bij een andere waardepropositie.",
        "reliever": 'pijnverzachter "{tool}" van waardepropositie "{proposition}" noemt pijn '
                    '"{aim}" van klantsegment "{segment}", maar de propositie richt zich niet '
                    'op dat segment: voeg "{segment_id}" toe aan haar `{segments_field}`, of '
                    "verplaats de pijnverzachter naar een waardepropositie voor dat segment",
        "creator": 'winstmaker "{tool}" van waardepropositie "{proposition}" noemt winst '
                   '"{aim}" van klantsegment "{segment}", maar de propositie richt zich niet '
                   'op dat segment: voeg "{segment_id}" toe aan haar `{segments_field}`, of '
                   "verplaats de winstmaker naar een waardepropositie voor dat segment",
    },
    "ru": {
        "summary": "Решение проблемы или создатель выгоды относится к сегменту, на который "
                   "его ценностное предложение не нацелено",
        "why": "Почему: карта ценности отвечает одному профилю клиента. Решение проблемы из "
               "ценностного предложения, которое решает проблему другого сегмента, заявляет о "
               "соответствии, которого предложение не дает: либо предложение должно быть нацелено "
               "и на этот сегмент, либо это решение проблемы относится к другому предложению.",
        "reliever": 'решение проблемы "{tool}" ценностного предложения "{proposition}" '
                    'ссылается на проблему "{aim}" сегмента "{segment}", но предложение не '
                    'нацелено на этот сегмент: добавьте "{segment_id}" в поле '
                    "`{segments_field}` предложения или перенесите решение проблемы в "
                    "ценностное предложение для этого сегмента",
        "creator": 'создатель выгоды "{tool}" ценностного предложения "{proposition}" '
                   'ссылается на выгоду "{aim}" сегмента "{segment}", но предложение не '
                   'нацелено на этот сегмент: добавьте "{segment_id}" в поле '
                   "`{segments_field}` предложения или перенесите создателя выгоды в "
                   "ценностное предложение для этого сегмента",
    },
}

# (value map kind, its reference field, the msgid of its message)
_MAPS = ((B.RELIEVERS, "relieves", "reliever"), (B.CREATORS, "creates", "creator"))


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        targets = {id(s) for s in canvas.refs(proposition, "segments")}
        for kind, field, msgid in _MAPS:
            for tool in canvas.children(proposition, kind):
                for aim in canvas.refs(tool, field):
                    segment = aim.parent
                    if segment is None or id(segment) in targets:
                        continue
                    yield Problem(
                        canvas.ref_path(tool, field, aim),
                        f"{tool.label} of {proposition.label} names {aim.label} of "
                        f"{segment.label}, but the proposition does not target that segment: "
                        f'add "{segment.id}" to its segments, or move the {B.KIND_NAMES[kind]} '
                        "to a proposition for that segment",
                        item=tool.name,
                        msgid=msgid,
                        args={"tool": tool.name, "proposition": proposition.name,
                              "aim": aim.name, "segment": segment.name,
                              "segment_id": segment.id, "segments_field": "segments"},
                    )
