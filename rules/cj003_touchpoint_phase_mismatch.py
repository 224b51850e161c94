"""A touchpoint's channel states phases that do not include the touchpoint's stage.

Why: a channel's phases say in which stages of the customer's journey it
is used (awareness, evaluation, purchase, delivery, after-sales). A
touchpoint in a stage the channel does not cover contradicts the channels
block: add the phase to the channel, or meet the customer through another
channel in that stage. Only channels that state ``phases`` are checked.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels:
      - name: Web shop
        phases: [purchase, delivery]
        segments: home-baristas
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: after-sales
            touchpoints:
              - {name: Brewing tips by e-mail, channel: web-shop}

Passes:

    name: Roast and Post
    customer_segments: [Home baristas]
    channels:
      - name: Web shop
        phases: [purchase, delivery, after-sales]
        segments: home-baristas
    customer_journeys:
      - segment: home-baristas
        stages:
          - stage: after-sales
            touchpoints:
              - {name: Brewing tips by e-mail, channel: web-shop}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import AllOf, Context, Key, Problem, Term, terms

from ._fit import journey_args

CODE = "CJ003"
NAME = "touchpoint-phase-mismatch"
SEVERITY = "warning"

# The stages of a journey are the channel phases of the format.
_PHASES = ("awareness", "evaluation", "purchase", "delivery", "after-sales")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for journey in canvas.journeys:
        for stage in canvas.journey_stages(journey):
            if stage.stage not in _PHASES:
                continue  # no stage, or one the schema already rejects
            for touchpoint in stage.touchpoints:
                for channel in canvas.refs(touchpoint, "channel"):
                    # Written phases only: the journey itself says where the channel is
                    # used, which is better evidence than phases read from its name.
                    phases = channel.values("phases")
                    if "phases" not in channel.fields or stage.stage in phases:
                        continue
                    msgid, args = journey_args(canvas, journey,
                                               "default" if phases else "no_phases")
                    yield Problem(
                        canvas.ref_path(touchpoint, "channel", channel),
                        item=touchpoint.name,
                        msgid=msgid,
                        args={**args, "touchpoint": touchpoint.name, "stage": Term(stage.stage),
                              "channel": channel.name, "phases": terms(phases),
                              "phases_all": AllOf(terms(phases)),
                              "phases_field": Key("phases")},
                    )
