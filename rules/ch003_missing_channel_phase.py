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

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import quote_list, rule_data
from canvaslint.finding import Problem
from canvaslint.i18n import terms
from canvaslint.model.facts import channels_reaching

from ._channels import PHASES, labelled, names, quoted

CODE = "CH003"
NAME = "missing-channel-phase"
SEVERITY = "warning"
SUMMARY = "No channel reaching a segment covers the purchase, delivery or after-sales phase"

TRANSLATIONS = {
    "nl": {
        "summary": "Geen kanaal dat een segment bereikt, dekt de fase aankoop, levering of nazorg",
        "why": "Waarom: kanalen leiden klanten door fasen: ze horen van het aanbod, beoordelen "
               "het, kopen het, ontvangen het en krijgen daarna hulp. Een segment dat via geen "
               "enkel kanaal kan kopen, ontvangen of hulp krijgen, haakt bij die stap af, hoe "
               "goed het aanbod ook is. Alleen waar kanalen `phases` (`fasen`) invullen: een "
               "segment wordt gecontroleerd als minstens één kanaal dat het bereikt dat doet, "
               "tegen de fasen die die kanalen noemen.\n\n"
               "Opties: `required-phases`, de fasen waarvoor elk segment een kanaal nodig heeft; "
               "de standaardwaarden (aankoop, levering, nazorg) staan in `ch003_phases.yaml`.",
        "phase": (
            'geen kanaal dat segment "{segment}" bereikt, dekt de fase {missing}: neem die op in '
            "het veld `{phases_field}` van een kanaal dat het segment bereikt ({stating}), of voeg "
            "er een kanaal voor toe"
        ),
        "phases": (
            'geen kanaal dat segment "{segment}" bereikt, dekt de fasen {missing}: neem die op in '
            "het veld `{phases_field}` van een kanaal dat het segment bereikt ({stating}), of voeg "
            "er een kanaal voor toe"
        ),
        "phase_unstated": (
            'geen kanaal dat segment "{segment}" bereikt, dekt de fase {missing}: neem die op in '
            "het veld `{phases_field}` van een kanaal dat het segment bereikt ({stating}), voeg er "
            "een kanaal voor toe, of vul het veld `{phases_field}` in bij {unstated}"
        ),
        "phases_unstated": (
            'geen kanaal dat segment "{segment}" bereikt, dekt de fasen {missing}: neem die op in '
            "het veld `{phases_field}` van een kanaal dat het segment bereikt ({stating}), voeg er "
            "een kanaal voor toe, of vul het veld `{phases_field}` in bij {unstated}"
        ),
    },
    "ru": {
        "summary": (
            "Ни один канал, охватывающий сегмент, не покрывает фазу покупки, доставки или "
            "послепродажного обслуживания"
        ),
        "why": "Почему: каналы сбыта проводят клиентов через фазы: клиенты узнают о предложении, "
               "оценивают его, покупают, получают и потом обращаются за помощью. Сегмент, "
               "которому ни один канал не дает купить, получить товар или поддержку, теряется на "
               "этом шаге, каким бы хорошим ни было предложение. Проверяются только каналы, у "
               "которых указаны `phases` (фазы): сегмент проверяется, если их указывает хотя бы "
               "один охватывающий его канал, и сверяется с фазами, указанными у этих каналов.\n\n"
               "Параметры: `required-phases` — фазы, для каждой из которых каждому сегменту нужен "
               "канал; значения по умолчанию (покупка, доставка, послепродажное обслуживание) — в "
               "`ch003_phases.yaml`.",
        "phase": (
            'ни один канал, охватывающий сегмент "{segment}", не покрывает фазу {missing}: '
            "добавьте ее в поле `{phases_field}` одного из каналов этого сегмента ({stating}) или "
            "добавьте для нее канал"
        ),
        "phases": (
            'ни один канал, охватывающий сегмент "{segment}", не покрывает фазы {missing}: '
            "добавьте их в поле `{phases_field}` одного из каналов этого сегмента ({stating}) или "
            "добавьте для них канал"
        ),
        "phase_unstated": (
            'ни один канал, охватывающий сегмент "{segment}", не покрывает фазу {missing}: '
            "добавьте ее в поле `{phases_field}` одного из каналов этого сегмента ({stating}), "
            "добавьте для нее канал или заполните поле `{phases_field}` у {unstated}"
        ),
        "phases_unstated": (
            'ни один канал, охватывающий сегмент "{segment}", не покрывает фазы {missing}: '
            "добавьте их в поле `{phases_field}` одного из каналов этого сегмента ({stating}), "
            "добавьте для них канал или заполните поле `{phases_field}` у {unstated}"
        ),
    },
}
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
        them, phases = ("it", "phase") if len(missing) == 1 else ("them", "phases")
        where = labelled(stating) if len(stating) == 1 else f"one of its channels {names(stating)}"
        fix = f"add {them} to the `phases` of {where}, or add a channel for {them}"
        unstated = [c for c in reaching if not c.has("phases")]
        if unstated:
            fix += f", or state the phases of {labelled(unstated)}"
        steps = quote_list(_STEP.get(p, p) for p in missing)
        yield Problem(
            segment.at,
            f'no channel reaching segment "{segment.name}" covers the {quote_list(missing)} '
            f"{phases} ({steps}): {fix}",
            item=segment.name,
            msgid=phases + ("_unstated" if unstated else ""),  # "phase", "phases_unstated"...
            args={"segment": segment.name, "missing": terms(missing),
                  "stating": quoted(stating), "unstated": quoted(unstated),
                  "phases_field": "phases"},
        )


# What each phase is about, in a customer's words, for the message.
_STEP = {
    "awareness": "how customers learn about the offer",
    "evaluation": "how they evaluate it",
    "purchase": "how they buy",
    "delivery": "how they receive what they bought",
    "after-sales": "how they get help after buying",
}
