"""docs/editors.md: every editor's settings start the same server, and it works.

The settings for Helix (TOML), Neovim (Lua) and VS Code (the extension in
editors/vscode) are read from the documentation and the extension; the
command they name is started with a real LSP client, which opens a canvas
and receives its findings.
"""

from __future__ import annotations

import asyncio
import fnmatch
import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path
from typing import Any

import pytest
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig

from canvaslint.read.discovery import is_canvas_name
from tests.helpers import ROOT

DOC = (ROOT / "docs" / "editors.md").read_text(encoding="utf-8")
EXTENSION = ROOT / "editors" / "vscode"


def blocks(language: str) -> list[str]:
    return re.findall(rf"```{language}\n(.*?)```", DOC, re.S)


def helix_command() -> list[str]:
    (toml,) = blocks("toml")
    server = tomllib.loads(toml)["language-server"]["canvaslint"]
    languages = tomllib.loads(toml)["language"]
    assert any("canvaslint" in lang["language-servers"] for lang in languages)
    return [server["command"], *server["args"]]


def neovim_commands() -> list[list[str]]:
    found = []
    for lua in blocks("lua"):
        (cmd,) = re.findall(r"cmd = \{ (.*?) \}", lua)
        found.append(re.findall(r"'([^']*)'", cmd))
        assert "'yaml'" in lua
    return found


def vscode_command() -> list[str]:
    package = json.loads((EXTENSION / "package.json").read_text(encoding="utf-8"))
    command: list[str] = package["contributes"]["configuration"]["properties"][
        "canvaslint.command"]["default"]
    return command


def test_every_editor_starts_the_same_command() -> None:
    commands = [helix_command(), *neovim_commands(), vscode_command()]
    assert len(commands) == 4
    assert all(c == ["canvaslint", "server"] for c in commands), commands


def test_the_vscode_extension_selects_the_files_canvaslint_lints() -> None:
    source = (EXTENSION / "extension.js").read_text(encoding="utf-8")
    (glob,) = re.findall(r'CANVAS_FILES = "\*\*/\{(.*?)\}"', source)
    patterns = glob.split(",")
    for name in ["canvas.yaml", "canvas.yml", "shop.canvas.yaml", "a.b.canvas.yml",
                 "ci.yml", "canvas.yaml.bak", "mycanvas.yaml", "compose.yaml"]:
        assert any(fnmatch.fnmatchcase(name, p) for p in patterns) == is_canvas_name(name), name


@pytest.mark.skipif(shutil.which("node") is None, reason="node is not installed")
def test_the_vscode_extension_is_valid_javascript() -> None:
    done = subprocess.run(["node", "--check", str(EXTENSION / "extension.js")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


def _installed(command: list[str]) -> list[str]:
    """The documented command as this environment installs it (next to its Python)."""
    script = Path(sys.executable).parent / command[0]
    return [str(script if script.exists() else shutil.which(command[0])), *command[1:]]


@pytest.mark.asyncio
async def test_the_documented_command_serves_a_canvas(tmp_path: Path) -> None:
    path = tmp_path / "shop.canvas.yaml"
    path.write_text("name: Shop\ncustomer_segments:\n  - Walk-in customers\n", encoding="utf-8")
    config = ClientServerConfig(server_command=_installed(helix_command()),
                                server_env=dict(os.environ))
    client: Any = await config.start()
    try:
        await client.initialize_session(T.InitializeParams(capabilities=T.ClientCapabilities()))
        client.text_document_did_open(T.DidOpenTextDocumentParams(T.TextDocumentItem(
            uri=path.as_uri(), language_id="yaml", version=1, text=path.read_text())))
        params = await client.wait_for_notification("textDocument/publishDiagnostics")
        assert params.uri == path.as_uri()
        assert "B001" in {d.code for d in params.diagnostics}  # blocks still to fill in
    finally:  # shut the server down even when an assertion failed, or stop() waits forever
        await asyncio.wait_for(client.shutdown_session(), 30)
        await client.stop()


def test_the_server_benchmark_runs() -> None:
    """benchmarks/lsp.py still drives the server (its figures are not checked here)."""
    done = subprocess.run([sys.executable, str(ROOT / "benchmarks" / "lsp.py"), "--rounds", "1",
                           "--big", "20"], capture_output=True, text=True, timeout=300,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 0, done.stderr
    assert done.stdout.count("change -> findings") == 3
    assert "hover on a small canvas while" in done.stdout
