"""What is at a position of a canvas: a reference, an item's id, a key, a value.

Positions here are the loader's: 1-based lines and columns counted in
characters (code points). The server converts to and from the editor's
units at its edge. The model knows every item and every reference with its
data path; the document maps a data path to a span. Together they answer
"where is the item this reference names" and "who names this item"; the
index is built once per snapshot and each look-up is a scan, linear in the
canvas.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from canvaslint.finding import DataPath
from canvaslint.model.canvas import Canvas, Item, Reference
from canvaslint.read import blocks as B
from canvaslint.read.document import Document
from canvaslint.read.nodes import MappingNode, Node, ScalarNode, SequenceNode, Span


def contains(span: Span, line: int, column: int) -> bool:
    """Whether the position is in the span or just after its last character."""
    start, end = (span[0], span[1]), (span[2], span[3])
    return start <= (line, column) <= end


def _span(node: Node) -> Span:
    return (node.line, node.column, node.end_line, node.end_column)


@dataclass(frozen=True)
class Hit:
    """The node under the cursor, with its data path and whether it is a key."""

    path: DataPath
    node: Node
    is_key: bool


def node_at_position(doc: Document, line: int, column: int) -> Hit | None:
    """The innermost scalar (key or value) at the position, walking down from the root."""
    node = doc.root
    path: list[str | int] = []
    while node is not None:
        if isinstance(node, ScalarNode):
            return Hit(tuple(path), node, False) if contains(_span(node), line, column) else None
        child: Node | None = None
        if isinstance(node, MappingNode):
            for key, value in node.pairs():
                if isinstance(key, ScalarNode) and contains(_span(key), line, column):
                    return Hit((*path, _english(doc, key.value)), key, True)
                if contains(_span(value), line, column):
                    path.append(_english(doc, str(key.value)) if isinstance(key, ScalarNode)
                                else "")
                    child = value
                    break
        elif isinstance(node, SequenceNode):
            for index, value in enumerate(node.value):
                if contains(_span(value), line, column):
                    path.append(index)
                    child = value
                    break
        node = child
    return None


def _english(doc: Document, key: str) -> str:
    return doc.key_alias.get(key, key)


class Index:
    """Every item's defining node and every reference's node, with spans."""

    def __init__(self, doc: Document, canvas: Canvas) -> None:
        self.doc = doc
        self.canvas = canvas

    @cached_property
    def definitions(self) -> list[tuple[Span, Item]]:
        out = []
        for item in self.canvas.all_items():
            if item.kind == B.JOURNEYS:
                continue  # nothing refers to a journey; its name is made up
            span = self.definition_span(item)
            if span is not None:
                out.append((span, item))
        return out

    @cached_property
    def references(self) -> list[tuple[Span, Reference]]:
        out = []
        for ref in self.canvas.references:
            node = self.doc.node_at(ref.path)
            if isinstance(node, ScalarNode):
                out.append((self.doc.inside(_span(node)), ref))
        return out

    def definition_span(self, item: Item) -> Span | None:
        """Where the item's id is written: its ``id``, else its name, else the sticky note."""
        if item.explicit_id:
            path: DataPath = (*item.path, "id")
        elif item.is_mapping:
            path = (*item.path, "name")
        else:
            path = item.path
        node = self.doc.node_at(path)
        if not isinstance(node, ScalarNode):
            return None
        return self.doc.inside(_span(node))

    def reference_at(self, line: int, column: int) -> tuple[Span, Reference] | None:
        for span, ref in self.references:
            if contains(span, line, column):
                return span, ref
        return None

    def item_at(self, line: int, column: int) -> tuple[Span, Item] | None:
        """The item whose id (or name) is at the position, or the item a reference names."""
        for span, item in self.definitions:
            if contains(span, line, column):
                return span, item
        found = self.reference_at(line, column)
        if found is not None and found[1].target is not None:
            return found[0], found[1].target
        return None

    def referrers(self, item: Item) -> list[tuple[Span, Reference]]:
        return [(span, ref) for span, ref in self.references if ref.target is item]

    def by_id(self, text: str) -> list[Item]:
        return [item for _, item in self.definitions if item.id == text]
