"""A baseline: record today's findings, then report only new ones.

A team adopting canvaslint on an existing repository fixes what is new and
pays down the rest over time. Findings are matched on file, code, data path
(with list positions left out) and the item's name, not on line numbers, so
edits that move lines, or insert items above, keep old findings matched.
Matching counts duplicates, so a second identical problem is still new.
A finding without an item name is matched on its English message, whatever
language the report is in (issue 18). Only the files linted in a run can
have lost findings, and writing a baseline for some files keeps the entries
of the others.
"""

from __future__ import annotations

import json
import os
import re
from collections import Counter
from collections.abc import Iterable

from canvaslint.finding import Finding
from canvaslint.messages import Said
from canvaslint.read import safeio

Key = tuple[str, str, str, str]
VERSION = 1


class BaselineError(Exception):
    """An unreadable or malformed baseline file (exit 2)."""


def key(f: Finding) -> Key:
    path = re.sub(r"\[\d+\]", "[]", f.path)
    what = f.item or re.sub(r"\d+", "#", f.english or f.message)
    return (f.file, f.code, path, what)


def write(path: str, findings: Iterable[Finding], inputs: Iterable[str] = (),
          kept: Iterable[dict[str, object]] = ()) -> None:
    """Atomically, never through a link nor over a file the run reads (safeio).

    ``kept``: entries of the baseline already there, for files this run did not lint.
    """
    rows = list(kept) + [dict(zip(("file", "code", "path", "item"), key(f), strict=True)) | {
        "message": f.english or f.message} for f in findings]
    body = {"version": VERSION, "tool": "canvaslint", "findings": rows}
    safeio.write_text(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n", inputs)


def read(path: str) -> Counter[Key]:
    """The baseline's entries; a pipe, a device, a huge or a deeply nested file is refused."""
    return Counter(_key(e) for e in entries(path))


def _key(entry: dict[str, object]) -> Key:
    return (str(entry["file"]), str(entry["code"]), str(entry["path"]), str(entry["item"]))


def others(path: str, linted: Iterable[str]) -> list[dict[str, object]]:
    """The entries of the baseline at ``path`` for files not in ``linted``.

    ``--write-baseline b.json one.canvas.yaml`` rewrites one file's entries
    and keeps the rest, so a partial run never loses the other files'
    findings. No baseline there yet (or not a baseline): nothing to keep.
    """

    if not os.path.isfile(path):
        return []
    try:
        found = entries(path)
    except BaselineError:
        return []
    skip = set(linted)
    return [e for e in found if e["file"] not in skip]


def entries(path: str) -> list[dict[str, object]]:
    """The baseline file's entries as written; BaselineError when it is not one."""
    try:
        body = json.loads(safeio.read_bytes(path, "baseline").decode("utf-8"))
    except safeio.UnsafePath as exc:
        raise BaselineError(*exc.args) from exc
    except OSError as exc:
        raise BaselineError(Said("baseline.error.cannot-read", path=path,
                                 reason=exc.strerror)) from exc
    except (ValueError, RecursionError) as exc:
        raise BaselineError(Said("baseline.error.not-a-baseline", path=path)) from exc
    if not isinstance(body, dict) or body.get("tool") != "canvaslint":
        raise BaselineError(Said("baseline.error.not-a-baseline", path=path))
    if body.get("version") != VERSION:
        raise BaselineError(Said("baseline.error.version", path=path,
                                 found=repr(body.get("version")), version=VERSION))
    try:
        found: list[dict[str, object]] = list(body["findings"])
        for e in found:
            _key(e)
        return found
    except (KeyError, TypeError) as exc:
        raise BaselineError(Said("baseline.error.not-a-baseline", path=path)) from exc


def only_new(findings: Iterable[Finding], known: Counter[Key],
             linted: Iterable[str] | None = None) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many of its entries are gone.

    Only entries of files in ``linted`` (every file, when None) can be gone:
    a file this run did not look at has not been fixed.
    """
    left = Counter(known)
    new = []
    for f in findings:
        k = key(f)
        if left[k] > 0:
            left[k] -= 1
        else:
            new.append(f)
    files = None if linted is None else set(linted)
    return new, sum(n for k, n in left.items() if files is None or k[0] in files)
