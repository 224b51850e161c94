"""A business (b2b) segment is served only by self-service or automated services.

Why: business customers buy in larger amounts, take more risk and
negotiate; they expect a person who knows them and answers for the
supplier. Leaving them to a portal or an automated service alone puts the
account at risk. Only segments with ``market: b2b`` whose relationships all
state one of those two types are reported.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    customer_relationships:
      - name: Wholesale ordering portal
        type: self-service
        segments: independent-cafes

Passes:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    customer_relationships:
      - name: Wholesale ordering portal
        type: self-service
        segments: independent-cafes
      - name: A roaster who visits each cafe
        type: personal-assistance
        segments: independent-cafes
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.facts import relationships_serving
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.model import relationship_type
from canvaslint.rule import Context

from ._channels import labelled, labelled_as, quoted

CODE = "CR003"
NAME = "b2b-without-personal-relationship"
SEVERITY = "warning"
SUMMARY = "A business (b2b) segment is served only by self-service or automated services"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Een zakelijk (b2b) segment wordt alleen met self-service of geautomatiseerde diensten "
            "bediend"
        ),
        "why": "Waarom: zakelijke klanten kopen grotere hoeveelheden, nemen meer risico en "
               "onderhandelen; ze verwachten iemand die hen kent en namens de leverancier "
               "aanspreekbaar is. Wie hen alleen aan een portaal of een geautomatiseerde dienst "
               "overlaat, zet de klant op het spel. Alleen segmenten met `market: b2b` (`markt: "
               "b2b`) waarvan alle klantrelaties een van die twee typen invullen, worden gemeld.",
        "default": (
            'segment "{segment}" is een zakelijke markt ({market}), maar wordt alleen met '
            "self-service of geautomatiseerde diensten bediend ({relationships}): voeg "
            "persoonlijke assistentie of een vaste accountmanager toe, zodat iemand voor deze "
            "klanten zorgt"
        ),
    },
    "ru": {
        "summary": (
            "Деловой (b2b) сегмент обслуживается только через самообслуживание или "
            "автоматизированное обслуживание"
        ),
        "why": "Почему: деловые клиенты покупают крупными партиями, больше рискуют и ведут "
               "переговоры; они ждут человека, который их знает и отвечает за поставщика. Если "
               "оставить их наедине с порталом или автоматизированным обслуживанием, клиента "
               "можно потерять. Сообщается только о сегментах с `market: b2b` (рынок: b2b), у "
               "которых все взаимоотношения с клиентами указывают один из этих двух типов.",
        "default": (
            'сегмент "{segment}" — деловой рынок ({market}), но его обслуживают только через '
            "самообслуживание или автоматизированное обслуживание ({relationships}): добавьте "
            "персональную поддержку или выделенного персонального менеджера, чтобы кто-то "
            "заботился об этих клиентах"
        ),
    },
}

_IMPERSONAL = frozenset({"self-service", "automated-services"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        if segment.text("market") != "b2b":
            continue
        serving = relationships_serving(canvas, segment)
        if not serving or any(relationship_type(r) not in _IMPERSONAL for r in serving):
            continue  # no relationship is CS003; a personal (or untyped) one is fine
        yield Problem(
            segment.field_path("market"),
            f'segment "{segment.name}" is a business market (b2b), but it is served only by '
            f"self-service or automated services ({labelled(serving)}): add personal "
            "assistance or a dedicated account manager, so that someone looks after these "
            "customers",
            item=segment.name,
            args={"segment": segment.name, "market": Term("b2b"),
                  "relationships": quoted(serving),
                  "serving": labelled_as("CR003.relationships", serving)},
        )
