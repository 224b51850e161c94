"""For a segment, no channel covers one of the phases purchase, delivery, after-sales.

Why: channels take customers through phases: they learn about the offer,
evaluate it, buy it, receive it and get help afterwards. A segment that no
channel lets buy, receive or get support is lost at that step, however good
the offer. Only where channels state ``phases``: a segment is checked when at
least one channel reaching it does, against the phases those channels state.

Options: ``required-phases``, the phases every segment needs a channel for;
the defaults (purchase, delivery, after-sales) are in ``ch003_phases.yaml``.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        phases: [awareness, evaluation, purchase, delivery]
        segments: home-baristas

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        phases: [awareness, evaluation, purchase, delivery]
        segments: home-baristas
      - name: Brewing help line
        phases: after-sales
        segments: home-baristas
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AllOf,
    Context,
    Item,
    Key,
    Phrase,
    Problem,
    channels_reaching,
    rule_data,
    terms,
)

from ._channels import PHASES, quoted
from ._words import listed

CODE = "CH003"
NAME = "missing-channel-phase"
SEVERITY = "warning"

OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "required-phases": {
            "type": "array",
            "items": {"type": "string", "enum": list(PHASES)},
            "uniqueItems": True,
        },
    },
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("ch003_phases.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    required = [p for p in options.get("required-phases", []) if isinstance(p, str)]
    canvas = ctx.canvas
    for segment in canvas.segments:
        reaching = channels_reaching(canvas, segment)
        if not any("phases" in c.fields for c in reaching):
            continue  # nobody wrote phases for this segment's channels: words alone are too thin
        stating = [c for c in reaching if c.has("phases")]
        covered = {phase for c in stating for phase in c.values("phases")}
        missing = [p for p in required if p not in covered]
        if not missing:
            continue
        phases = "phase" if len(missing) == 1 else "phases"
        unstated = [c for c in reaching if not c.has("phases")]
        yield Problem(
            segment.at,
            item=segment.name,
            msgid=phases + ("_unstated" if unstated else ""),  # "phase", "phases_unstated"...
            args={"segment": segment.name, "missing": terms(missing),
                  "missing_all": AllOf(terms(missing)),
                  # what each phase is about, in a customer's words
                  "steps": AllOf(Phrase(f"CH003.step.{p}") for p in missing),
                  "stating": quoted(stating), "unstated": quoted(unstated),
                  "where": _channels("CH003.channel" if len(stating) == 1 else "CH003.one_of",
                                     stating),
                  "unstated_named": _channels("CH003.channel" if len(unstated) == 1
                                              else "CH003.channels", unstated),
                  "phases_field": Key("phases")},
        )


def _channels(msgid: str, channels: list[Item]) -> Phrase:
    """``channel "A"``, ``one of its channels "A" and "B"``...: the catalog's ``msgid``."""
    return Phrase(msgid, names=listed((c.name for c in channels), "CH003.more"))

