"""Read a canvas file into positioned nodes and plain data, within bounds.

:func:`load` decodes the bytes (:mod:`~canvaslint.read.textio`), composes
the events (:mod:`~canvaslint.read.composer`, with the specification's
strictness in :mod:`~canvaslint.read.strict`) into the node tree
(:mod:`~canvaslint.read.nodes`) of a :class:`~canvaslint.read.document.Document`,
and turns whatever stopped the reading into a problem: a bound hit is
Y006, anything libyaml rejects Y001. Duplicate keys (Y002), tags other
than YAML's plain ones (Y005) and a second document (Y004) are recorded
while composing. Problems are data, never exceptions, so one broken file
never stops a run.
"""

from __future__ import annotations

import gc
import re
from collections.abc import Iterator
from contextlib import contextmanager

import yaml

from canvaslint.finding import Problem
from canvaslint.read.composer import MAX_DEPTH, Composer, Limit, Loader
from canvaslint.read.document import Document
from canvaslint.read.nodes import BREAK
from canvaslint.read.textio import decode_bytes


def load(name: str, raw: bytes) -> Document:
    """Decode, compose and convert one file; never raises for bad input."""
    text, error = decode_bytes(raw)
    doc = Document(name=name, text=text)
    if error is not None:
        doc.add("Y001", error)
        return doc
    loader = Loader(text)
    try:
        with paused_gc():  # millions of acyclic objects: collecting them is wasted time
            Composer(doc, loader).stream()
    except Limit as exc:
        doc.add("Y006", Problem((), mark=exc.span, msgid=exc.msgid, args=exc.args_))
        doc.root = doc.data = None
    except yaml.MarkedYAMLError as exc:
        if _libyaml_depth_limit(exc):  # libyaml >= 0.2.5 (PyYAML 6.0.4) stops deep flow itself
            span = _syntax_problem(exc).mark or (1, 1, 1, 1)
            doc.add("Y006", Problem((), mark=span, msgid="deep", args={"limit": MAX_DEPTH}))
        else:
            doc.add("Y001", _colon_problem(text, exc) or _syntax_problem(exc))
        doc.root = doc.data = None
    except yaml.reader.ReaderError as exc:
        doc.add("Y001", _reader_problem(text, exc))
        doc.root = doc.data = None
    except yaml.YAMLError as exc:  # pragma: no cover - libyaml's errors are marked
        doc.add("Y001", Problem((), mark=(1, 1, 1, 1), msgid="other",
                                args={"problem": str(exc).splitlines()[0]}))
        doc.root = doc.data = None
    finally:
        loader.dispose()
    return doc


@contextmanager
def paused_gc() -> Iterator[None]:
    """No garbage collection inside: a big canvas is millions of acyclic objects."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


def _libyaml_depth_limit(exc: yaml.MarkedYAMLError) -> bool:
    """Whether libyaml itself refused the nesting: the same limit as ours, so Y006.

    Newer libyaml builds (shipped with PyYAML 6.0.4) count flow levels while
    scanning and stop at 1,000 before our composer sees the hundredth; which
    of the two notices first must not change the finding.
    """
    return "maximum nesting depth" in (exc.problem or "")


def _syntax_problem(exc: yaml.MarkedYAMLError) -> Problem:
    mark = exc.problem_mark or exc.context_mark
    line, col = (mark.line + 1, mark.column + 1) if mark is not None else (1, 1)
    what = exc.problem or "invalid YAML"
    context = f" ({exc.context} at line {exc.context_mark.line + 1})" if (
        exc.context and exc.context_mark is not None and exc.context_mark is not mark
    ) else ""
    from canvaslint.read.yaml_words import problem

    return Problem((), mark=(line, col, line, col),
                   args={"problem": problem(what), "context": context})


# `description: Coffee: fresh`: a key, then plain text that holds ": " itself.
_KEY_THEN_TEXT = re.compile(r"[ \t]*(?:-[ \t]+)?([^\s:#\"'\[{][^:#]*):[ \t]+")


def _colon_problem(text: str, exc: yaml.MarkedYAMLError) -> Problem | None:
    """libyaml's "mapping values are not allowed here" on text holding ``: ``, said plainly.

    The user wrote a sentence with a colon in it; YAML read the colon as a
    second key on the line. The fix is to quote the text, which the
    message shows with the user's own words.
    """
    mark = exc.problem_mark
    if mark is None or "mapping values are not allowed" not in (exc.problem or ""):
        return None
    lines = BREAK.split(text)
    row = lines[mark.line] if mark.line < len(lines) else ""
    found = _KEY_THEN_TEXT.match(row)
    value = row[found.end():].rstrip() if found else ""
    if found is None or ": " not in value or value[0] in "\"'[{|>&*!#":
        return None
    key = found.group(1).rstrip()
    quoted = '"' + value.replace("\\", "\\\\").replace('"', '\\"') + '"'
    line, col = mark.line + 1, found.end() + 1
    return Problem((), mark=(line, col, line, col), msgid="colon",
                   args={"key": key, "quoted": quoted})


def _reader_problem(text: str, exc: yaml.reader.ReaderError) -> Problem:
    """A character YAML does not allow (a control character): where it is."""
    # libyaml counts bytes of the UTF-8 text; lines and columns count characters.
    index = len(text.encode("utf-8")[: exc.position].decode("utf-8", "ignore"))
    before = text[:index]
    breaks = list(BREAK.finditer(before))
    line = len(breaks) + 1
    column = index - (breaks[-1].end() if breaks else 0) + 1
    char = text[index] if index < len(text) else ""
    args = {"line": line, "column": column, "char": f"U+{ord(char):04X}" if char else ""}
    return Problem((), mark=(line, column, line, column + 1),
                   msgid="control" if char else "control-somewhere", args=args)
