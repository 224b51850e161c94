"""The same party is a customer segment and a key partner (or a channel).

Why: a customer pays you for a value proposition; a partner supplies you or
works with you; a channel brings your offer to customers. When "Hotels"
stands in the segments and again among the partners or channels, the
canvas has not decided what the hotels are to the business: people you
sell to, or people who sell for you (and are paid for it). The two roles
need different propositions, relationships and revenue. Notes are the same
party when all the meaningful words of one are in the other ("Hotels" and
"Hotels that recommend us").

Fails:

    name: Bike tours
    customer_segments:
      - Hotels
      - Tourists
    key_partners:
      - Hotels

Passes:

    name: Bike tours
    customer_segments:
      - Tourists
    key_partners:
      - Hotels that recommend our tours
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import Problem
from canvaslint.i18n import Phrase
from canvaslint.infer.words import stems, tokens
from canvaslint.rule import Context

CODE = "CS006"
NAME = "segment-also-partner"
SEVERITY = "warning"
SUMMARY = "The same party is a customer segment and a key partner (or a channel)"

TRANSLATIONS = {
    "nl": {
        "summary": "Dezelfde partij is een klantsegment en een kernpartner (of een kanaal)",
        "why": "Waarom: een klant betaalt voor een waardepropositie; een partner levert of werkt "
               "mee; een kanaal brengt het aanbod bij de klant. Als \"Hotels\" bij de segmenten "
               "staat en ook bij de partners of kanalen, heeft het canvas niet besloten wat de "
               "hotels voor het bedrijf zijn: klanten, of partijen die voor je verkopen (en "
               "daarvoor betaald worden). Die twee rollen vragen andere proposities, relaties en "
               "inkomsten. Notities gaan over dezelfde partij als alle betekenisvolle woorden "
               "van de ene in de andere staan.",
        "default": 'segment "{segment}" staat ook als {other_kind} "{other}" op het canvas: '
                   "beslis wat deze partij voor het bedrijf is, of schrijf de twee rollen als "
                   "verschillende notities (wie koopt, en wie verkoopt of levert voor je)",
    },
    "ru": {
        "summary": "Одна и та же сторона — и потребительский сегмент, и ключевой партнер "
                   "(или канал)",
        "why": "Почему: клиент платит за ценностное предложение; партнер поставляет или работает "
               "вместе с вами; канал доносит предложение до клиентов. Если «Отели» стоят и в "
               "сегментах, и среди партнеров или каналов, холст не решил, кто отели для бизнеса: "
               "те, кому вы продаете, или те, кто продает за вас (и получает за это деньги). "
               "Этим ролям нужны разные предложения, взаимоотношения и доходы. Стикеры говорят "
               "об одной стороне, если все значимые слова одного есть в другом.",
        "default": 'сегмент "{segment}" стоит на холсте и как {other_kind} "{other}": решите, '
                   "кто эта сторона для бизнеса, или запишите две роли разными стикерами (кто "
                   "покупает и кто продает или поставляет для вас)",
    },
}

# Words that say nothing about who a party is.
_COMMON = frozenset({"and", "the", "our", "with", "for", "who", "that", "en", "de", "het",
                     "van", "die", "onze", "и", "для", "с", "наши", "которые"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    others = [(o, _party(o.name, lang)) for kind in (B.PARTNERS, B.CHANNELS)
              for o in canvas.block(kind)]
    for segment in canvas.segments:
        words = _party(segment.name, lang)
        if not words:
            continue
        for other, other_words in others:
            if other_words and (other_words <= words or words <= other_words):
                yield Problem(
                    other.at,
                    f'segment "{segment.name}" is also on the canvas as {other.label}: decide '
                    "what this party is to the business, or write the two roles as different "
                    "notes (who buys, and who sells or supplies for you)",
                    item=other.name,
                    args={"segment": segment.name, "other": other.name,
                          "other_kind": other.kind,
                          "other_label": Phrase(f"CS006.as.{other.kind}", other=other.name)},
                )
                break


def _party(name: str, lang: str) -> frozenset[str]:
    words = [w for w in tokens(name) if w not in _COMMON and len(w) > 2]
    return frozenset(stems(words, lang))
