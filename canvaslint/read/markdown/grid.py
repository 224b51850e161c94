"""A whole canvas drawn as a table: a pipe table or an HTML ``<table>``.

Teams draw the canvas as its picture: a 3x3 (or 5+2) grid whose cells
start with a block's name and hold its notes, separated by ``<br>`` or as
``<li>`` items. A table is such a grid when at least two of its cells
start with a block name; each column is then read top to bottom, a cell
naming a block starting that block for the column, the cells below it
adding notes to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from html.parser import HTMLParser

from canvaslint.read.markdown.inline import Line, Source, clean, strip_marker
from canvaslint.read.markdown.vocab import block_of

Cell = list[Line]


@dataclass
class GridBlock:
    key: str
    lang: str
    label: Line
    lines: list[Line] = field(default_factory=list)
    commas: bool = False  # a row's cell of prose: its notes are the names between commas


def _label(line: Line) -> tuple[str, str] | None:
    return block_of(line.lead or line.text) if (line.lead or len(line.text) < 60) else None


def is_grid(rows: list[list[Cell]]) -> bool:
    """Three blocks named in its cells: two could be a table's "Segment" and "Channel" columns."""
    named = {found[0] for row in rows for cell in row if cell and (found := _label(cell[0]))}
    return len(named) >= 3


def read_grid(rows: list[list[Cell]]) -> list[GridBlock]:
    """The blocks of a grid, column by column, in the order they are found.

    A two-column table whose first column names the blocks ("| Channels |
    web shop, market stall |") is read row by row instead.
    """
    if _row_labels(rows):
        return [_row_block(row) for row in rows if row and row[0] and _label(row[0][0])]
    found: list[GridBlock] = []
    width = max((len(r) for r in rows), default=0)
    for column in range(width):
        current: GridBlock | None = None
        for row in rows:
            cell = row[column] if column < len(row) else []
            if not cell:
                continue
            named = _label(cell[0])
            lines = cell
            if named is not None:
                current = GridBlock(named[0], named[1], cell[0])
                found.append(current)
                lines = cell[1:]
                rest = cell[0].rest if cell[0].lead else ""
                rest = rest.lstrip(":-–— ").strip()
                if rest:
                    lines = [Line(rest, None, rest, cell[0].span), *lines]
            if current is not None:
                current.lines.extend(ln for ln in lines if strip_marker(ln.text))
    return found


def _row_labels(rows: list[list[Cell]]) -> bool:
    """Whether the block names stand only in the first column, beside their notes."""
    labelled = [(i, j) for j, row in enumerate(rows) for i, cell in enumerate(row)
                if cell and _label(cell[0])]
    return all(i == 0 for i, _ in labelled) and all(
        any(cell for cell in rows[j][1:]) for _, j in labelled)


def _row_block(row: list[Cell]) -> GridBlock:
    named = _label(row[0][0])
    assert named is not None
    block = GridBlock(named[0], named[1], row[0][0], commas=True)
    block.lines = [ln for cell in row[1:] for ln in cell if strip_marker(ln.text)]
    return block


class _Table(HTMLParser):
    """An HTML table as rows of cells of lines; ``<li>``, ``<br>``, ``<p>`` end a line."""

    BREAKS = {"br", "li", "p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "tr"}
    BOLD = {"b", "strong", "h1", "h2", "h3", "h4", "h5", "h6", "th"}

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.rows: list[list[list[tuple[str, bool, int]]]] = []
        self.text: list[tuple[str, bool]] = []
        self.bold = 0
        self.line = 0
        self.in_cell = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "tr":
            self.rows.append([])
        elif tag in ("td", "th") and self.rows:
            self.rows[-1].append([])
            self.in_cell = True
        if tag in self.BREAKS:
            self.flush()
        if tag in self.BOLD and tag != "th":
            self.bold += 1

    def handle_endtag(self, tag: str) -> None:
        if tag in self.BREAKS or tag in ("td", "th"):
            self.flush()
        if tag in ("td", "th"):
            self.in_cell = False
        if tag in self.BOLD and tag != "th":
            self.bold = max(0, self.bold - 1)

    def handle_data(self, data: str) -> None:
        if self.in_cell:
            if not self.text:
                self.line = self.getpos()[0]
            self.text.append((data, self.bold > 0))

    def flush(self) -> None:
        text = clean("".join(t for t, _ in self.text))
        if text and self.rows and self.rows[-1]:
            bold = all(b for t, b in self.text if t.strip())
            self.rows[-1][-1].append((text, bold, self.line))
        self.text = []


def html_rows(html: str, first_line: int, source: Source) -> list[list[Cell]]:
    """An HTML block's table as rows of cells; lines located in the file."""
    parser = _Table()
    try:
        parser.feed(html)
        parser.close()
    except Exception:  # html.parser is lenient; a broken table is simply not read
        return []
    rows: list[list[Cell]] = []
    for row in parser.rows:
        cells: list[Cell] = []
        for cell in row:
            lines = []
            for text, bold, line in cell:
                number = first_line + max(line, 1) - 1
                span = source.find(text, number, number + 1)
                lines.append(Line(text, text if bold else None, "" if bold else text, span))
            cells.append(lines)
        rows.append(cells)
    return rows
