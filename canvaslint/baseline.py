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
from pathlib import Path

from canvaslint.finding import Finding

Key = tuple[str, str, str, str]
VERSION = 1


class BaselineError(Exception):
    """An unreadable or malformed baseline file (exit 2)."""


def key(f: Finding) -> Key:
    path = re.sub(r"\[\d+\]", "[]", f.path)
    what = f.item or re.sub(r"\d+", "#", f.message)
    return (f.file, f.code, path, what)


def write(path: str, findings: Iterable[Finding]) -> None:
    entries = [dict(zip(("file", "code", "path", "item"), key(f), strict=True)) | {
        "message": f.message} for f in findings]
    body = {"version": VERSION, "tool": "canvaslint", "findings": entries}
    Path(path).write_text(json.dumps(body, indent=2, ensure_ascii=False) + "\n",
                          encoding="utf-8")


def read(path: str) -> Counter[Key]:
    try:
        body = json.loads(Path(path).read_text(encoding="utf-8"))
        entries = body["findings"]
        return Counter((e["file"], e["code"], e["path"], e["item"]) for e in entries)
    except OSError as exc:
        raise BaselineError(f"{path}: cannot read the baseline: {exc.strerror}") from exc
    except (ValueError, KeyError, TypeError) as exc:
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
