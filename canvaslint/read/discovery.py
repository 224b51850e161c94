"""Which files a run lints: the paths given, and canvas files inside folders.

Folders are searched for the discovery names of canvas-format.md
(``canvas.yaml``, ``canvas.yml``, ``*.canvas.yaml``, ``*.canvas.yml``) and the
names Markdown canvases go by (docs/markdown.md: ``canvas.md``,
``*.canvas.md``, ``business-model-canvas.md`` in any case, with ``_`` or
``-``). Like
ruff, hidden folders (``.git``, ``.venv``) and ``node_modules`` are skipped;
symbolic links to folders are not followed, so a link loop cannot hang a run.
"""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

NAMES = ("canvas.yaml", "canvas.yml")
SUFFIXES = (".canvas.yaml", ".canvas.yml")
# Markdown canvases, compared in lower case: BUSINESS_MODEL_CANVAS.md too.
MARKDOWN_NAMES = ("canvas.md", "business-model-canvas.md", "business_model_canvas.md",
                  "businessmodelcanvas.md")
MARKDOWN_SUFFIXES = (".canvas.md",)
SKIP_DIRS = {"node_modules", "__pycache__", "venv"}
STDIN = "-"


class PathError(Exception):
    """A path on the command line that does not exist (exit 2)."""


@dataclass(frozen=True)
class Target:
    """One file to lint: where to read it and the name findings carry."""

    path: str
    display: str


def is_canvas_name(name: str) -> bool:
    lower = name.lower()
    return (name in NAMES or name.endswith(SUFFIXES) or lower in MARKDOWN_NAMES
            or lower.endswith(MARKDOWN_SUFFIXES))


def display_name(path: str) -> str:
    """Paths below the current folder are shown relative to it, as linters do."""
    rel = os.path.relpath(path)
    return path if rel.startswith("..") else rel.replace(os.sep, "/")


def targets(paths: Sequence[str], stdin_name: str | None = None) -> list[Target]:
    found: list[Target] = []
    for path in paths or ["."]:
        if path == STDIN:
            found.append(Target(STDIN, stdin_name or "<stdin>"))
        elif os.path.isdir(path):
            found.extend(Target(p, display_name(p)) for p in sorted(_walk(path)))
        elif os.path.lexists(path):
            found.append(Target(path, display_name(path)))
        else:
            raise PathError(f"{path}: no such file or folder")
    unique: dict[str, Target] = {}
    for target in found:
        unique.setdefault(target.display if target.path != STDIN else STDIN, target)
    return list(unique.values())


def _walk(root: str) -> Iterator[str]:
    unreadable: list[OSError] = []  # a folder that cannot be listed becomes a finding on it
    for folder, dirs, files in os.walk(root, onerror=unreadable.append, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith(".") and d not in SKIP_DIRS)
        for name in files:
            if is_canvas_name(name):
                yield os.path.join(folder, name)
    yield from (str(e.filename) for e in unreadable if e.filename)
