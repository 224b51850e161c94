"""A value proposition names no customer segment.

Why: value only exists for someone. A proposition that names no segment is
a product idea, not a value proposition: nobody has decided whose problem it
solves. Name the segments it is for in its ``segments``.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    value_propositions:
      - name: Office coffee service
        segments: [offices]
      - name: Fresh beans by post

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    value_propositions:
      - name: Fresh beans by post
        segments: home-baristas
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import waits

CODE = "VP001"
NAME = "proposition-without-segment"
SEVERITY = "error"
SUMMARY = "A value proposition names no customer segment"

TRANSLATIONS = {
    "nl": {
        "summary": "Een waardepropositie noemt geen klantsegment",
        "why": "Waarom: waarde bestaat alleen voor iemand. Een waardepropositie die geen "
               "klantsegment noemt, is een productidee, geen waardepropositie: niemand heeft "
               "besloten wiens probleem ze oplost. Noem de klantsegmenten waarvoor ze is in haar "
               "`segments` (`segmenten`).",
        "default": 'waardepropositie "{proposition}" noemt geen klantsegment: zet de '
                   "segmenten waarvoor ze bedoeld is in haar `{segments_field}`",
    },
    "ru": {
        "summary": "Ценностное предложение не называет ни одного сегмента",
        "why": "Почему: ценность существует только для кого-то. Ценностное предложение, которое не "
               "называет ни одного сегмента, — это идея продукта, а не ценностное предложение: "
               "никто не решил, чью проблему оно решает. Укажите сегменты, для которых оно "
               "предназначено, в его поле `segments` (сегменты).",
        "default": 'ценностное предложение "{proposition}" не называет ни одного сегмента: '
                   "перечислите сегменты, для которых оно предназначено, в его поле "
                   "`{segments_field}`",
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for proposition in ctx.canvas.propositions:
        # A segment named but misspelt or of the wrong kind is R001/R003's finding.
        if proposition.values("segments") or ctx.canvas.refs(proposition, "segments"):
            continue
        yield for_plain_note(Problem(
            proposition.field_path("segments"),
            f'value proposition "{proposition.name}" names no customer segment: list the '
            "segments it is for in its `segments`",
            item=proposition.name,
            args={"proposition": proposition.name, "segments_field": "segments"},
        ), ctx.canvas, proposition, "segments")
