"""Where canvaslint's time goes: start-up, parse, schema, model, rules, output.

Run by ``benchmarks/run.py --profile`` (or alone: ``python
benchmarks/profile_phases.py [FOLDER]``). Start-up is measured in a fresh
process per step; the per-file phases in this process, on the benchmark's
files, by calling each step the engine takes in turn. CPU time, so other
work on the machine disturbs the figures less.
"""

from __future__ import annotations

import collections
import gc
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import generate  # noqa: E402

STARTUP = r"""
import sys, time
marks = [("python", time.process_time())]
import yaml
marks.append(("import yaml", time.process_time()))
import click
marks.append(("import click", time.process_time()))
import canvaslint.cli.main, canvaslint.cli.check
marks.append(("import canvaslint.cli.check", time.process_time()))
from canvaslint.check.registry import discover
rules = discover()
marks.append(("discover rules (%d)" % len(rules), time.process_time()))
from canvaslint.check.runner import lint_all
from canvaslint.read.discovery import targets
from canvaslint.cli.plan import CheckOptions, Plan
plan = Plan(CheckOptions(paths=[sys.argv[1]]), rules)
files = targets([sys.argv[1]])
findings = lint_all(files, plan.settings)
marks.append(("lint the file", time.process_time()))
from canvaslint.report import formatters
from canvaslint.report.results import Report
formatters.get("text")(Report(findings=findings, files=[sys.argv[1]], rules=plan.catalog))
marks.append(("text report", time.process_time()))
for (_, a), (name, b) in zip(marks, marks[1:]):
    print(f"{name}\t{(b - a) * 1000:.1f}")
print(f"total (after python)\t{(marks[-1][1] - marks[0][1]) * 1000:.1f}")
"""


def startup(path: Path, repeat: int = 5) -> None:
    """The single-file case step by step, the best of ``repeat`` fresh processes."""
    best: dict[str, float] = {}
    for _ in range(repeat):
        out = subprocess.run([sys.executable, "-c", STARTUP, str(path)], capture_output=True,
                             text=True, check=True).stdout
        for line in out.splitlines():
            name, ms = line.split("\t")
            best[name] = min(best.get(name, float("inf")), float(ms))
    print(f"\n  start-up, one canvas, CPU ms in a fresh process (best of {repeat}):")
    for name, ms in best.items():
        print(f"    {name:<28} {ms:7.1f}")


class Phases:
    """CPU seconds per phase, summed over files."""

    def __init__(self) -> None:
        self.spent: collections.Counter[str] = collections.Counter()

    @contextmanager
    def __call__(self, phase: str) -> Iterator[None]:
        start = time.process_time()
        yield
        self.spent[phase] += time.process_time() - start


def lint_files(paths: list[Path]) -> tuple[Phases, collections.Counter[str]]:
    """Each engine step on each file; returns the phases and the time per rule."""
    import yaml

    from canvaslint.check.engine import RunSettings, lint_document, locate
    from canvaslint.check.registry import discover
    from canvaslint.check.rule import Context
    from canvaslint.i18n import localize
    from canvaslint.read.loader import load
    from canvaslint.report import formatters
    from canvaslint.report.results import Report

    rules = discover()
    settings = RunSettings(rules=rules, catalog={r.code: r for r in rules})
    phase, per_rule = Phases(), collections.Counter[str]()
    findings = []
    for path in paths:
        raw = path.read_bytes()
        with phase("0 compose only (the floor)"):
            yaml.compose(raw.decode(), Loader=yaml.CSafeLoader)
        with phase("1 parse: decode, compose, to data"):
            doc = load(str(path), raw)
        with phase("2 localize"):
            localize(doc)
        ctx = Context(doc)
        with phase("3 schema"):
            ctx.schema_problems  # noqa: B018 - computed on first use
        if doc.usable:
            with phase("4 model: items, references"):
                ctx.canvas  # noqa: B018 - computed on first use
        for info in rules:
            if info.needs_canvas and not doc.usable:
                continue
            start = time.process_time()
            problems = ctx.stage_problems(model=True).get(info.code, []) if info.structural \
                else list(info.rule.check(ctx, info.options))
            per_rule[info.code] += time.process_time() - start
            phase.spent["5 rules"] += time.process_time() - start
            with phase("6 locate findings"):
                for problem in problems:
                    locate(doc, info, info.severity, problem)
        with phase("9 whole lint_document (check)"):
            findings += lint_document(load(str(path), raw), settings)
    report = Report(findings=sorted(findings), files=[str(p) for p in paths],
                    rules=settings.catalog)
    with phase("7 text report"):
        formatters.get("text")(report)
    return phase, per_rule


def show(title: str, paths: list[Path]) -> None:
    phases, per_rule = lint_files(paths)
    floor = phases.spent["0 compose only (the floor)"]
    print(f"\n  {title}: CPU per phase ({len(paths)} files), and as a multiple of the floor")
    for phase, spent in sorted(phases.spent.items()):
        print(f"    {phase:<36} {spent * 1000:9.1f} ms  {spent / floor:6.2f}x")
    slowest = ", ".join(f"{code} {spent * 1000:.1f}" for code, spent in per_rule.most_common(8))
    print(f"    slowest rules (ms): {slowest}")


def memory(path: Path) -> None:
    """Python allocations: the composed node tree against a whole lint of the file."""
    import yaml

    from canvaslint.check.engine import RunSettings, lint_document
    from canvaslint.check.registry import discover
    from canvaslint.read.loader import load

    rules = discover()
    settings = RunSettings(rules=rules, catalog={r.code: r for r in rules})
    raw = path.read_bytes()
    text = raw.decode()
    gc.collect()
    tracemalloc.start()
    tree = yaml.compose(text, Loader=yaml.CSafeLoader)
    size = tracemalloc.get_traced_memory()[0]
    del tree
    gc.collect()
    tracemalloc.reset_peak()
    base = tracemalloc.get_traced_memory()[0]
    lint_document(load(str(path), raw), settings)
    peak = tracemalloc.get_traced_memory()[1] - base
    tracemalloc.stop()
    print(f"\n  memory, {path.name} ({len(raw) / 1e6:.1f} MB): node tree {size / 1e6:.0f} MB, "
          f"lint peak {peak / 1e6:.0f} MB = {peak / size:.1f}x the tree (tracemalloc)")


def main(work: Path, count: int, big_items: int) -> None:
    print("\nprofile (benchmarks/profile_phases.py)")
    many = sorted((work / "many").glob("*.canvas.yaml"))[:count] or \
        generate.write(work / "many", count, 20, mistakes=True)
    startup(many[0])
    show(f"many: {len(many)} canvases of 20 items per block", many)
    big = generate.write(work / f"scale{big_items}", 1, big_items)[0]
    show(f"scale: one canvas of {big_items} items per block", [big])
    memory(big)


if __name__ == "__main__":
    folder = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/tmp/canvaslint-profile")
    main(folder, 200, 1000)
