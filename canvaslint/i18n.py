"""Canvases in Dutch and Russian: localized keys and values, and messages.

The alias tables are data (``canvaslint/data/nl.yaml``, ``ru.yaml``). A
canvas with ``language: nl`` may use Dutch keys and vocabulary values; we
translate them to English once, after loading, so the schema, the model and
every rule see one vocabulary, while ``Document.key_alias`` lets data paths
find the user's own words in the file. Messages are translated from the
templates a rule offers in ``TRANSLATIONS`` (English is the fallback).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from typing import Any

import yaml

from canvaslint.data import shipped

LANGUAGES = ("en", "nl", "ru")
# Fields whose values come from a vocabulary (and so have localized names).
VOCABULARY_FIELDS = frozenset({
    "language", "value_discipline", "cost_orientation", "market", "type", "expects",
    "importance", "elements", "ownership", "medium", "phases", "goals", "pricing", "nature",
    "motivation", "perspective", "experience", "stage",
})


class Term(str):
    """A vocabulary word in a message argument: shown in the canvas's language.

    ``args={"type": Term("self-service")}`` becomes ``self-service`` in
    English and ``самообслуживание`` in a Russian canvas; plain strings
    (item names, the user's text) are never translated.
    """


def terms(values: Any) -> list[Term]:
    return [Term(v) for v in values]


class Key(str):
    """A canvas key in a message argument (``customer_segments``): shown as the user's key."""


class Localized(str):
    """Words made for every language at once: English as the string, the others in ``words``.

    A place in the canvas (``type of relationship "Newsletter"``) is named
    in the report's language, which ``--lang`` may make other than the
    canvas's own: the message argument carries all of them, and the
    template picks its own (issue 18: no ``geen sleutel van the canvas``).
    """

    words: dict[str, str]

    def __new__(cls, english: str, words: Mapping[str, str]) -> Localized:
        made = super().__new__(cls, english)
        made.words = dict(words)
        return made

    def __reduce__(self) -> Any:  # findings cross process boundaries with --jobs
        return (Localized, (str(self), self.words))


class Kind(str):
    """A block key in a message argument (``customer_segments``): shown as the kind's name."""


class Phrase(str):
    """A catalog message used as an argument: shown in the report's language.

    ``args={"remedy": Phrase("CR001.remedy.self-service")}`` lets a sentence
    pick one of several endings without the rule writing any of them.
    """

    args: dict[str, Any]

    def __new__(cls, msgid: str, **args: Any) -> Phrase:
        made = super().__new__(cls, msgid)
        made.args = args
        return made

    def __reduce__(self) -> Any:
        return (_phrase, (str(self), self.args))


def _phrase(msgid: str, args: dict[str, Any]) -> Phrase:
    return Phrase(msgid, **args)


class AnyOf(tuple[Any, ...]):
    """Values shown as ``a, b or c`` in the report's language (``of``, ``или``)."""

    joiner = "list.or"


class AllOf(AnyOf):
    """Values shown as ``a, b and c`` in the report's language."""

    joiner = "list.and"


@dataclass(frozen=True)
class Language:
    code: str
    key_alias: dict[str, str] = field(default_factory=dict)      # local -> English
    value_alias: dict[str, str] = field(default_factory=dict)    # local -> English
    local_key: dict[str, str] = field(default_factory=dict)      # English -> local
    local_value: dict[str, str] = field(default_factory=dict)    # English -> local
    kinds: dict[str, str] = field(default_factory=dict)
    titles: dict[str, str] = field(default_factory=dict)


@cache
def language(code: str) -> Language:
    if code not in LANGUAGES or code == "en":
        return Language("en")
    text = shipped("canvaslint.data", f"{code}.yaml").read_text("utf-8")
    table = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    lang = Language(code, kinds=dict(table.get("kinds", {})),
                    titles=dict(table.get("titles", {})))
    for english, local in table["keys"].items():
        _add(lang.key_alias, lang.local_key, english, local)
    for english, local in table["values"].items():
        _add(lang.value_alias, lang.local_value, english, local)
    return lang


def _add(alias: dict[str, str], local: dict[str, str], english: str, names: Any) -> None:
    names = names if isinstance(names, list) else [names]
    local.setdefault(english, str(names[0]))
    for name in names:
        alias.setdefault(str(name), english)


def detect(data: Any) -> str:
    """The canvas's language: its ``language`` key in any of the known names."""
    if not isinstance(data, dict):
        return "en"
    for key in ("language", "taal", "язык"):
        value = data.get(key)
        if isinstance(value, str) and value in LANGUAGES:
            return value
    return "en"


def normalize(data: Any, lang: Language) -> Any:
    """The data with localized keys and vocabulary values made English."""
    if lang.code == "en":
        return data
    return _normalize(data, lang, None)


def _normalize(data: Any, lang: Language, key: str | None) -> Any:
    if isinstance(data, dict):
        out: dict[str, Any] = {}
        for k, v in data.items():
            english = lang.key_alias.get(k, k) if isinstance(k, str) else k
            out[english] = _normalize(v, lang, english)
        return out
    if isinstance(data, list):
        return [_normalize(v, lang, key) for v in data]
    if isinstance(data, str) and key in VOCABULARY_FIELDS:
        return lang.value_alias.get(data, data)
    return data


_LANGUAGE_LINE = re.compile(r"^(?:language|taal|язык)[ \t]*:[ \t]*[\"']?(en|nl|ru)\b",
                            re.MULTILINE)


def language_line(text: str) -> str:
    """The language a canvas's ``language:`` line names, or English."""
    found = _LANGUAGE_LINE.search(text)
    return found.group(1) if found else "en"


def localize(doc: Any) -> None:
    """Detect the document's language and translate its data in place."""
    code = detect(doc.data)
    if doc.data is None and doc.text:  # not readable YAML: its language line still says it
        code = language_line(doc.text)
    lang = language(code)
    doc.language = code
    if code != "en" and isinstance(doc.data, dict):
        doc.key_alias = dict(lang.key_alias)
        doc.data = normalize(doc.data, lang)


def render(template: str, args: Mapping[str, Any], lang: Language) -> str:
    """Fill a message template; vocabulary values, kinds and fields in the user's words.

    A :class:`Term` (or a list of them) is a vocabulary word and is shown in
    the language; argument names ending in ``_kind`` hold a block key (shown
    as the kind's name) and ``_field`` a field key (shown as the user's
    key). Anything else is shown as given. Lists are joined with commas.
    """
    shown: dict[str, str] = {}
    for name, value in args.items():
        values = value if isinstance(value, (list, tuple)) else [value]
        # Two English words (an alias and its word) may share one local word: show it once.
        words = list(dict.fromkeys(_word(name, v, lang) for v in values))
        if isinstance(value, AnyOf) and len(words) > 1:
            from canvaslint.messages import template as catalog_text

            last = catalog_text(lang.code, value.joiner) or catalog_text("en", value.joiner)
            shown[name] = f"{', '.join(words[:-1])} {last} {words[-1]}"
        else:
            shown[name] = ", ".join(words)
    return template.format_map(_Missing(shown))


def _word(name: str, value: Any, lang: Language) -> str:
    if isinstance(value, Phrase):
        from canvaslint.messages import template as catalog_text

        text = catalog_text(lang.code, value) or catalog_text("en", value) or str(value)
        return render(text, value.args, lang)
    if isinstance(value, Kind):
        return lang.kinds.get(str(value), str(value))
    if isinstance(value, Localized):
        return value.words.get(lang.code, str(value))
    if isinstance(value, Key):
        return lang.local_key.get(value, str(value))
    if isinstance(value, Term):
        return lang.local_value.get(value, str(value))
    if name.endswith(("_kind", "_kinds")) or name == "kind":
        return lang.kinds.get(str(value), str(value))
    if name.endswith("_field") or name == "field":
        return lang.local_key.get(str(value), str(value))
    return str(value)


class _Missing(dict[str, str]):
    """A template naming an argument the rule did not give keeps the brace text."""

    def __missing__(self, key: str) -> str:
        return "{" + key + "}"


def translate(translations: Mapping[str, Mapping[str, str]], code: str, msgid: str,
              args: Mapping[str, Any] | None) -> str | None:
    """The message in language ``code``, or None to keep the English one."""
    if code == "en" or args is None:
        return None
    template = translations.get(code, {}).get(msgid)
    if template is None:
        return None
    return render(template, args, language(code))


def localized_schema(schema: Mapping[str, Any], code: str) -> dict[str, Any]:
    """The canvas schema that also accepts a language's keys and values.

    Editors validate a Dutch or Russian canvas with this one (``canvaslint
    schema --lang nl``): every property is offered under its English and its
    localized name, every vocabulary under both sets of words.
    """
    lang = language(code)
    out = _localize_schema(schema, lang)
    assert isinstance(out, dict)
    if "$id" in out:
        out["$id"] = str(out["$id"]).replace(".schema.json", f".{code}.schema.json")
    return out


def _localize_schema(node: Any, lang: Language) -> Any:
    if isinstance(node, list):
        return [_localize_schema(v, lang) for v in node]
    if not isinstance(node, dict):
        return node
    out = {k: _localize_schema(v, lang) for k, v in node.items()}
    if isinstance(node.get("properties"), dict):
        props = dict(out["properties"])
        for english, sub in out["properties"].items():
            local = lang.local_key.get(english)
            if local and local not in props:
                props[local] = sub
            for alias, target in lang.key_alias.items():
                if target == english and alias not in props:
                    props[alias] = sub
        out["properties"] = props
    if isinstance(node.get("required"), list):
        required: list[Any] = []
        for key in out.pop("required"):
            names = [key] + [a for a, t in lang.key_alias.items() if t == key and a != key]
            required.append({"required": [key]} if len(names) == 1 else
                            {"anyOf": [{"required": [n]} for n in names]})
        out["allOf"] = [*out.get("allOf", []), *required]
    if isinstance(node.get("enum"), list):
        words = list(out["enum"])
        for value in node["enum"]:
            for alias, target in lang.value_alias.items():
                if target == value and alias not in words:
                    words.append(alias)
        out["enum"] = words
    return out
