"""The loader's fuzzing target, run for a bounded number of inputs on every test run.

``CANVASLINT_FUZZ_EXAMPLES`` sets how many (200 by default, a few seconds);
``python tools/fuzz.py --seconds N`` runs the same target for longer and
saves any input that breaks it under ``tests/data/fuzz-regressions/``, where
``test_regressions_still_hold`` keeps it fixed for good.
"""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings

from tests.fuzz_target import REGRESSIONS, check, inputs, seeds
from tests.fuzz_target import settings as run_settings

EXAMPLES = int(os.environ.get("CANVASLINT_FUZZ_EXAMPLES", "200"))
RUN = run_settings()
FOLDER = Path(tempfile.mkdtemp(prefix="canvaslint-fuzz-"))


@settings(max_examples=EXAMPLES, deadline=None, database=None,
          suppress_health_check=list(HealthCheck))
@given(inputs(seeds()))
def test_no_input_breaks_the_loader(data: bytes) -> None:
    check(data, FOLDER / "fuzz.canvas.yaml", RUN)


@pytest.mark.parametrize("case", sorted(p.name for p in REGRESSIONS.glob("*.yaml")))
def test_regressions_still_hold(case: str, tmp_path: Path) -> None:
    data = (REGRESSIONS / case).read_bytes()
    assert check(data, tmp_path / case, RUN), "every regression case has at least one finding"
