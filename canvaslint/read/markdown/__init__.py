"""Business Model Canvases kept as Markdown, read into the same document as YAML.

Most canvases in repositories are Markdown: a heading per block and a
list of notes under it. :func:`load` reads one with a CommonMark parser
(markdown-it-py, whose tokens carry their source lines) into the
positioned node tree and data the YAML loader produces, so everything
after loading is shared. What the reader recognises is documented in
docs/markdown.md; the names it knows are data in ``names.yaml``.
"""

from __future__ import annotations

from pathlib import PurePath
from typing import Any

import yaml

from canvaslint.finding import Problem
from canvaslint.read.document import Document
from canvaslint.read.formats import MARKDOWN_SUFFIXES as SUFFIXES
from canvaslint.read.markdown.build import document
from canvaslint.read.markdown.inline import Source
from canvaslint.read.markdown.notes import Reader
from canvaslint.read.markdown.reader import Outline, outline
from canvaslint.read.markdown.vocab import names
from canvaslint.read.nodes import Span
from canvaslint.read.textio import decode_bytes

LANGUAGES = ("nl", "ru")  # the languages canvaslint's messages and vocabulary speak


def load(name: str, raw: bytes) -> Document:
    """Decode and read one Markdown canvas; never raises for bad input."""
    return read(name, raw)[0]


def read(name: str, raw: bytes) -> tuple[Document, Outline]:
    """The document, and the outline it was built from (where each block came from)."""
    text, error = decode_bytes(raw)
    doc = Document(name=name, text=text)
    if error is not None:
        doc.add("Y001", error)
        return doc, Outline()
    body, front = front_matter(text)
    source = Source(body)
    lang = str(front.get("language") or front.get("lang") or "")
    found = outline(body, Reader(source, lang if lang in LANGUAGES else "en"))
    if not lang:  # the language the block names are written in; its words count as values
        lang = _language(found)
        if lang in LANGUAGES:
            found = outline(body, Reader(source, lang))
    for miss in found.misspelled:
        doc.add("S002", _misspelled(miss.title, miss.meant, miss.span))
    if not found.blocks:
        doc.add("Y001", Problem((), mark=(1, 1, 1, 1), msgid="markdown-no-blocks", args={}))
        return doc, found
    extra: dict[str, Any] = {}
    if lang in LANGUAGES:
        extra["language"] = lang
    for key in ("description", "strategy"):  # the canvas's own keys, as YAML writes them
        if isinstance(front.get(key), (str, dict)):
            extra[key] = front[key]
    document(doc, found, _name(name, front, found), extra)
    return doc, found


def _misspelled(title: str, meant: str, span: Span) -> Problem:
    meant = meant[:1].upper() + meant[1:]
    return Problem((), mark=span, msgid="heading", args={"key": title, "close": meant})


def front_matter(text: str) -> tuple[str, dict[str, Any]]:
    """YAML front matter (``---`` ... ``---``), and the text with its lines left blank."""
    lines = text.splitlines(keepends=True)
    if not lines or lines[0].strip() != "---":
        return text, {}
    for end in range(1, len(lines)):
        if lines[end].strip() in ("---", "..."):
            break
    else:
        return text, {}
    try:
        values = yaml.safe_load("".join(lines[1:end]))
    except yaml.YAMLError:
        values = None
    blank = "".join("\n" for _ in range(end + 1))
    return blank + "".join(lines[end + 1:]), values if isinstance(values, dict) else {}


def _language(found: Outline) -> str:
    """The language most block names are written in (English when tied)."""
    counts: dict[str, int] = {}
    for block in found.blocks:
        counts[block.lang] = counts.get(block.lang, 0) + 1
    return max(counts, key=lambda k: (counts[k], k == "en")) if counts else "en"


def _name(file: str, front: dict[str, Any], found: Outline) -> tuple[str, Span]:
    for key in ("name", "title"):
        if isinstance(front.get(key), str) and front[key].strip():
            return front[key].strip(), (1, 1, 1, 1)
    if found.title is not None:
        return found.title.text, found.title.span
    stem = PurePath(file).name
    for suffix in (*SUFFIXES, ".canvas"):
        stem = stem[: -len(suffix)] if stem.lower().endswith(suffix) else stem
    return stem or "canvas", (1, 1, 1, 1)


__all__ = ["SUFFIXES", "load", "names"]
