"""The benchmark still works: its canvases, its floor, its profile. No timings here.

Timing belongs to ``python benchmarks/run.py`` on a quiet machine; CI runs
it once in ``--quick`` mode. These tests keep its parts honest: the
generated canvases are valid and realistic (few findings, lines yamllint's
default configuration accepts), and each measuring step runs.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pytest

from canvaslint.i18n import localize
from canvaslint.model._fastschema import is_valid
from canvaslint.read.loader import load
from tests.helpers import lint

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))

import generate  # noqa: E402
import measure  # noqa: E402
import profile_phases  # noqa: E402


@pytest.mark.parametrize("items", [1, 3, 20])
def test_generated_canvases_are_valid_and_use_every_block(items: int) -> None:
    text = generate.canvas_text(0, items)
    doc = load("c.canvas.yaml", text.encode("utf-8"))
    localize(doc)
    assert not doc.problems and is_valid(doc.data)
    blocks = ("customer_segments", "value_propositions", "channels", "customer_relationships",
              "revenue_streams", "key_resources", "key_activities", "key_partners",
              "cost_structure", "customer_journeys", "kpis")
    assert all(len(doc.data[block]) == items for block in blocks)
    assert max(len(line) for line in text.splitlines()) <= 80  # yamllint's line-length


def test_generated_canvases_are_coherent() -> None:
    """Only the few findings the generator puts in on purpose (negative touchpoints)."""
    findings = lint(generate.canvas_text(3, 20))
    assert {f.code for f in findings} <= {"CJ006"}
    assert len(findings) == 2


def test_a_mistake_is_a_schema_finding() -> None:
    codes = {f.code for f in lint(generate.canvas_text(24, 3, mistake=True))}
    assert "S001" in codes


def test_the_floor_composes(tmp_path: Path) -> None:
    paths = generate.write(tmp_path / "c", 2, 3)
    argv = [*measure.floor_command(), *map(str, paths)]
    sample = measure.run_once(argv, measure.environment(tmp_path), tmp_path)
    assert sample.code == 0 and sample.wall > 0 and sample.rss > 0


def test_the_profile_covers_every_phase(tmp_path: Path) -> None:
    paths = generate.write(tmp_path / "c", 2, 3, mistakes=True)
    phases, per_rule = profile_phases.lint_files(paths)
    assert {name.split(" ")[1] for name in phases.spent} >= {
        "compose", "parse:", "schema", "model:", "rules", "text", "whole"}
    assert "CR001" in per_rule


def test_the_hostile_growth_benchmark_runs() -> None:
    """Each shape makes a canvas and the script prints its row (the ratio is noise here)."""
    import subprocess

    import hostile

    for make, _, size in hostile.SHAPES.values():
        assert make(max(size // 1000, 2))
    result = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "hostile.py"), "--runs", "1",
         "--scale", "0.01", "--case", "directive-codes", "--case", "render"],
        capture_output=True, text=True, timeout=300, check=False)
    assert result.returncode in (0, 1), result.stderr
    assert "directive-codes" in result.stdout and "render" in result.stdout


def test_every_trick_can_be_taken_out_and_the_findings_stay() -> None:
    """benchmarks/tricks.py weighs each trick by running canvaslint without it.

    A variant that no longer reaches its trick (a function renamed, a module
    moved) fails here instead of timing the trick against itself; one that
    changed the findings would time a different job.
    """
    import importlib.util
    import subprocess

    import variant

    canvases = [str(ROOT / "examples" / "mistakes" / "S001-schema.canvas.yaml"),
                str(ROOT / "examples" / "nespresso.canvas.yaml")]
    outputs = {}
    for name in variant.VARIANTS:
        if "fastjsonschema" in name and importlib.util.find_spec("fastjsonschema") is None:
            continue  # not a dependency: only the benchmark installs it
        argv = [sys.executable, str(ROOT / "benchmarks" / "variant.py"), name, "check", *canvases]
        done = subprocess.run(argv, capture_output=True, text=True, timeout=120, check=False)
        assert done.returncode == 1, (name, done.stderr)
        outputs[name] = done.stdout
    assert "S001" in outputs["as-is"]
    assert all(out == outputs["as-is"] for out in outputs.values()), outputs
