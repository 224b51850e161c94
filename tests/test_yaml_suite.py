"""Conformance over the public YAML test suite's inputs (tests/data/yaml-test-suite).

Every input, whatever it holds, goes through a whole lint with every rule:
it ends in findings or a clean result, never an exception and never a rule
crash (X000). Where the suite says the input is not YAML (an ``error``
file), canvaslint must say Y001.

The other way round is not always true, and the test pins down exactly
where: libyaml reads YAML 1.1, and a few dozen inputs that YAML 1.2 allows
(tabs as separation, empty keys, flow keys over several lines, reserved
directives...) are rejected by it. Those are listed in ``LIBYAML_REJECTS``
so that a new one (a regression of ours) fails here, and so does a case
that libyaml starts to accept (then it leaves the list).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.read.loader import load
from tests.helpers import all_rules

SUITE = Path(__file__).parent / "data" / "yaml-test-suite"
CASES = sorted(p.name for p in SUITE.iterdir() if p.is_dir())

# Valid YAML 1.2 that libyaml (YAML 1.1, PyYAML's C parser) rejects; they get Y001.
LIBYAML_REJECTS = frozenset({
    "2JQS", "2LFX", "2SXE", "4ABK", "4MUZ-00", "4MUZ-01", "4MUZ-02", "58MP", "5MUD", "5T43",
    "6BCT", "6CA3", "6LVF", "6M2F", "7Z25", "8XYN", "96NN-00", "96NN-01", "9SA2", "A2M4",
    "BEC7", "CFD4", "DBG4", "DK3J", "DK95-00", "DK95-03", "DK95-04", "FP8R", "FRK4", "HM87-00",
    "HWV9", "K3WX", "M2N8-00", "M7A3", "MUS6-05", "MUS6-06", "NHX8", "NJ66", "NKF9", "Q5MG",
    "QT73", "R4YG", "S3PD", "SM9W-01", "UKK6-00", "UT92", "VJP3-01", "W4TN", "W5VH", "Y79Y-001",
    "Y79Y-010",
})


def settings() -> RunSettings:
    rules = all_rules()
    return RunSettings(rules=rules, options={}, catalog={r.code: r for r in rules})


def test_the_suite_is_here() -> None:
    assert len(CASES) == 402
    assert sum((SUITE / c / "error").exists() for c in CASES) == 94


@pytest.mark.parametrize("case", CASES)
def test_every_input_gets_an_answer(case: str) -> None:
    folder = SUITE / case
    raw = (folder / "in.yaml").read_bytes()
    findings = lint_document(load(f"{case}.canvas.yaml", raw), settings())
    found = {f.code for f in findings}
    assert "X000" not in found, [f.message for f in findings if f.code == "X000"]
    lines = raw.decode("utf-8", "replace").splitlines() or [""]
    for f in findings:
        assert 1 <= f.line <= f.end_line <= len(lines) + 1, f
        assert f.message.strip()
    invalid = (folder / "error").exists()
    if invalid or case in LIBYAML_REJECTS:
        assert "Y001" in found, f"{case} ({(folder / 'name').read_text().strip()})"
        y001 = next(f for f in findings if f.code == "Y001")
        assert y001.line >= 1 and y001.column >= 1
    else:
        assert "Y001" not in found, [f.message for f in findings if f.code == "Y001"]


def test_the_known_libyaml_rejects_are_all_valid_cases() -> None:
    assert set(CASES) >= LIBYAML_REJECTS
    assert not [c for c in LIBYAML_REJECTS if (SUITE / c / "error").exists()]
