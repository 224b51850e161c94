"""The vocabulary of the canvas format: its blocks and reference fields.

This is the single place that says which field of which block refers to
which other blocks, so that the model, R003 and every rule agree.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from canvaslint.data import shipped

SEGMENTS = "customer_segments"
PROPOSITIONS = "value_propositions"
CHANNELS = "channels"
RELATIONSHIPS = "customer_relationships"
REVENUE = "revenue_streams"
RESOURCES = "key_resources"
ACTIVITIES = "key_activities"
PARTNERS = "key_partners"
COSTS = "cost_structure"
JOURNEYS = "customer_journeys"
KPIS = "kpis"

NINE_BLOCKS = (
    SEGMENTS, PROPOSITIONS, CHANNELS, RELATIONSHIPS, REVENUE,
    RESOURCES, ACTIVITIES, PARTNERS, COSTS,
)

# Nested item lists: (owner block, field) -> kind of the nested items.
JOBS, PAINS, GAINS = "jobs", "pains", "gains"
PRODUCTS, RELIEVERS, CREATORS = "products_services", "pain_relievers", "gain_creators"
TOUCHPOINTS = "touchpoints"
NESTED: dict[str, tuple[str, ...]] = {
    SEGMENTS: (JOBS, PAINS, GAINS),
    PROPOSITIONS: (PRODUCTS, RELIEVERS, CREATORS),
}

# What a kind of item is called in a message to a business person.
KIND_NAMES: dict[str, str] = {
    SEGMENTS: "segment",
    PROPOSITIONS: "value proposition",
    CHANNELS: "channel",
    RELATIONSHIPS: "relationship",
    REVENUE: "revenue stream",
    RESOURCES: "key resource",
    ACTIVITIES: "key activity",
    PARTNERS: "key partner",
    COSTS: "cost item",
    JOURNEYS: "customer journey",
    KPIS: "KPI",
    JOBS: "job",
    PAINS: "pain",
    GAINS: "gain",
    PRODUCTS: "product or service",
    RELIEVERS: "pain reliever",
    CREATORS: "gain creator",
    TOUCHPOINTS: "touchpoint",
}

BLOCK_TITLES: dict[str, str] = {
    SEGMENTS: "customer segments",
    PROPOSITIONS: "value propositions",
    CHANNELS: "channels",
    RELATIONSHIPS: "customer relationships",
    REVENUE: "revenue streams",
    RESOURCES: "key resources",
    ACTIVITIES: "key activities",
    PARTNERS: "key partners",
    COSTS: "cost structure",
    JOURNEYS: "customer journeys",
    KPIS: "KPIs",
    PAINS: "pains",
    GAINS: "gains",
}

# (kind of the referring item, field) -> kinds the reference may name.
REFERENCE_FIELDS: dict[tuple[str, str], tuple[str, ...]] = {
    (PROPOSITIONS, "segments"): (SEGMENTS,),
    (CHANNELS, "segments"): (SEGMENTS,),
    (CHANNELS, "value_propositions"): (PROPOSITIONS,),
    (RELATIONSHIPS, "segments"): (SEGMENTS,),
    (RELATIONSHIPS, "channels"): (CHANNELS,),
    (REVENUE, "segments"): (SEGMENTS,),
    (REVENUE, "value_propositions"): (PROPOSITIONS,),
    (ACTIVITIES, "supports"): (PROPOSITIONS, CHANNELS, RELATIONSHIPS),
    (PARTNERS, "provides"): (RESOURCES, ACTIVITIES),
    (COSTS, "for"): NINE_BLOCKS,
    (RELIEVERS, "relieves"): (PAINS,),
    (CREATORS, "creates"): (GAINS,),
    (JOURNEYS, "segment"): (SEGMENTS,),
    (TOUCHPOINTS, "channel"): (CHANNELS,),
}

# Aliases the format accepts for relationship types (canvas-format.md).
RELATIONSHIP_ALIASES = {
    "account-management": "dedicated-personal-assistance",
    "personalized-services": "automated-services",
    "personalised-services": "automated-services",
}


@cache
def load_schema(name: str = "canvas.schema.json") -> dict[str, Any]:
    """A schema shipped as package data (works from an installed wheel)."""
    text = shipped("canvaslint.schemas", name).read_text(encoding="utf-8")
    schema: dict[str, Any] = json.loads(text)
    return schema
