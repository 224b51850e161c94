"""The text of a paragraph, heading or table cell, line by line, with where it is.

markdown-it gives each block its source lines (``.map``) and each inline
run its text; the column is found by looking for the text in its source
line, so a finding points at the words the user wrote, not at the ``-``
or ``**`` around them. A line is what the user sees as one: a soft or
hard break and ``<br>`` end one.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it.token import Token

from canvaslint.read.nodes import Span

_BR = re.compile(r"<br\s*/?>", re.IGNORECASE)
_MARKERS = "-*+•·▪◦–—"
_INVISIBLE = str.maketrans({"\u200b": None, "\u200c": None, "\u200d": None, "\u2060": None,
                            "\ufeff": None, "\u00ad": None, "\u00a0": " "})


@dataclass
class Line:
    """One visible line: its text, the bold text it starts with, and where it is."""

    text: str
    lead: str | None  # the text of a leading **bold** (or <b>) run, if any
    rest: str         # the text after that bold run
    span: Span


class Source:
    """The file's lines, to find where a text stands."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()

    def find(self, text: str, first: int, last: int, start: tuple[int, int] = (0, 0)) -> Span:
        """The 1-based span of ``text`` in lines ``first``..``last`` (0-based, end excluded).

        Searches from ``start`` (0-based line and column) on; when the text
        is not there verbatim (markup inside it), its first word is
        looked for, and failing that the first character of the line.
        """
        text = text.strip()
        last = min(max(last, first + 1), len(self.lines))
        probes = [text, text.split(" ")[0]] if text else []
        for probe in probes:
            if not probe:
                continue
            for number in range(max(first, start[0]), last):
                line = self.lines[number].translate(_INVISIBLE)
                at = line.find(probe, start[1] if number == start[0] else 0)
                if at >= 0:
                    width = len(text) if probe == text else len(probe)
                    return (number + 1, at + 1, number + 1, at + 1 + width)
        number = min(max(first, start[0]), len(self.lines) - 1) if self.lines else 0
        line = self.lines[number] if self.lines else ""
        column = len(line) - len(line.lstrip()) + 1
        return (number + 1, column, number + 1, max(column, len(line) + 1))


def clean(text: str) -> str:
    return " ".join(text.translate(_INVISIBLE).split())


def lines_of(inline: Token, source: Source) -> list[Line]:
    """The visible lines of an inline token, each with its span."""
    first, last = inline.map if inline.map else (0, 1)
    runs: list[list[tuple[str, bool]]] = [[]]
    strong = 0
    for child in inline.children or []:
        kind = child.type
        if kind in ("softbreak", "hardbreak") or (kind == "html_inline" and _BR.fullmatch(
                child.content.strip())):
            runs.append([])
        elif kind == "strong_open":
            strong += 1
        elif kind == "strong_close":
            strong -= 1
        elif kind in ("text", "code_inline") or kind == "image":
            runs[-1].append((child.content, strong > 0))
    out: list[Line] = []
    where = (first, 0)
    for run in runs:
        line = _line(run)
        if line is None:
            continue
        span = source.find(line.text, first, last, where)
        line.span = span
        where = (span[0] - 1, span[3] - 1)
        out.append(line)
    return out


def _line(run: list[tuple[str, bool]]) -> Line | None:
    text = clean("".join(t for t, _ in run))
    if not text:
        return None
    lead = None
    pieces = [(t, s) for t, s in run if t.strip() or s]
    if pieces and pieces[0][1]:
        bold = []
        for t, s in pieces:
            if not s:
                break
            bold.append(t)
        lead = clean("".join(bold)) or None
    rest = clean("".join(t for t, s in run[_after_lead(run):])) if lead else text
    return Line(text=text, lead=lead, rest=rest, span=(1, 1, 1, 1))


def _after_lead(run: list[tuple[str, bool]]) -> int:
    seen_bold = False
    for index, (text, bold) in enumerate(run):
        if bold:
            seen_bold = True
        elif seen_bold or text.strip():
            return index
    return len(run)


def strip_marker(text: str) -> str:
    """A line of a table cell or paragraph written as ``- note`` or ``• note``."""
    text = text.strip()
    if text[:1] in _MARKERS and text[1:2] == " ":
        return text[2:].strip()
    match = re.match(r"\d+[.)]\s+", text)
    return text[match.end():].strip() if match else text


def has_marker(text: str) -> bool:
    text = text.strip()
    return (text[:1] in _MARKERS and text[1:2] == " ") or bool(re.match(r"\d+[.)]\s", text))
