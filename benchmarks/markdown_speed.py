"""What reading a canvas from Markdown costs, as ratios.

    python benchmarks/markdown_speed.py

Generates the benchmark's canvases (benchmarks/generate.py) with 20 and
200 items per block, writes each also as Markdown (the forms of
docs/markdown.md, by tests/markdown_writer.py) and times ``canvaslint
check`` on both, best of five runs. Prints how much longer the Markdown
takes than the same canvas in YAML, and how the time grows with the
canvas (10x the items should cost about 10x the work, not more).
"""

from __future__ import annotations

import subprocess
import sys
import tempfile
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from canvaslint.i18n import localize  # noqa: E402
from canvaslint.read.formats import load_canvas  # noqa: E402
from tests.markdown_writer import write  # noqa: E402


def best(args: list[str], runs: int = 5) -> float:
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        subprocess.run([sys.executable, "-m", "canvaslint", *args], capture_output=True)
        times.append(time.perf_counter() - start)
    return min(times)


def pair(items: int, folder: Path) -> tuple[Path, Path]:
    out = folder / str(items)
    subprocess.run([sys.executable, str(ROOT / "benchmarks" / "generate.py"), "--items",
                    str(items), "--count", "1", "--out", str(out)], check=True)
    source = next(out.glob("*.yaml"))
    doc = load_canvas(str(source), source.read_bytes())
    localize(doc)
    data = doc.data
    plain = out / "plain.canvas.yaml"
    plain.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    markdown = out / "plain.canvas.md"
    markdown.write_text(write(data, doc.language), encoding="utf-8")
    return plain, markdown


def main() -> int:
    with tempfile.TemporaryDirectory() as tmp:
        timings = {}
        for items in (20, 200):
            plain, markdown = pair(items, Path(tmp))
            timings[items] = (best(["check", "-q", str(plain)]),
                              best(["check", "-q", str(markdown)]))
            y, m = timings[items]
            print(f"{items:>4} items per block: YAML {y:.3f}s, Markdown {m:.3f}s, "
                  f"Markdown / YAML = {m / y:.2f}")
        print(f"Markdown, 200 / 20 items: {timings[200][1] / timings[20][1]:.1f}x the time "
              f"(YAML {timings[200][0] / timings[20][0]:.1f}x)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
