"""A relationship's type needs a kind of contact that none of its channels offers.

Why: each kind of customer relationship needs its own kind of contact:
personal assistance needs a person to talk to, self-service a place where
customers serve themselves, a community a place where customers meet. A
relationship kept up through channels that cannot offer that contact exists
only on paper. Only relationships that state a type and ``channels`` whose
``medium`` is stated are checked.

Options: ``media``, for each relationship type the channel media that offer
the contact it needs; the defaults are the table in ``cr002_media.yaml``.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        medium: web
        segments: home-baristas
    customer_relationships:
      - name: Brewing advice from our roasters
        type: personal-assistance
        segments: home-baristas
        channels: web-shop

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
    channels:
      - name: Web shop
        medium: [web, email]
        segments: home-baristas
    customer_relationships:
      - name: Brewing advice from our roasters
        type: personal-assistance
        segments: home-baristas
        channels: web-shop
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import (
    AllOf,
    AnyOf,
    Context,
    Phrase,
    Problem,
    Term,
    blocks,
    relationship_type,
    rule_data,
    terms,
)

from ._channels import MEDIA, RELATIONSHIP_TYPE_NAMES, labelled_as, quoted, type_words

CODE = "CR002"
NAME = "relationship-channel-mismatch"
SEVERITY = "error"

OPTIONS_SCHEMA = {
    "type": "object",
    "properties": {
        "media": {
            "type": "object",
            "propertyNames": {"enum": list(RELATIONSHIP_TYPE_NAMES)},
            "additionalProperties": {
                "type": "array",
                "items": {"type": "string", "enum": list(MEDIA)},
            },
        },
    },
    "additionalProperties": False,
}


def OPTIONS() -> Mapping[str, Any]:  # noqa: N802 - the protocol's name for defaults
    return rule_data("cr002_media.yaml")


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    table = _table(options.get("media"))
    canvas = ctx.canvas
    for relationship in canvas.relationships:
        kind = relationship_type(relationship) or ""
        needed = table.get(kind)
        channels = canvas.refs(relationship, "channels")
        if not needed or not channels:
            continue  # no type, a type the table leaves out, or no channel to judge
        if any(not c.has("medium") for c in channels):
            continue  # a channel that does not say its medium might offer the contact
        offered = list(dict.fromkeys(m for c in channels for m in c.values("medium")))
        if any(m in needed for m in offered):
            continue
        yield Problem(
            # At the first channel named, where CR006 points for the same value (issue 18).
            canvas.ref_path(relationship, "channels", channels[0]),
            item=relationship.name,
            msgid="default" if offered else "no_medium",
            args={"relationship": relationship.name, "type": Term(kind),
                  "needed": terms(needed), "channels": quoted(channels),
                  "offered": terms(offered), "type_written": type_words(relationship),
                  # What contact the type needs, in words (CR002.needs.* in the catalogs).
                  "needs": Phrase(f"CR002.needs.{kind}"), "needed_any": AnyOf(terms(needed)),
                  "its_channels": labelled_as("CR002.channels", channels),
                  "offered_all": AllOf(terms(offered))},
        )


def _table(value: Any) -> dict[str, list[str]]:
    """The media table with the format's aliases folded into their types."""
    table: dict[str, list[str]] = {}
    if not isinstance(value, Mapping):
        return table
    for key, media in value.items():
        if not isinstance(key, str) or not isinstance(media, list):
            continue
        row = table.setdefault(blocks.RELATIONSHIP_ALIASES.get(key, key), [])
        for medium in media:
            if isinstance(medium, str) and medium not in row:
                row.append(medium)
    return table
