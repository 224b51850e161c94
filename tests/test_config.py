"""Configuration: where it is found, what wins, and how a bad one is explained."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.check import config as config_module
from canvaslint.cli.main import cli

CANVAS = "name: A\ndescription: no\ncustomer_segments: [Everyone]\nkey_partners: []\n"
# Structural rules only: the business rules have tests of their own.
STRUCTURAL = "select: [Y, B, S]\n"


@pytest.fixture(autouse=True)
def fresh_cache() -> None:
    config_module.load.cache_clear()
    config_module._in_folder.cache_clear()


def check(root: Path, *args: str) -> tuple[int, list[tuple[str, str, str]], str]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args],
                                catch_exceptions=False)
    try:
        found = [(f["file"], f["code"], f["severity"])
                 for f in json.loads(result.stdout)["findings"]]
    except ValueError:
        found = []
    return result.exit_code, found, result.stderr if result.stderr_bytes else result.output


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "canvas.yaml").write_text(CANVAS)
    (tmp_path / "team").mkdir()
    (tmp_path / "team" / "canvas.yaml").write_text(CANVAS)
    return tmp_path


def codes(found: list[tuple[str, str, str]], file: str) -> list[str]:
    return sorted(c for f, c, _ in found if f == file)


def test_no_configuration_runs_everything(repo: Path) -> None:
    _, found, _ = check(repo, ".")
    assert "B001" in codes(found, "canvas.yaml") and "Y003" in codes(found, "canvas.yaml")


def test_nearest_configuration_wins_per_file(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text("ignore: [B001]\n")
    (repo / "team" / ".canvaslint.yaml").write_text("ignore: [Y003, vague-item]\n")
    _, found, _ = check(repo, ".")
    assert "B001" not in codes(found, "canvas.yaml")
    team = codes(found, "team/canvas.yaml")
    assert "B001" in team and "Y003" not in team and "B002" not in team


def test_canvaslint_yaml_beats_pyproject_in_the_same_folder(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[tool.canvaslint]\nignore = ["B"]\n')
    _, found, _ = check(repo, "canvas.yaml")
    assert "B001" not in codes(found, "canvas.yaml")
    (repo / ".canvaslint.yaml").write_text("ignore: [Y]\n")
    config_module._in_folder.cache_clear()
    _, found, _ = check(repo, "canvas.yaml")
    assert "B001" in codes(found, "canvas.yaml") and "Y003" not in codes(found, "canvas.yaml")


def test_pyproject_without_the_table_is_passed_over(repo: Path) -> None:
    (repo / "team" / "pyproject.toml").write_text('[project]\nname = "x"\n')
    (repo / ".canvaslint.yaml").write_text("ignore: [B]\n")
    _, found, _ = check(repo, "team")
    assert "B001" not in codes(found, "team/canvas.yaml")


def test_command_line_overrides_and_extends_the_file(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text("select: [Y]\nfail-on: never\n")
    status, found, _ = check(repo, "canvas.yaml")
    assert codes(found, "canvas.yaml") == ["Y003"] and status == 0
    status, found, _ = check(repo, "--fail-on", "error", "--select", "Y,B", "--ignore",
                             "Y003", "canvas.yaml")
    assert status == 0 and "Y003" not in codes(found, "canvas.yaml")
    status, found, _ = check(repo, "--fail-on", "warning", "--select", "Y,B", "canvas.yaml")
    assert status == 1 and "B001" in codes(found, "canvas.yaml")


def test_severity_override_and_fail_on(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text(
        "select: [B002]\nseverity:\n  vague-item: error\n")
    status, found, _ = check(repo, "canvas.yaml")
    assert status == 1 and ("canvas.yaml", "B002", "error") in found
    (repo / ".canvaslint.yaml").write_text("select: [B002]\nfail-on: never\n")
    config_module.load.cache_clear()
    assert CliRunner().invoke(cli, ["check", "canvas.yaml"]).exit_code == 0


def test_per_file_ignores_match_relative_to_the_configuration(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text(
        STRUCTURAL + 'per-file-ignores:\n  "team/*.yaml": [B, Y003]\n')
    _, found, _ = check(repo, ".")
    assert codes(found, "team/canvas.yaml") == []
    assert "B001" in codes(found, "canvas.yaml")


def test_explicit_config_and_no_config(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text("ignore: [Y, B]\n")
    (repo / "other.yaml").write_text("ignore: [S]\n")
    _, found, _ = check(repo, "--no-config", "canvas.yaml")
    assert "Y003" in codes(found, "canvas.yaml")
    _, found, _ = check(repo, "--config", "other.yaml", "canvas.yaml")
    assert "Y003" in codes(found, "canvas.yaml")


def test_rule_options_from_configuration(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text("rules:\n  B002:\n    vague-words: [nobody]\n")
    _, found, _ = check(repo, "canvas.yaml")
    assert "B002" not in codes(found, "canvas.yaml")


BAD = [
    ("selct: [ALL]\n", "1:1", "did you mean `select`?"),
    # A wrong value is pointed at, not its key (issue 18).
    ("select: ALL\n", "1:9", "must be a list"),
    ("fail-on: warn\n", "1:10", "did you mean 'warning'? use one of: error, warning, info, never"),
    ("ignore: [CR0O1]\n", "1:10", "did you mean CR001?"),
    ("severity:\n  B002: fatal\n", "2:9", "use one of: error, warning, info"),
    ("severity:\n  B00x: error\n", "2:3", "not a rule code or name"),
    ("rules:\n  B002:\n    vague-word: [x]\n", "2:3", "did you mean `vague-words`?"),
    ("rules:\n  B002:\n    vague-words: everyone\n", "2:3", "bad option for rule B002"),
    ("rules:\n  Y001:\n    x: 1\n", "2:3", "has no options"),
    ("select: [\n", "2:1", "not valid YAML"),
    ("- select\n", "1:1", "must be a mapping"),
]


@pytest.mark.parametrize(("text", "where", "words"), BAD)
def test_bad_configuration_is_exit_2_located_without_traceback(
    repo: Path, text: str, where: str, words: str
) -> None:
    (repo / ".canvaslint.yaml").write_text(text)
    result = CliRunner().invoke(cli, ["check", "canvas.yaml"])
    assert result.exit_code == 2, result.output
    assert f".canvaslint.yaml:{where}:" in result.output
    assert words in result.output
    assert "Traceback" not in result.output


def test_bad_pyproject_table_names_the_line(repo: Path) -> None:
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\n\n[tool.canvaslint]\n'
                                         'fail-on = "sometimes"\n')
    result = CliRunner().invoke(cli, ["check", "canvas.yaml"])
    assert result.exit_code == 2 and "pyproject.toml:5:11:" in result.output


def test_show_config_says_where_each_value_comes_from(repo: Path) -> None:
    (repo / ".canvaslint.yaml").write_text("ignore: [B001]\nfail-on: warning\n")
    out = CliRunner().invoke(cli, ["check", "--show-config", "--ignore", "Y003",
                                   "canvas.yaml"]).output
    assert "fail-on: warning    # from " in out and ".canvaslint.yaml:2:1" in out
    assert "ignore: B001, Y003" in out and "+ command line" in out
