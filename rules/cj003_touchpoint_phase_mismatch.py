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

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import quote_list
from canvaslint.finding import Problem
from canvaslint.i18n import Term, terms

from ._fit import journey_args, journey_label, journey_translations

CODE = "CJ003"
NAME = "touchpoint-phase-mismatch"
SEVERITY = "warning"
SUMMARY = "A touchpoint's channel does not cover the touchpoint's stage in its phases"

# "<journey>" is filled in by journey_translations (Russian: in the genitive).
TRANSLATIONS = journey_translations({
    "nl": {
        "summary": "Het kanaal van een contactmoment dekt het stadium van dat contactmoment "
                   "niet in zijn fasen",
        "why": "Waarom: de fasen van een kanaal zeggen in welke stadia van de klantreis het wordt "
               "gebruikt (bekendheid, evaluatie, aankoop, levering, nazorg). Een contactmoment in "
               "een stadium dat het kanaal niet dekt, spreekt de bouwsteen kanalen tegen: voeg de "
               "fase toe aan het kanaal, of ontmoet de klant in dat stadium via een ander kanaal. "
               "Alleen kanalen die `phases` (`fasen`) invullen, worden gecontroleerd.",
        "default": 'contactmoment "{touchpoint}" in stadium {stage} van <journey> gebruikt '
                   'kanaal "{channel}", met als `{phases_field}` {phases}: voeg {stage} toe aan '
                   "de `{phases_field}` van het kanaal, of gebruik een kanaal dat {stage} dekt",
        "no_phases": 'contactmoment "{touchpoint}" in stadium {stage} van <journey> gebruikt '
                     'kanaal "{channel}", waarvan de `{phases_field}` leeg zijn: voeg {stage} '
                     "toe aan de `{phases_field}` van het kanaal, of gebruik een kanaal dat "
                     "{stage} dekt",
    },
    "ru": {
        "summary": "Канал точки контакта не охватывает этап этой точки контакта в своих фазах",
        "why": "Почему: фазы канала сбыта говорят, на каких этапах пути клиента он используется "
               "(осведомленность, оценка, покупка, доставка, послепродажное обслуживание). Точка "
               "контакта на этапе, который канал не покрывает, противоречит блоку каналов сбыта: "
               "добавьте эту фазу каналу или встречайте клиента на этом этапе через другой канал. "
               "Проверяются только каналы, у которых указаны `phases` (фазы).",
        "default": 'точка контакта "{touchpoint}" на этапе "{stage}" <journey> использует '
                   'канал "{channel}", у которого `{phases_field}`: {phases}; добавьте "{stage}" '
                   'в поле `{phases_field}` канала или используйте канал, который охватывает '
                   'этап "{stage}"',
        "no_phases": 'точка контакта "{touchpoint}" на этапе "{stage}" <journey> использует '
                     'канал "{channel}", у которого поле `{phases_field}` пустое: добавьте '
                     '"{stage}" в поле `{phases_field}` канала или используйте канал, который '
                     'охватывает этап "{stage}"',
    },
})

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
                    covered = quote_list(phases) if phases else "no phase"
                    msgid, args = journey_args(canvas, journey,
                                               "default" if phases else "no_phases")
                    yield Problem(
                        canvas.ref_path(touchpoint, "channel", channel),
                        f'{touchpoint.label} in the {stage.stage} stage of '
                        f"{journey_label(canvas, journey)} uses {channel.label}, whose phases "
                        f"are {covered}: add {stage.stage} to the channel's phases, or use "
                        f"a channel that covers {stage.stage}",
                        item=touchpoint.name,
                        msgid=msgid,
                        args={**args, "touchpoint": touchpoint.name, "stage": Term(stage.stage),
                              "channel": channel.name, "phases": terms(phases),
                              "phases_field": "phases"},
                    )
