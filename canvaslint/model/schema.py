"""The JSON schema as the first rule: its errors become plain-worded findings.

jsonschema reports one error per failing keyword, and for ``anyOf`` a wall
of branch errors. We keep one finding per real problem: for an ``anyOf`` we
follow the branch whose type fits the value, and only when none fits do we
say which types would. Unknown keys become S002 with the nearest known key;
a value YAML turned into a boolean, null, number or date where text is
expected becomes Y003 with advice to quote it.
"""

from __future__ import annotations

import datetime
import difflib
from collections.abc import Iterator
from functools import cache
from typing import Any

from canvaslint.finding import DataPath, Fix, Problem
from canvaslint.model.describe import place as local_place
from canvaslint.model.schema_words import kind_of, wanted_types
from canvaslint.read.blocks import load_schema
from canvaslint.read.document import Document


@cache
def _validator(name: str) -> Any:
    from jsonschema import Draft202012Validator

    return Draft202012Validator(load_schema(name))


def check(doc: Document, schema_name: str = "canvas.schema.json") -> list[tuple[str, Problem]]:
    """Validate the document's data; return (code, problem) pairs."""
    data = doc.data
    if schema_name == "canvas.schema.json":
        from canvaslint.model._fastschema import is_valid, prune

        if is_valid(data):
            return []  # the common case, without importing jsonschema or compiling the schema
        data = prune(data)  # the same errors, without walking every valid item
    out: dict[tuple[DataPath, bool], tuple[int, tuple[str, Problem]]] = {}
    for error in _validator(schema_name).iter_errors(data):
        for leaf in _leaves(error):
            for code, problem in _problems(doc, leaf):
                # One finding per place: a value outside the vocabulary says the most.
                rank = 0 if leaf.validator == "enum" else 1 if code == "Y003" else 2
                key = (problem.path, problem.at_key)
                if key not in out or rank < out[key][0]:
                    out[key] = (rank, (code, problem))
    colons = _colon_notes(doc, schema_name)
    if colons:  # one finding for the note, instead of "no name" and "unknown key"
        out = {key: value for key, value in out.items()
               if not any(key[0][:len(path)] == path for path in colons)}
        return [pair for _, pair in out.values()] + list(colons.values())
    return [pair for _, pair in out.values()]


def _colon_notes(doc: Document, schema_name: str) -> dict[DataPath, tuple[str, Problem]]:
    """Sticky notes YAML read as a key and a value: ``- Renters: people who rent``.

    A plain note with ": " in it becomes a one-key mapping with no ``name``;
    the schema would say "no name" and "unknown key" about a note the user
    wrote as text. Said once, as what happened and how to write it.
    """
    from canvaslint.read import blocks as B

    data = doc.data
    if schema_name != "canvas.schema.json" or not isinstance(data, dict):
        return {}
    known = _all_keys()
    found: dict[DataPath, tuple[str, Problem]] = {}
    for block in B.NINE_BLOCKS:
        items = data.get(block)
        for index, item in enumerate(items if isinstance(items, list) else []):
            if not (isinstance(item, dict) and len(item) == 1):
                continue
            ((key, value),) = item.items()
            if not isinstance(key, str) or key in known or not isinstance(value, (str, type(None))):
                continue
            note = f"{key}: {value}" if value else f"{key}:"
            path: DataPath = (block, index)
            found[path] = ("S001", Problem(path, msgid="colon", item=note,
                                           args={"place": local_place(data, path),
                                                 "note": note, "key": key}))
    return found


@cache
def _all_keys() -> frozenset[str]:
    """Every key the canvas schema knows, in English, Dutch and Russian."""
    from canvaslint.i18n import language

    keys: set[str] = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            keys.update(node.get("properties", {}))
            for value in node.values():
                walk(value)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(load_schema("canvas.schema.json"))
    for lang in ("nl", "ru"):
        keys.update(language(lang).key_alias)
    return frozenset(keys)


def _leaves(error: Any) -> Iterator[Any]:
    """Follow ``anyOf``/``oneOf`` into the branch that fits the value's type."""
    if error.validator in ("anyOf", "oneOf") and error.context:
        branches: dict[Any, list[Any]] = {}
        for sub in error.context:
            branches.setdefault(sub.schema_path[0], []).append(sub)
        fitting = [
            errs for errs in branches.values()
            if not any(e.validator == "type" and not e.relative_path for e in errs)
        ]
        if fitting:
            for sub in fitting[0]:
                yield from _leaves(sub)
            return
    yield error


def _expected_types(error: Any) -> list[str]:
    if error.validator == "type":
        value = error.validator_value
        return [value] if isinstance(value, str) else list(value)
    types: list[str] = []
    for sub in error.context or []:
        if sub.validator == "type" and not sub.relative_path:
            for t in _expected_types(sub):
                if t not in types:
                    types.append(t)
    return types


def _problems(doc: Document, error: Any) -> list[tuple[str, Problem]]:
    path: DataPath = tuple(error.absolute_path)
    local = local_place(doc.data, path)
    if error.validator == "additionalProperties":
        return [_unknown_key(doc, path, key, error.schema) for key in _extra_keys(error)]
    if error.validator == "required":
        missing = [k for k in error.validator_value if k not in (error.instance or {})]
        field_name = missing[0] if missing else "name"
        return [("S001", Problem(path,
                                 msgid="required-name" if field_name == "name" else "required",
                                 args={"place": local, "field": field_name}))]
    if error.validator == "enum":
        return [("S001", _enum_problem(doc, path, local, error))]
    if error.validator in ("type", "anyOf", "oneOf"):
        types = _expected_types(error)
        if "string" in types and _implicit(doc, path, error.instance):
            return [("Y003", _implicit_problem(doc, path, local, error.instance))]
        wanted = wanted_types(types)
        # A single text where only a list will do: the list of that one text.
        wrap = Fix(path, action="wrap") if types == ["array"] and isinstance(
            error.instance, str) else None
        return [("S001", Problem(path, msgid="type", fix=wrap, args={
            "place": local, "wanted": wanted, "actual": kind_of(error.instance)}))]
    return [("S001", Problem(path, msgid="other",
                             args={"place": local, "detail": error.message}))]


def _extra_keys(error: Any) -> list[str]:
    known = error.schema.get("properties", {})
    instance = error.instance if isinstance(error.instance, dict) else {}
    return [key for key in instance if key not in known]


def _unknown_key(
    doc: Document, path: DataPath, key: str, schema: dict[str, Any]
) -> tuple[str, Problem]:
    from canvaslint.i18n import Key, language

    known = sorted(schema.get("properties", {}))
    local_names = language(doc.language).local_key
    # Suggest in the file's own language first, then in English.
    candidates = [local_names.get(k, k) for k in known] if doc.language != "en" else known
    close = difflib.get_close_matches(key, candidates, n=1, cutoff=0.6) or \
        difflib.get_close_matches(key, known, n=1, cutoff=0.6)
    local = local_place(doc.data, path)
    if close:
        return ("S002", Problem((*path, key), at_key=True, msgid="close",
                                args={"key": key, "place": local, "close": close[0]},
                                fix=_key_fix(doc, (*path, key), known)))
    return ("S002", Problem((*path, key), at_key=True, msgid="known",
                            args={"key": key, "place": local, "known": [Key(k) for k in known]},
                            fix=_key_fix(doc, (*path, key), known)))


def _key_fix(doc: Document, path: DataPath, known: list[str]) -> Fix | None:
    sure = _sure(str(path[-1]), known, doc)
    return Fix(path, sure, at_key=True) if sure else None


def _sure(written: str, known: list[str], doc: Document, values: bool = False) -> str | None:
    """The known word (English, or the canvas's language) ``written`` surely means."""
    from canvaslint.i18n import language
    from canvaslint.model.closest import sure_match

    candidates = {word: word for word in known}
    if doc.language != "en":
        lang = language(doc.language)
        aliases = lang.value_alias if values else lang.key_alias
        candidates.update((alias, english) for alias, english in aliases.items()
                          if english in candidates)
    return sure_match(written, candidates, parts=values)


def _enum_problem(doc: Document, path: DataPath, local: str, error: Any) -> Problem:
    from canvaslint.i18n import Term, terms

    allowed = [str(v) for v in error.validator_value]
    value = str(error.instance)
    sure = _sure(doc.source(path), allowed, doc, values=True) if isinstance(
        error.instance, str) else None
    fix = Fix(path, sure) if sure else None
    close = _close_value(value, allowed, doc.language)
    args: dict[str, Any] = {"place": local, "value": value, "allowed": terms(allowed)}
    if close:
        args["close"] = Term(close[0])
    return Problem(path, msgid="enum-close" if close else "enum", args=args, fix=fix)


def _close_value(value: str, allowed: list[str], code: str) -> list[str]:
    """The known value nearest to ``value``, ignoring case, in English or the canvas's words.

    ``B2C`` means ``b2c`` and ``самообслуживанье`` (one letter off) means
    ``self-service``: the answer is the English word, which the message
    shows in the report's language.
    """
    from canvaslint.i18n import language

    candidates = {word.lower(): word for word in allowed}
    for alias, english in language(code).value_alias.items():
        if english in allowed:
            candidates.setdefault(alias.lower(), english)
    close = difflib.get_close_matches(value.lower(), list(candidates), n=1, cutoff=0.6)
    return [candidates[close[0]]] if close else []


def _implicit(doc: Document, path: DataPath, value: Any) -> bool:
    kinds = (bool, int, float, datetime.date, type(None))
    return isinstance(value, kinds) and doc.is_plain_scalar(path)


def _implicit_problem(doc: Document, path: DataPath, local: str, value: Any) -> Problem:
    written = doc.source(path)
    if isinstance(value, bool):
        msgid = "bool"
    elif value is None:
        msgid = "null"
    elif isinstance(value, (datetime.date, datetime.datetime)):
        msgid = "date"
    else:
        msgid = "number"
    fix = Fix(path, action="quote") if written else None
    return Problem(path, msgid=msgid, fix=fix, args={
        "place": local, "written": written, "shown": written or "(empty)",
        "value": str(value).lower()})
