"""Sticky notes from Markdown: list items and lines.

A note is a name, an optional description and the fields a reader would
see in it: ``**Title**: text`` or ``Title - text`` is a title and a
description; ``Type: self-service`` on a line of its own, in a sub-bullet
or in a trailing parenthesis is a field, when the label names a field the
block's items have (see :mod:`canvaslint.read.markdown.fields`); other
sub-bullets detail the note and join its description.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field
from typing import Any

from markdown_it.tree import SyntaxTreeNode

from canvaslint.read import blocks as B
from canvaslint.read.markdown.fields import ITEMS, convert, fields_of, split_values
from canvaslint.read.markdown.inline import Line, Source, has_marker, lines_of, strip_marker
from canvaslint.read.markdown.tables import table_notes, table_rows
from canvaslint.read.markdown.vocab import field_of
from canvaslint.read.nodes import Span

_TITLE_SEPARATORS = (": ", " - ", " – ", " — ")
_TRAILING = re.compile(r"\(([^()]*:[^()]*)\)\s*$")
LISTS = ("bullet_list", "ordered_list")


@dataclass
class Note:
    name: str
    span: Span
    description: list[str] = field(default_factory=list)
    fields: dict[str, tuple[Any, Span, Span]] = field(default_factory=dict)  # value, label, value
    nested: dict[str, tuple[list[Note], Span]] = field(default_factory=dict)
    # A customer journey (its name is the segment) or one of its stages: not a plain item.
    role: str = ""


@dataclass
class Reader:
    """What every note needs: the file's lines and the canvas's language."""

    source: Source
    lang: str = "en"

    def line_note(self, line: Line, kind: str) -> Note | None:
        """A note from one line: title, description, trailing fields."""
        text = line.text
        fields_text: list[str] = []
        trailing = _TRAILING.search(text)
        if trailing and self._field_pair(trailing.group(1).split(";")[0], kind):
            fields_text = trailing.group(1).split(";")
            text = text[:trailing.start()].strip()
        pieces = [p.strip() for p in re.split(r";\s+|\s\|\s", text)]
        if len(pieces) > 1 and all(self._field_pair(p, kind) for p in pieces[1:]):
            text, fields_text = pieces[0], fields_text + pieces[1:]
        name, description = _title(text, line.lead, line.rest if text == line.text else None)
        name = bare(strip_marker(name).strip(" *_"))
        if not name:
            return None
        span = self.source.find(name, line.span[0] - 1, line.span[0], (line.span[0] - 1,
                                                                         line.span[1] - 1))
        note = Note(name=name, span=span)
        if description:
            note.description.append(description)
        for pair in fields_text:
            self.add_field(note, pair, line, kind)
        return note

    def _field_pair(self, text: str, kind: str) -> str | None:
        label, sep, value = text.partition(":")
        if not sep or not value.strip():
            return None
        return field_of(label.strip(" *_"), fields_of(kind))

    def add_field(self, note: Note, text: str, line: Line, kind: str,
                  node: SyntaxTreeNode | None = None) -> bool:
        """``Label: value`` as a field of the note; False when it is not one."""
        label, sep, value = text.partition(":")
        label, value = label.strip(" *_"), value.strip(" *_")
        key = field_of(label, fields_of(kind)) if sep else None
        if key is None:
            return False
        spec = fields_of(kind)[key]
        row = line.span[0] - 1
        label_span = self.source.find(label, row, row + 1, (row, line.span[1] - 1))
        value_span = self.source.find(value, row, row + 1, (row, label_span[3] - 1)) \
            if value else label_span
        if spec.kind == ITEMS:
            nested = self.sub_notes(node, spec.items) if node is not None else []
            if not nested and value:
                nested = [Note(name=v, span=self.source.find(v, row, row + 1, (row, 0)))
                          for v in split_values(value, joiners=False)]
            if nested:
                note.nested[key] = (nested, label_span)
            return bool(nested) or not value
        converted = convert(spec, value, self.lang)
        if converted is None:
            note.description.append(f"{label}: {value}")
        else:
            note.fields[key] = (converted, label_span, value_span)
        return True

    def sub_notes(self, node: SyntaxTreeNode, kind: str) -> list[Note]:
        """The notes in the lists below a list item (a nested list of pains, jobs...)."""
        notes: list[Note] = []
        for child in node.children:
            if child.type in LISTS:
                notes.extend(self.list_notes(child, kind))
        return notes

    def list_notes(self, node: SyntaxTreeNode, kind: str) -> list[Note]:
        notes: list[Note] = []
        for item in node.children:
            notes.extend(self.item_notes(item, kind))
        return notes

    def item_notes(self, item: SyntaxTreeNode, kind: str) -> list[Note]:
        """A list item: one note, or (for a ``Group:`` item) the notes under it."""
        if kind == B.JOURNEYS:
            from canvaslint.read.markdown.journeys import journey  # it builds on this module

            return journey(self, item)
        paragraphs = [c for c in item.children if c.type == "paragraph"]
        sublists = [c for c in item.children if c.type in LISTS]
        tables = [c for c in item.children if c.type == "table"]
        if not paragraphs:  # a bullet holding only a list or a table; or empty
            return self.sub_notes(item, kind) + [
                n for t in tables for n in table_notes(self, t, kind)]
        lines = lines_of(paragraphs[0].children[0].token, self.source)  # type: ignore[arg-type]
        if not lines:
            return self.sub_notes(item, kind)
        head = lines[0]
        grouping = head.text.rstrip(" *_").endswith(":") and not self._field_pair(head.text, kind)
        if grouping and sublists:
            fields_only = all(self._is_field_item(i, kind) for s in sublists for i in s.children)
            if not fields_only:
                return self.sub_notes(item, kind)
        note = self.line_note(head, kind)
        if note is None:
            return []
        for line in lines[1:]:
            if not self.add_field(note, line.text, line, kind):
                note.description.append(strip_marker(line.text))
        for paragraph in paragraphs[1:]:
            note.description.extend(
                ln.text for ln in lines_of(paragraph.children[0].token, self.source)  # type: ignore[arg-type]
            )
        for sub in sublists:
            for child in sub.children:
                self._detail(note, child, kind)
        for table in tables:  # a table inside a bullet details the note
            note.description.extend(" | ".join(ln.text for cell in row for ln in cell)
                                    for row in table_rows(table, self.source)[1:])
        return [note]

    def _is_field_item(self, item: SyntaxTreeNode, kind: str) -> bool:
        head = self.head(item)
        return head is not None and bool(self._field_pair(head.text, kind) or (
            field_of(head.text.rstrip(": *_"), fields_of(kind)) is not None))

    def head(self, item: SyntaxTreeNode) -> Line | None:
        for child in item.children:
            if child.type == "paragraph":
                lines = lines_of(child.children[0].token, self.source)  # type: ignore[arg-type]
                return lines[0] if lines else None
        return None

    def _detail(self, note: Note, item: SyntaxTreeNode, kind: str) -> None:
        """A sub-bullet: a field of the note, or a detail joining its description."""
        head = self.head(item)
        if head is None:
            return
        text = head.text if ":" in head.text else head.text + ":"
        if self.add_field(note, text, head, kind, item):
            return
        note.description.append(head.text)

    def paragraph_notes(self, lines: list[Line], kind: str, one_per_line: bool) -> list[Note]:
        """A paragraph under a heading: one note, or one per line when lines are notes."""
        if not lines:
            return []
        if one_per_line or len(lines) > 1 and all(has_marker(ln.text) for ln in lines):
            return [n for ln in lines if (n := self.line_note(ln, kind)) is not None]
        text = " ".join(ln.text for ln in lines)
        joined = Line(text=text, lead=lines[0].lead, rest=text, span=lines[0].span)
        note = self.line_note(joined, kind)
        return [note] if note is not None else []

    def comma_notes(self, text: str, line: Line, kind: str) -> list[Note]:
        """``Customer segments: offices, home baristas``: short names after a label."""
        parts = _commas(text)
        if len(parts) > 1 and any(len(p.split()) > 6 for p in parts):
            parts = [text.strip()]
        row = line.span[0] - 1
        notes, where = [], (row, line.span[1] - 1)
        for part in parts:
            part = _AND.sub("", part).strip(" .")
            if not part:
                continue
            span = self.source.find(part, row, row + 1, where)
            where = (row, span[3] - 1)
            notes.append(Note(name=part, span=span))
        return notes


_AND = re.compile(r"^(?:and|or|en|of|и|или|und|oder|et|ou|y|o|e)\s+", re.IGNORECASE)


def _commas(text: str) -> list[str]:
    """The pieces between commas and semicolons outside brackets: "links (e.g. A, B), chat"."""
    parts, depth, start = [], 0, 0
    for index, char in enumerate(text):
        depth += 1 if char in "([" else -1 if char in ")]" else 0
        if char in ",;" and depth <= 0:
            parts.append(text[start:index])
            start = index + 1
    parts.append(text[start:])
    return [p.strip() for p in parts if p.strip(" .")]


def bare(name: str) -> str:
    """A name without the emoji or symbols it starts with ("✅ Fast delivery")."""
    start = 0
    while start < len(name) and (name[start].isspace() or name[start] in "\u200d\ufe0f"
                                 or unicodedata.category(name[start]).startswith("S")):
        start += 1
    return name[start:].strip(" *_")


def _title(text: str, lead: str | None, rest: str | None) -> tuple[str, str]:
    """``**Title**: text``, ``Title - text``: a name and a description."""
    if lead and rest is not None:
        after = rest.lstrip()
        if lead.endswith(":"):
            return lead[:-1].strip(), after
        for sep in (":", "-", "–", "—"):
            if after.startswith(sep):
                return lead, after[len(sep):].strip()
        if not after:
            return lead, ""
    for sep in _TITLE_SEPARATORS:
        head, found, tail = text.partition(sep)
        if found and head.strip() and tail.strip() and len(head.split()) <= 6:
            return head.strip(), tail.strip()
    return text.strip().rstrip(":"), ""
