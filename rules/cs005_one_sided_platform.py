"""A segment is multi-sided but no other segment of the canvas is.

Why: a multi-sided platform (a marketplace, a free service paid for by
advertisers) brings together two or more groups of customers who need each
other. One multi-sided segment on its own has no other side to meet: name
the other side as a segment with ``type: multi-sided`` too, or choose
another segment type.

Fails:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        type: multi-sided
        pays: false
      - name: Advertisers
        type: niche

Passes:

    name: Soundwave
    customer_segments:
      - name: Free listeners
        type: multi-sided
        pays: false
      - name: Advertisers
        type: multi-sided
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term

CODE = "CS005"
NAME = "one-sided-platform"
SEVERITY = "warning"
SUMMARY = "A multi-sided segment has no other multi-sided segment to meet"

_MULTI_SIDED = "multi-sided"

TRANSLATIONS = {
    "nl": {
        "summary": "Een meerzijdig klantsegment heeft geen ander meerzijdig segment om mee "
                   "samen te komen",
        "why": "Waarom: een meerzijdig platform (een marktplaats, een gratis dienst die door "
               "adverteerders wordt betaald) brengt twee of meer groepen klanten samen die elkaar "
               "nodig hebben. Eén meerzijdig segment op zichzelf heeft geen andere kant om mee "
               "samen te komen: noem de andere kant ook als segment met `type: multi-sided` "
               "(`type: meerzijdig`), of kies een ander segmenttype.",
        "default": 'klantsegment "{segment}" is {multi_sided}, maar geen ander segment is dat: '
                   "een platform brengt twee of meer segmenten samen die elkaar nodig hebben; "
                   "geef dus ook de andere kant `{type_field}: {multi_sided}`, of geef dit "
                   "segment een ander type",
    },
    "ru": {
        "summary": "У многостороннего сегмента нет другой стороны платформы",
        "why": "Почему: многосторонняя платформа (маркетплейс, бесплатный сервис, за который "
               "платят рекламодатели) сводит вместе две или более группы клиентов, которые "
               "нуждаются друг в друге. У одного многостороннего сегмента нет другой стороны, с "
               "которой он мог бы встретиться: укажите и другую сторону как сегмент с `type: "
               "multi-sided` (тип: многосторонняя платформа) или выберите другой тип сегмента.",
        "default": 'у сегмента "{segment}" указан `{type_field}: {multi_sided}`, но больше ни '
                   "у одного сегмента: платформа сводит вместе два или более сегмента, которые "
                   "нуждаются друг в друге, поэтому отметьте и другую сторону "
                   "`{type_field}: {multi_sided}` или задайте этому сегменту другой тип",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    sides = [s for s in ctx.canvas.segments if s.text("type") == _MULTI_SIDED]
    if len(sides) != 1:
        return
    segment = sides[0]
    yield Problem(
        segment.field_path("type"),
        f'segment "{segment.name}" is multi-sided, but no other segment is: a platform '
        "brings together two or more segments that need each other, so mark the other "
        "side `type: multi-sided` too, or give this segment another type",
        item=segment.name,
        args={"segment": segment.name, "type_field": "type",
              "multi_sided": Term(_MULTI_SIDED)},
    )
