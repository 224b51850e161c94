"""The command line as a user runs it: outputs, exit codes, stdin, files."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli
from tests.helpers import EXAMPLES, ROOT

GOLDEN = Path(__file__).parent / "golden"
MISTAKE = "examples/mistakes/S001-schema.canvas.yaml"


def run(*args: str, input: str | None = None, env: dict[str, str] | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CANVASLINT_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


@pytest.mark.parametrize("fmt,ext", [("text", "txt"), ("json", "json")])
def test_golden_output(fmt: str, ext: str) -> None:
    result = run("check", "--format", fmt, "examples/mistakes")
    assert result.exit_code == 1
    golden(f"mistakes.{ext}", result.output)


def test_json_output_is_sorted_and_complete() -> None:
    data = json.loads(run("check", "--format", "json", "examples/mistakes").output)
    assert data["version"] == 1
    assert data["files"] == len(list((EXAMPLES / "mistakes").glob("*.canvas.yaml")))
    keys = [(f["file"], f["line"], f["column"], f["code"]) for f in data["findings"]]
    assert keys == sorted(keys)
    assert set(data["findings"][0]) == {"file", "line", "column", "end_line", "end_column",
                                        "code", "name", "severity", "message", "path"}


def test_clean_example_exits_zero_with_summary() -> None:
    result = run("check", str(EXAMPLES / "nespresso.canvas.yaml"))
    assert result.exit_code == 0
    assert "no problems found in 1 file" in result.output


def test_folder_discovers_canvas_names_only(tmp_path: Path) -> None:
    (tmp_path / "canvas.yaml").write_text("name: A\n")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "shop.canvas.yml").write_text("name: B\n")
    (tmp_path / "notes.yaml").write_text("- not a canvas\n")
    result = run("check", "--format", "json", "--select", "S", str(tmp_path))
    assert json.loads(result.output)["files"] == 2


def test_fail_on_warning_and_never() -> None:
    snippet = "name: X\nkey_partners: []\n"
    assert run("check", "--select", "B001", "-", input=snippet).exit_code == 0
    assert run("check", "--select", "B001", "--fail-on", "warning", "-",
               input=snippet).exit_code == 1
    assert run("check", "--fail-on", "never", "-", input="name: [\n").exit_code == 0


def test_select_and_ignore_prefixes_and_names() -> None:
    snippet = "name: X\ndescription: no\nkey_partners: []\n"
    out = run("check", "--select", "Y,empty-block", "--ignore", "Y003", "-", input=snippet)
    assert "B001" in out.output and "Y003" not in out.output


def test_stdin_filename_names_the_findings() -> None:
    out = run("check", "--select", "Y", "--stdin-filename", "plans/shop.canvas.yaml", "-",
              input="name: X\ndescription: no\n")
    assert out.output.startswith("plans/shop.canvas.yaml:2:14: Y003 [*] [error]")


def test_quiet_drops_the_summary_and_output_writes_a_file(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    out = run("check", "--quiet", "--format", "json", "--output", str(target), MISTAKE)
    assert out.exit_code == 1 and out.output == ""
    assert json.loads(target.read_text())["findings"][0]["code"] == "S001"
    quiet = run("check", "-q", MISTAKE).output
    assert "Found" not in quiet and quiet.count("\n") == 1


def test_run_that_cannot_be_done_is_exit_2_without_traceback() -> None:
    missing = run("check", "no/such/file.yaml")
    assert missing.exit_code == 2 and "no such file or folder" in missing.output
    typo = run("check", "--select", "CR0O1", MISTAKE)
    assert typo.exit_code == 2 and "not a rule code" in typo.output
    bad_format = run("check", "--format", "xml", MISTAKE)
    assert bad_format.exit_code == 2


def test_colour_only_on_a_terminal_and_never_with_no_color() -> None:
    env = {**os.environ, "FORCE_COLOR": "1"}
    coloured = subprocess.run([sys.executable, "-m", "canvaslint", "check", MISTAKE],
                              capture_output=True, text=True, env=env, cwd=ROOT)
    assert "\x1b[" in coloured.stdout
    env["NO_COLOR"] = "1"
    plain = subprocess.run([sys.executable, "-m", "canvaslint", "check", MISTAKE],
                           capture_output=True, text=True, env=env, cwd=ROOT)
    assert "\x1b[" not in plain.stdout
    piped = subprocess.run([sys.executable, "-m", "canvaslint", "check", MISTAKE],
                           capture_output=True, text=True, cwd=ROOT)
    assert "\x1b[" not in piped.stdout and piped.returncode == 1


def test_rules_and_rule_explain() -> None:
    listing = run("rules").output
    assert "Y002    duplicate-key" in listing
    explained = run("rule", "Y003")
    assert explained.exit_code == 0
    assert "Why:" in explained.output and "Fails:" in explained.output
    assert run("rule", "NOPE1").exit_code == 2


def test_schema_command_prints_the_schema() -> None:
    assert json.loads(run("schema").output)["title"]


def test_version() -> None:
    assert run("--version").output.startswith("canvaslint, version ")
