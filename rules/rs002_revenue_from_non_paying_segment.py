"""A revenue stream names a segment that does not pay.

Why: ``pays: false`` marks the subsidised side of a platform: the free
users whom the paying side (advertisers, premium users) pays to reach. A
revenue stream that says those users pay contradicts the model: either the
stream comes from another segment, or the segment does pay after all.

Reading: each segment with ``pays: false`` that a stream names is reported
where it is named. A stream that names only such segments names no paying
segment; it is reported here (once per such segment) and not by RS001 too.

Fails:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        pays: false
    revenue_streams:
      - name: Advertising
        type: advertising
        segments: [free-listeners]

Passes:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        pays: false
      - name: Advertisers
    revenue_streams:
      - name: Advertising
        type: advertising
        segments: [advertisers]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.facts import is_free, pays
from canvaslint.read import blocks as B

CODE = "RS002"
NAME = "revenue-from-non-paying-segment"
SEVERITY = "error"
SUMMARY = "A revenue stream names a segment marked pays: false"

TRANSLATIONS = {
    "nl": {
        "summary": "Een inkomstenstroom noemt een segment dat niet betaalt (betaalt: false)",
        "why": "Waarom: `pays: false` (`betaalt: false`) markeert de gesubsidieerde kant van een "
               "platform: de gratis gebruikers die de betalende kant (adverteerders, "
               "premiumgebruikers) betaalt om te bereiken. Een inkomstenstroom die zegt dat juist "
               "die gebruikers betalen, spreekt het businessmodel tegen: ofwel komt de stroom van "
               "een ander segment, ofwel betaalt het segment toch.\n\n"
               "Toelichting: elk segment met `pays: false` dat een stroom noemt, wordt gemeld op "
               "de plek waar het genoemd wordt. Een stroom die alleen zulke segmenten noemt, noemt "
               "geen betalend segment; die wordt hier gemeld (één keer per zo'n segment) en niet "
               "ook door RS001.",
        "default": (
            'inkomstenstroom "{stream}" komt van segment "{segment}", dat niet betaalt '
            "(`{pays_field}: false`): noem in plaats daarvan het segment dat wel betaalt, of zet "
            "`{pays_field}: true` bij het segment als het toch betaalt"
        ),
        "remove": (
            'inkomstenstroom "{stream}" komt van segment "{segment}", dat niet betaalt '
            "(`{pays_field}: false`): haal het segment weg uit het veld `{segments_field}` van de "
            "stroom, of zet `{pays_field}: true` bij het segment als het toch betaalt"
        ),
    },
    "ru": {
        "summary": "Поток доходов указывает сегмент, который не платит (платит: false)",
        "why": "Почему: `pays: false` (платит: false) обозначает дотируемую сторону платформы: "
               "бесплатных пользователей, за доступ к которым платит другая сторона "
               "(рекламодатели, премиум-пользователи). Поток доходов, по которому платят именно "
               "эти пользователи, противоречит бизнес-модели: либо поток идёт от другого сегмента, "
               "либо сегмент всё-таки платит.\n\n"
               "Уточнение: о каждом сегменте с `pays: false`, который называет поток, сообщается "
               "там, где он назван. Поток, который называет только такие сегменты, не называет "
               "платящего сегмента; о нём сообщается здесь (по разу на каждый такой сегмент), а не "
               "ещё и в RS001.",
        "default": (
            'поток доходов "{stream}" поступает от сегмента "{segment}", который не платит '
            "(`{pays_field}: false`): укажите вместо него сегмент, который платит, или задайте "
            "сегменту `{pays_field}: true`, если он все же платит"
        ),
        "remove": (
            'поток доходов "{stream}" поступает от сегмента "{segment}", который не платит '
            "(`{pays_field}: false`): уберите его из поля `{segments_field}` потока или задайте "
            "сегменту `{pays_field}: true`, если он все же платит"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for stream in canvas.revenue_streams:
        if is_free(stream):
            continue  # "Free" marks the side that does not pay: naming it there is right
        named = canvas.refs(stream, "segments")
        payers = [s for s in named if s.kind == B.SEGMENTS and pays(s)]
        for segment in named:
            if segment.kind != B.SEGMENTS or pays(segment):
                continue
            fix = (
                "name the segment that pays instead"
                if not payers
                else "remove it from the stream's segments"
            )
            yield Problem(
                canvas.ref_path(stream, "segments", segment),
                f'revenue stream "{stream.name}" comes from segment "{segment.name}", '
                f"which does not pay (pays: false): {fix}, or set pays: true on the "
                "segment if it does pay",
                item=stream.name,
                msgid="remove" if payers else "default",
                args={"stream": stream.name, "segment": segment.name,
                      "pays_field": "pays", "segments_field": "segments"},
            )
