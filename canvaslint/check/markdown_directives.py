"""Suppression in Markdown: ``<!-- canvaslint: disable=CODE -- why -->``.

The same directives as the YAML comments of :mod:`canvaslint.check.suppress`,
written as HTML comments, which no Markdown viewer shows. Only real HTML
comments count (markdown-it tells which): one in a code block or inside
backticks is text. A comment after a note covers the note's line; one
alone on its line covers the next line that is not blank.
"""

from __future__ import annotations

from markdown_it.tree import SyntaxTreeNode

from canvaslint.check.suppress import MARKER, Directive, parse
from canvaslint.read.markdown.reader import parser

_OPEN, _CLOSE = "<!--", "-->"


def directives(text: str) -> list[Directive]:
    if MARKER not in text:
        return []
    lines = text.splitlines()
    found: list[Directive] = []
    for first, last in _html_regions(text):
        for number in range(first, min(last, len(lines))):
            found.extend(_in_line(lines, number))
    return found


def _html_regions(text: str) -> list[tuple[int, int]]:
    """The 0-based line ranges markdown-it read as HTML (blocks, or paragraphs holding it)."""
    regions: set[tuple[int, int]] = set()
    for node in SyntaxTreeNode(parser().parse(text)).walk():
        token = node.token
        if node.type == "html_block" and node.map:
            regions.add((node.map[0], node.map[1]))
        elif token is not None and node.type == "inline" and token.map and any(
                c.type == "html_inline" and MARKER in c.content for c in token.children or []):
            regions.add((token.map[0], token.map[1]))
    return sorted(regions)


def _in_line(lines: list[str], number: int) -> list[Directive]:
    line = lines[number]
    out = []
    at = line.find(_OPEN)
    while at != -1:
        end = line.find(_CLOSE, at + len(_OPEN))
        if end == -1:
            break
        inner = line[at + len(_OPEN):end].strip()
        parsed = parse("# " + inner)  # the YAML comment's own, linear, parser
        if parsed is not None:
            file_wide = parsed.kind == "disable-file"
            alone = not (line[:at] + line[end + len(_CLOSE):]).strip()
            out.append(Directive(
                line=number + 1, column=at + 1, end_column=end + len(_CLOSE) + 1,
                file_wide=file_wide, codes=parsed.codes, reason=parsed.reason,
                applies_to=0 if file_wide else (_next_text(lines, number) if alone
                                                 else number + 1)))
        at = line.find(_OPEN, end + len(_CLOSE))
    return out


def _next_text(lines: list[str], number: int) -> int:
    """The 1-based number of the first line after ``number`` that is not blank."""
    for after in range(number + 1, len(lines)):
        if lines[after].strip():
            return after + 1
    return number + 2
