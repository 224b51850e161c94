"""Rules without code: a YAML file declares which items to look at and what must hold.

Spectral's idea, at the size of a canvas: ``given`` names the items,
``where`` filters them, ``then`` is one generic check (a field is present,
non-empty, has at least N entries, matches a pattern, is one of a list,
equals or contains a value; or the item is named by, or names, items of
another block). A YAML rule becomes an object that satisfies the same rule
protocol as a Python module, so the engine cannot tell them apart.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from typing import Any

import regex

from canvaslint.check.pattern import Budget, compile_pattern
from canvaslint.check.registry import PluginError
from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B

Check = Mapping[str, Any]


class YamlRule:
    """One declared rule, with the attributes of the rule protocol."""

    def __init__(self, spec: Mapping[str, Any], origin: str) -> None:
        self.spec = spec
        self.CODE: str = spec["code"]
        self.NAME: str = spec["name"]
        self.SEVERITY: str = spec["severity"]
        self.SUMMARY: str = spec["summary"]
        self.__name__ = f"{origin}:{self.CODE}"
        self.__doc__ = _doc(spec)

    def check(self, ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
        canvas = ctx.canvas
        where, then = self.spec.get("where"), self.spec["then"]
        budget = Budget()  # one time budget for this rule's patterns on this file
        for item in given(canvas, self.spec["given"]):
            if where is not None and not holds(canvas, item, where, budget):
                continue
            if not holds(canvas, item, then, budget):
                field = then.get("field")
                yield Problem(
                    item.field_path(field) if field else item.at,
                    _message(self.spec["message"], item, field or ""),
                    item=item.name,
                )


def _doc(spec: Mapping[str, Any]) -> str:
    parts = [spec["summary"].rstrip(".") + "."]
    if spec.get("why"):
        parts.append("Why: " + spec["why"].strip())
    for key, title in (("fails", "Fails:"), ("passes", "Passes:")):
        if spec.get(key):
            body = "\n".join("    " + line for line in spec[key].strip("\n").splitlines())
            parts.append(f"{title}\n\n{body}")
    return "\n\n".join(parts)


def _message(template: str, item: Item, field: str) -> str:
    values = {"name": item.name, "kind": B.KIND_NAMES.get(item.kind, item.kind),
              "id": item.id, "field": field}
    return re.sub(r"\{(name|kind|id|field)\}", lambda m: values[m.group(1)], template)


def given(canvas: Canvas, selector: str) -> Iterator[Item]:
    block, _, nested = selector.partition(".")
    for item in canvas.block(block):
        if nested:
            yield from canvas.children(item, nested)
        else:
            yield item


def holds(canvas: Canvas, item: Item, check: Check, budget: Budget | None = None) -> bool:
    if "referenced-by" in check:
        link = check["referenced-by"]
        return any(holds(canvas, other, link["where"], budget) if "where" in link else True
                   for other in canvas.referrers(item, link["block"], link["field"]))
    if "references" in check:
        link = check["references"]
        return any(other.kind == link["block"] and
                   (holds(canvas, other, link["where"], budget) if "where" in link else True)
                   for other in canvas.refs(item, link["field"]))
    return _field_holds(item, check, budget)


def _field_holds(item: Item, check: Check, budget: Budget | None = None) -> bool:
    field = check["field"]
    value = item.fields.get(field)
    entries = value if isinstance(value, list) else [] if value is None else [value]
    if check.get("present"):
        return field in item.fields
    if check.get("non-empty"):
        return bool(entries) and all(e not in ("", None) for e in entries[:1])
    if "min-items" in check:
        return len(entries) >= int(check["min-items"])
    if "pattern" in check:
        clock = budget or Budget()
        return bool(entries) and all(isinstance(e, str) and clock.search(check["pattern"], e)
                                     for e in entries)
    if "one-of" in check:
        return bool(entries) and all(e in check["one-of"] for e in entries)
    if "equals" in check:
        return bool(value == check["equals"])
    if "contains" in check:
        return check["contains"] in entries
    return field in item.fields  # `field` alone: present


def load_file(path: Path, origin: str) -> list[YamlRule]:
    """Read and validate a YAML rule file; any problem is a located PluginError."""
    from canvaslint.model.schema import check as schema_check
    from canvaslint.read.loader import load

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise PluginError(f"the YAML rule file {path} cannot be read: {exc.strerror}") from exc
    doc = load(str(path), raw)
    problems = doc.problems or (schema_check(doc, "yaml-rules.schema.json")
                                if doc.root is not None else [])
    if doc.root is None and not problems:
        raise PluginError(f"{path}:1:1: the YAML rule file is empty; it needs `rules:`")
    if problems:
        from canvaslint.messages import words

        code, problem = problems[0]
        line, col, _, _ = doc.span(problem)
        raise PluginError(f"{path}:{line}:{col}: in the YAML rule file: {words(code, problem)}")
    rules = []
    for index, spec in enumerate(doc.data["rules"]):
        _check_patterns(doc, path, index, spec)
        rules.append(YamlRule(spec, origin))
    return rules


def _check_patterns(doc: Any, path: Path, index: int, spec: Mapping[str, Any]) -> None:
    for part in ("where", "then"):
        pattern = (spec.get(part) or {}).get("pattern")
        if pattern is None:
            continue
        try:
            compile_pattern(str(pattern))
        except regex.error as exc:
            line, col, _, _ = doc.span(Problem(("rules", index, part, "pattern"), ""))
            raise PluginError(f"{path}:{line}:{col}: rule {spec['code']}: the pattern is not "
                              f"a valid regular expression: {exc}") from exc

