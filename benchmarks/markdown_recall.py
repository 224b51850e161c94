"""How well canvaslint reads real Markdown canvases: blocks found, notes counted.

    python benchmarks/markdown_recall.py benchmarks/markdown-canvases.yaml FOLDER

FOLDER holds the files of the manifest, named OWNER+NAME.md. For every
block a reader found, did canvaslint find it, with the same number of
notes (where the reader gave one)? Did it find a block the file does not
have? Did anything raise? The issue asks for 95% of blocks, 85% of note
counts, no invented block and no traceback.
"""

from __future__ import annotations

import sys
import traceback
from pathlib import Path
from typing import Any

import yaml

from canvaslint.read.formats import load_canvas


def counts(path: Path) -> dict[str, int]:
    doc = load_canvas(path.name, path.read_bytes())
    data = doc.data if isinstance(doc.data, dict) else {}
    return {k: len(v) for k, v in data.items() if isinstance(v, list)}


def main(manifest: str, folder: str) -> int:
    entries: list[dict[str, Any]] = yaml.safe_load(Path(manifest).read_text("utf-8"))
    blocks = found = numbered = same = invented = crashed = 0
    for entry in entries:
        path = Path(folder) / (entry["repo"].replace("/", "+") + ".md")
        try:
            got = counts(path)
        except Exception:
            crashed += 1
            traceback.print_exc()
            continue
        expected: dict[str, int | None] = entry["blocks"]
        for key, want in expected.items():
            blocks += 1
            found += key in got
            if want is not None:
                numbered += 1
                same += got.get(key) == want
                if got.get(key) != want:
                    print(f"  {path.name} {key}: reader {want}, canvaslint {got.get(key)}")
        extra = sorted(set(got) - set(expected))
        invented += len(extra)
        if extra:
            print(f"  {path.name}: invented {extra}")
    print(f"files {len(entries)}, tracebacks {crashed}")
    print(f"blocks found {found}/{blocks} = {found / max(blocks, 1):.0%}")
    print(f"note counts equal {same}/{numbered} = {same / max(numbered, 1):.0%}")
    print(f"invented blocks {invented}")
    return 0


if __name__ == "__main__":
    sys.exit(main(*sys.argv[1:3]))
