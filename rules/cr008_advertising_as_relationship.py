"""An advertising or promotion note is filed under customer relationships.

Why: advertising, promotion and campaigns are how customers first hear of
the business: the awareness phase of a channel. A customer relationship is
how the business looks after customers it has (personal assistance,
self-service, a community...). A campaign under relationships leaves the
relationships block looking fuller than it is, and the channels block
without the awareness it needs. Only notes whose words say advertising
and say no kind of relationship are reported.

Fails:

    name: Fresh Box
    customer_relationships:
      - Instagram advertising campaigns

Passes:

    name: Fresh Box
    channels:
      - Instagram advertising campaigns
    customer_relationships:
      - Recipe tips by email for subscribers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.infer.apply import table_for
from canvaslint.model.infer.words import matches

CODE = "CR008"
NAME = "advertising-as-relationship"
SEVERITY = "warning"
SUMMARY = "An advertising or promotion note is filed under customer relationships"

TRANSLATIONS = {
    "nl": {
        "summary": "Een notitie over reclame of promotie staat bij de klantrelaties",
        "why": "Waarom: reclame, promotie en campagnes zijn hoe klanten voor het eerst van het "
               "bedrijf horen: de bekendheidsfase van een kanaal. Een klantrelatie is hoe het "
               "bedrijf zorgt voor de klanten die het heeft (persoonlijke assistentie, "
               "self-service, een community...). Een campagne bij de klantrelaties laat dat blok "
               "voller lijken dan het is, en de kanalen missen de bekendheid die ze nodig "
               "hebben. Alleen notities waarvan de woorden reclame zeggen en geen soort "
               "klantrelatie, worden gemeld.",
        "default": 'klantrelatie "{relationship}" gaat over reclame ("{words}"): dat is de '
                   "bekendheidsfase van een kanaal; zet de notitie bij de kanalen en schrijf hier "
                   "hoe je voor klanten zorgt die je al hebt",
    },
    "ru": {
        "summary": "Стикер о рекламе или продвижении стоит во взаимоотношениях с клиентами",
        "why": "Почему: реклама, продвижение и кампании — это то, как клиенты впервые узнают о "
               "бизнесе: фаза осведомленности канала. Взаимоотношения с клиентами — это то, как "
               "бизнес заботится о тех клиентах, что у него уже есть (персональная поддержка, "
               "самообслуживание, сообщество...). Кампания во взаимоотношениях делает этот блок "
               "полнее, чем он есть, а каналам не хватает осведомленности. Сообщается только о "
               "стикерах, слова которых говорят о рекламе и не называют вид взаимоотношений.",
        "default": 'взаимоотношение "{relationship}" — это реклама («{words}»): это фаза '
                   "осведомленности канала; перенесите стикер в каналы, а здесь напишите, как вы "
                   "заботитесь о клиентах, которые у вас уже есть",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    phases = table_for(lang).get("channels", {}).get("phases", [])
    awareness = [row for row in phases if row[0] == "awareness"]
    for relationship in canvas.relationships:
        if "type" in relationship.fields or "type" in relationship.inferred:
            continue  # it says what kind of relationship it is
        found = matches(relationship.name, awareness, lang)
        if not found:
            continue
        words = found[0].words
        yield Problem(
            relationship.at,
            f'relationship "{relationship.name}" is advertising ("{words}"): that is the '
            "awareness phase of a channel; move the note to the channels and write here how "
            "you look after the customers you have",
            item=relationship.name,
            args={"relationship": relationship.name, "words": words},
        )
