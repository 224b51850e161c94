"""A relationship's type needs a kind of contact that none of its channels offers.

Why: each kind of customer relationship needs its own kind of contact:
personal assistance needs a person to talk to, self-service a place where
customers serve themselves, a community a place where customers meet. A
relationship kept up through channels that cannot offer that contact exists
only on paper. Only relationships that state a type and ``channels`` whose
``medium`` is stated are checked.

Options: ``media``, for each relationship type the channel media that offer
the contact it needs; the defaults are the table in ``cr002_media.yaml``.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        medium: web
        segments: home-baristas
    customer_relationships:
      - name: Brewing advice from our roasters
        type: personal-assistance
        segments: home-baristas
        channels: web-shop

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        medium: [web, email]
        segments: home-baristas
    customer_relationships:
      - name: Brewing advice from our roasters
        type: personal-assistance
        segments: home-baristas
        channels: web-shop
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import Problem
from canvaslint.i18n import AllOf, AnyOf, Phrase, Term, terms
from canvaslint.model import Item, relationship_type
from canvaslint.rule import Context
from canvaslint.rulekit import or_list, quote_list, rule_data

from ._channels import MEDIA, RELATIONSHIP_TYPE_NAMES, labelled_as, names, quoted, type_words

CODE = "CR002"
NAME = "relationship-channel-mismatch"
SEVERITY = "error"
SUMMARY = "A relationship's type needs a kind of contact that none of its channels offers"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Het type van een klantrelatie vraagt een soort contact dat geen van haar kanalen biedt"
        ),
        "why": "Waarom: elk soort klantrelatie vraagt om een eigen soort contact: persoonlijke "
               "assistentie om iemand om mee te praten, self-service om een plek waar klanten "
               "zichzelf helpen, een community om een plek waar klanten elkaar ontmoeten. Een "
               "klantrelatie die wordt onderhouden via kanalen die dat contact niet kunnen "
               "bieden, bestaat alleen op papier. Alleen klantrelaties die een type invullen, "
               "worden gecontroleerd, en alleen hun `channels` (`kanalen`) waarvan het `medium` "
               "is ingevuld.\n\n"
               "Opties: `media`, per type klantrelatie de media van kanalen die het contact "
               "bieden dat dat type nodig heeft; de standaardwaarden zijn de tabel in "
               "`cr002_media.yaml`.",
        "default": (
            'klantrelatie "{relationship}" is van het type {type}, dat om een van deze media '
            "vraagt ({needed}), maar via {channels} is alleen {offered} beschikbaar: onderhoud de "
            "klantrelatie via een kanaal met een van die media, of wijzig het type van de "
            "klantrelatie"
        ),
        "no_medium": (
            'klantrelatie "{relationship}" is van het type {type}, dat om een van deze media '
            "vraagt ({needed}), maar voor {channels} is geen enkel medium opgegeven: onderhoud de "
            "klantrelatie via een kanaal met een van die media, of wijzig het type van de "
            "klantrelatie"
        ),
    },
    "ru": {
        "summary": (
            "Тип взаимоотношений требует вида контакта, которого не предлагает ни один из их "
            "каналов"
        ),
        "why": "Почему: каждому виду взаимоотношений с клиентами нужен свой вид контакта: "
               "персональной поддержке — человек, с которым можно поговорить, самообслуживанию — "
               "место, где клиенты обслуживают себя сами, сообществу — место, где клиенты "
               "встречаются. Взаимоотношения, которые поддерживаются через каналы, не способные "
               "дать такой контакт, существуют только на бумаге. Проверяются только "
               "взаимоотношения, у которых указан тип, и только те их `channels` (каналы сбыта), "
               "у которых указано `medium` (средство).\n\n"
               "Параметры: `media` — для каждого типа взаимоотношений средства каналов, которые "
               "дают нужный ему контакт; значения по умолчанию — таблица в `cr002_media.yaml`.",
        "default": (
            'взаимоотношение "{relationship}" имеет тип {type}, которому нужно одно из этих '
            "средств ({needed}), но через {channels} доступно только {offered}: поддерживайте "
            "взаимоотношения через канал с одним из этих средств или измените их тип"
        ),
        "no_medium": (
            'взаимоотношение "{relationship}" имеет тип {type}, которому нужно одно из этих '
            "средств ({needed}), но для {channels} не указано ни одного средства: поддерживайте "
            "взаимоотношения через канал с одним из этих средств или измените их тип"
        ),
    },
}
OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "media": {
            "type": "object",
            "propertyNames": {"enum": list(RELATIONSHIP_TYPE_NAMES)},
            "additionalProperties": {
                "type": "array",
                "items": {"type": "string", "enum": list(MEDIA)},
            },
        },
    },
    "additionalProperties": False,
}

# The kind of contact each type needs, in a business person's words.
_NEEDS = {
    "personal-assistance": "a person customers can talk to",
    "dedicated-personal-assistance": "a person assigned to the customer",
    "self-service": "a place where customers serve themselves",
    "automated-services": "a digital system that serves customers",
    "communities": "a place where customers meet",
    "co-creation": "a way for customers to contribute",
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("cr002_media.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    table = _table(options.get("media"))
    canvas = ctx.canvas
    for relationship in canvas.relationships:
        kind = relationship_type(relationship) or ""
        needed = table.get(kind)
        channels = canvas.refs(relationship, "channels")
        if not needed or not channels:
            continue  # no type, a type the table leaves out, or no channel to judge
        if any(not c.has("medium") for c in channels):
            continue  # a channel that does not say its medium might offer the contact
        offered = list(dict.fromkeys(m for c in channels for m in c.values("medium")))
        if any(m in needed for m in offered):
            continue
        yield Problem(
            # At the first channel named, where CR006 points for the same value (issue 18).
            canvas.ref_path(relationship, "channels", channels[0]),
            f'relationship "{relationship.name}" has the type {type_words(relationship)}, '
            f"which needs {_NEEDS.get(kind, 'a suitable kind of contact')} "
            f"({or_list(needed)}), but {_offer(channels, offered)}: keep it up through a "
            "channel with one of those media, or change the relationship's type",
            item=relationship.name,
            msgid="default" if offered else "no_medium",
            args={"relationship": relationship.name, "type": Term(kind),
                  "needed": terms(needed), "channels": quoted(channels),
                  "offered": terms(offered), "type_written": type_words(relationship),
                  "needs": Phrase(f"CR002.needs.{kind}"), "needed_any": AnyOf(terms(needed)),
                  "its_channels": labelled_as("CR002.channels", channels),
                  "offered_all": AllOf(terms(offered))},
        )


def _table(value: Any) -> dict[str, list[str]]:
    """The media table with the format's aliases folded into their types."""
    table: dict[str, list[str]] = {}
    if not isinstance(value, Mapping):
        return table
    for key, media in value.items():
        if not isinstance(key, str) or not isinstance(media, list):
            continue
        row = table.setdefault(B.RELATIONSHIP_ALIASES.get(key, key), [])
        for medium in media:
            if isinstance(medium, str) and medium not in row:
                row.append(medium)
    return table


def _offer(channels: list[Item], offered: list[str]) -> str:
    which = f'its channel {names(channels)} offers' if len(channels) == 1 else (
        f"its channels {names(channels)} offer"
    )
    return f"{which} only {quote_list(offered)}" if offered else f"{which} no medium"
