"""A baseline: record today's findings, then report only new ones.

A team adopting canvaslint on an existing repository fixes what is new and
pays down the rest over time. Findings are matched on file, code, data path
(with list positions left out) and the item's name, not on line numbers, so
edits that move lines, or insert items above, keep old findings matched.
Matching counts duplicates, so a second identical problem is still new.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from collections.abc import Iterable

from canvaslint import safeio
from canvaslint.finding import Finding

Key = tuple[str, str, str, str]
VERSION = 1


class BaselineError(Exception):
    """An unreadable or malformed baseline file (exit 2)."""


def key(f: Finding) -> Key:
    path = re.sub(r"\[\d+\]", "[]", f.path)
    what = f.item or re.sub(r"\d+", "#", f.message)
    return (f.file, f.code, path, what)


def write(path: str, findings: Iterable[Finding], inputs: Iterable[str] = ()) -> None:
    """Atomically, never through a link nor over a file the run reads (safeio)."""
    entries = [dict(zip(("file", "code", "path", "item"), key(f), strict=True)) | {
        "message": f.message} for f in findings]
    body = {"version": VERSION, "tool": "canvaslint", "findings": entries}
    safeio.write_text(path, json.dumps(body, indent=2, ensure_ascii=False) + "\n", inputs)


def read(path: str) -> Counter[Key]:
    """The baseline's entries; a pipe, a device, a huge or a deeply nested file is refused."""
    try:
        body = json.loads(safeio.read_bytes(path, "baseline").decode("utf-8"))
    except safeio.UnsafePath as exc:
        raise BaselineError(str(exc)) from exc
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror}") from exc
    except (ValueError, RecursionError) as exc:
        raise BaselineError(f"{path}: not a canvaslint baseline (write one with "
                            "--write-baseline)") from exc
    if not isinstance(body, dict) or body.get("tool") != "canvaslint":
        raise BaselineError(f"{path}: not a canvaslint baseline (write one with "
                            "--write-baseline)")
    if body.get("version") != VERSION:
        raise BaselineError(f"{path}: a baseline of version {body.get('version')!r}, but this "
                            f"canvaslint reads version {VERSION}: write it again with "
                            "--write-baseline")
    try:
        return Counter((e["file"], e["code"], e["path"], e["item"]) for e in body["findings"])
    except (KeyError, TypeError) as exc:
        raise BaselineError(f"{path}: not a canvaslint baseline (write one with "
                            "--write-baseline)") from exc


def only_new(findings: Iterable[Finding], known: Counter[Key]) -> tuple[list[Finding], int]:
    """The findings not in the baseline, and how many baseline entries are gone."""
    left = Counter(known)
    new = []
    for f in findings:
        k = key(f)
        if left[k] > 0:
            left[k] -= 1
        else:
            new.append(f)
    return new, sum(left.values())
