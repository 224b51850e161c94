"""Compile the message catalogs: ``canvaslint/messages/*.po`` -> ``*.mo``.

The ``.po`` files are the source translators edit (gettext's format, with
plural forms); canvaslint reads the compiled ``.mo`` with the standard
library's :mod:`gettext`, so a run needs no parser of its own and no extra
dependency. Babel (a test dependency) compiles; ``tests/test_messages.py``
fails when a ``.mo`` is older than its ``.po``. Before compiling, every
entry with ``{name}`` placeholders is marked ``#, python-brace-format``, so
a translator's tool (Poedit, Weblate, ``msgfmt -c``) checks the
placeholders of a translation. Run after editing a catalog:

    python tools/compile_messages.py
"""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po, write_po

FOLDER = Path(__file__).resolve().parent.parent / "canvaslint" / "messages"


PLACEHOLDER = re.compile(r"{\w+}")
BRACE_FLAG = "python-brace-format"


def flag_placeholders(po: Path) -> None:
    """Mark every entry that fills ``{name}`` placeholders, and no other (rewrites ``po``)."""
    with po.open("rb") as fp:
        catalog = read_po(fp, locale=po.stem)
    for message in catalog:
        if not message.id:
            continue
        texts = message.string if isinstance(message.string, (list, tuple)) else [message.string]
        if any(PLACEHOLDER.search(text or "") for text in texts):
            message.flags.add(BRACE_FLAG)
        else:
            message.flags.discard(BRACE_FLAG)
    buffer = io.BytesIO()
    write_po(buffer, catalog, width=0, no_location=True, sort_output=False)
    if buffer.getvalue() != po.read_bytes():
        po.write_bytes(buffer.getvalue())


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """Flag and compile every ``X.po`` into ``X.mo``; return the ``.mo`` files written."""
    written = []
    for po in sorted(folder.glob("*.po")):
        flag_placeholders(po)
        with po.open("rb") as fp:
            catalog = read_po(fp, locale=po.stem)
        mo = po.with_suffix(".mo")
        with mo.open("wb") as fp:
            write_mo(fp, catalog)
        written.append(mo)
    return written


if __name__ == "__main__":
    for path in compile_all():
        print(path.relative_to(Path.cwd()) if path.is_relative_to(Path.cwd()) else path)
    sys.exit(0)
