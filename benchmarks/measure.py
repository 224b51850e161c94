"""Run commands as separate processes and measure them: wall time, CPU, memory.

Each tool runs as its users run it: a fresh process, byte-code caches
warm (``PYTHONPYCACHEPREFIX`` points at the benchmark's own folder, so the
repository gets no ``__pycache__`` and an environment that sets
``PYTHONDONTWRITEBYTECODE`` does not make canvaslint recompile itself on
every run). Rounds interleave the tools, so a burst of load on the machine
hits all of them alike, and each ratio is the median of the per-round ratios.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent


@dataclass
class Sample:
    wall: float  # seconds
    cpu: float  # user + system seconds of the process
    rss: int  # peak resident memory, bytes
    code: int
    output: bytes


@dataclass
class Tool:
    name: str
    argv: list[str]
    samples: list[Sample] = field(default_factory=list)

    @property
    def wall(self) -> float:
        return statistics.median(s.wall for s in self.samples)

    @property
    def cpu(self) -> float:
        return statistics.median(s.cpu for s in self.samples)

    @property
    def rss(self) -> int:
        return int(statistics.median(s.rss for s in self.samples))


def environment(work: Path) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    env["PYTHONPYCACHEPREFIX"] = str(work / "pycache")
    env.setdefault("NO_COLOR", "1")
    return env


def command(name: str) -> list[str] | None:
    """How to start a tool installed beside this Python: its script, or ``-m``."""
    bin_dir = Path(sys.executable).parent
    script = bin_dir / name
    if script.exists():
        return [str(script)]
    found = shutil.which(name)
    if found:
        return [found]
    module = {"check-jsonschema": "check_jsonschema"}.get(name, name)
    probe = subprocess.run([sys.executable, "-c", f"import {module}"], capture_output=True)
    return [sys.executable, "-m", module] if probe.returncode == 0 else None


def floor_command() -> list[str]:
    return [sys.executable, str(HERE / "floor.py")]


def run_once(argv: Sequence[str], env: dict[str, str], cwd: Path) -> Sample:
    out_path = cwd / ".bench-output"
    with open(out_path, "wb") as out:
        start = time.perf_counter()
        process = subprocess.Popen(list(argv), stdout=out, stderr=subprocess.STDOUT, env=env,
                                   cwd=cwd)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - start
    process.returncode = os.waitstatus_to_exitcode(status)
    rss = usage.ru_maxrss * (1 if sys.platform == "darwin" else 1024)
    return Sample(wall, usage.ru_utime + usage.ru_stime, rss, process.returncode,
                  out_path.read_bytes())


class RunFailed(Exception):
    """A tool could not do the run (exit code 2 or more): its time would mean nothing."""


def checked(tool: Tool, sample: Sample) -> Sample:
    if sample.code not in (0, 1):
        tail = sample.output.decode("utf-8", "replace")[-2000:]
        raise RunFailed(f"{tool.name} exited with {sample.code}:\n{tail}")
    return sample


def rounds(tools: list[Tool], count: int, env: dict[str, str], cwd: Path,
           warm: bool = True, progress: bool = True) -> None:
    """Run every tool ``count`` times, interleaved, starting each round elsewhere."""
    if warm:
        for tool in tools:
            checked(tool, run_once(tool.argv, env, cwd))
    for n in range(count):
        shift = n % len(tools)
        for tool in tools[shift:] + tools[:shift]:
            tool.samples.append(checked(tool, run_once(tool.argv, env, cwd)))
        if progress:
            print(f"    round {n + 1}/{count}", file=sys.stderr, flush=True)


def ratio(a: Tool, b: Tool, what: str = "wall") -> float:
    """The median over rounds of a's time divided by b's, in the same round."""
    pairs = zip(a.samples, b.samples, strict=True)
    return statistics.median(getattr(x, what) / getattr(y, what) for x, y in pairs)


def table(tools: list[Tool]) -> str:
    """Medians, and the fastest and slowest wall time: how noisy the machine was."""
    lines = [f"    {'tool':<22} {'wall (median)':>14} {'cpu (median)':>13} {'peak RSS':>10}"
             f"   {'wall (min-max)':>18}"]
    for tool in tools:
        walls = [s.wall for s in tool.samples]
        spread = f"{_seconds(min(walls))} - {_seconds(max(walls))}"
        lines.append(f"    {tool.name:<22} {_seconds(tool.wall):>14} {_seconds(tool.cpu):>13} "
                     f"{tool.rss / 1e6:>8.0f} MB   {spread:>18}")
    return "\n".join(lines)


def _seconds(value: float) -> str:
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"
