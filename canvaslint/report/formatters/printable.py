"""Text from a canvas, made safe to print on one line of a terminal or a CI log.

A canvas is written by whoever opened the pull request, and every text-like
format prints its names. A line break in a name would start a new line that
GitHub Actions reads as a workflow command (``::error file=README.md::forged``,
on the same standard output docs/ci.md gives the text and github formats),
and an escape character reaches the terminal as a control sequence (issue 17).
So control characters (C0, DEL, C1) and the Unicode line and paragraph
separators are written as Python writes them in a string: ``\\n``, ``\\x1b``,
``\\u2028``; a backslash stays a backslash, since a name may hold one.
"""

from __future__ import annotations

_NAMED = {"\n": "\\n", "\r": "\\r", "\t": "\\t"}
_TABLE = {code: _NAMED.get(chr(code), f"\\x{code:02x}")
          for code in [*range(0x00, 0x20), *range(0x7F, 0xA0)]}
_TABLE.update({0x2028: "\\u2028", 0x2029: "\\u2029"})


def printable(text: str) -> str:
    """``text`` with every character that could break or restyle a line escaped."""
    return text.translate(_TABLE)
