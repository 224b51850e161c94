"""How far an item reaches: the last line of the item or key that starts on a line.

A suppression comment alone above ``- name: Founder hotline`` is meant for
the whole sticky note, whose findings sit on its ``type:`` or
``segments:`` lines (issue 18); one above ``customer_relationships:``
for the whole block. The YAML nodes know where each item ends; this turns
them into "line -> last line" once per file, in one walk.
"""

from __future__ import annotations

from canvaslint.read.nodes import MappingNode, Node, SequenceNode


def item_ends(root: Node | None) -> dict[int, int]:
    """Line of an item or key -> the last line of that item (or of the key's value)."""
    ends: dict[int, int] = {}
    if root is not None:
        _last(root, ends, {})
    return ends


def _last(node: Node, ends: dict[int, int], memo: dict[int, int]) -> int:
    """The last line holding text of ``node``, noting where its items and keys end.

    A collection's own end mark is where the next token starts (after blank
    and comment lines, maybe on the next item's line), so a collection ends
    with its last scalar. Nesting is capped at 100 levels by the loader, so
    the recursion is bounded; an alias's node is walked once.
    """
    if id(node) in memo:
        return memo[id(node)]
    memo[id(node)] = node.line
    if isinstance(node, SequenceNode):
        last = node.line
        for item in node.value:
            last = max(last, _note(ends, item.line, _last(item, ends, memo)))
    elif isinstance(node, MappingNode):
        last = node.line
        for key, value in node.pairs():
            last = max(last, _note(ends, key.line, _last(value, ends, memo)))
    elif node.end_column == 1 and node.end_line > node.line:
        last = node.end_line - 1  # a block scalar ends at the start of the next line
    else:
        last = node.end_line
    memo[id(node)] = last
    return last


def _note(ends: dict[int, int], line: int, last: int) -> int:
    last = max(last, line)
    ends[line] = max(ends.get(line, line), last)
    return last
