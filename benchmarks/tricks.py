"""Does each speed trick pay? canvaslint with and without it, on the same files.

    python benchmarks/tricks.py                       # every trick, every size (~20 minutes)
    python benchmarks/tricks.py --case real --runs 20
    python benchmarks/tricks.py --variant no-gc-freeze --variant importlib-metadata
    python benchmarks/tricks.py --quick               # smoke run

Each variant (benchmarks/variant.py) is canvaslint with one trick taken out
from outside; ``as-is`` goes through the same wrapper with nothing taken out.
Rounds interleave the variants and each ratio is the median of the per-round
ratios ``variant / as-is``: above 1 the trick saves time, below 1 it costs.
The findings must be the same byte for byte, or the run stops.
"""

from __future__ import annotations

import argparse
import importlib.util
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import measure  # noqa: E402
from measure import Tool  # noqa: E402
from variant import VARIANTS  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
HERE = Path(__file__).resolve().parent
CASES = ("real", "small", "many", "big")


def files_for(case: str, work: Path, quick: bool) -> tuple[str, list[str]]:
    if case == "real":
        path = ROOT / "examples" / "kofeynya-ru.canvas.yaml"
        return f"real: {path.name} ({path.stat().st_size / 1000:.0f} kB)", [str(path)]
    if case == "small":
        path = ROOT / "examples" / "b2b-account-management.canvas.yaml"
        return f"real: {path.name} ({path.stat().st_size / 1000:.1f} kB)", [str(path)]
    if case == "many":
        count = 5 if quick else 100
        paths = generate.write(work / f"many{count}", count, 20, mistakes=True)
        return f"many: {count} canvases of 20 items per block, one process", list(map(str, paths))
    items = 20 if quick else 1000
    path = generate.write(work / f"big{items}", 1, items)[0]
    return (f"big: one canvas of {items} items per block ({path.stat().st_size / 1e6:.1f} MB)",
            [str(path)])


def run_case(title: str, files: list[str], variants: list[str], runs: int,
             env: dict[str, str], work: Path) -> None:
    tools = [Tool(name, [sys.executable, str(HERE / "variant.py"), name, "check", *files])
             for name in ["as-is", *variants]]
    measure.rounds(tools, runs, env, work)
    base = tools[0]
    print(f"\n{title}; {runs} rounds")
    print(f"    {'variant':<26} {'wall':>8} {'min - max':>20} {'/ as-is':>8}"
          f" {'cpu':>8} {'min - max':>20} {'/ as-is':>8}")
    for tool in tools:
        same = all(s.output == base.samples[0].output for s in tool.samples)
        print(f"    {tool.name:<26} {_spread(tool, base, 'wall')} {_spread(tool, base, 'cpu')}"
              f"{'' if same else '   OUTPUT DIFFERS'}")
        if not same:
            raise SystemExit(f"{tool.name} changed the findings: its time would mean nothing")


def _spread(tool: Tool, base: Tool, what: str) -> str:
    """Median, fastest - slowest, and the median per-round ratio to ``as-is``."""
    values = [getattr(s, what) for s in tool.samples]
    return (f"{_ms(getattr(tool, what)):>8} {_ms(min(values)) + ' - ' + _ms(max(values)):>20} "
            f"{measure.ratio(tool, base, what):>8.2f}")


def _ms(seconds: float) -> str:
    return f"{seconds * 1000:.0f} ms"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=CASES, help="run only this case")
    parser.add_argument("--variant", action="append", choices=[v for v in VARIANTS
                                                               if v != "as-is"])
    parser.add_argument("--runs", type=int, default=10, help="rounds per case [10]")
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny sizes, one round")
    parser.add_argument("--work", type=Path, help="the folder for the files [a temporary one]")
    args = parser.parse_args()
    work = args.work or Path(tempfile.mkdtemp(prefix="canvaslint-tricks-"))
    work.mkdir(parents=True, exist_ok=True)
    env = measure.environment(work)
    env["CANVASLINT_BENCH_WORK"] = str(work)
    variants = args.variant or [v for v in VARIANTS if v != "as-is"]
    if importlib.util.find_spec("fastjsonschema") is None:  # not a dependency of canvaslint
        print("  (fastjsonschema is not installed: its variants are left out)")
        variants = [v for v in variants if "fastjsonschema" not in v]
    runs = 1 if args.quick else args.runs
    print(f"files and caches in {work}; Python {sys.version.split()[0]}")
    for case in args.case or CASES:
        title, files = files_for(case, work, args.quick)
        count = runs if case in ("real", "small") else max(runs // 3, 2 if not args.quick else 1)
        run_case(title, files, variants, count, env, work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
