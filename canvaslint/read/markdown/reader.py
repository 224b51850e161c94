"""Markdown to blocks of notes: which heading, bold line or cell starts a block.

The document is walked once, top to bottom, over markdown-it's syntax
tree. A heading (any level), a bold line or a ``Label:`` line naming a
block starts that block; the block runs until a heading of the same or a
higher level, or another block. A deeper heading that names no block
splits the block ("### For restaurants"): the lists under it are notes,
and a sub-heading with only text under it is a note itself. A section
that names no block (market size, roadmap) is left out; one that looks
like a misspelled block name is reported, as S002 does for YAML keys.
Blockquotes (guiding questions) and code are never notes.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from markdown_it import MarkdownIt
from markdown_it.tree import SyntaxTreeNode

from canvaslint.read.markdown.grid import GridBlock, html_rows, is_grid, read_grid
from canvaslint.read.markdown.inline import Line, Source, lines_of
from canvaslint.read.markdown.notes import LISTS, Note, Reader
from canvaslint.read.markdown.tables import table_notes, table_rows
from canvaslint.read.markdown.vocab import block_of, near_block
from canvaslint.read.nodes import Span

LABEL_LEVEL = 7  # a bold or ``Label:`` line: below every heading


@dataclass
class Block:
    key: str
    lang: str
    title: str          # the user's own heading text
    span: Span
    origin: str         # where it came from, for the comments of ``convert``
    level: int = LABEL_LEVEL
    notes: list[Note] = field(default_factory=list)
    # Paragraphs: the notes of a block written as prose, commentary beside lists.
    prose: list[Note] = field(default_factory=list)
    grid: bool = False  # read from a table drawn as the canvas


@dataclass
class Misspelled:
    title: str
    span: Span
    key: str
    meant: str


@dataclass
class Outline:
    title: Line | None = None
    blocks: list[Block] = field(default_factory=list)
    misspelled: list[Misspelled] = field(default_factory=list)


def parser() -> MarkdownIt:
    return MarkdownIt("commonmark").enable("table")


@dataclass
class _Walk:
    reader: Reader
    outline: Outline = field(default_factory=Outline)
    block: Block | None = None
    pending: Note | None = None  # a sub-heading that is a note unless a list follows
    pending_level: int = 0
    pending_numbered: bool = False  # "#### 1. Mid-market teams": a note; its list details it

    @property
    def source(self) -> Source:
        return self.reader.source

    def start(self, key: str, lang: str, line: Line, level: int, origin: str) -> Block:
        self.flush()
        block = Block(key, lang, line.lead or line.text, line.span, origin, level)
        self.outline.blocks.append(block)
        self.block = block
        return block

    def flush(self) -> None:
        if self.pending is not None and self.block is not None:
            self.block.notes.append(self.pending)
        self.pending = None

    def add(self, notes: list[Note]) -> None:
        if self.block is not None:
            self.block.notes.extend(notes)

    def node(self, node: SyntaxTreeNode) -> None:
        kind = node.type
        if kind == "heading":
            self.heading(node)
        elif kind == "paragraph":
            self.paragraph(node)
        elif kind in LISTS:
            self.lists(node)
        elif kind == "table":
            self.table(node)
        elif kind == "html_block":
            self.html(node)

    def heading(self, node: SyntaxTreeNode) -> None:
        lines = lines_of(node.children[0].token, self.source)  # type: ignore[arg-type]
        if not lines:
            return
        line = Line(" ".join(ln.text for ln in lines), None, "", lines[0].span)
        level = int(node.tag[1:])
        named = block_of(line.text)
        if named is not None:
            self.start(named[0], named[1], line, level, f'the heading "{line.text}"')
            return
        inside = self.block is not None and level > self.block.level
        if inside:
            if self.pending is not None and level > self.pending_level:
                self.pending = None  # it heads deeper sub-headings: a group, not a note
            self.flush()
            numbered = _NUMBERED.match(line.text)
            name = line.text[numbered.end():] if numbered else line.text
            self.pending, self.pending_level = Note(name=name, span=line.span), level
            self.pending_numbered = numbered is not None
            return
        self.flush()
        self.block = None
        close = near_block(line.text)
        if close is not None:
            self.outline.misspelled.append(Misspelled(line.text, line.span, *close))
        elif level == 1 and self.outline.title is None and not self.outline.blocks:
            self.outline.title = line

    def paragraph(self, node: SyntaxTreeNode) -> None:
        lines = lines_of(node.children[0].token, self.source)  # type: ignore[arg-type]
        if not lines:
            return
        head = lines[0]
        if head.lead and not head.rest.strip(" :"):
            named = block_of(head.lead)
            if named is not None:
                origin = f'the bold line "{head.lead.rstrip(":")}"'
                self.start(named[0], named[1], head, LABEL_LEVEL, origin)
                self.add(self.reader.paragraph_notes(lines[1:], named[0], True))
                return
        label, colon, after = head.text.partition(":")
        named = block_of(label) if colon and len(label) < 60 else None
        if named is not None and after.strip() and self.block is not None and \
                self.block.level < LABEL_LEVEL:
            named = None  # "**Target market**: ..." under a heading states; it heads nothing
        if named is not None:
            block = self.start(named[0], named[1], head, LABEL_LEVEL, f'the line "{label}:"')
            if after.strip():
                block.notes.extend(self.reader.comma_notes(after, head, named[0]))
            self.add(self.reader.paragraph_notes(lines[1:], named[0], True))
            return
        if self.block is None or _commentary(lines):
            return
        if self.pending is not None:
            self.pending.description.append(" ".join(ln.text for ln in lines))
            return
        self.block.prose.extend(self.reader.paragraph_notes(lines, self.block.key, False))

    def lists(self, node: SyntaxTreeNode) -> None:
        for item in node.children:
            head = self.reader.head(item)
            outline = head is not None and any(c.type in LISTS for c in item.children)
            named = block_of(head.text.rstrip(":")) if head is not None and outline else None
            if head is not None and named is not None:  # an outline: "- Key partners" + sub-list
                self.start(named[0], named[1], head, LABEL_LEVEL, f'the list item "{head.text}"')
                self.add(self.reader.sub_notes(item, named[0]))
                self.block = None
                continue
            if self.block is not None and self.pending is not None and self.pending_numbered:
                self.pending.description.extend(n.name for n in self.reader.item_notes(
                    item, self.block.key))
            elif self.block is not None:
                self.pending = None  # a sub-heading with a list under it only groups notes
                self.add(self.reader.item_notes(item, self.block.key))

    def table(self, node: SyntaxTreeNode) -> None:
        rows = table_rows(node, self.source)
        if is_grid(rows):
            self.grid(read_grid(rows), "the table")
        elif self.block is not None:
            self.pending = None
            self.add(table_notes(self.reader, node, self.block.key))

    def html(self, node: SyntaxTreeNode) -> None:
        text = node.content
        if "<table" not in text.lower() or node.map is None:
            return
        rows = html_rows(text, node.map[0], self.source)
        if is_grid(rows):
            self.grid(read_grid(rows), "the HTML table")

    def grid(self, found: list[GridBlock], where: str) -> None:
        self.flush()
        for cell in found:
            block = self.start(cell.key, cell.lang, cell.label, LABEL_LEVEL,
                               f'the cell "{cell.label.lead or cell.label.text}" of {where}')
            block.grid = True
            if cell.commas:  # a row "| Channels | web shop, market stall |": short names
                for line in cell.lines:
                    self.add(self.reader.comma_notes(line.text, line, cell.key))
            else:
                self.add(self.reader.paragraph_notes(cell.lines, cell.key, True))
        self.block = None


def outline(text: str, reader: Reader) -> Outline:
    """The blocks, title and misspelled headings of a Markdown canvas."""
    tree = SyntaxTreeNode(parser().parse(text))
    walk = _Walk(reader)
    for node in tree.children:
        walk.node(node)
    walk.flush()
    for block in walk.outline.blocks:
        if not block.notes:  # a block written as prose: its paragraphs are its notes
            block.notes = block.prose
    # A grid drawn above sections of its own is an overview ("see section 3"): the sections win.
    sections = {b.key for b in walk.outline.blocks if not b.grid}
    walk.outline.blocks = [b for b in walk.outline.blocks if not (b.grid and b.key in sections)]
    return walk.outline


_NUMBERED = re.compile(r"\s*\d+(?:\.\d+)*[.)]?\s+(?=\S)")


def _commentary(lines: list[Line]) -> bool:
    """A guiding question ("Who are our partners?") or a label ("**Fixed costs:**")."""
    text = lines[-1].text.rstrip(" *_")
    label = len(lines) == 1 and bool(lines[0].lead) and not lines[0].rest.strip(" :")
    return text.endswith(("?", "？")) or (label and text.endswith((":", "：")))
