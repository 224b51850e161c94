"""The public API for rules: the one module a rule (built-in or plugin) imports.

A rule reads the canvas through :class:`Context` (``ctx.canvas`` is the
model: items, their fields and resolved links), asks the shared questions
in the ``facts`` helpers (which channels reach a segment, which costs an
item has), and yields :class:`Problem` values: a data path, a message id
and its arguments. Arguments say how they are shown: a :class:`Term` is a
vocabulary word, a :class:`Key` a canvas key, a :class:`Kind` a block,
:class:`AnyOf` / :class:`AllOf` a list, a :class:`Phrase` another message.
Everything else in canvaslint may move; this module is the contract
(docs/writing-rules.md).
"""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from canvaslint.check.rule import Context, RuleInfo
from canvaslint.check.rulekit import for_plain_note, rule_data
from canvaslint.finding import DataPath, Fix, Problem
from canvaslint.i18n import AllOf, AnyOf, Key, Kind, Localized, Phrase, Term, language, terms
from canvaslint.model.canvas import Canvas, Item, relationship_type
from canvaslint.model.closest import sure_match
from canvaslint.model.facts import (
    LINKS,
    Delivery,
    block_links,
    channels_reaching,
    costs_for,
    expected_types,
    is_free,
    pays,
    propositions_for,
    relationships_serving,
    revenue_from,
    unaddressed,
    waits,
    writes_links,
)
from canvaslint.model.infer.apply import table_for
from canvaslint.model.infer.words import matches, shared_words, stems, tokens
from canvaslint.read import blocks
from canvaslint.read.blocks import load_schema

if TYPE_CHECKING:
    from canvaslint.check.yamlrules import YamlRule


def load_yaml_rules(path: Path, origin: str) -> list[YamlRule]:
    """The rules a YAML rule file declares (docs/writing-rules.md), for a plugin's ``RULES``."""
    from canvaslint.check.yamlrules import load_file

    return load_file(path, origin)


__all__ = [
    "LINKS", "AllOf", "AnyOf", "Canvas", "Context", "DataPath", "Fix", "Item", "Key", "Kind",
    "Localized", "Phrase", "Problem", "Term", "block_links", "blocks",
    "Delivery", "channels_reaching", "costs_for", "expected_types", "for_plain_note", "is_free",
    "language", "pays", "propositions_for", "relationship_type",
    "relationships_serving", "revenue_from", "rule_data", "terms", "unaddressed", "waits",
    "writes_links", "load_yaml_rules", "load_schema", "sure_match", "RuleInfo",
    "matches", "shared_words", "stems", "table_for", "tokens",
]
