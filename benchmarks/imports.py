"""What each function-level (lazy) import of canvaslint saves a ``check`` run.

    python benchmarks/imports.py [--runs 5] [CANVAS]

A module imported inside a function saves start-up only if a plain
``canvaslint check`` never needs it. This lists, for one check of CANVAS
(default: examples/nespresso.canvas.yaml), the lazily imported modules that
the run loaded anyway (the late import saves nothing there) and, for each
one it did not load, the CPU milliseconds importing it would add at start-up
(best of ``--runs`` fresh processes, after what the check loads itself).
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from variant import lazy_imports  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent

_LOADED = """
import sys
sys.argv = ["canvaslint", "check", *sys.argv[1:]]
from canvaslint.cli.main import main
try:
    main()
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)))
"""

_COST = """
import importlib, sys, time
for name in sys.argv[2:]:
    importlib.import_module(name)
start = time.process_time()
importlib.import_module(sys.argv[1])
print(time.process_time() - start)
"""


def loaded_by_check(canvas: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", _LOADED, canvas], capture_output=True,
                         text=True, check=False).stdout
    return set(out.split())


def cost(name: str, before: list[str], runs: int) -> float | None:
    times = []
    for _ in range(runs):
        done = subprocess.run([sys.executable, "-c", _COST, name, *before],
                              capture_output=True, text=True, check=False)
        if done.returncode != 0:
            return None
        times.append(float(done.stdout.split()[-1]))
    return min(times)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("canvas", nargs="?", default=str(ROOT / "examples" /
                                                          "nespresso.canvas.yaml"))
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    loaded = loaded_by_check(args.canvas)
    lazy = lazy_imports()
    anyway = [m for m in lazy if m in loaded]
    print(f"{len(lazy)} modules imported inside functions; a check of "
          f"{Path(args.canvas).name} loads {len(anyway)} of them anyway:")
    print("    " + " ".join(anyway))
    print("the others, and the CPU a check would pay to import each at start-up "
          f"(best of {args.runs}):")
    for name in (m for m in lazy if m not in loaded):
        ms = cost(name, ["canvaslint.cli.check", "canvaslint.check.runner",
                         "canvaslint.check.registry"], args.runs)
        print(f"    {name:<32} {'cannot import' if ms is None else f'{ms * 1000:6.1f} ms'}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
