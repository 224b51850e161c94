"""What ``check --fix`` costs, as ratios to a plain lint of the same canvas.

The benchmark's realistic canvases (``generate.py``) get typos at a fixed
rate, one vocabulary value in five written in capitals (``market: B2C``),
and one more that no fix may make (a key misspelt into one the item already
has, which would be a duplicate key): so the fixer does its common work and
its halving too. For each size it prints how long fixing takes compared
with linting the typo-laden canvas once, and how both grow from the
smallest size to the largest: fixing stays linear when the growth of the
fix matches the growth of the lint.

    python benchmarks/fix.py --items 50 500 --runs 5
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import canvas_text  # noqa: E402

from canvaslint.check.engine import RunSettings, lint_document  # noqa: E402
from canvaslint.check.fix.apply import fix_text  # noqa: E402
from canvaslint.check.registry import discover  # noqa: E402
from canvaslint.read.loader import load  # noqa: E402

VALUE = re.compile(r"\b(market|type|nature|medium): ([a-z][a-z-]+)")


def with_typos(text: str) -> str:
    count = 0

    def capitals(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return match.group(0) if count % 5 else f"{match.group(1)}: {match.group(2).upper()}"

    text = VALUE.sub(capitals, text)
    # One fix that must not be made: `name` misspelt where the item already has a name.
    return text.replace("    name: ", "    name: x\n    nme: ", 1)


def best(func: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        func()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--items", type=int, nargs="+", default=[50, 500])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    rules = discover()
    run = RunSettings(rules=rules, catalog={r.code: r for r in rules})
    rows = []
    for items in args.items:
        text = with_typos(canvas_text(0, items))
        raw = text.encode("utf-8")
        lint = best(lambda raw=raw: lint_document(load("c.canvas.yaml", raw), run), args.runs)
        fix = best(lambda text=text: fix_text("c.canvas.yaml", text, run), args.runs)
        fixed = fix_text("c.canvas.yaml", text, run).fixed
        rows.append((items, len(raw), lint, fix, fixed))
        print(f"{items:6d} items/block  {len(raw) / 1000:8.0f} kB  {fixed:5d} fixed  "
              f"fix = {fix / lint:5.1f} x lint")
    first, last = rows[0], rows[-1]
    print(f"growth {first[0]} -> {last[0]} items: size x{last[1] / first[1]:.1f}, "
          f"lint x{last[2] / first[2]:.1f}, fix x{last[3] / first[3]:.1f}")


if __name__ == "__main__":
    main()
