"""Rewrite the built-in rules' entry points in pyproject.toml from rules/*.py.

Run after adding a rule module: ``python tools/sync_entry_points.py``. A
test fails when the two disagree, so a new rule is never silently missing.
"""

from __future__ import annotations

import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
HEADER = '[project.entry-points."canvaslint.rules"]'


def entries() -> list[str]:
    lines = []
    for path in sorted((ROOT / "rules").glob("*.py")):
        if path.name.startswith("_"):
            continue
        match = re.search(r'^CODE = "([A-Z]+[0-9]+)"', path.read_text(encoding="utf-8"), re.M)
        if match:
            lines.append(f'{match.group(1)} = "canvaslint.rules.{path.stem}"')
    return sorted(lines)


def main() -> None:
    pyproject = ROOT / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    start = text.index(HEADER) + len(HEADER) + 1
    end = text.index("\n[", start)
    text = text[:start] + "\n".join(entries()) + "\n" + text[end:]
    pyproject.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
