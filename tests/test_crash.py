"""A failure of code is reported as what it is: a rule's (X000) or canvaslint's (X002).

Before issue 15 a crash of canvaslint's own code was reported as Y001
(yaml-syntax), sending the user to look for a mistake in a canvas that
had none, and X000 was a code ``canvaslint rule`` did not know.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.check import crash
from canvaslint.cli.main import cli
from canvaslint.model import canvas as model
from tests.helpers import CRASH_CODES, all_rules

CANVAS = "name: Nespresso\ncustomer_segments:\n  - name: Home coffee lovers\n"
RAISES = '''"""Raises."""
CODE, NAME, SEVERITY, SUMMARY = "Q001", "raises", "error", "Raises"
def check(ctx, options):
    raise KeyError("price")
'''


def _check(path: Path, *args: str) -> tuple[int, list[dict[str, str]]]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", *args, str(path)],
                                catch_exceptions=False)
    return result.exit_code, json.loads(result.output)["findings"]


def _broken_model(*args: object, **kwargs: object) -> None:
    raise ValueError("the model builder broke")


def test_a_crash_of_canvaslint_itself_is_x002_not_a_yaml_syntax_error(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text(CANVAS, encoding="utf-8")
    monkeypatch.setattr(model, "build", _broken_model)
    status, found = _check(canvas)
    assert status == 1
    assert [(f["code"], f["name"]) for f in found] == [("X002", "internal-error")]
    assert found[0]["message"] == ("canvaslint failed on this file (ValueError: the model "
                                   "builder broke); please report it")


def test_canvaslints_crash_speaks_the_language_asked_for(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_text(CANVAS, encoding="utf-8")
    monkeypatch.setattr(model, "build", _broken_model)
    _, found = _check(canvas, "--lang", "nl")
    assert found[0]["code"] == "X002"
    assert found[0]["message"].startswith("canvaslint liep vast op dit bestand (ValueError")


def test_a_rules_crash_is_x000_even_when_x000_is_not_selected(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / ".git").mkdir()
    (tmp_path / "raises.py").write_text(RAISES, encoding="utf-8")
    (tmp_path / ".canvaslint.yaml").write_text("plugins: [raises.py]\n", encoding="utf-8")
    (tmp_path / "shop.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    status, found = _check(Path("shop.canvas.yaml"), "--select", "Q001")
    assert status == 1
    (finding,) = found
    assert (finding["code"], finding["name"], finding["severity"]) == (
        "X000", "rule-crashed", "error")
    assert finding["message"].startswith(
        "rule Q001 (raises, from raises.py) failed on this file: KeyError: 'price' (at ")
    assert finding["message"].endswith(
        "the other rules ran; please report this to the rule's authors")


@pytest.mark.parametrize("code", sorted(CRASH_CODES))
@pytest.mark.parametrize(("lang", "words"), [("en", "report"), ("nl", "meld"),
                                             ("ru", "сообщите")])
def test_rule_explains_the_crash_codes(code: str, lang: str, words: str) -> None:
    result = CliRunner().invoke(cli, ["rule", code, "--lang", lang])
    assert result.exit_code == 0, result.output
    assert code in result.output and words in result.output


def test_the_crash_findings_carry_the_registered_names() -> None:
    registered = {r.code: r.name for r in all_rules()}
    for code, name in (crash.RULE_CRASHED, crash.INTERNAL_ERROR):
        assert registered[code] == name
