"""A segment's pain is relieved by no pain reliever of a proposition for that segment.

Why: a value proposition fits its customers when it eases the pains they
care about. A pain on the customer profile that none of the segment's
propositions relieves is either a gap in the offer or a pain that does not
matter. Pains of `importance: high` are warnings; the others are info.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains:
          - {id: stale-beans, name: Supermarket beans are stale, importance: high}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        pains:
          - {id: stale-beans, name: Supermarket beans are stale, importance: high}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        pain_relievers:
          - name: Roasted to order and posted the same day
            relieves: stale-beans
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

from ._fit import unmatched, unmatched_args, unmatched_message

CODE = "FIT001"
NAME = "pain-not-relieved"
SEVERITY = "warning"
SUMMARY = "A segment's pain is relieved by no pain reliever of a proposition for it"

TRANSLATIONS = {
    "nl": {
        "summary": "Een pijn van een klantsegment wordt door geen pijnverzachter van een "
                   "waardepropositie voor dat segment verzacht",
        "why": "Waarom: een waardepropositie past bij haar klanten als ze de pijnen verzacht die "
               "voor hen tellen. Een pijn in het klantprofiel die geen van de waardeproposities "
               "voor het segment verzacht, is óf een gat in het aanbod, óf een pijn die er niet "
               "toe doet. Pijnen met `importance: high` (`belang: hoog`) geven een waarschuwing; "
               "de andere alleen informatie.",
        "none": 'pijn "{item}" van klantsegment "{segment}" wordt door niets verzacht: nog '
                "geen waardepropositie richt zich op dat segment; voeg er een toe met een "
                "pijnverzachter met `{map_field}: {item_id}`",
        "one": 'pijn "{item}" van klantsegment "{segment}" wordt door geen pijnverzachter van '
               "een waardepropositie voor dat segment verzacht: geef waardepropositie "
               '"{proposition}" een pijnverzachter met `{map_field}: {item_id}`, of schrap de '
               "pijn als die er niet toe doet",
        "several": 'pijn "{item}" van klantsegment "{segment}" wordt door geen pijnverzachter '
                   "van een waardepropositie voor dat segment verzacht: geef een van de "
                   "waardeproposities {propositions} een pijnverzachter met "
                   "`{map_field}: {item_id}`, of schrap de pijn als die er niet toe doet",
    },
    "ru": {
        "summary": "Проблему сегмента не решает ни одно решение проблемы ценностного "
                   "предложения для этого сегмента",
        "why": "Почему: ценностное предложение подходит клиентам, когда решает проблемы, которые "
               "для них важны. Проблема в профиле клиента, которую не решает ни одно из "
               "ценностных предложений для сегмента, — это либо пробел в предложении, либо "
               "проблема, которая не имеет значения. Проблемы с `importance: high` (важность: "
               "высокая) дают предупреждение, остальные — информационное сообщение.",
        "none": 'для проблемы "{item}" сегмента "{segment}" нет решения: ни одно ценностное '
                "предложение ещё не нацелено на этот сегмент; добавьте такое предложение с "
                "решением проблемы с полем `{map_field}: {item_id}`",
        "one": 'для проблемы "{item}" сегмента "{segment}" нет решения проблемы ни в одном '
               "ценностном предложении для этого сегмента: добавьте в ценностное предложение "
               '"{proposition}" решение проблемы с полем `{map_field}: {item_id}` или удалите '
               "проблему, если она не важна",
        "several": 'для проблемы "{item}" сегмента "{segment}" нет решения проблемы ни в одном '
                   "ценностном предложении для этого сегмента: добавьте в одно из ценностных "
                   "предложений {propositions} решение проблемы с полем `{map_field}: {item_id}` "
                   "или удалите проблему, если она не важна",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    for found in unmatched(ctx.canvas, B.PAINS, B.RELIEVERS, "relieves"):
        pain = found.item
        msgid, args = unmatched_args(found, "relieves")
        yield Problem(
            pain.at,
            unmatched_message(found, B.RELIEVERS, "relieves"),
            item=pain.name,
            # rules.md: only pains of high importance are warnings.
            severity=None if pain.text("importance") == "high" else "info",
            msgid=msgid,
            args=args,
        )
