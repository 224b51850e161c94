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

from canvaslint.api import Context, Key, Problem, blocks, is_free, pays

CODE = "RS002"
NAME = "revenue-from-non-paying-segment"
SEVERITY = "error"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for stream in canvas.revenue_streams:
        if is_free(stream):
            continue  # "Free" marks the side that does not pay: naming it there is right
        named = canvas.refs(stream, "segments")
        payers = [s for s in named if s.kind == blocks.SEGMENTS and pays(s)]
        for segment in named:
            if segment.kind != blocks.SEGMENTS or pays(segment):
                continue
            # With a paying segment named too, the fix is to drop this one;
            # otherwise to name the segment that does pay.
            yield Problem(
                canvas.ref_path(stream, "segments", segment),
                item=stream.name,
                msgid="remove" if payers else "default",
                args={"stream": stream.name, "segment": segment.name,
                      "pays_field": Key("pays"), "segments_field": Key("segments")},
            )
