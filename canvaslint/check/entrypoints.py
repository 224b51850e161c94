"""Read one entry-point group of the installed distributions, quickly.

``importlib.metadata`` is the standard way, but importing it (it pulls in
``email``, ``zipfile``, ``csv`` and more) and reading each distribution's
name through the ``email`` parser costs more than linting a small canvas,
and canvaslint discovers its rules on every run. For the usual layout
(distributions as ``*.dist-info`` / ``*.egg-info`` folders in the folders of
``sys.path``) this module reads ``entry_points.txt`` the way
``importlib.metadata`` does: the same folders in the same order, the first
distribution of each normalized name winning, the same file syntax. For
anything else (a zip file or egg on ``sys.path``, an import hook that finds
distributions of its own) it hands over to ``importlib.metadata``.
"""

from __future__ import annotations

import os
import re
import sys
from dataclasses import dataclass
from importlib import import_module
from typing import Any

_VALUE = re.compile(r"(?P<module>[\w.]+)\s*(:\s*(?P<attr>[\w.]+)\s*)?((?P<extras>\[.*\])\s*)?$")


@dataclass(frozen=True)
class EntryPoint:
    """One ``name = value`` line of a group, and the distribution it came from."""

    name: str
    value: str
    group: str
    origin: str  # the distribution's name, as messages show it

    def load(self) -> Any:
        """The module, or the object inside it, that the value names."""
        match = _VALUE.match(self.value)
        if match is None:
            raise ValueError(f"{self.value!r} is not a module or module:attribute")
        found: Any = import_module(match.group("module"))
        for attr in (match.group("attr") or "").split("."):
            if attr:
                found = getattr(found, attr)
        return found


def entry_points(group: str) -> list[EntryPoint]:
    """The entry points of ``group`` across the installed distributions."""
    folders = _plain_folders()
    if folders is None:
        return _standard(group)
    found: list[EntryPoint] = []
    seen: set[str] = set()
    for folder in folders:
        try:
            children = os.listdir(folder or ".")
        except OSError:
            continue
        for child in children:
            low = child.lower()
            if not low.endswith((".dist-info", ".egg-info")):
                continue
            key = _normalize(low.rpartition(".")[0].partition("-")[0])
            if key in seen:
                continue
            seen.add(key)
            path = os.path.join(folder, child)
            text = _read(os.path.join(path, "entry_points.txt"))
            if text and f"[{group}]" in text:
                origin = _dist_name(path)
                found += [EntryPoint(name, value, group, origin or value.split(".")[0])
                          for name, value in _section(text, group)]
    return found


def _plain_folders() -> list[str] | None:
    """``sys.path`` when every entry is a folder we can read as importlib.metadata would."""
    from importlib.machinery import PathFinder

    for finder in sys.meta_path:
        if finder is not PathFinder and hasattr(finder, "find_distributions"):
            return None
    for entry in sys.path:
        if not isinstance(entry, str) or entry.endswith(".egg") or os.path.isfile(entry):
            return None
    return list(sys.path)


def _standard(group: str) -> list[EntryPoint]:
    from importlib.metadata import entry_points as standard

    names: dict[int, str] = {}  # a distribution's name is read once, not per entry point
    found = []
    for ep in standard(group=group):
        origin = ep.value.split(".")[0]
        if ep.dist is not None:
            if id(ep.dist) not in names:
                names[id(ep.dist)] = ep.dist.name
            origin = names[id(ep.dist)]
        found.append(EntryPoint(ep.name, ep.value, group, origin))
    return found


def _normalize(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower().replace("-", "_")


def _read(path: str) -> str | None:
    try:
        with open(path, encoding="utf-8") as handle:
            return handle.read()
    except (OSError, UnicodeDecodeError):
        return None


def _section(text: str, group: str) -> list[tuple[str, str]]:
    """The ``name = value`` pairs of one ``[group]`` of an entry_points.txt."""
    pairs: list[tuple[str, str]] = []
    section = None
    for line in map(str.strip, text.splitlines()):
        if not line or line.startswith("#"):
            continue
        if line.startswith("[") and line.endswith("]"):
            section = line.strip("[]")
        elif section == group and "=" in line:
            name, value = line.split("=", 1)
            pairs.append((name.strip(), value.strip()))
    return pairs


def _dist_name(path: str) -> str | None:
    """The ``Name:`` header of the distribution's METADATA (or PKG-INFO)."""
    text = _read(os.path.join(path, "METADATA")) or _read(os.path.join(path, "PKG-INFO"))
    for line in (text or "").splitlines():
        if not line.strip():
            break  # the headers end at the first empty line
        key, sep, value = line.partition(":")
        if sep and key.strip().lower() == "name":
            return value.strip()
    return None
