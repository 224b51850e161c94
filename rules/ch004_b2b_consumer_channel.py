"""A business (b2b) segment is reached only through retail channels.

Why: businesses buy differently from consumers: the purchase is larger,
riskier and negotiated, often by several people, and they want someone to
talk to. A shop shelf, built for consumers who pick a product and pay,
rarely wins them. Only segments with ``market: b2b`` whose channels all
state ``type: retail`` are reported.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    channels:
      - name: Supermarket coffee aisle
        type: retail
        segments: independent-cafes

Passes:

    name: Roast and Post
    customer_segments:
      - name: Independent cafes
        market: b2b
    channels:
      - name: Supermarket coffee aisle
        type: retail
        segments: independent-cafes
      - name: Wholesale sales visits
        type: direct
        segments: independent-cafes
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.model.facts import channels_reaching

from ._channels import names, quoted

CODE = "CH004"
NAME = "b2b-consumer-channel"
SEVERITY = "warning"
SUMMARY = "A business (b2b) segment is reached only through retail channels"

TRANSLATIONS = {
    "nl": {
        "summary": "Een zakelijk (b2b) segment wordt alleen via retailkanalen bereikt",
        "why": "Waarom: bedrijven kopen anders dan consumenten: de aankoop is groter en "
               "riskanter, er wordt over onderhandeld, vaak door meerdere mensen, en ze willen "
               "iemand om mee te praten. Een schap in een winkel, gemaakt voor consumenten die "
               "een product pakken en afrekenen, wint hen zelden. Alleen segmenten met `market: "
               "b2b` (`markt: b2b`) waarvan alle kanalen `type: retail` invullen, worden gemeld.",
        "default": (
            'segment "{segment}" is een zakelijke markt ({market}), maar elk kanaal dat het '
            "bereikt, is een retailkanaal voor consumenten ({channels}): voeg een direct kanaal "
            "toe, zoals een verkoopteam of een webshop voor bedrijven"
        ),
    },
    "ru": {
        "summary": "Деловой (b2b) сегмент охвачен только розничными каналами",
        "why": "Почему: компании покупают иначе, чем потребители: покупка крупнее и рискованнее, "
               "ее условия обсуждают, часто несколько человек, и им нужен живой собеседник. Полка "
               "в магазине, рассчитанная на потребителей, которые берут товар и платят, редко их "
               "привлекает. Сообщается только о сегментах с `market: b2b` (рынок: b2b), у которых "
               "все каналы сбыта указывают `type: retail` (тип: розничный).",
        "default": (
            'сегмент "{segment}" — деловой рынок ({market}), но все охватывающие его каналы — '
            "розничные, рассчитанные на потребителей ({channels}): добавьте прямой канал, например "
            "отдел продаж или интернет-магазин для бизнеса"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        if segment.text("market") != "b2b":
            continue
        reaching = channels_reaching(canvas, segment)
        if not reaching or any(c.text("type") != "retail" for c in reaching):
            continue  # no channel at all is CS002; a non-retail channel is fine
        yield Problem(
            segment.field_path("market"),
            f'segment "{segment.name}" is a business market (b2b), but every channel that '
            f"reaches it is a retail channel made for consumers ({names(reaching)}): add a "
            "direct channel such as a sales team or a web shop for businesses",
            item=segment.name,
            args={"segment": segment.name, "market": Term("b2b"), "channels": quoted(reaching)},
        )
