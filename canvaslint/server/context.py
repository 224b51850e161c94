"""Where the cursor is in a canvas that is being typed, read from the text alone.

While a user types, the buffer is often not valid YAML, so completion cannot
wait for a parse. Block-style YAML says its structure by indentation: the
lines above the cursor with less indentation are the cursor's parents
(``customer_segments:`` > ``- name: ...`` > ``pains:`` > ``- ...``). This
module walks those lines upwards and gives the data path of the mapping the
cursor is in, the key whose value is being typed, and the word typed so far.
Flow lists (``segments: [a, b``) on the cursor's line are understood too.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

# Leading dashes of sequence entries, then maybe ``key:`` and the rest.
_LINE = re.compile(r"^(?P<indent>[ ]*)(?P<dashes>(?:-(?:[ ]+|$))*)(?P<rest>.*)$")
_KEY = re.compile(
    r"^(?P<key>[^\s#'\"\[\]{},:-][^#:]*?|-[^\s#:][^#:]*?)[ ]*:(?:[ ]+|$)(?P<value>.*)$")


@dataclass(frozen=True)
class Where:
    """The cursor's place: a key to write in the mapping at ``path``, or a value of ``key``."""

    path: tuple[str, ...]
    key: str | None  # None: the cursor is where a key (or a list entry) goes
    typed: str  # the word typed so far, to replace
    in_list: bool = False  # a new entry of a list (a sticky note or a list value)
    present: frozenset[str] = frozenset()  # keys the mapping already has


@dataclass(frozen=True)
class _Opener:
    column: int
    key: str | None  # None: a dash (a sequence entry)
    open: bool = True  # a key with nothing after the colon opens a block


def _openers(text: str) -> list[_Opener]:
    """The dashes and the key on a line, left to right, each with its column."""
    match = _LINE.match(text)
    if match is None or not text.strip() or text.lstrip().startswith("#"):
        return []
    column = len(match["indent"])
    out = []
    for dash in re.finditer(r"-(?:[ ]+|$)", match["dashes"]):
        out.append(_Opener(column + dash.start(), None))
    key = _KEY.match(match["rest"])
    if key is not None:
        value = key["value"].split(" #", 1)[0].strip()
        is_open = value in ("", "|", ">", "|-", ">-") or value.startswith("&")
        out.append(_Opener(column + len(match["dashes"]), key["key"].strip(), is_open))
    return out


def parents(lines: Sequence[str], line: int, column: int, is_entry: bool) -> tuple[str, ...]:
    """The path of the node holding a key (or, with ``is_entry``, a dash) at ``column``.

    A line above with a dash left of ``column`` is the list entry we are in; a
    key left of it with nothing after its colon is the block we are in (a list
    may also start at its key's own column). Deeper lines are skipped.
    """
    path: list[str] = []
    for number in range(line - 1, -1, -1):
        for opener in reversed(_openers(lines[number])):
            if opener.key is None:
                if opener.column < column:
                    path.insert(0, "-")
                    column, is_entry = opener.column, True
            elif opener.open and (opener.column < column
                                  or (is_entry and opener.column == column)):
                path.insert(0, opener.key)
                column, is_entry = opener.column, False
        if column == 0 and not is_entry:
            break
    return tuple(path)


def where(lines: Sequence[str], line: int, column: int) -> Where:
    """The cursor's place, for a 0-based line and a column counted in characters."""
    text = lines[line][:column] if line < len(lines) else ""
    match = _LINE.match(text)
    assert match is not None  # every text matches: all its parts may be empty
    indent, dashes, rest = len(match["indent"]), match["dashes"], match["rest"]
    dash_columns = [indent + m.start() for m in re.finditer(r"-(?:[ ]+|$)", dashes)]
    key = _KEY.match(rest)
    if dash_columns:
        base = parents(lines, line, dash_columns[0], True) + ("-",) * len(dash_columns)
    else:
        base = parents(lines, line, indent, False)
    if key is not None:  # `key: value` being typed
        typed = re.split(r"[\[,]\s*", key["value"])[-1].lstrip("'\"")
        return Where(base, key["key"].strip(), typed)
    if dash_columns:  # `- word`: a new entry of the list under base[:-1]
        owner = base[:-1]
        return Where(owner[:-1], owner[-1] if owner else None, rest.lstrip("'\""),
                     in_list=True)
    return Where(base, None, rest, present=siblings(lines, line, indent))


def siblings(lines: Sequence[str], line: int, column: int) -> frozenset[str]:
    """The keys written at ``column`` in the same mapping as the cursor's line."""
    keys: set[str] = set()
    for step in (-1, 1):
        number = line + step
        while 0 <= number < len(lines):
            openers = _openers(lines[number])
            if openers and openers[0].column < column:
                last = openers[-1]  # `- name: x` opens our item with a key at our column
                if step < 0 and last.key and last.column == column:
                    keys.add(last.key)
                break
            if openers and openers[0].column == column:
                if openers[0].key is None:
                    break  # a dash at our column: another entry of a list
                keys.add(openers[0].key)
            number += step
    return frozenset(keys)
