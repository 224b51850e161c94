"""The text shown when the pointer rests on a finding, a reference, a key or a value.

On a finding: the rule's explanation, as ``canvaslint rule CODE --lang``
prints it in the canvas's language. On a reference or an id: the item it
names, in the user's words. On a key or a vocabulary value: what the schema
says it means. Markdown, which every editor renders.
"""

from __future__ import annotations

from canvaslint.finding import Finding
from canvaslint.i18n import VOCABULARY_FIELDS, language
from canvaslint.model.canvas import Item
from canvaslint.read import blocks as B
from canvaslint.read.nodes import ScalarNode, Span
from canvaslint.report.explain import explanation
from canvaslint.server.lookup import Index, contains, node_at_position
from canvaslint.server.schemanav import description_at, meaning
from canvaslint.server.snapshot import Snapshot


def findings_at(snapshot: Snapshot, line: int, column: int) -> list[Finding]:
    return [f for f in snapshot.findings
            if contains((f.line, f.column, f.end_line or f.line, f.end_column or f.column),
                        line, column)]


def hover(snapshot: Snapshot, index: Index | None, line: int,
          column: int) -> tuple[str, Span | None] | None:
    """Markdown for the position and the span it is about, or None when there is nothing."""
    parts: list[str] = []
    for finding in findings_at(snapshot, line, column):
        parts.append(_finding(snapshot, finding))
    span: Span | None = None
    if index is not None:
        found = index.item_at(line, column)
        if found is not None:
            span, item = found
            parts.append(_item(snapshot, index, item))
    if not parts:
        word = _word(snapshot, line, column)
        if word is None:
            return None
        text, span = word
        parts.append(text)
    return "\n\n---\n\n".join(parts), span


def _finding(snapshot: Snapshot, finding: Finding) -> str:
    head = f"**{finding.code}** `{finding.name}`: {finding.message}"
    rule = snapshot.catalog.get(finding.code)
    if rule is None:
        return head
    return f"{head}\n\n```text\n{explanation(rule, snapshot.language)}\n```"


def label(item: Item, lang: str) -> str:
    kind = language(lang).kinds.get(item.kind, B.KIND_NAMES.get(item.kind, item.kind))
    return f'{kind} "{item.name}"'


def _item(snapshot: Snapshot, index: Index, item: Item) -> str:
    lines = [f"**{label(item, snapshot.language)}** (id `{item.id}`)"]
    description = item.text("description")
    if description:
        lines.append(description)
    span = index.definition_span(item)
    if span is not None:
        named = len(index.referrers(item))
        lines.append(f"line {span[0]}; named by {named} reference{'s' * (named != 1)}")
    return "\n\n".join(lines)


def _word(snapshot: Snapshot, line: int, column: int) -> tuple[str, Span] | None:
    hit = node_at_position(snapshot.document, line, column)
    if hit is None or not isinstance(hit.node, ScalarNode):
        return None
    node = hit.node
    span = (node.line, node.column, node.end_line, node.end_column)
    path = tuple("-" if isinstance(p, int) else p for p in hit.path)
    if hit.is_key:
        text = description_at(path)
        return (f"**{node.value}**: {text}", span) if text else None
    field = next((p for p in reversed(path) if p != "-"), "")
    if field not in VOCABULARY_FIELDS:
        return None
    table = language(snapshot.language)
    english = table.value_alias.get(node.value, node.value)
    said = meaning(path, english)
    return (f"**{node.value}**: {said}", span) if said else None
