"""``canvaslint init``: write a commented starter canvas.

The starters are package data (``canvaslint/templates/starter.LANG.yaml``),
one per language, each a small complete canvas that lints clean. Their first
line is the YAML language server's ``$schema`` comment, so an editor offers
completion and hover help from the first keystroke. An existing file is
never overwritten without ``--force``.
"""

from __future__ import annotations

import sys
from pathlib import Path

from canvaslint.data import shipped
from canvaslint.messages import Said, shown
from canvaslint.read import safeio
from canvaslint.read.discovery import is_canvas_name
from canvaslint.report.summary import Words

LANGUAGES = {"en": "English", "nl": "Dutch", "ru": "Russian"}
DEFAULT_NAME = "canvas.yaml"


def starter(lang: str) -> str:
    """The starter canvas in ``lang``, as text."""
    template = shipped("canvaslint", "templates", f"starter.{lang}.yaml")
    return template.read_text(encoding="utf-8")


def target_path(path: str | None) -> Path:
    """Where to write: the path given, or ``canvas.yaml`` in it when it is a folder."""
    target = Path(path or DEFAULT_NAME)
    return target / DEFAULT_NAME if target.is_dir() else target


def init(path: str | None, lang: str = "en", force: bool = False) -> int:
    if lang not in LANGUAGES:
        return _error(Said("init.error.unknown-language", lang=repr(lang),
                           languages=list(LANGUAGES)), "en")
    target = target_path(path)
    words = Words(lang)
    if (target.exists() or target.is_symlink()) and not force:
        return _error(Said("init.exists", target=target), lang)
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        # never through a link (a dangling one could point anywhere), never into a pipe
        safeio.write_text(str(target), starter(lang))
    except safeio.UnsafePath as exc:
        return _error(exc, lang)
    except OSError as exc:
        return _error(Said("error.cannot-write", path=target, reason=exc.strerror), lang)
    print(words.text("init.wrote", language=words.language_name(lang), target=target))
    if not is_canvas_name(target.name):
        print(f"canvaslint: note: {words.text('init.not-found-by-name', name=target.name)}",
              file=sys.stderr)
    return 0


def _error(message: object, lang: str) -> int:
    print(f"canvaslint: error: {shown(message, lang)}", file=sys.stderr)
    return 2
