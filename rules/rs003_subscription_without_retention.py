"""A subscription comes from a segment that no retention relationship serves.

Why: recurring revenue lives on retention. A subscription pays off only
when subscribers stay month after month, so the segments that subscribe
need a relationship whose goal is to keep them (onboarding, reminders, a
community, an account manager).

Reading: only segments whose relationships state ``goals`` are checked (at
least one relationship serving the segment states them); a segment that
only relationships without ``goals`` serve is left alone, and one that no
relationship serves is left to CS003. A relationship without ``goals``
counts as one without the goal ``retention``.

Fails:

    name: Fresh Box
    customer_segments:
      - name: Busy families
    customer_relationships:
      - name: Welcome discount
        type: automated-services
        segments: [busy-families]
        goals: [acquisition]
    revenue_streams:
      - name: Weekly meal-kit subscription
        type: subscription
        segments: [busy-families]

Passes:

    name: Fresh Box
    customer_segments:
      - name: Busy families
    customer_relationships:
      - name: Welcome discount and weekly recipe tips
        type: automated-services
        segments: [busy-families]
        goals: [acquisition, retention]
    revenue_streams:
      - name: Weekly meal-kit subscription
        type: subscription
        segments: [busy-families]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.model.canvas import Canvas, Item
from canvaslint.model.facts import relationships_serving

CODE = "RS003"
NAME = "subscription-without-retention"
SEVERITY = "warning"
SUMMARY = "A subscription comes from a segment that no relationship aims to retain"

TRANSLATIONS = {
    "nl": {
        "summary": "Een abonnement komt van een segment dat geen enkele klantrelatie wil behouden",
        "why": "Waarom: terugkerende inkomsten bestaan bij de gratie van klantbehoud. Een "
               "abonnement loont pas als abonnees maand na maand blijven, dus de segmenten die een "
               "abonnement nemen hebben een klantrelatie nodig die tot doel heeft hen te houden "
               "(onboarding, herinneringen, een community, een accountmanager).\n\n"
               "Toelichting: alleen segmenten waarvan de klantrelaties `goals` (`doelen`) noemen "
               "worden gecontroleerd (ten minste één klantrelatie die het segment bedient, noemt "
               "ze); een segment dat alleen bediend wordt door klantrelaties zonder `goals` blijft "
               "buiten beschouwing, en een segment dat door geen enkele klantrelatie bediend "
               "wordt, wordt aan CS003 overgelaten. Een klantrelatie zonder `goals` telt als een "
               "klantrelatie zonder het doel `retention` (`behoud`).",
        "default": (
            'inkomstenstroom "{stream}" is een {type} van segment "{segment}", maar geen '
            "klantrelatie met dat segment heeft het doel {goal}: terugkerende inkomsten bestaan "
            "bij de gratie van abonnees die blijven, dus neem {goal} op in het veld "
            "`{goals_field}` van een klantrelatie met hen, of voeg zo'n klantrelatie toe"
        ),
    },
    "ru": {
        "summary": (
            "Подписку оплачивает сегмент, на удержание которого не нацелены никакие взаимоотношения"
        ),
        "why": "Почему: регулярный доход держится на удержании клиентов. Подписка окупается, "
               "только если подписчики остаются месяц за месяцем, поэтому сегментам, которые "
               "оформляют подписку, нужны взаимоотношения, цель которых — удержать их (адаптация "
               "новичков, напоминания, сообщество, персональный менеджер).\n\n"
               "Уточнение: проверяются только сегменты, у взаимоотношений которых указаны `goals` "
               "(цели) (их указывает хотя бы одно из взаимоотношений, обслуживающих сегмент); "
               "сегмент, который обслуживают только взаимоотношения без `goals`, не проверяется, а "
               "сегмент, который не обслуживает ни одно взаимоотношение, оставлен правилу CS003. "
               "Взаимоотношения без `goals` считаются взаимоотношениями без цели `retention` "
               "(удержание).",
        "default": (
            'поток доходов "{stream}" — {type} от сегмента "{segment}", но ни одно из '
            "взаимоотношений с этим сегментом не имеет цели {goal}: регулярный доход держится на "
            "удержании подписчиков, поэтому добавьте {goal} в поле `{goals_field}` взаимоотношений "
            "с ними или добавьте такие взаимоотношения"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lacking: dict[int, bool] = {}  # per segment, so many subscriptions stay linear
    for stream in canvas.revenue_streams:
        if stream.text("type") != "subscription":
            continue
        for segment in canvas.refs(stream, "segments"):
            if id(segment) not in lacking:
                lacking[id(segment)] = _lacks_retention(canvas, segment)
            if not lacking[id(segment)]:
                continue
            yield Problem(
                canvas.ref_path(stream, "segments", segment),
                f'revenue stream "{stream.name}" is a subscription from segment '
                f'"{segment.name}", but no relationship serving that segment has the goal '
                "retention: recurring revenue lives on keeping subscribers, so add retention "
                "to the goals of a relationship with them, or add such a relationship",
                item=stream.name,
                args={"stream": stream.name, "segment": segment.name,
                      "type": Term("subscription"), "goal": Term("retention"),
                      "goals_field": "goals"},
            )


def _lacks_retention(canvas: Canvas, segment: Item) -> bool:
    """True when the segment's relationships state goals and none of them is retention."""
    serving = relationships_serving(canvas, segment)
    if not any(r.has("goals") for r in serving):
        return False
    return not any("retention" in r.values("goals") for r in serving)
