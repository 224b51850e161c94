"""Fuzz canvaslint's loader and rules for a while; keep what breaks them.

    python tools/fuzz.py --seconds 600

Runs the target of ``tests/fuzz_target.py`` (raw bytes, and bundled
examples and YAML test suite inputs mutated byte by byte) in rounds of
hypothesis examples until the time is up. An input that breaks the target
is shrunk by hypothesis and saved in ``tests/data/fuzz-regressions/``, so
the test suite checks it from then on; the run then exits 1.
"""

from __future__ import annotations

import argparse
import hashlib
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from hypothesis import HealthCheck, given, settings  # noqa: E402

from tests.fuzz_target import REGRESSIONS, check, inputs, seeds  # noqa: E402
from tests.fuzz_target import settings as run_settings  # noqa: E402


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--round", type=int, default=500, help="examples per round")
    args = parser.parse_args()
    run = run_settings()
    folder = Path(tempfile.mkdtemp(prefix="canvaslint-fuzz-"))
    failing: list[bytes] = []

    @settings(max_examples=args.round, deadline=None, database=None,
              suppress_health_check=list(HealthCheck))
    @given(inputs(seeds()))
    def target(data: bytes) -> None:
        try:
            check(data, folder / "fuzz.canvas.yaml", run)
        except BaseException:
            failing.append(data)  # the last one recorded is hypothesis's shrunk example
            raise

    end, rounds = time.monotonic() + args.seconds, 0
    while time.monotonic() < end:
        try:
            target()
        except Exception as exc:  # a broken target: save the shrunk input
            data = failing[-1]
            REGRESSIONS.mkdir(parents=True, exist_ok=True)
            name = REGRESSIONS / f"{hashlib.sha256(data).hexdigest()[:12]}.yaml"
            name.write_bytes(data)
            print(f"broke the target after {rounds} rounds: {exc!r}\nsaved as {name}")
            return 1
        rounds += 1
    print(f"{rounds} rounds of {args.round} inputs in {args.seconds:.0f} s: nothing broke")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
