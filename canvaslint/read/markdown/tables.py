"""Tables under a block: each row a note, the columns naming its fields.

The column called Name, Item or Title (or else the first that is not a
field) holds the note's name; Description, Details or Notes its
description; a column whose title is a field of the block's items
("Segment", "Type", "Fixed/Variable") that field; any other column joins
the description as "Title: value". A row naming a total is not a note.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from markdown_it.tree import SyntaxTreeNode

from canvaslint.read.markdown.fields import fields_of
from canvaslint.read.markdown.inline import Line, Source, lines_of
from canvaslint.read.markdown.vocab import field_of, is_total, names, normalize

if TYPE_CHECKING:
    from canvaslint.read.markdown.notes import Note, Reader


def table_notes(reader: Reader, table: SyntaxTreeNode, kind: str) -> list[Note]:
    """Rows of a table are notes; its columns name the fields."""
    rows = table_rows(table, reader.source)
    if len(rows) < 2:
        return []
    header = [" ".join(ln.text for ln in cell) for cell in rows[0]]
    roles = _column_roles(header, kind)
    notes: list[Note] = []
    for row in rows[1:]:
        cells = {roles[i]: cell for i, cell in enumerate(row) if i < len(roles)}
        name_cell = cells.get(("name", ""), [])
        if not name_cell or is_total(name_cell[0].text.strip(" *_:")):
            continue
        note = reader.line_note(name_cell[0], kind)
        if note is None:
            continue
        note.description.extend(ln.text for ln in name_cell[1:])
        for (role, title), cell in cells.items():
            text = " ".join(ln.text for ln in cell)
            if not text or role == "name":
                continue
            if role == "description":
                note.description.append(text)
            elif role == "field":
                reader.add_field(note, f"{title}: {text}", cell[0], kind)
            else:
                note.description.append(f"{title}: {text}")
        notes.append(note)
    return notes


def _column_roles(header: list[str], kind: str) -> list[tuple[str, str]]:
    table = names()
    roles: list[tuple[str, str]] = []
    for title in header:
        word = normalize(title)
        if word in table.name_columns:
            roles.append(("name", ""))
        elif word in table.description_columns:
            roles.append(("description", title))
        elif field_of(title, fields_of(kind)) is not None:
            roles.append(("field", title))
        else:
            roles.append(("other", title))
    if ("name", "") not in roles:
        for index, role in enumerate(roles):
            if role[0] == "other":
                roles[index] = ("name", "")
                break
    return roles


def table_rows(table: SyntaxTreeNode, source: Source) -> list[list[list[Line]]]:
    """A GFM table as rows of cells, each cell its visible lines."""
    rows: list[list[list[Line]]] = []
    for part in table.children:  # thead, tbody
        for tr in part.children:
            cells = []
            for cell in tr.children:
                inline = cell.children[0].token if cell.children else None
                cells.append(lines_of(inline, source) if inline is not None else [])
            rows.append(cells)
    return rows
