"""A segment's gain is created by no gain creator of a proposition for that segment.

Why: customers choose the offer that gives them the outcomes they hope for,
not only the one that removes their pains. A gain on the customer profile
that none of the segment's propositions creates is a missed reason to buy,
or a gain nobody aims for. Gains of `importance: high` are warnings; the
others are info.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        gains:
          - {id: cafe-taste, name: Coffee as good as in a café}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        gains:
          - {id: cafe-taste, name: Coffee as good as in a café}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        gain_creators:
          - name: Brewing guide for every bean
            creates: cafe-taste
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

from ._fit import unmatched, unmatched_args, unmatched_message

CODE = "FIT002"
NAME = "gain-not-created"
SEVERITY = "info"
SUMMARY = "A segment's gain is created by no gain creator of a proposition for it"

TRANSLATIONS = {
    "nl": {
        "summary": "Een winst van een klantsegment wordt door geen winstmaker van een "
                   "waardepropositie voor dat segment gecreëerd",
        "why": "Waarom: klanten kiezen het aanbod dat hun de resultaten geeft waarop ze hopen, "
               "niet alleen het aanbod dat hun pijnen wegneemt. Een winst in het klantprofiel die "
               "geen van de waardeproposities voor het segment creëert, is een gemiste reden om "
               "te kopen, of een winst waar niemand op mikt. Winsten met `importance: high` "
               "(`belang: hoog`) geven een waarschuwing; de andere alleen informatie.",
        "none": 'winst "{item}" van klantsegment "{segment}" wordt door niets gecreëerd: nog '
                "geen waardepropositie richt zich op dat segment; voeg er een toe met een "
                "winstmaker met `{map_field}: {item_id}`",
        "one": 'winst "{item}" van klantsegment "{segment}" wordt door geen winstmaker van '
               "een waardepropositie voor dat segment gecreëerd: geef waardepropositie "
               '"{proposition}" een winstmaker met `{map_field}: {item_id}`, of schrap de '
               "winst als die er niet toe doet",
        "several": 'winst "{item}" van klantsegment "{segment}" wordt door geen winstmaker '
                   "van een waardepropositie voor dat segment gecreëerd: geef een van de "
                   "waardeproposities {propositions} een winstmaker met "
                   "`{map_field}: {item_id}`, of schrap de winst als die er niet toe doet",
    },
    "ru": {
        "summary": "Выгоду сегмента не создаёт ни один создатель выгоды ценностного "
                   "предложения для этого сегмента",
        "why": "Почему: клиенты выбирают предложение, которое дает им желаемые результаты, а не "
               "только то, которое решает их проблемы. Выгода в профиле клиента, которую не "
               "создает ни одно из ценностных предложений для сегмента, — это упущенная причина "
               "купить или выгода, к которой никто не стремится. Выгоды с `importance: high` "
               "(важность: высокая) дают предупреждение, остальные — информационное сообщение.",
        "none": 'выгоду "{item}" сегмента "{segment}" ничто не создаёт: ни одно ценностное '
                "предложение ещё не нацелено на этот сегмент; добавьте такое предложение с "
                "создателем выгоды с полем `{map_field}: {item_id}`",
        "one": 'выгоду "{item}" сегмента "{segment}" не создаёт ни один создатель выгоды '
               "ценностного предложения для этого сегмента: добавьте в ценностное предложение "
               '"{proposition}" создателя выгоды с полем `{map_field}: {item_id}` или удалите '
               "выгоду, если она не важна",
        "several": 'выгоду "{item}" сегмента "{segment}" не создаёт ни один создатель выгоды '
                   "ценностного предложения для этого сегмента: добавьте в одно из ценностных "
                   "предложений {propositions} создателя выгоды с полем `{map_field}: {item_id}` "
                   "или удалите выгоду, если она не важна",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    for found in unmatched(ctx.canvas, B.GAINS, B.CREATORS, "creates"):
        gain = found.item
        msgid, args = unmatched_args(found, "creates")
        yield Problem(
            gain.at,
            unmatched_message(found, B.CREATORS, "creates"),
            item=gain.name,
            # rules.md: gains of high importance are warnings.
            severity="warning" if gain.text("importance") == "high" else None,
            msgid=msgid,
            args=args,
        )
