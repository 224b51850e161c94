"""An advertising or promotion note is filed under customer relationships.

Why: advertising, promotion and campaigns are how customers first hear of
the business: the awareness phase of a channel. A customer relationship is
how the business looks after customers it has (personal assistance,
self-service, a community...). A campaign under relationships leaves the
relationships block looking fuller than it is, and the channels block
without the awareness it needs. Only notes whose words say advertising
and say no kind of relationship are reported.

Fails:

    name: Fresh Box
    customer_relationships:
      - Instagram advertising campaigns

Passes:

    name: Fresh Box
    channels:
      - Instagram advertising campaigns
    customer_relationships:
      - Recipe tips by email for subscribers
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem, matches, table_for

CODE = "CR008"
NAME = "advertising-as-relationship"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    phases = table_for(lang).get("channels", {}).get("phases", [])
    awareness = [row for row in phases if row[0] == "awareness"]
    for relationship in canvas.relationships:
        if "type" in relationship.fields or "type" in relationship.inferred:
            continue  # it says what kind of relationship it is
        found = matches(relationship.name, awareness, lang)
        if not found:
            continue
        words = found[0].words
        yield Problem(
            relationship.at,
            item=relationship.name,
            args={"relationship": relationship.name, "words": words},
        )
