"""A baseline keeps old findings quiet and survives edits that move lines."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli

CANVAS = """name: A
description: no
customer_segments:
  - name: Everyone
  - name: Home baristas
"""


def run(*args: str) -> tuple[int, list[tuple[str, int]], str]:
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "Y,B002",
                                      "--format", "json", *args])
    if result.exit_code == 2 or "--write-baseline" in args:
        return result.exit_code, [], result.output
    body = json.loads(result.stdout)
    return result.exit_code, [(f["code"], f["line"]) for f in body["findings"]], result.output


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "canvas.yaml").write_text(CANVAS)
    return tmp_path


def test_write_then_only_new_findings(repo: Path) -> None:
    status, _, _ = run("--write-baseline", "base.json", "canvas.yaml")
    assert status == 0
    assert len(json.loads((repo / "base.json").read_text())["findings"]) == 2
    status, found, _ = run("--baseline", "base.json", "canvas.yaml")
    assert (status, found) == (0, [])


def test_baseline_survives_inserted_lines_and_items_above(repo: Path) -> None:
    run("--write-baseline", "base.json", "canvas.yaml")
    moved = CANVAS.replace("name: A\n", "name: A\n# a comment\n# another\n").replace(
        "  - name: Everyone\n", "  - name: Commuters\n  - name: Everyone\n")
    (repo / "canvas.yaml").write_text(moved)
    status, found, _ = run("--baseline", "base.json", "canvas.yaml")
    assert (status, found) == (0, [])


def test_new_finding_is_reported_and_gone_ones_counted(repo: Path) -> None:
    run("--write-baseline", "base.json", "canvas.yaml")
    changed = CANVAS.replace("description: no", "description: fine").replace(
        "Home baristas", "People")
    (repo / "canvas.yaml").write_text(changed)
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "Y,B002",
                                      "--baseline", "base.json", "canvas.yaml"])
    assert result.exit_code == 0  # B002 is a warning
    assert 'segment "People"' in result.output
    assert "1 finding of the baseline no longer occurs" in result.output


def test_a_bad_baseline_is_exit_2(repo: Path) -> None:
    (repo / "base.json").write_text("{not json")
    status, _, out = run("--baseline", "base.json", "canvas.yaml")
    assert status == 2 and "not a canvaslint baseline" in out
    status, _, out = run("--baseline", "missing.json", "canvas.yaml")
    assert status == 2 and "cannot read the baseline" in out


SECOND = """name: B
description: yes
customer_segments:
  - name: Everybody
key_partners:
"""


def summary(*args: str) -> str:
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "Y,B", *args])
    return result.output


@pytest.fixture
def two(repo: Path) -> Path:
    (repo / "second.canvas.yaml").write_text(SECOND)
    run("--select", "Y,B", "--write-baseline", "base.json", "canvas.yaml", "second.canvas.yaml")
    return repo


def test_a_file_not_linted_has_not_lost_its_findings(two: Path) -> None:
    """Issue 18: checking one file called the other file's baselined findings gone."""
    output = summary("--baseline", "base.json", "canvas.yaml")
    assert "no longer" not in output and "All clear" in output, output


def test_a_fixed_finding_in_a_linted_file_is_still_counted_gone(two: Path) -> None:
    (two / "canvas.yaml").write_text(CANVAS.replace("description: no", "description: fine"))
    output = summary("--baseline", "base.json", "canvas.yaml")
    assert "1 finding of the baseline no longer occurs" in output, output


def test_writing_a_baseline_for_one_file_keeps_the_others(two: Path) -> None:
    before = json.loads((two / "base.json").read_text())["findings"]
    assert {e["file"] for e in before} == {"canvas.yaml", "second.canvas.yaml"}
    status, _, output = run("--select", "Y,B", "--write-baseline", "base.json", "canvas.yaml")
    assert status == 0 and "kept" in output
    after = json.loads((two / "base.json").read_text())["findings"]
    assert sorted(map(json.dumps, after)) == sorted(map(json.dumps, before))
    full = summary("--baseline", "base.json", "canvas.yaml", "second.canvas.yaml")
    assert "All clear" in full and "no longer" not in full, full


@pytest.mark.parametrize("lang", ["nl", "ru"])
def test_baseline_keys_do_not_depend_on_the_report_language(two: Path, lang: str) -> None:
    """Issue 18: findings without an item name were keyed on the English message."""
    keyed_on_message = [e for e in json.loads((two / "base.json").read_text())["findings"]
                        if not e["item"] or e["item"] == e["message"]]
    assert keyed_on_message  # the canvas has findings without an item name
    output = summary("--lang", lang, "--baseline", "base.json", "canvas.yaml",
                     "second.canvas.yaml")
    assert "canvas.yaml:" not in output, output
    written = two / f"base-{lang}.json"
    run("--select", "Y,B", "--lang", lang, "--write-baseline", str(written),
        "canvas.yaml", "second.canvas.yaml")
    output = summary("--baseline", str(written), "canvas.yaml", "second.canvas.yaml")
    assert "canvas.yaml:" not in output and "no longer" not in output, output
