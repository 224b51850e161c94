"""Hostile inputs at two sizes: 10x the input may cost at most ~12x the time (issue 17).

    python benchmarks/hostile.py                  # every shape, small and 10x
    python benchmarks/hostile.py --case render    # one shape
    python benchmarks/hostile.py --scale 2        # bigger inputs (both sizes x2)

Each shape is an attack a stranger's pull request could bring: a canvas
whose cost grew faster than its size before issue 17. Every run is a whole
``canvaslint`` process, as CI runs it; the ratio is the time at 10x the size
over the time at 1x, each the best of ``--runs`` rounds, with the cost of a
process that lints a one-line canvas (its lowest over the run) taken off
both, so start-up does not hide growth. tests/test_hostile_growth.py runs
the same shapes, scaled down, with no timing.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

CANVASLINT = [sys.executable, "-m", "canvaslint"]


def directive_codes(n: int) -> str:
    """One directive with many codes and a stray ``#``: the old pattern backtracked."""
    return "name: x  # canvaslint: disable=" + ",".join(["CR001"] * n) + " #\n"


def render_segments(n: int) -> str:
    """Many one-word notes: render matched every note against every finding."""
    return "name: x\ncustomer_segments:\n" + "".join(f"  - s{i}\n" for i in range(n))


def unknown_references(n: int) -> str:
    """Many segments and as many unknown references: did-you-mean against every name."""
    segments = "".join(f"  - segment number {i}\n" for i in range(n))
    refs = ", ".join(f"nothing-{i}" for i in range(n))
    return (f"name: x\ncustomer_segments:\n{segments}value_propositions:\n"
            f"  - name: v\n    segments: [{refs}]\n")


def long_name(n: int) -> str:
    """One unknown reference against one very long name."""
    return ("name: x\ncustomer_segments:\n  - name: " + "ab" * (n // 2) + "\n"
            "value_propositions:\n  - name: v\n    segments: [" + "ba" * 20 + "]\n")


def commented_notes(n: int) -> str:
    """Many notes, each with a comment, and one directive."""
    return ("name: x  # canvaslint: disable=B002\ncustomer_segments:\n"
            + "".join(f"  - note {i}  # why {i}\n" for i in range(n)))


def hashes_in_strings(n: int) -> str:
    """``#`` inside quoted strings on every line, and one directive."""
    return ("name: x  # canvaslint: disable=B002\ncustomer_segments:\n"
            + "".join(f"  - 'a#b#c#d {i}'\n" for i in range(n)))


def partner_activities(n: int) -> str:
    """One partner providing many activities."""
    acts = "".join(f"  - activity {i}\n" for i in range(n))
    ids = ", ".join(f"activity-{i}" for i in range(n))
    return (f"name: x\nkey_activities:\n{acts}key_partners:\n"
            f"  - name: p\n    provides: [{ids}]\n")


def dutch_unknown_keys(n: int) -> str:
    """A Dutch canvas with many unknown keys."""
    return ("naam: x\ntaal: nl\nklantsegmenten:\n  - naam: a\n"
            + "".join(f"    sleutel{i}: 1\n" for i in range(n)))


def directives_and_findings(n: int) -> str:
    """Many directives against many findings."""
    lines = "".join(f"  - s{i}  # canvaslint: disable=CR001\n" for i in range(n))
    return "name: x\ncustomer_segments:\n" + lines


def hash_comment(n: int) -> str:
    """One long comment of ``x#x#...`` and one directive."""
    return "name: x  # canvaslint: disable=B002\n# " + "x#" * (n // 2) + "\n"


def duplicates(n: int) -> str:
    """``[a,a,a,...]``: several findings per two bytes."""
    return "name: x\ncustomer_segments: [" + ",".join(["a"] * n) + "]\n"


def deep_aliases(n: int) -> str:
    """Anchors chained, each a few levels deep: nesting grows only after aliases expand."""
    lines = ["a0: &a0 [[[[x]]]]"]
    lines += [f"a{i}: &a{i} [[[[*a{i - 1}]]]]" for i in range(1, n)]
    return "name: x\n" + "\n".join(lines) + "\n"


def item_directives(n: int) -> str:
    """A directive above the block and one above each item, covering nested ranges (issue 18)."""
    items = "".join(f"  # canvaslint: disable=B002 -- pilot {i}\n  - name: Everyone {i}\n"
                    f"    market: b2c\n    expects: [self-service]\n" for i in range(n))
    return "name: x\n# canvaslint: disable=CS\ncustomer_segments:\n" + items


def misspelt_values(n: int) -> str:
    """Many values the schema rejects but surely means: read as meant (issue 18)."""
    items = "".join(f"  - name: r{i}\n    type: self service\n    segments: [segmnt]\n"
                    for i in range(n))
    return ("name: x\ncustomer_segment:\n  - name: Segment\n"
            "customer_relationships:\n" + items)


# name -> (the canvas for a size, the command after the file, the base size)
SHAPES: dict[str, tuple[Callable[[int], str], list[str], int]] = {
    "directive-codes": (directive_codes, ["check"], 300_000),
    "render": (render_segments, ["render", "-o", "-"], 3_000),
    "unknown-references": (unknown_references, ["check"], 1_000),
    "long-name": (long_name, ["check"], 200_000),
    "commented-notes": (commented_notes, ["check"], 2_000),
    "hashes-in-strings": (hashes_in_strings, ["check"], 2_000),
    "partner-activities": (partner_activities, ["check"], 10_000),
    "dutch-unknown-keys": (dutch_unknown_keys, ["check"], 2_000),
    "directives-findings": (directives_and_findings, ["check"], 3_000),
    "hash-comment": (hash_comment, ["check"], 300_000),
    "duplicates": (duplicates, ["check", "--format", "json"], 10_000),
    "item-directives": (item_directives, ["check"], 2_000),
    "misspelt-values": (misspelt_values, ["check"], 1_000),
}


def run_once(command: list[str], path: Path) -> float:
    """Seconds for one whole process; the command's own arguments come first."""
    args = [*CANVASLINT, command[0], str(path), *command[1:]]
    start = time.perf_counter()
    subprocess.run(args, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, timeout=600,
                   check=False)
    return time.perf_counter() - start


def best(command: list[str], path: Path, runs: int) -> float:
    return min(run_once(command, path) for _ in range(runs))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--case", action="append", choices=sorted(SHAPES))
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--scale", type=float, default=1.0)
    args = parser.parse_args()
    missed = 0
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        empty = work / "empty.canvas.yaml"
        empty.write_text("name: x\n", encoding="utf-8")
        print(f"{'shape':<22}{'1x kB':>8}{'1x s':>8}{'10x s':>8}{'ratio':>8}")
        floor = float("inf")
        for name in args.case or list(SHAPES):
            make, command, size = SHAPES[name]
            # The start-up cost, as its lowest over the whole run: one slow measurement
            # of it (a shared machine) would make the 1x time look tiny and the ratio huge.
            floor = min(floor, best(["check"], empty, args.runs))
            times, sizes = [], []
            for factor in (1, 10):
                path = work / f"{name}-{factor}.canvas.yaml"
                path.write_text(make(int(size * args.scale * factor)), encoding="utf-8")
                sizes.append(path.stat().st_size)
                times.append(max(best(command, path, args.runs) - floor, 0.001))
            ratio = times[1] / times[0]
            verdict = "met" if ratio <= 12 else "MISSED"
            missed += verdict == "MISSED"
            print(f"{name:<22}{sizes[0] / 1000:>8.0f}{times[0]:>8.2f}{times[1]:>8.2f}"
                  f"{ratio:>8.1f}  {verdict}")
    return 1 if missed else 0


if __name__ == "__main__":
    sys.exit(main())
