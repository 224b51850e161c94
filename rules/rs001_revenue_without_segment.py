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
    revenue_streams:
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

from canvaslint.finding import Problem
from canvaslint.rule import Context

CODE = "RS001"
NAME = "revenue-without-segment"
SEVERITY = "error"
SUMMARY = "A revenue stream names no segment that pays it"

TRANSLATIONS = {
    "nl": {
        "summary": "Een inkomstenstroom noemt geen segment dat ervoor betaalt",
        "default": (
            'inkomstenstroom "{stream}" zegt niet welk klantsegment ervoor betaalt: noem het '
            "betalende segment in het veld `{segments_field}` van de stroom"
        ),
    },
    "ru": {
        "summary": "Поток доходов не указывает сегмент, который за него платит",
        "default": (
            'поток доходов "{stream}" не указывает, какой потребительский сегмент за него платит: '
            "укажите платящий сегмент в поле `{segments_field}` потока"
        ),
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    for stream in ctx.canvas.revenue_streams:
        if stream.values("segments"):
            continue
        yield Problem(
            stream.field_path("segments"),
            f'revenue stream "{stream.name}" does not say which customer segment pays it: '
            "list the paying segment under its `segments`",
            item=stream.name,
            args={"stream": stream.name, "segments_field": "segments"},
        )
