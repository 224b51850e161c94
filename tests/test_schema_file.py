"""The canvas schema is a valid 2020-12 schema that helps in an editor."""

from __future__ import annotations

from typing import Any

import pytest
from jsonschema import Draft202012Validator

from canvaslint.read.blocks import load_schema


def test_schema_is_valid_2020_12() -> None:
    schema = load_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


def _properties(node: Any, path: str = "#") -> list[tuple[str, Any]]:
    out = []
    if isinstance(node, dict):
        for key, value in node.get("properties", {}).items():
            out.append((f"{path}/properties/{key}", value))
        for key, value in node.items():
            out.extend(_properties(value, f"{path}/{key}"))
    elif isinstance(node, list):
        for i, value in enumerate(node):
            out.extend(_properties(value, f"{path}/{i}"))
    return out


@pytest.mark.parametrize("where,prop", _properties(load_schema()))
def test_every_property_has_title_and_description(where: str, prop: Any) -> None:
    assert prop.get("title") and prop.get("description"), where


def test_vocabularies_are_enums_of_the_format() -> None:
    defs = load_schema()["$defs"]
    assert set(defs["relationshipType"]["enum"]) >= {
        "personal-assistance", "dedicated-personal-assistance", "self-service",
        "automated-services", "communities", "co-creation", "account-management",
    }
    assert defs["phase"]["enum"] == ["awareness", "evaluation", "purchase", "delivery",
                                     "after-sales"]
