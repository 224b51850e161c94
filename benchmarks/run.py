"""canvaslint against the parse floor, yamllint and check-jsonschema, on the same files.

    python benchmarks/run.py                 # the full benchmark (about 15 minutes)
    python benchmarks/run.py --quick         # a smoke run: does it all still work?
    python benchmarks/run.py --profile       # and where canvaslint's time goes

Cases (``--case``, repeatable; default all):
  real    the examples at the size of real canvases (8-20 kB), a whole process per tool
  single  one small canvas (20 items per block, 35 kB), a whole process per tool: pre-commit
  many    1,000 such canvases in one invocation of each tool: CI over a repository
  jobs    the many case with canvaslint --jobs 1 and --jobs 2 (and the same output)
  scale   one canvas of 1,000 and one of 10,000 items per block: time and memory

The floor is a Python process that only composes each file with libyaml
(benchmarks/floor.py); yamllint runs with its default configuration and
check-jsonschema with canvaslint's own schema. See benchmarks/README.md.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402
import measure  # noqa: E402
from measure import Tool  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
SCHEMA = ROOT / "schemas" / "canvas.schema.json"
CASES = ("real", "single", "many", "jobs", "scale")
# Real canvases are 4-20 kB: the biggest clean example (Russian, so the keys are
# translated too) and one of about 10 kB in English.
REAL = ("kofeynya-ru.canvas.yaml", "b2b-account-management.canvas.yaml")


def tools_for(files: list[str], peers: bool, jobs: int | None = None) -> list[Tool]:
    canvaslint = measure.command("canvaslint")
    assert canvaslint is not None, "canvaslint is not installed beside this Python"
    extra = ["--jobs", str(jobs)] if jobs else []
    tools = [Tool("floor (libyaml compose)", [*measure.floor_command(), *files]),
             Tool("canvaslint", [*canvaslint, "check", *extra, *files])]
    if not peers:
        return tools
    yamllint = measure.command("yamllint")
    if yamllint:
        tools.append(Tool("yamllint", [*yamllint, *files]))
    cjs = measure.command("check-jsonschema")
    if cjs:
        tools.append(Tool("check-jsonschema", [*cjs, "--schemafile", str(SCHEMA), *files]))
    missing = {"yamllint", "check-jsonschema"} - {t.name for t in tools}
    if missing:
        print(f"  (not installed, left out: {', '.join(sorted(missing))})")
    return tools


def report(title: str, tools: list[Tool], targets: dict[str, float]) -> dict[str, float]:
    """Print the table and the ratios of canvaslint to each other tool."""
    print(f"\n{title}")
    print(measure.table(tools))
    canvaslint = next(t for t in tools if t.name == "canvaslint")
    found: dict[str, float] = {}
    for other in tools:
        if other is canvaslint:
            continue
        key = other.name.split(" ")[0]
        wall, cpu = measure.ratio(canvaslint, other), measure.ratio(canvaslint, other, "cpu")
        found[key] = wall
        target = targets.get(key)
        verdict = "" if target is None else (
            f"   target <= {target:g}: {'met' if wall <= target else 'MISSED'}")
        print(f"    canvaslint/{key:<17} {wall:6.2f}  (cpu {cpu:.2f}){verdict}")
    return found


def case_real(work: Path, runs: int, peers: bool, env: dict[str, str]) -> None:
    for name in REAL:
        path = ROOT / "examples" / name
        tools = tools_for([str(path)], peers)
        # What every Python process pays before it does anything: the part of the
        # floor no tool can shave off.
        tools.append(Tool("python (start-up only)", [sys.executable, "-c", "pass"]))
        measure.rounds(tools, runs * 4, env, work)
        report(f"real: examples/{name} ({path.stat().st_size / 1000:.1f} kB), "
               "a whole process per tool", tools,
               {"yamllint": 1.0, "check-jsonschema": 1.0})


def case_single(work: Path, runs: int, peers: bool, env: dict[str, str]) -> None:
    path = generate.write(work / "single", 1, 20)[0]
    tools = tools_for([str(path)], peers)
    measure.rounds(tools, runs * 4, env, work)
    report(f"single: one canvas of 20 items per block ({path.stat().st_size // 1000} kB), "
           "a whole process per tool", tools,
           {"floor": 2.0, "yamllint": 1.0, "check-jsonschema": 1.0})


def case_many(work: Path, runs: int, count: int, peers: bool, env: dict[str, str]) -> None:
    files = [str(p) for p in generate.write(work / "many", count, 20, mistakes=True)]
    tools = tools_for(files, peers)
    measure.rounds(tools, runs, env, work)
    report(f"many: {count} canvases of 20 items per block in one invocation", tools,
           {"floor": 2.5, "yamllint": 0.2, "check-jsonschema": 0.2})


def case_jobs(work: Path, runs: int, count: int, env: dict[str, str]) -> None:
    files = [str(p) for p in generate.write(work / "many", count, 20, mistakes=True)]
    one, two = tools_for(files, False, jobs=1)[1], tools_for(files, False, jobs=2)[1]
    one.name, two.name = "canvaslint --jobs 1", "canvaslint --jobs 2"
    measure.rounds([one, two], runs, env, work)
    print(f"\njobs: {count} canvases, canvaslint --jobs 2 against --jobs 1")
    print(measure.table([one, two]))
    same = all(s.output == one.samples[0].output for s in one.samples + two.samples)
    wall = measure.ratio(two, one)
    print(f"    jobs2/jobs1            {wall:6.2f}  (cpu {measure.ratio(two, one, 'cpu'):.2f})"
          f"   target <= 0.65: {'met' if wall <= 0.65 else 'MISSED'}")
    print(f"    identical output: {'yes' if same else 'NO'}")


def case_scale(work: Path, runs: int, sizes: tuple[int, int], env: dict[str, str]) -> None:
    small, big = (generate.write(work / f"scale{n}", 1, n)[0] for n in sizes)
    walls = {}
    for n, path in zip(sizes, (small, big), strict=True):
        tools = tools_for([str(path)], False)
        tools.append(Tool("floor, tree kept", [*measure.floor_command(), "--keep", str(path)]))
        measure.rounds(tools, runs, env, work)
        if b"far larger than a canvas" in tools[1].samples[0].output:
            print(f"    canvaslint refused the {path.stat().st_size / 1e6:.1f} MB file as too "
                  "big (runner.MAX_FILE_BYTES): its times below mean nothing")
        walls[n] = (tools[0].wall, tools[1].wall)
        print(f"\nscale: one canvas of {n} items per block ({path.stat().st_size / 1e6:.1f} MB)")
        print(measure.table(tools))
    factor = sizes[1] / sizes[0]
    growth = walls[sizes[1]][1] / walls[sizes[0]][1]
    print(f"    {factor:g}x the items: canvaslint {growth:.1f}x the time, the floor "
          f"{walls[sizes[1]][0] / walls[sizes[0]][0]:.1f}x   target <= {factor * 1.2:g}x: "
          f"{'met' if growth <= factor * 1.2 else 'MISSED'}")
    # Memory for the file alone: each process's peak minus its peak on a one-line canvas.
    empty = work / "empty.canvas.yaml"
    empty.write_text("name: Empty\n", encoding="utf-8")
    tree = _peak([*measure.floor_command(), "--keep"], big, empty, env, work)
    used = _peak([*tools[1].argv[:-1]], big, empty, env, work)
    print(f"    memory for the file: canvaslint {used / 1e6:.0f} MB, its composed node tree "
          f"{tree / 1e6:.0f} MB: {used / max(tree, 1):.1f}x   target <= 10x: "
          f"{'met' if used <= 10 * tree else 'MISSED'}")


def _peak(argv: list[str], big: Path, empty: Path, env: dict[str, str], work: Path) -> int:
    """Peak resident memory on ``big`` minus that on ``empty``."""
    full = measure.run_once([*argv, str(big)], env, work).rss
    return full - measure.run_once([*argv, str(empty)], env, work).rss


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=CASES, help="run only this case")
    parser.add_argument("--runs", type=int, default=5, help="rounds per case [5]")
    parser.add_argument("--count", type=int, default=1000, help="files in the many case")
    parser.add_argument("--quick", action="store_true",
                        help="smoke mode: tiny sizes, one round, canvaslint and the floor")
    parser.add_argument("--no-peers", action="store_true",
                        help="leave yamllint and check-jsonschema out")
    parser.add_argument("--profile", action="store_true",
                        help="also print where canvaslint's time goes")
    parser.add_argument("--work", type=Path, help="the folder for the files [a temporary one]")
    args = parser.parse_args()
    cases = args.case or list(CASES)
    runs, count, sizes = args.runs, args.count, (1000, 10000)
    if args.quick:
        runs, count, sizes = 1, 5, (20, 40)
    peers = not (args.quick or args.no_peers)
    work = args.work or Path(tempfile.mkdtemp(prefix="canvaslint-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    env = measure.environment(work)
    print(f"files and caches in {work}; {runs} rounds; Python {sys.version.split()[0]}")
    if args.quick:
        print("smoke run: tiny sizes and one round, so the figures and verdicts mean nothing")
    if "real" in cases:
        case_real(work, runs, peers, env)
    if "single" in cases:
        case_single(work, runs, peers, env)
    if "many" in cases:
        case_many(work, runs, count, peers, env)
    if "jobs" in cases:
        case_jobs(work, runs, count, env)
    if "scale" in cases:
        case_scale(work, max(runs // 2, 1) if not args.quick else 1, sizes, env)
    if args.profile:
        import profile_phases

        profile_phases.main(work, count if not args.quick else 5, sizes[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
