"""Findings that follow from one root cause, marked with it (issue 18).

Reading the canvas as meant (canvaslint.model.meant) removes the cascades of a
typo the schema is sure of. What is left is the case it cannot be sure of:
a block written under a key canvaslint does not know
(``segments_of_our_customers:``) leaves the block missing, and every
reference to its items unknown. Those findings are true, but they are one
mistake: each is marked with the finding it follows from, so the text
output shows the cause with the rest folded under it, and json and SARIF
keep every finding with its ``cause``.

The chain is: a missing block follows from the unknown top-level key that
holds a list and most resembles the block's key (S002), if there is one
(or the only such key, when only one block is missing);
an unknown reference follows from the missing block(s) its field may name
(the S002, or else the block's own B001).
"""

from __future__ import annotations

import dataclasses
import difflib
import re
from collections.abc import Mapping
from typing import Any

from canvaslint.finding import Finding
from canvaslint.read import blocks as B

Cause = tuple[str, int, int]

# Where a nested kind lives: a pain is written in the segments block.
_HOME = {kind: block for block, kinds in B.NESTED.items() for kind in kinds}
_HOME[B.TOUCHPOINTS] = B.JOURNEYS
_PART = re.compile(r"([A-Za-z_]+)(?:\[\d+\])?")


def fold(findings: list[Finding], data: Mapping[str, Any]) -> list[Finding]:
    """The findings, those that follow from another one marked with it."""
    missing = [b for b in B.NINE_BLOCKS if b not in data]
    if not missing:
        return findings
    unknown_keys = [f for f in findings if f.code == "S002" and _top_level(f.path)
                    and isinstance(data.get(f.path), list)]
    b001 = {b: f for f in findings if f.code == "B001" and f.path == "name"
            for b in missing if _names_block(f.english or f.message, b)}
    cause_of: dict[str, Finding] = {}
    for block in missing:
        cause = _likeliest(block, unknown_keys, len(missing) == 1) or b001.get(block)
        if cause is not None:
            cause_of[block] = cause
    if not cause_of:
        return findings
    out = []
    for f in findings:
        cause = _cause(f, cause_of, b001)
        out.append(dataclasses.replace(f, cause=(cause.code, cause.line, cause.column))
                   if cause is not None and cause is not f else f)
    return out


def _names_block(english: str, block: str) -> bool:
    """Whether a B001 (its English text) is about ``block``: alone, or among several."""
    if f"`{block}:`" in english:
        return True
    many, _, names = english.partition(" blocks are empty or missing: ")
    return bool(names) and B.BLOCK_TITLES[block] in names.split(";")[0].split(", ")


def _top_level(path: str) -> bool:
    return bool(path) and "." not in path and "[" not in path


def _likeliest(block: str, unknown_keys: list[Finding], alone: bool) -> Finding | None:
    """The unknown key that most resembles ``block``; the only one when ``alone``.

    Resembles: difflib's ratio of the keys, or the share of the block key's
    words that start a word of the unknown key (``segments_of_our_customers``
    has both words of ``customer_segments``); 0.5 or more.
    """
    if alone and len(unknown_keys) == 1:
        return unknown_keys[0]
    scored = [(_resemblance(f.path, block), f) for f in unknown_keys]
    scored = [(score, f) for score, f in scored if score >= 0.5]
    return max(scored, key=lambda pair: pair[0])[1] if scored else None


def _resemblance(key: str, block: str) -> float:
    words = [w for w in re.split(r"[_\W]+", key.casefold()) if w]
    wanted = block.split("_")
    shared = sum(1 for w in wanted if any(k.startswith(w[:6]) for k in words)) / len(wanted)
    return max(shared, difflib.SequenceMatcher(None, key.casefold(), block).ratio())


def _cause(f: Finding, cause_of: dict[str, Finding], b001: dict[str, Finding]) -> Finding | None:
    if f.code == "B001":
        block = next((b for b, found in b001.items() if found is f), None)
        cause = cause_of.get(block) if block else None
        return cause if cause is not None and cause.code == "S002" else None
    if f.code == "R001":
        homes = _homes(f.path)
        causes = {id(cause_of[h]): cause_of[h] for h in homes if h in cause_of}
        if homes and len(causes) == 1 and all(h in cause_of for h in homes):
            return next(iter(causes.values()))
    return None


def _homes(path: str) -> set[str]:
    """The blocks holding the items a reference at ``path`` may name."""
    parts = _PART.findall(path)
    if len(parts) < 2:
        return set()
    kind, field = parts[-2], parts[-1]
    allowed = B.REFERENCE_FIELDS.get((kind, field), ())
    if allowed == B.NINE_BLOCKS:
        return set()  # a cost may name anything: no one block is its cause
    return {_HOME.get(k, k) for k in allowed}
