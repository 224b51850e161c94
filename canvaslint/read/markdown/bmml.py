"""bmml canvases (hiasinho/bmml, version 2) as canvaslint's data, for ``convert``.

bmml keeps relations in ``for:`` and ``from:`` mappings by block, and the
value proposition fit as ``fits`` with [reliever, pain] pairs; canvaslint
keeps them as fields of the items (``segments``, ``supports``,
``relieves``...). Ids are kept, since bmml's references use them. What
canvaslint has no field for (a key resource's ``for``, bmml's ``meta``
dates and portfolio) is left out and listed, so nothing is dropped silently.
"""

from __future__ import annotations

from typing import Any

from canvaslint.read import blocks as B

_BLOCKS = {
    "customer_segments": B.SEGMENTS, "value_propositions": B.PROPOSITIONS,
    "channels": B.CHANNELS, "customer_relationships": B.RELATIONSHIPS,
    "revenue_streams": B.REVENUE, "key_resources": B.RESOURCES,
    "key_activities": B.ACTIVITIES, "key_partnerships": B.PARTNERS, "key_partners": B.PARTNERS,
    "costs": B.COSTS, "cost_structure": B.COSTS,
}
# (canvaslint block, bmml relation, block named inside it) -> canvaslint field
_RELATIONS = {
    (B.PROPOSITIONS, "for", "customer_segments"): "segments",
    (B.CHANNELS, "for", "customer_segments"): "segments",
    (B.CHANNELS, "for", "value_propositions"): "value_propositions",
    (B.RELATIONSHIPS, "for", "customer_segments"): "segments",
    (B.REVENUE, "from", "customer_segments"): "segments",
    (B.REVENUE, "for", "value_propositions"): "value_propositions",
    (B.ACTIVITIES, "for", "value_propositions"): "supports",
    (B.PARTNERS, "for", "key_resources"): "provides",
    (B.PARTNERS, "for", "key_activities"): "provides",
}
_NESTED = ("jobs", "pains", "gains", "products_services", "pain_relievers", "gain_creators")


def _mapping(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def is_bmml(data: Any) -> bool:
    return isinstance(data, dict) and ("meta" in data or "fits" in data) and any(
        k in data for k in _BLOCKS)


def from_bmml(data: dict[str, Any]) -> tuple[dict[str, Any], dict[str, str], list[str]]:
    """The canvas, where each block came from, and what could not be carried over."""
    meta = _mapping(data.get("meta"))
    canvas: dict[str, Any] = {"name": str(meta.get("name") or "Business model")}
    if meta.get("tagline") or meta.get("description"):
        canvas["description"] = str(meta.get("tagline") or meta.get("description"))
    origins: dict[str, str] = {}
    dropped: list[str] = []
    for key, value in data.items():
        block = _BLOCKS.get(key)
        if block is None:
            if key not in ("version", "meta", "fits"):
                dropped.append(f"`{key}`")
            continue
        items = canvas.setdefault(block, [])
        for entry in value if isinstance(value, list) else []:
            items.append(_item(block, entry, dropped))
        origins[block] = f"bmml `{key}`"
    _fits(canvas, data.get("fits"))
    return canvas, origins, dropped


def _item(block: str, entry: Any, dropped: list[str]) -> Any:
    if not isinstance(entry, dict):
        return str(entry)
    item: dict[str, Any] = {"id": str(entry["id"])} if entry.get("id") else {}
    item["name"] = str(entry.get("name") or entry.get("description") or entry.get("id") or "?")
    if entry.get("name") and entry.get("description"):
        item["description"] = str(entry["description"])
    for relation in ("for", "from"):
        targets = entry.get(relation)
        if not isinstance(targets, dict):
            continue
        for kind, ids in targets.items():
            field = "for" if block == B.COSTS else _RELATIONS.get((block, relation, kind))
            if field is None:
                dropped.append(f"the `{relation}: {kind}` of {entry.get('id', item['name'])}")
                continue
            values = ids if isinstance(ids, list) else [ids]
            item.setdefault(field, []).extend(str(v) for v in values)
    for nested in _NESTED:
        if isinstance(entry.get(nested), list):
            item[nested] = [_item("", e, dropped) for e in entry[nested]]
    return item


def _fits(canvas: dict[str, Any], fits: Any) -> None:
    """bmml's fits: a proposition for its segments; relievers relieve, creators create."""
    propositions: dict[str, dict[str, Any]] = {}
    helpers: dict[str, tuple[dict[str, Any], str]] = {}  # id -> (item, relieves | creates)
    for proposition in canvas.get(B.PROPOSITIONS, []):
        if not isinstance(proposition, dict):
            continue
        propositions[proposition.get("id", "")] = proposition
        for nested, field in (("pain_relievers", "relieves"), ("gain_creators", "creates")):
            for helper in proposition.get(nested, []):
                if isinstance(helper, dict) and helper.get("id"):
                    helpers[helper["id"]] = (helper, field)
    for fit in fits if isinstance(fits, list) else []:
        if not isinstance(fit, dict):
            continue
        targets = _mapping(fit.get("for"))
        for vp in targets.get("value_propositions") or []:
            if str(vp) in propositions:
                segments = propositions[str(vp)].setdefault("segments", [])
                segments.extend(str(s) for s in targets.get("customer_segments") or []
                                if str(s) not in segments)
        for pair in fit.get("mappings") or []:
            if isinstance(pair, list) and len(pair) == 2 and str(pair[0]) in helpers:
                helper, field = helpers[str(pair[0])]
                helper.setdefault(field, []).append(str(pair[1]))
