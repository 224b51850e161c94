"""The parse floor: compose each file into YAML nodes with positions, nothing more.

This is the least any YAML linter that reports lines and columns must do:
read the file and let libyaml (PyYAML's CSafeLoader) compose it. The
benchmark divides canvaslint's time by this process's time on the same
files. ``--keep`` holds every node tree until the end (to weigh them).

    python benchmarks/floor.py FILE...
"""

from __future__ import annotations

import sys

import yaml


def main(paths: list[str]) -> int:
    keep = paths[:1] == ["--keep"]
    trees = []
    for path in paths[1:] if keep else paths:
        with open(path, encoding="utf-8") as handle:
            node = yaml.compose(handle.read(), Loader=yaml.CSafeLoader)
        if keep:
            trees.append(node)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
