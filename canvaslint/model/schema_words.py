"""What a schema error says a value must be, and what it is, in plain words.

``text or a list`` rather than ``['string', 'array']``, in each language
the report may speak, so a Dutch message never says "true or false".
"""

from __future__ import annotations

from typing import Any

_TYPE_WORDS = {
    "string": "text",
    "array": "a list",
    "object": "a mapping (key: value lines)",
    "number": "a number",
    "integer": "a whole number",
    "boolean": "true or false",
    "null": "empty",
}
# The same words in the canvas's languages, so a Dutch message never says "true or false".
_LOCAL_TYPE_WORDS = {
    "nl": {"string": "tekst", "array": "een lijst",
           "object": "een mapping (sleutel: waarde-regels)", "number": "een getal",
           "integer": "een geheel getal", "boolean": "true of false",
           "null": "leeg", "or": " of ", "else": "iets anders"},
    "ru": {"string": "текст", "array": "список", "object": "словарь (строки ключ: значение)",
           "number": "число", "integer": "целое число", "boolean": "true или false",
           "null": "пустое значение", "or": " или ", "else": "что-то другое"},
}


def wanted_types(types: list[str]) -> Any:
    """What the place must be (``text or a list``), in every language."""
    from canvaslint.i18n import Localized

    english = " or ".join(_TYPE_WORDS.get(t, t) for t in types) or "something else"
    words = {lang: table["or"].join(table.get(t, t) for t in types) or table["else"]
             for lang, table in _LOCAL_TYPE_WORDS.items()}
    return Localized(english, words)


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
