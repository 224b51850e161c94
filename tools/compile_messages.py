"""Compile the message catalogs: ``canvaslint/messages/*.po`` -> ``*.mo``.

The ``.po`` files are the source translators edit (gettext's format, with
plural forms); canvaslint reads the compiled ``.mo`` with the standard
library's :mod:`gettext`, so a run needs no parser of its own and no extra
dependency. Babel (a test dependency) compiles; ``tests/test_messages.py``
fails when a ``.mo`` is older than its ``.po``. Run after editing a catalog:

    python tools/compile_messages.py
"""

from __future__ import annotations

import sys
from pathlib import Path

from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po

FOLDER = Path(__file__).resolve().parent.parent / "canvaslint" / "messages"


def compile_all(folder: Path = FOLDER) -> list[Path]:
    """Write ``X.mo`` beside every ``X.po``; return the files written."""
    written = []
    for po in sorted(folder.glob("*.po")):
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
