"""What a schema error says a value must be, and what it is, in plain words.

``text or a list`` rather than ``['string', 'array']``, in each language
the report may speak, so a Dutch message never says "true or false".
"""

from __future__ import annotations

from typing import Any

# The catalog ids of what a JSON type is called, so a Dutch message never says "true or false".
_TYPE_WORDS = {
    "string": "schema.type.string", "array": "schema.type.array", "object": "schema.type.object",
    "number": "schema.type.number", "integer": "schema.type.integer",
    "boolean": "schema.type.boolean", "null": "schema.type.null",
}


def wanted_types(types: list[str]) -> Any:
    """What the place must be (``text or a list``), in every language."""
    from canvaslint.i18n import LANGUAGES, Localized
    from canvaslint.messages import say

    def shown(lang: str) -> str:
        names = [say(lang, _TYPE_WORDS[t]) if t in _TYPE_WORDS else t for t in types]
        return f" {say(lang, 'list.or')} ".join(names) or say(lang, "schema.type.else")

    words = {lang: shown(lang) for lang in LANGUAGES}
    return Localized(words.pop("en"), words)


def kind_of(value: Any) -> str:
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if value is None:
        return "empty"
    return "text"
