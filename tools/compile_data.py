"""Compile the data files a run reads on every canvas: ``rules/*.yaml`` -> ``.json``.

YAML is what people edit (comments, no quotes); PyYAML builds its data in
Python, which costs a run of canvaslint 8 ms for ``infer_words.yaml`` alone,
where ``json`` reads the same data in 0.2 ms (benchmarks/README.md). Only
the files listed here are compiled; ``tests/test_data_files.py`` fails when
a ``.json`` differs from its ``.yaml``. Run after editing one:

    python tools/compile_data.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
COMPILED = [ROOT / "rules" / "infer_words.yaml"]


def as_json(source: Path) -> str:
    data = yaml.load(source.read_text(encoding="utf-8"), Loader=yaml.CSafeLoader)
    return json.dumps(data, ensure_ascii=False, indent=1) + "\n"


def main() -> int:
    for source in COMPILED:
        source.with_suffix(".json").write_text(as_json(source), encoding="utf-8")
        print(source.with_suffix(".json").relative_to(ROOT))
    return 0


if __name__ == "__main__":
    sys.exit(main())
