"""Blocks of notes to the positioned node tree every rule, output and render reads.

The YAML loader gives each value a node with its line and column; here
each note's node points at the note's words in the Markdown, each block's
at its heading, each field's at its label and value. The data is what the
same canvas written in YAML would hold, so the schema, the model, every
rule, suppressions, the baseline and render work on it unchanged.
"""

from __future__ import annotations

from typing import Any

from canvaslint.read import blocks as B
from canvaslint.read.document import Document
from canvaslint.read.markdown.fields import Names, reference_ids
from canvaslint.read.markdown.notes import Note
from canvaslint.read.markdown.reader import Block, Outline
from canvaslint.read.nodes import STR, TAG, MappingNode, Node, ScalarNode, SequenceNode, Span
from canvaslint.read.slug import slugify

_BOOL = TAG + "bool"


def scalar(value: Any, span: Span) -> ScalarNode:
    tag = _BOOL if isinstance(value, bool) else STR
    return ScalarNode(tag, str(value).lower() if isinstance(value, bool) else str(value),
                      False, span)


def _pair(mapping: MappingNode, key: str, key_span: Span, value: Node) -> None:
    mapping.value.append((scalar(key, key_span), value))
    mapping.size += value.size + 1


def _value(value: Any, span: Span) -> tuple[Node, Any]:
    if isinstance(value, list):
        seq = SequenceNode(TAG + "seq", span)
        seq.value = [scalar(v, span) for v in value]
        seq.size += len(value)
        return seq, list(value)
    return scalar(value, span), value


def note_node(note: Note) -> tuple[Node, Any]:
    """A plain note is a string; one with a description or fields is a mapping."""
    if note.role:
        return _journey_part(note)
    if not (note.description or note.fields or note.nested):
        return scalar(note.name, note.span), note.name
    node = MappingNode(TAG + "map", note.span)
    data: dict[str, Any] = {"name": note.name}
    _pair(node, "name", note.span, scalar(note.name, note.span))
    if note.description:
        data["description"] = "\n".join(note.description)
        _pair(node, "description", note.span, scalar(data["description"], note.span))
    for key, (value, label_span, value_span) in note.fields.items():
        child, data[key] = _value(value, value_span)
        _pair(node, key, label_span, child)
    for key, (notes, label_span) in note.nested.items():
        seq, items = _sequence(notes, label_span)
        data[key] = items
        _pair(node, key, label_span, seq)
    return node, data


def _journey_part(note: Note) -> tuple[Node, Any]:
    """A journey (``segment:`` and ``stages:``) or a stage (``stage:``, ``touchpoints:``)."""
    node = MappingNode(TAG + "map", note.span)
    key = "segment" if note.role == B.JOURNEYS else "stage"
    value = slugify(note.name)
    data: dict[str, Any] = {key: value}
    _pair(node, key, note.span, scalar(value, note.span))
    for field, (notes, label_span) in note.nested.items():
        seq, items = _sequence(notes, label_span)
        data[field] = items
        _pair(node, field, label_span, seq)
    return node, data


def _sequence(notes: list[Note], span: Span) -> tuple[SequenceNode, list[Any]]:
    seq = SequenceNode(TAG + "seq", span)
    items = []
    for note in notes:
        child, data = note_node(note)
        seq.value.append(child)
        seq.size += child.size
        items.append(data)
    return seq, items


def _front(value: Any) -> Node:
    """A front matter value (text, or the ``strategy`` mapping), placed at the file's top."""
    top = (1, 1, 1, 1)
    if not isinstance(value, dict):
        return scalar(value, top)
    node = MappingNode(TAG + "map", top)
    for key, sub in value.items():
        _pair(node, str(key), top, scalar(sub, top))
    return node


def merged(blocks: list[Block]) -> dict[str, list[Block]]:
    """The blocks by key, in the order first found: a block written twice is one block."""
    out: dict[str, list[Block]] = {}
    for block in blocks:
        out.setdefault(block.key, []).append(block)
    return out


def _known(notes: list[Note], found: set[str]) -> set[str]:
    """The ids of every note: its name's slug, and its explicit ``Id:``."""
    for note in notes:
        found.add(slugify(note.name))
        if "id" in note.fields:
            found.add(slugify(str(note.fields["id"][0])))
        for nested, _ in note.nested.values():
            _known(nested, found)
    return found


def _references(notes: list[Note], known: set[str]) -> None:
    """Reference fields from the names written to ids, now that every item is known."""
    for note in notes:
        for key, (value, label_span, value_span) in list(note.fields.items()):
            if isinstance(value, Names):
                note.fields[key] = (reference_ids(value, known), label_span, value_span)
        for nested, _ in note.nested.values():
            _references(nested, known)


def document(doc: Document, outline: Outline, name: tuple[str, Span],
             extra: dict[str, Any]) -> None:
    """Fill ``doc`` with the canvas the outline describes."""
    everything = [n for b in outline.blocks for n in b.notes]
    _references(everything, _known(everything, set()))
    root = MappingNode(TAG + "map", name[1])
    data: dict[str, Any] = {"name": name[0]}
    _pair(root, "name", name[1], scalar(name[0], name[1]))
    for key, value in extra.items():
        data[key] = value
        _pair(root, key, (1, 1, 1, 1), _front(value))
    for key, parts in merged(outline.blocks).items():
        notes = [n for b in parts for n in b.notes]
        if key == B.JOURNEYS and not notes:
            continue  # a "Customer journey" section in prose: nothing canvaslint can read
        seq, items = _sequence(notes, parts[0].span)
        data[key] = items
        _pair(root, key, parts[0].span, seq)
    doc.root, doc.data = root, data
