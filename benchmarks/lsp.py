"""How quickly `canvaslint server` shows the findings of an edit, and whether it stays responsive.

A real LSP client (pygls's) starts the server over stdio, opens a canvas,
and then changes it again and again, as typing does; each change is timed
from the moment it is sent to the moment its diagnostics arrive. The server
waits ``DEBOUNCE_SECONDS`` after a change before it lints (a burst of
keystrokes is one lint), so the figure that matters is the time after that
pause. It is set against one ``canvaslint check`` process on the same file
(what an editor without the server would run on save), as a ratio.

A second measure opens a big canvas (over 10,000 items) and asks for a
hover on a small one while the big one is being linted: the answer must
not wait for the big lint.

    python benchmarks/lsp.py            # a typical canvas, a generated one, the big one
    python benchmarks/lsp.py --quick    # fewer rounds (CI's smoke run)
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from lsprotocol import types as T
from pygls.lsp.client import LanguageClient

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

import generate  # noqa: E402

from canvaslint.server.app import DEBOUNCE_SECONDS  # noqa: E402

SERVER = [sys.executable, "-m", "canvaslint", "server"]


class Client:
    """A pygls client that notes when each (uri, version)'s diagnostics arrive."""

    def __init__(self) -> None:
        self.lsp = LanguageClient("canvaslint-benchmark", "1")
        self.arrived: dict[tuple[str, int | None], float] = {}

        @self.lsp.feature(T.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
        def published(_: LanguageClient, params: T.PublishDiagnosticsParams) -> None:
            self.arrived[(params.uri, params.version)] = time.perf_counter()

    async def start(self) -> None:
        await self.lsp.start_io(*SERVER)
        await self.lsp.initialize_async(T.InitializeParams(capabilities=T.ClientCapabilities()))
        self.lsp.initialized(T.InitializedParams())

    async def stop(self) -> None:
        await self.lsp.shutdown_async(None)
        self.lsp.exit(None)
        await self.lsp.stop()

    async def until(self, uri: str, version: int, timeout: float = 600) -> float:
        deadline = time.perf_counter() + timeout
        while (uri, version) not in self.arrived:
            if time.perf_counter() > deadline:
                raise TimeoutError(f"no diagnostics for {uri} version {version}")
            await asyncio.sleep(0.001)
        return self.arrived[(uri, version)]

    def open(self, path: Path, text: str) -> str:
        uri = path.as_uri()
        self.lsp.text_document_did_open(T.DidOpenTextDocumentParams(
            T.TextDocumentItem(uri=uri, language_id="yaml", version=1, text=text)))
        return uri

    def change(self, uri: str, text: str, version: int) -> float:
        sent = time.perf_counter()
        self.lsp.text_document_did_change(T.DidChangeTextDocumentParams(
            T.VersionedTextDocumentIdentifier(uri=uri, version=version),
            [T.TextDocumentContentChangeWholeDocument(text=text)]))
        return sent


def check_seconds(path: Path, runs: int) -> float:
    """The median wall time of one `canvaslint check` process on the file."""
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run([sys.executable, "-m", "canvaslint", "check", "-q", str(path)],
                       capture_output=True, check=False)
        times.append(time.perf_counter() - started)
    return statistics.median(times)


async def edit_latency(client: Client, path: Path, text: str, rounds: int) -> list[float]:
    path.write_text(text, encoding="utf-8")
    uri = client.open(path, text)
    await client.until(uri, 1)
    latencies = []
    for version in range(2, rounds + 2):
        edited = text.replace("\n", f"\n# edit {version}\n", 1)  # a keystroke's worth
        sent = client.change(uri, edited, version)
        latencies.append(await client.until(uri, version) - sent - DEBOUNCE_SECONDS)
    return latencies


async def responsiveness(client: Client, work: Path, items: int) -> tuple[float, float]:
    """Seconds a hover on a small canvas takes while a big one is linted, and the big lint."""
    small = (HERE.parent / "examples" / "nespresso.canvas.yaml").read_text(encoding="utf-8")
    small_uri = client.open(work / "small.canvas.yaml", small)
    await client.until(small_uri, 1)
    big = work / "big.canvas.yaml"
    big.write_text(generate.canvas_text(0, items), encoding="utf-8")
    opened = time.perf_counter()
    big_uri = client.open(big, big.read_text(encoding="utf-8"))
    await asyncio.sleep(0.05)  # the big lint is under way
    asked = time.perf_counter()
    await client.lsp.text_document_hover_async(T.HoverParams(
        T.TextDocumentIdentifier(small_uri), T.Position(line=14, character=8)))
    answered = time.perf_counter() - asked
    return answered, await client.until(big_uri, 1) - opened


def report(name: str, latencies: list[float], check: float) -> None:
    median = statistics.median(latencies)
    worst = max(latencies)
    print(f"{name:<34} change -> findings {median * 1000:6.0f} ms median, {worst * 1000:6.0f} ms "
          f"worst (after the {DEBOUNCE_SECONDS * 1000:.0f} ms pause); one `check` process "
          f"{check * 1000:5.0f} ms; ratio {median / check:.2f}")


async def main_async(rounds: int, big_items: int) -> None:
    client = Client()
    await client.start()
    try:
        with tempfile.TemporaryDirectory() as folder:
            work = Path(folder)
            cases = {
                "examples/nespresso.canvas.yaml": (HERE.parent / "examples" /
                                                   "nespresso.canvas.yaml").read_text("utf-8"),
                "generated, 20 items a block": generate.canvas_text(0, 20),
                "generated, 200 items a block": generate.canvas_text(1, 200),
            }
            for index, (name, text) in enumerate(cases.items()):
                path = work / f"case{index}.canvas.yaml"
                latencies = await edit_latency(client, path, text, rounds)
                report(name, latencies, check_seconds(path, max(3, rounds // 4)))
            hover, lint = await responsiveness(client, work, big_items)
            print(f"hover on a small canvas while a {big_items}-items-a-block canvas is linted: "
                  f"{hover * 1000:.0f} ms (the big lint: {lint:.1f} s; ratio {hover / lint:.3f})")
    finally:
        await client.stop()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rounds", type=int, default=20, help="Changes timed per canvas.")
    parser.add_argument("--big", type=int, default=1200, help="Items a block of the big canvas.")
    parser.add_argument("--quick", action="store_true", help="3 rounds, a smaller big canvas.")
    args = parser.parse_args()
    if args.quick:
        args.rounds, args.big = 3, 300
    asyncio.run(main_async(args.rounds, args.big))


if __name__ == "__main__":
    main()
