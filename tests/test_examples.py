"""Every bundled example is linted: clean ones stay silent, mistakes are found.

Each file in ``examples/mistakes/`` says what it expects in comment lines
``# expect: CODE LINE:COLUMN``; the findings must be exactly those.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.read.loader import load
from tests.helpers import CRASH_CODES, EXAMPLES, all_rules

CLEAN = sorted(EXAMPLES.glob("*.canvas.yaml"))
MISTAKES = sorted((EXAMPLES / "mistakes").glob("*.yaml"))
EXPECT = re.compile(r"^# expect: ([A-Z]+[0-9]{3}) (\d+):(\d+)\s*$", re.M)


def lint_file(path: Path) -> list[tuple[str, int, int]]:
    doc = load(path.name, path.read_bytes())
    findings = lint_document(doc, RunSettings(rules=all_rules()))
    return [(f.code, f.line, f.column) for f in findings]


def test_there_are_examples() -> None:
    assert len(CLEAN) >= 3 and len(MISTAKES) >= 11


@pytest.mark.parametrize("path", CLEAN, ids=lambda p: p.name)
def test_clean_example_has_no_finding_at_all(path: Path) -> None:
    assert lint_file(path) == []


@pytest.mark.parametrize("path", MISTAKES, ids=lambda p: p.name)
def test_mistake_is_found_exactly_where_the_file_says(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    expected = [(c, int(line), int(col)) for c, line, col in EXPECT.findall(text)]
    assert expected, f"{path.name} has no '# expect:' line"
    assert path.name.startswith(expected[0][0]), "the file is named after its rule"
    assert lint_file(path) == sorted(expected)


def test_every_catalog_rule_has_a_mistake_example() -> None:
    named = {p.name.split("-")[0] for p in MISTAKES}
    catalog = {r.code for r in all_rules() if r.origin == "canvaslint"}
    # Y005/Y006 (hostile input) are shown by the loader's tests, not as examples;
    # no canvas raises the crash codes (tests/test_crash.py raises them for real).
    assert catalog - named <= {"Y005", "Y006"} | CRASH_CODES
