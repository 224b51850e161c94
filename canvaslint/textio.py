"""Bytes to text, the way YAML says: UTF-8 by default, UTF-16/32 by their BOM.

A file that is not text is a finding (Y001) with the position of the first
bad byte, not an exception: a repository may hold anything.
"""

from __future__ import annotations

import codecs

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)

DecodeError = tuple[int, int, str]


def decode_bytes(raw: bytes) -> tuple[str, DecodeError | None]:
    """Return the text and, when it cannot be decoded, (line, column, message)."""
    encoding = "utf-8"
    for bom, name in _BOMS:
        if raw.startswith(bom):
            encoding = name
            break
    if encoding == "utf-8" and b"\x00" in raw[:8192]:
        return "", (1, 1, "this is a binary file, not a YAML text file: lint only canvas files")
    try:
        text = raw.decode(encoding)
    except UnicodeDecodeError as exc:
        before = raw[: exc.start]
        line = before.count(b"\n") + 1
        column = exc.start - (before.rfind(b"\n") + 1) + 1
        return "", (
            line,
            column,
            f"this file is not valid {encoding.upper().replace('-SIG', '')} text "
            f"(byte 0x{raw[exc.start]:02x} at line {line}); save it as UTF-8",
        )
    return text, None
