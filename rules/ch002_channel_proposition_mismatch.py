"""A channel carries a value proposition meant for none of the segments it reaches.

Why: a channel exists to bring a value proposition to the customers it
reaches. If it carries an offer that is meant for other customers, the
channel and the value proposition are misaligned: the message goes to
people who do not want it, and the customers it is for never hear it. Only
a channel with its own ``value_propositions`` list can carry the wrong one
(a channel without one carries the propositions of the segments it reaches).

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    value_propositions:
      - name: Fresh beans by post
        segments: home-baristas
      - name: Wholesale beans for cafes
        segments: independent-cafes
    channels:
      - name: Web shop
        segments: home-baristas
        value_propositions: [fresh-beans-by-post, wholesale-beans-for-cafes]

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Independent cafes
    value_propositions:
      - name: Fresh beans by post
        segments: home-baristas
      - name: Wholesale beans for cafes
        segments: independent-cafes
    channels:
      - name: Web shop
        segments: home-baristas
        value_propositions: fresh-beans-by-post
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Fix, Problem

from ._channels import labelled, quoted

CODE = "CH002"
NAME = "channel-proposition-mismatch"
SEVERITY = "error"
FIX = "unsafe"
SUMMARY = "A channel carries a value proposition meant for none of the segments it reaches"

TRANSLATIONS = {
    "nl": {
        "summary": (
            "Een kanaal brengt een waardepropositie die voor geen van de segmenten bedoeld is die "
            "het bereikt"
        ),
        "why": "Waarom: een kanaal is er om een waardepropositie bij de klanten te brengen die "
               "het bereikt. Brengt het een aanbod dat voor andere klanten bedoeld is, dan "
               "sluiten kanaal en waardepropositie niet op elkaar aan: de boodschap gaat naar "
               "mensen die er niet op zitten te wachten, en de klanten voor wie ze bedoeld is, "
               "horen haar nooit. Alleen een kanaal met een eigen lijst `value_propositions` "
               "(`waardeproposities`) kan de verkeerde brengen (een kanaal zonder zo'n lijst "
               "brengt de waardeproposities van de segmenten die het bereikt).",
        "default": (
            'kanaal "{channel}" brengt waardepropositie "{proposition}", die bedoeld is voor '
            "{targets}, maar het kanaal bereikt alleen {reached}: haal de waardepropositie van het "
            "kanaal, of laat het kanaal een segment bereiken waarvoor de waardepropositie bedoeld "
            "is"
        ),
    },
    "ru": {
        "summary": (
            "Канал доносит ценностное предложение, не предназначенное ни для одного из "
            "охватываемых им сегментов"
        ),
        "why": "Почему: канал сбыта существует, чтобы доносить ценностное предложение до "
               "клиентов, которых он охватывает. Если он доносит предложение, предназначенное для "
               "других клиентов, канал и ценностное предложение не согласованы: сообщение "
               "получают люди, которым оно не нужно, а клиенты, для которых оно создано, так его "
               "и не слышат. Донести не то предложение может только канал с собственным списком "
               "`value_propositions` (ценностные предложения); канал без такого списка доносит "
               "предложения тех сегментов, которые он охватывает.",
        "default": (
            'канал "{channel}" доносит ценностное предложение "{proposition}", предназначенное для '
            "{targets}, но канал охватывает только {reached}: уберите это предложение из канала "
            "или сделайте так, чтобы канал охватывал сегмент, для которого оно предназначено"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for channel in canvas.channels:
        if not channel.has("value_propositions"):
            continue  # it carries exactly the propositions of its segments
        reached = canvas.refs(channel, "segments")
        if not reached:
            continue  # reaches nobody: CH001 (or R001/R003) says so
        reached_set = set(reached)
        for proposition in canvas.refs(channel, "value_propositions"):
            targets = canvas.refs(proposition, "segments")
            if not targets or any(s in reached_set for s in targets):
                continue  # for nobody (VP001's finding), or for a segment the channel reaches
            yield Problem(
                canvas.ref_path(channel, "value_propositions", proposition),
                f'channel "{channel.name}" carries value proposition "{proposition.name}", '
                f"which is for {labelled(targets)}, but the channel reaches only "
                f"{labelled(reached)}: take the proposition off the channel, or let the "
                "channel reach a segment the proposition is for",
                item=channel.name,
                args={"channel": channel.name, "proposition": proposition.name,
                      "targets": quoted(targets), "reached": quoted(reached)},
                fix=_reach(proposition, reached),
            )


def _reach(proposition: Any, reached: list[Any]) -> Fix | None:
    """Unsafe: make the proposition also for the one segment the channel reaches.

    It changes what the canvas says (the proposition gets a new segment), so
    it waits for ``--unsafe-fixes``; with several segments reached, which one
    is meant is a guess, and there is no fix.
    """
    if len(reached) != 1:
        return None
    return Fix((*proposition.path, "segments"), reached[0].id, action="append", safe=False)

