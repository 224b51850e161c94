"""What the YAML specification forbids and libyaml reads anyway (Y001).

The yaml-test-suite's invalid inputs that libyaml accepts are caught here
while composing, each as a ``MarkedYAMLError`` at its place, so they read
like any other syntax error.
"""

from __future__ import annotations

import bisect
import re
from typing import TYPE_CHECKING, Any

import yaml
from yaml import events as ev

from canvaslint.read.nodes import BREAK, Span

if TYPE_CHECKING:
    from canvaslint.read.composer import Frame

_GLUED = re.compile(r"(?<=\S)#")
_LINE_END = re.compile(r"[\r\n]")
# A block text's header, after its tag or anchor: `|`, `>-`, `|2+`...
_HEADER = re.compile(r"(?:(?:!<[^>]*>|[!&]\S*)\s+)*[|>]([1-9][+-]?|[+-][1-9]?)?")


class Strict:
    """What the YAML specification forbids and libyaml reads anyway.

    These are the yaml-test-suite's invalid inputs that libyaml accepts: a
    comment glued to what comes before it (``]#``), lines that continue a
    quoted text or a bracketed list without being indented under their key,
    blank lines deeper than a block text's first line, a bare ``-`` inside
    brackets, a directive after a document that did not end with ``...``.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.glued = [m.start() for m in _GLUED.finditer(text)]  # a `#` right after text
        self.at = 0  # the first of them not yet accounted for
        self.last_end = 0  # where the last node ended
        self.starts: list[int] = []  # where each line starts, built when first needed
        self.breaks: list[int] = []  # every \r and \n, built when first needed
        self.scan: tuple[int, int, bool] | None = None  # (from, scanned to, comment found)

    @property
    def pending(self) -> bool:
        return self.at < len(self.glued)

    def cover(self, event: ev.Event) -> None:
        self.covered(event_mark(event).index, event_mark(event, end=True).index)

    def covered(self, start: int, end: int) -> None:
        """A node (or its start) from here to there: glued `#` before it must be comments."""
        while self.at < len(self.glued) and self.glued[self.at] < end:
            where = self.glued[self.at]
            if where < start and not self.in_comment(where):
                raise self.error(where, "a comment needs a space before its `#`")
            self.at += 1
        self.last_end = max(self.last_end, end)

    def finish(self) -> None:
        self.covered(len(self.text), len(self.text))

    def in_comment(self, where: int) -> bool:
        """Is the `#` at ``where`` inside a comment that started earlier on its line?

        Glued `#` come in order, so the scan of a line resumes where the last
        one stopped: a line of ``x#x#x...`` costs its length once, not its
        length per `#` (issue 17).
        """
        if not self.breaks:
            self.breaks = [-1] + [m.start() for m in _LINE_END.finditer(self.text)]
        line_start = self.breaks[bisect.bisect_left(self.breaks, where) - 1] + 1
        low = max(line_start, self.last_end)
        if self.scan is None or self.scan[0] != low:
            head = self.text[low:where].lstrip(" \t")
            self.scan = (low, low, line_start >= self.last_end and head.startswith("#"))
        _, scanned, found = self.scan
        if not found:
            piece = self.text[max(low, scanned - 1):where]
            found = " #" in piece or "\t#" in piece
        self.scan = (low, max(scanned, where), found)
        return found

    def scalar(self, event: ev.ScalarEvent, stack: list[Frame]) -> None:
        if self.pending:
            self.cover(event)
        start, end = event_mark(event), event_mark(event, end=True)
        if event.style in ("|", ">"):
            self.block_text(start.index, block_column(stack))
        elif event.style and end.line > start.line and not (stack and stack[-1].flow):
            self.indented(start.line, end.line, block_column(stack))
        elif event.value == "-" and not event.style and stack and stack[-1].flow:
            raise self.error(start.index, "a `-` alone inside brackets is not a value: "
                             "quote it (\"-\") or remove it")

    def block_text(self, start: int, column: int) -> None:
        """A `|` or `>` text: a glued comment in its header, or blank lines too deep."""
        header = _HEADER.match(self.text, start)
        if header is None:
            return
        if self.text[header.end():header.end() + 1] == "#":
            raise self.error(header.end(), "a comment needs a space before its `#`")
        if any(c.isdigit() for c in header.group(1) or ""):
            return  # an explicit indentation: no guessing from the first line
        blank = 0
        for number in range(self.line_of(start) + 1, len(self.lines())):
            line = self.line(number)
            spaces = len(line) - len(line.lstrip(" "))
            if line.strip():
                if spaces > column and blank > spaces:
                    raise self.error(self.starts[number], "the blank lines at the start of "
                                     "this block text hold more spaces than its first line")
                return
            blank = max(blank, spaces)

    def indented(self, first: int, last: int, column: int) -> None:
        """Lines 2.. of a quoted text or bracketed list go deeper than the key they belong to."""
        if column < 0:
            return  # at the top of the file: any indentation will do
        for number in range(first + 1, last + 1):
            line = self.line(number)
            content = line.lstrip(" ")
            if content.strip() and content.lstrip()[:1] not in ("]", "}") and \
                    len(line) - len(content) <= column:
                raise self.error(self.starts[number] + len(line) - len(content),
                                 "this line continues the value above, so it must be indented "
                                 f"by at least {column + 1} space{'s' * bool(column)} (tabs "
                                 "do not count)")

    def lines(self) -> list[int]:
        if not self.starts:
            self.starts = [0] + [m.end() for m in BREAK.finditer(self.text)]
        return self.starts

    def line(self, number: int) -> str:
        starts = self.lines()
        end = starts[number + 1] if number + 1 < len(starts) else len(self.text)
        return self.text[starts[number]:end].rstrip("\r\n\x85\u2028\u2029")

    def line_of(self, index: int) -> int:
        return bisect.bisect_right(self.lines(), index) - 1

    def error(self, index: int, problem: str) -> yaml.MarkedYAMLError:
        line = self.line_of(index)
        mark = yaml.Mark("<text>", index, line, index - self.starts[line], "", 0)
        return yaml.MarkedYAMLError(problem=problem, problem_mark=mark)


def block_column(stack: list[Frame]) -> int:
    """The column of the block collection around the node (-1 at the top)."""
    for frame in reversed(stack):
        if not frame.flow:
            return frame.node.column - 1
    return -1


def event_span(event: ev.Event) -> Span:
    s: Any = event.start_mark
    e: Any = event.end_mark
    return (s.line + 1, s.column + 1, e.line + 1, e.column + 1)


def event_mark(event: ev.Event, end: bool = False) -> Any:
    return event.end_mark if end else event.start_mark
