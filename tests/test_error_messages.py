"""Errors that stop a run, said in ``--lang`` (issue 15); English without it.

A Dutch team running ``canvaslint check --lang nl`` with a typo in its
configuration reads why the run stopped in Dutch, with the file, line and
column and the fix, and the exit status is still 2. Without ``--lang`` the
errors stay English (decisions.md, issue 15): CI logs and issue reports
keep one language whatever the canvases are written in.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvaslint.cli.main import cli

CANVAS = "name: Shop\ncustomer_segments: [Offices]\n"


def _stderr(result: Result) -> str:
    """Standard error; click 8.1 (the lowest allowed) mixes it into the output."""
    try:
        return result.stderr
    except ValueError:
        return result.output


def stderr_of(tmp_path: Path, *args: str, config: str | None = None) -> tuple[int, str]:
    (tmp_path / "c.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    if config is not None:
        (tmp_path / ".canvaslint.yaml").write_text(config, encoding="utf-8")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        result = CliRunner().invoke(cli, list(args))
    return result.exit_code, _stderr(result)


@pytest.mark.parametrize(("lang", "said"), [
    (None, ".canvaslint.yaml:1:1: `severty` is not a configuration key; did you mean "
           "`severity`?"),
    ("nl", ".canvaslint.yaml:1:1: `severty` is geen configuratiesleutel; bedoelde je "
           "`severity`?"),
    ("ru", ".canvaslint.yaml:1:1: `severty` — не ключ конфигурации; может быть, `severity`?"),
])
def test_a_wrong_configuration_key_in_the_users_language(tmp_path: Path, lang: str | None,
                                                          said: str) -> None:
    status, err = stderr_of(tmp_path, "check", "c.canvas.yaml",
                            *(["--lang", lang] if lang else []), config="severty: {}\n")
    assert status == 2
    assert said in err and err.startswith("canvaslint: error: ")


def test_an_unknown_rule_in_the_configuration_in_dutch(tmp_path: Path) -> None:
    status, err = stderr_of(tmp_path, "check", "c.canvas.yaml", "--lang", "nl",
                            config="severity:\n  CS01: warning\n")
    assert status == 2
    assert "'CS01' is geen code of naam van een regel; bedoelde je CS001?" in err


def test_a_list_in_an_error_is_joined_in_the_language(tmp_path: Path) -> None:
    status, err = stderr_of(tmp_path, "check", "c.canvas.yaml", "--format", "json",
                            "--format", "sarif", "--lang", "ru")
    assert status == 2
    assert "json и sarif нельзя одновременно выводить в стандартный вывод" in err


def test_a_file_that_is_not_a_baseline_in_russian(tmp_path: Path) -> None:
    (tmp_path / "old.json").write_text(json.dumps({"tool": "other"}), encoding="utf-8")
    status, err = stderr_of(tmp_path, "check", "c.canvas.yaml", "--baseline", "old.json",
                            "--lang", "ru")
    assert status == 2
    assert "old.json: это не базовая линия canvaslint (запишите её с --write-baseline)" in err


def test_writing_a_baseline_counts_in_the_language(tmp_path: Path) -> None:
    status, err = stderr_of(tmp_path, "check", "c.canvas.yaml", "--write-baseline",
                            "base.json", "--lang", "nl")
    assert status == 0
    assert "canvaslint: " in err and " geschreven naar de baseline base.json" in err
    assert "bevinding" in err and "findings" not in err


def test_a_rule_that_does_not_exist_in_dutch(tmp_path: Path) -> None:
    status, err = stderr_of(tmp_path, "rule", "CS01", "--lang", "nl")
    assert status == 2
    assert "geen regel 'CS01'; bedoelde je CS001? `canvaslint rules` toont ze allemaal" in err


def test_without_lang_a_dutch_canvas_still_gets_english_errors(tmp_path: Path) -> None:
    (tmp_path / "nl.canvas.yaml").write_text("taal: nl\nnaam: Winkel\n", encoding="utf-8")
    status, err = stderr_of(tmp_path, "check", "nl.canvas.yaml", config="severty: {}\n")
    assert status == 2
    assert "is not a configuration key" in err


def test_render_says_what_it_wrote_and_why_it_cannot_in_the_language(tmp_path: Path) -> None:
    status, err = stderr_of(tmp_path, "render", ".", "--lang", "nl")
    assert status == 2
    assert "canvaslint: error: .: dit is een map; render tekent één canvasbestand" in err
    status, err = stderr_of(tmp_path, "render", "c.canvas.yaml", "-o", "page.html",
                            "--lang", "ru")
    assert status == 0
    assert re.search(r"^canvaslint: записан page\.html \(\d+ замечани(е|я|й), оценка здоровья "
                     r"\d+/100\)$", err, re.M), err


def test_a_file_that_cannot_be_read_is_a_finding_in_the_language(tmp_path: Path) -> None:
    (tmp_path / "gone.canvas.yaml").symlink_to(tmp_path / "nowhere.yaml")
    with pytest.MonkeyPatch.context() as mp:
        mp.chdir(tmp_path)
        dutch = CliRunner().invoke(cli, ["check", "gone.canvas.yaml", "--lang", "nl"])
        english = CliRunner().invoke(cli, ["check", "gone.canvas.yaml"])
    assert dutch.exit_code == english.exit_code == 1
    assert "Y001 [error] deze symbolische koppeling wijst naar" in dutch.output
    assert "dat niet bestaat" in dutch.output
    assert "Y001 [error] this symbolic link points to" in english.output
