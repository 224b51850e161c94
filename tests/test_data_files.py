"""The compiled data files say what their YAML sources say (tools/compile_data.py)."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import ROOT

sys.path.insert(0, str(ROOT / "tools"))
from compile_data import COMPILED, as_json  # noqa: E402


@pytest.mark.parametrize("source", COMPILED, ids=lambda p: p.name)
def test_compiled_data_is_current(source: Path) -> None:
    compiled = source.with_suffix(".json")
    assert compiled.read_text(encoding="utf-8") == as_json(source), "python tools/compile_data.py"
    assert json.loads(compiled.read_text(encoding="utf-8")) == yaml.safe_load(
        source.read_text(encoding="utf-8"))
