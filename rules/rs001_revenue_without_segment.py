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

from canvaslint.api import Context, Key, Problem, for_plain_note, is_free, waits

CODE = "RS001"
NAME = "revenue-without-segment"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for stream in ctx.canvas.revenue_streams:
        if is_free(stream) or stream.values("segments") or ctx.canvas.refs(stream, "segments"):
            continue
        yield for_plain_note(
            Problem(stream.field_path("segments"), item=stream.name,
                    args={"stream": stream.name, "segments_field": Key("segments")}),
            ctx.canvas, stream, "segments")
