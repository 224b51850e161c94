"""A revenue stream names no segment that pays it.

Why: every euro of revenue comes from some customers, and the canvas should
say which ones: a revenue stream without a paying segment cannot be priced,
forecast or checked against what those customers value. Name the segment
that pays in the stream's ``segments``.

Reading: this rule fires when the stream names no segment at all (a missing
or empty ``segments``). A stream that names only segments with
``pays: false`` names no paying segment either, but RS002 reports each such
segment at the exact place it is named, so this rule leaves that case to
RS002 instead of reporting the same stream twice; a reference that names no
segment is left to R001/R003.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Offices
    revenue_streams:
      - name: Office subscriptions
        segments: [offices]
      - name: Bean sales
        type: asset-sale

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        segments: [home-baristas]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import add_plain_note_templates, for_plain_note
from canvaslint.finding import Problem
from canvaslint.model.facts import is_free, waits

CODE = "RS001"
NAME = "revenue-without-segment"
SEVERITY = "error"
SUMMARY = "A revenue stream names no segment that pays it"

TRANSLATIONS = {
    "nl": {
        "summary": "Een inkomstenstroom noemt geen segment dat ervoor betaalt",
        "why": "Waarom: elke euro omzet komt van bepaalde klanten, en het canvas hoort te zeggen "
               "van welke: een inkomstenstroom zonder betalend klantsegment kan niet geprijsd, "
               "voorspeld of getoetst worden aan wat die klanten waardevol vinden. Noem het "
               "segment dat betaalt in het veld `segments` (`segmenten`) van de stroom.\n\n"
               "Toelichting: deze regel slaat aan als de stroom helemaal geen segment noemt "
               "(`segments` ontbreekt of is leeg). Een stroom die alleen segmenten met `pays: "
               "false` (`betaalt: false`) noemt, noemt ook geen betalend segment, maar RS002 meldt "
               "elk zo'n segment precies op de plek waar het genoemd wordt; daarom laat deze regel "
               "dat geval aan RS002 over en meldt hij dezelfde stroom niet twee keer. Een "
               "verwijzing die geen segment noemt, wordt aan R001/R003 overgelaten.",
        "default": (
            'inkomstenstroom "{stream}" zegt niet welk klantsegment ervoor betaalt: noem het '
            "betalende segment in het veld `{segments_field}` van de stroom"
        ),
    },
    "ru": {
        "summary": "Поток доходов не указывает сегмент, который за него платит",
        "why": "Почему: каждый рубль выручки приходит от каких-то клиентов, и холст должен "
               "говорить, от каких: поток доходов без платящего сегмента нельзя оценить, "
               "спрогнозировать или сверить с тем, что ценят эти клиенты. Укажите платящий сегмент "
               "в поле `segments` (сегменты) потока.\n\n"
               "Уточнение: правило срабатывает, когда поток не называет ни одного сегмента "
               "(`segments` нет или оно пустое). Поток, который называет только сегменты с `pays: "
               "false` (платит: false), тоже не называет платящего сегмента, но RS002 сообщает о "
               "каждом таком сегменте точно там, где он назван, поэтому это правило оставляет "
               "такой случай RS002, чтобы не сообщать об одном потоке дважды; ссылку, которая не "
               "называет никакого сегмента, проверяют R001/R003.",
        "default": (
            'поток доходов "{stream}" не указывает, какой потребительский сегмент за него платит: '
            "укажите платящий сегмент в поле `{segments_field}` потока"
        ),
    },
}
add_plain_note_templates(TRANSLATIONS)


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for stream in ctx.canvas.revenue_streams:
        if is_free(stream) or stream.values("segments") or ctx.canvas.refs(stream, "segments"):
            continue
        yield for_plain_note(Problem(
            stream.field_path("segments"),
            f'revenue stream "{stream.name}" does not say which customer segment pays it: '
            "list the paying segment under its `segments`",
            item=stream.name,
            args={"stream": stream.name, "segments_field": "segments"},
        ), ctx.canvas, stream, "segments")
