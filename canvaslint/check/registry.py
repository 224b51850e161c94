"""Find every rule through the ``canvaslint.rules`` entry-point group.

Built-in rules are registered in canvaslint's own ``pyproject.toml`` exactly
as a third-party package registers its rules, and this module is the one
explicit discovery step (as flake8's plugin finder): no walking folders, no
inspecting subclasses. A rule that fails to load, lacks a part of the
protocol or clashes with another code is a :class:`PluginError` (exit 2).
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from typing import Any

from canvaslint.check.entrypoints import EntryPoint, entry_points
from canvaslint.check.rule import FIX_KINDS, Rule, RuleInfo
from canvaslint.finding import SEVERITY_NAMES, Severity

GROUP = "canvaslint.rules"
BUILT_IN = "canvaslint"
NOT_INSTALLED = (
    "canvaslint's own rules are not registered, so nothing could be checked: canvaslint "
    "is not installed in this Python (a source checkout on PYTHONPATH is not enough); "
    "install it with `python -m pip install -e .` in the repository, or "
    "`python -m pip install .`, and run again"
)
_CODE = re.compile(r"^[A-Z]{1,5}[0-9]{3}$")
_NAME = re.compile(r"^[a-z][a-z0-9]*(-[a-z0-9]+)*$")


class PluginError(Exception):
    """A rule could not be loaded; the message names the plugin and the problem."""


def discover() -> list[RuleInfo]:
    """Load every rule registered in the entry-point group, sorted by code."""
    found: dict[str, RuleInfo] = {}
    for ep in entry_points(GROUP):
        for info in load_entry_point(ep):
            add(found, info)
    if not any(info.origin == BUILT_IN for info in found.values()):
        # Run from a source checkout (PYTHONPATH=.) nothing registers the
        # built-in rules: linting with none would pass every canvas.
        raise PluginError(NOT_INSTALLED)
    return sorted(found.values(), key=lambda r: r.code)


def combine(*groups: Iterable[RuleInfo]) -> list[RuleInfo]:
    """Several sources of rules as one list, refusing clashes."""
    found: dict[str, RuleInfo] = {}
    for group in groups:
        for info in group:
            add(found, info)
    return sorted(found.values(), key=lambda r: r.code)


def rules_of(obj: Any, origin: str) -> list[RuleInfo]:
    """A rule (has ``CODE``) or a collection (``RULES``: a list, or a function returning one)."""
    if hasattr(obj, "CODE"):
        return [as_rule(obj, origin)]
    collection = getattr(obj, "RULES", None)
    if collection is None:
        where = getattr(obj, "__name__", repr(obj))
        raise PluginError(f"{where} from {origin} is neither a rule (CODE, NAME, SEVERITY, "
                          "SUMMARY, check) nor a collection of rules (RULES)")
    if callable(collection):
        try:
            collection = collection()
        except Exception as exc:
            raise PluginError(f"the rules of {origin} failed to load: "
                              f"{type(exc).__name__}: {exc}") from exc
    return [as_rule(rule, origin) for rule in collection]


def add(found: dict[str, RuleInfo], info: RuleInfo) -> None:
    """Add a rule, refusing a code or name some other rule already uses."""
    other = found.get(info.code)
    if other is not None and other.rule is not info.rule:
        raise PluginError(
            f"rule {info.code} from {info.origin} clashes with rule {info.code} from "
            f"{other.origin}: each rule needs its own code"
        )
    for existing in found.values():
        if existing.name == info.name and existing.code != info.code:
            raise PluginError(
                f"rule {info.code} from {info.origin} uses the name {info.name!r}, "
                f"which rule {existing.code} from {existing.origin} already has"
            )
    found[info.code] = info


def load_entry_point(ep: EntryPoint) -> list[RuleInfo]:
    origin = ep.origin
    try:
        obj = ep.load()
    except Exception as exc:  # any import failure of a plugin is the plugin's
        if origin == BUILT_IN and isinstance(exc, ModuleNotFoundError):
            # Metadata of an install found, but the code on the path is a checkout.
            raise PluginError(NOT_INSTALLED) from exc
        raise PluginError(
            f"the rule plugin {ep.name} ({ep.value}) from {origin} failed to load: "
            f"{type(exc).__name__}: {exc}"
        ) from exc
    infos = rules_of(obj, origin)
    if hasattr(obj, "CODE") and infos[0].code != ep.name:
        raise PluginError(
            f"the entry point {ep.name} of {origin} loads rule {infos[0].code}: "
            "the entry point's name must be the rule's code"
        )
    return infos


def as_rule(obj: Any, origin: str) -> RuleInfo:
    """Check an object against the rule protocol and describe it."""
    where = getattr(obj, "__name__", repr(obj))
    # A built-in rule's summary is in the catalogs; a plugin states its own. A
    # built-in rule without ``check`` is structural: a stage finds its problems.
    needed: tuple[str, ...] = ("CODE", "NAME", "SEVERITY")
    needed += () if origin == BUILT_IN else ("SUMMARY", "check")
    missing = [a for a in needed if not hasattr(obj, a)]
    if missing:
        raise PluginError(f"the rule {where} from {origin} lacks {', '.join(missing)}")
    code, name, severity = obj.CODE, obj.NAME, obj.SEVERITY
    if not isinstance(code, str) or not _CODE.match(code):
        raise PluginError(f"the rule {where} from {origin} has the code {code!r}; "
                          "a code is 1-5 capital letters and three digits, like CR001")
    if not isinstance(name, str) or not _NAME.match(name):
        raise PluginError(f"rule {code} from {origin} has the name {name!r}; use kebab-case")
    if severity not in SEVERITY_NAMES:
        raise PluginError(f"rule {code} from {origin} has the severity {severity!r}; "
                          f"use one of {', '.join(SEVERITY_NAMES)}")
    fix = getattr(obj, "FIX", "") or ""
    if fix not in FIX_KINDS:
        raise PluginError(f"rule {code} from {origin} has FIX = {fix!r}; use one of "
                          f"{', '.join(repr(k) for k in FIX_KINDS)}")
    rule: Rule = obj
    defaults = getattr(obj, "OPTIONS", {}) or {}
    if callable(defaults):  # lets a rule read its data file at discovery, not at import
        defaults = defaults()
    return RuleInfo(
        code=code,
        name=name,
        severity=Severity.parse(severity),
        summary=_summary(obj, code, origin),
        doc=(getattr(obj, "__doc__", None) or "").strip(),
        rule=rule,
        origin=origin,
        options=dict(defaults),
        options_schema=getattr(obj, "OPTIONS_SCHEMA", None),
        needs_canvas=bool(getattr(obj, "NEEDS_CANVAS", True)),
        fix=fix,
        translations=dict(getattr(obj, "TRANSLATIONS", {}) or {}),
        structural=not hasattr(obj, "check"),
    )


def _summary(obj: Any, code: str, origin: str) -> str:
    """A plugin's SUMMARY; a built-in rule's one line lives in the catalogs."""
    if origin == "canvaslint" and not hasattr(obj, "SUMMARY"):
        from canvaslint.messages import template

        return template("en", f"{code}.summary") or ""
    return str(obj.SUMMARY)

