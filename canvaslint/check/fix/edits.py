"""Turn a rule's :class:`Fix` (a data path) into an :class:`Edit` of the file's text.

The loader keeps every node's exact span, so a fix rewrites only the
characters of the one value it fixes: comments, blank lines, key order,
line endings and the other quotes of the file stay byte for byte. A value
keeps its own quoting (a double-quoted value stays double-quoted); a plain
value stays plain unless the new word would need quotes. When the text at
the span is not what the node says (a value over several lines, a block
scalar), there is no edit: a fix is only made where it is certain.
"""

from __future__ import annotations

import bisect
import json
import re

import yaml

from canvaslint.finding import Edit, Fix, format_path
from canvaslint.read.document import Document
from canvaslint.read.nodes import MappingNode, Node, ScalarNode, SequenceNode

_BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")
# A plain word that YAML reads back as the same text, in a block or in a [flow] list.
_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`](?:[^:,\[\]{}#\r\n]*[^\s:,\[\]{}#])?")


def to_edit(doc: Document, fix: Fix) -> Edit | None:
    node = doc.node_at(fix.path, fix.at_key)
    if node is None or _path_missing(doc, fix):
        return None
    offsets = _Offsets(doc.line_starts())
    scope = format_path(fix.path)
    if fix.at_key:  # the key as it will read: its English name
        scope = format_path((*fix.path[:-1], doc.key_alias.get(fix.text, fix.text)))
    if isinstance(node, ScalarNode):
        start, end = offsets.of(node.line, node.column), offsets.of(node.end_line, node.end_column)
        written = doc.text[start:end]
        if not _faithful(written, node):
            return None
        text = _scalar_text(fix, written)
        return None if text is None else Edit(start, end, text, fix.safe, scope)
    if isinstance(node, SequenceNode) and fix.action == "append":
        return _append(doc, offsets, node, fix, scope)
    return None


def _path_missing(doc: Document, fix: Fix) -> bool:
    """node_at stops at the deepest node on the way: make sure it got all the way."""
    node: Node | None = doc.root
    for i, part in enumerate(fix.path):
        last = i == len(fix.path) - 1
        if isinstance(node, SequenceNode) and isinstance(part, int):
            node = node.value[part] if 0 <= part < len(node.value) else None
        elif isinstance(node, MappingNode) and isinstance(part, str):
            pair = node.find(part, doc.key_alias)
            node = None if pair is None else pair[0] if fix.at_key and last else pair[1]
        else:
            node = None
        if node is None:
            return True
    return False


class _Offsets:
    """1-based line and column (in characters, as libyaml counts) -> index in the text."""

    def __init__(self, starts: list[int]) -> None:
        self.starts = starts

    def of(self, line: int, column: int) -> int:
        return self.starts[min(line, len(self.starts)) - 1] + column - 1

    def line_of(self, index: int) -> int:
        return bisect.bisect_right(self.starts, index)


def _faithful(written: str, node: ScalarNode) -> bool:
    """The span holds the node's value on one line, plain or quoted."""
    if not written or "\n" in written or "\r" in written:
        return False
    if written[0] in "\"'":
        return len(written) >= 2 and written[-1] == written[0]
    return node.plain and written == node.value


def _scalar_text(fix: Fix, written: str) -> str | None:
    quote = written[0] if written[0] in "\"'" else ""
    if fix.action == "quote":
        return _quoted(written, '"') if not quote else None
    if fix.action == "wrap":
        return f"[{written}]" if quote or _is_plain(written) else None
    if fix.action == "append":  # a single value becomes a list of two
        return f"[{written}, {_word(fix.text, quote)}]"
    if fix.action == "replace":
        return _word(fix.text, quote)
    return None


def _word(text: str, quote: str) -> str:
    """``text`` as a scalar in the style of the value it replaces."""
    if quote:
        return _quoted(text, quote)
    return text if _is_plain(text) else _quoted(text, '"')


def _is_plain(text: str) -> bool:
    if not _PLAIN.fullmatch(text):
        return False
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return bool(yaml.load(f"[{text}]", Loader=loader) == [text])
    except yaml.YAMLError:
        return False


def _quoted(text: str, quote: str) -> str:
    if quote == "'":
        return "'" + text.replace("'", "''") + "'"
    return json.dumps(text, ensure_ascii=False)


def _append(doc: Document, offsets: _Offsets, node: SequenceNode, fix: Fix,
            scope: str) -> Edit | None:
    """Add ``fix.text`` at the end of a flow ``[a, b]`` or a block ``- a`` list."""
    text = doc.text
    start = offsets.of(node.line, node.column)
    end = offsets.of(node.end_line, node.end_column)
    if text[start:start + 1] == "[":
        if text[end - 1:end] != "]":
            return None
        inside = text[start + 1:end - 1]
        separator = ", " if inside.strip() else ""
        return Edit(end - 1, end - 1, separator + _word(fix.text, ""), fix.safe, scope)
    if not node.value or text[start:start + 1] != "-":
        return None
    last = node.value[-1]
    line_end = offsets.starts[last.end_line] if last.end_line < len(offsets.starts) else len(text)
    if offsets.line_of(line_end - 1) != last.end_line and line_end != len(text):
        return None
    newline = _line_ending(text, line_end)
    indent = text[offsets.starts[node.line - 1]:start]
    if indent.strip():  # `key: - a` on one line is not a block list we can extend
        indent = " " * len(indent)
    item = f"{indent}- {_word(fix.text, '')}"
    if line_end == len(text) and not text.endswith(("\n", "\r")):
        return Edit(line_end, line_end, newline + item, fix.safe, scope)
    return Edit(line_end, line_end, item + newline, fix.safe, scope)


def _line_ending(text: str, line_end: int) -> str:
    for ending in ("\r\n", "\n", "\r"):
        if text[:line_end].endswith(ending):
            return ending
    found = _BREAK.search(text)
    return found.group() if found else "\n"
