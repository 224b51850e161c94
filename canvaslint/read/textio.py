"""Bytes to text, the way YAML says: UTF-8 by default, UTF-16/32 by their BOM.

Without a byte-order mark, the zero bytes around the first character tell
UTF-16 and UTF-32 apart, as the YAML specification's encoding detection
does. A file that is not text is a finding (Y001) with the position of the
first bad byte, not an exception: a repository may hold anything.
"""

from __future__ import annotations

import codecs

from canvaslint.finding import Problem

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

# A Y001 problem at the first bad byte; its words are Y001.binary, .undecodable, .cut.
DecodeError = Problem
BINARY = Problem((), mark=(1, 1, 1, 1), msgid="binary", args={})


def encoding_of(raw: bytes) -> str:
    """The encoding a YAML reader would use for these bytes."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4]
    if len(head) == 4 and head[:3] == b"\0\0\0" and head[3]:
        return "utf-32-be"
    if len(head) == 4 and head[0] and head[1:] == b"\0\0\0":
        return "utf-32-le"
    if len(head) >= 2 and head[0] == 0 and head[1]:
        return "utf-16-be"
    if len(head) >= 2 and head[0] and head[1] == 0:
        return "utf-16-le"
    return "utf-8"


def decode_bytes(raw: bytes) -> tuple[str, DecodeError | None]:
    """Return the text and, when it cannot be decoded, the Y001 problem saying where."""
    encoding = encoding_of(raw)
    if encoding == "utf-8" and b"\0" in raw[:8192]:
        return "", BINARY
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        if encoding.endswith(("-le", "-be")):  # guessed from zero bytes, without a BOM
            return "", BINARY
        return "", _undecodable(raw, encoding, exc)
    if "\0" in text:
        return "", BINARY
    return text, None


def _undecodable(raw: bytes, encoding: str, exc: UnicodeDecodeError) -> DecodeError:
    """Where the first byte that is not text is, in lines and characters."""
    before = raw[: exc.start].decode(encoding, "replace")
    line = before.count("\n") + 1
    column = len(before) - (before.rfind("\n") + 1) + 1
    args = {"encoding": encoding.upper().replace("-SIG", ""), "line": line, "column": column}
    if len(raw) > exc.start:
        return Problem((), mark=(line, column, line, column), msgid="undecodable",
                       args={**args, "byte": f"{raw[exc.start]:02x}"})
    return Problem((), mark=(line, column, line, column), msgid="cut", args=args)
