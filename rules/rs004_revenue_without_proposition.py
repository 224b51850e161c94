"""A revenue stream does not say which value proposition it is paid for.

Why: customers pay for value. Linking each revenue stream to the value
proposition it is paid for shows which offers earn the money and which only
cost it, and whether the price fits the value customers see.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    revenue_streams:
      - name: Gift cards
        value_propositions: [beans-roasted-this-week]
      - name: Bean sales
        type: asset-sale

Passes:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    revenue_streams:
      - name: Bean sales
        type: asset-sale
        value_propositions: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, for_plain_note, is_free, waits

CODE = "RS004"
NAME = "revenue-without-proposition"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for stream in ctx.canvas.revenue_streams:
        if is_free(stream) or stream.values("value_propositions"):
            continue
        yield for_plain_note(
            Problem(stream.field_path("value_propositions"), item=stream.name,
                    args={"stream": stream.name,
                          "propositions_field": Key("value_propositions")}),
            ctx.canvas, stream, "value_propositions")
