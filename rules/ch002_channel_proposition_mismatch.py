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

from canvaslint.api import Context, Fix, Item, Phrase, Problem

from ._channels import quoted
from ._words import listed

CODE = "CH002"
NAME = "channel-proposition-mismatch"
SEVERITY = "error"
FIX = "unsafe"


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
                item=channel.name,
                args={"channel": channel.name, "proposition": proposition.name,
                      "targets": quoted(targets), "reached": quoted(reached),
                      "targets_named": _segments(targets), "reached_named": _segments(reached)},
                fix=_reach(proposition, reached),
            )


def _segments(segments: list[Item]) -> Phrase:
    """``segment "A"`` or ``segments "A", "B" and "C"`` (CH002.segment, CH002.segments)."""
    which = "CH002.segment" if len(segments) == 1 else "CH002.segments"
    return Phrase(which, names=listed((s.name for s in segments), "CH002.more"))


def _reach(proposition: Item, reached: list[Item]) -> Fix | None:
    """Unsafe: make the proposition also for the one segment the channel reaches.

    It changes what the canvas says (the proposition gets a new segment), so
    it waits for ``--unsafe-fixes``; with several segments reached, which one
    is meant is a guess, and there is no fix.
    """
    if len(reached) != 1:
        return None
    return Fix((*proposition.path, "segments"), reached[0].id, action="append", safe=False)

