"""The rest of what a new user saw (issue 18): each test runs the command line."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from canvaslint.cli.main import cli
from tests.helpers import ROOT

DRAFT = """\
name: Roaster
description: Coffee roasted weekly
customer_segments:
  - name: Home brewers
    market: b2c
value_propositions:
  - name: Freshly roasted beans delivered weekly
    segments: [home-brewers]
revenue_streams:
  - Sales
"""


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


def check(tmp_path: Path, text: str, *args: str, name: str = "c.canvas.yaml") -> Result:
    file = tmp_path / name
    file.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["check", str(file), *args])


def test_statistics_columns_line_up(tmp_path: Path) -> None:
    out = check(tmp_path, DRAFT, "--statistics").output.splitlines()
    rows = [line for line in out if line[:5].strip().isdigit() and "  " in line[5:]
            and "canvas.yaml" not in line]
    assert {"B001", "RS004"} <= {row.split()[1] for row in rows}
    starts = {row.index(row.split()[2]) for row in rows}  # where the names begin
    assert len(starts) == 1, rows


def test_statistics_of_a_clean_file_has_no_run_of_blank_lines() -> None:
    result = CliRunner().invoke(cli, ["check", "--statistics", "examples/nespresso.canvas.yaml"])
    assert "\n\n" not in result.output and not result.output.startswith("\n")


def test_junit_fails_only_what_fails_the_run(tmp_path: Path) -> None:
    import xml.etree.ElementTree as ET

    passing = check(tmp_path, DRAFT, "--format", "junit", "--select", "B,RS")
    root = ET.fromstring(passing.output)
    assert passing.exit_code == 0 and root.get("failures") == "0"
    assert "B001" in (root.findtext(".//system-out") or "")  # seen, not failing
    failing = check(tmp_path, DRAFT, "--format", "junit", "--select", "B,RS",
                    "--fail-on", "warning")
    root = ET.fromstring(failing.output)
    failures = root.findall(".//failure")
    assert failing.exit_code == 1 and root.get("failures") == str(len(failures)) != "0"
    assert {f.get("type") for f in failures} == {"B001", "B004"}


def test_text_holding_colon_space_gets_advice_to_quote_it(tmp_path: Path) -> None:
    result = check(tmp_path, "name: Roaster\ndescription: Coffee: fresh\n")
    line = result.output.splitlines()[0]
    assert ":2:14: Y001" in line and "mapping values" not in line
    assert 'put the text in quotes, description: "Coffee: fresh"' in line


def test_the_quote_advice_in_a_russian_canvas_is_russian(tmp_path: Path) -> None:
    out = check(tmp_path, "язык: ru\nназвание: R\nописание: Кофе: свежий\n").output
    assert 'возьмите текст в кавычки, описание: "Кофе: свежий"' in out


@pytest.mark.parametrize(("config", "where", "says"), [
    ("fail-on: warnings\n", ":1:10:", "did you mean 'warning'?"),
    ("select: [CR]\nignore: [B001, B01]\n", ":2:16:", "did you mean B001?"),
])
def test_config_errors_point_at_the_value(tmp_path: Path, config: str, where: str,
                                          says: str) -> None:
    (tmp_path / ".canvaslint.yaml").write_text(config, encoding="utf-8")
    result = check(tmp_path, DRAFT)
    assert result.exit_code == 2
    assert f".canvaslint.yaml{where}" in result.output and says in result.output


def test_rule_command_suggests_the_code_meant() -> None:
    result = CliRunner().invoke(cli, ["rule", "CR01"])
    assert result.exit_code == 2 and "did you mean CR001?" in result.output
    assert "did you mean CR001?" in CliRunner().invoke(cli, ["rule", "cr01"]).output


def test_a_draft_gets_one_empty_block_finding_naming_the_blocks(tmp_path: Path) -> None:
    out = check(tmp_path, DRAFT, "--select", "B001").output.splitlines()
    assert len(out) == 2 and "6 blocks are empty or missing: channels, customer " in out[0]


TWO_RULES_ONE_VALUE = """\
name: Roaster
customer_segments:
  - name: Home brewers
  - name: Cafes
value_propositions:
  - name: Fresh beans
    segments: [home-brewers, cafes]
channels:
  - name: Web shop
    medium: [web]
    segments: [home-brewers]
customer_relationships:
  - name: Barista visits
    type: personal-assistance
    segments: [cafes]
    channels: [web-shop]
"""


def test_two_rules_on_one_value_point_at_one_place(tmp_path: Path) -> None:
    out = check(tmp_path, TWO_RULES_ONE_VALUE, "--select", "CR002,CR006").output
    places = {line.split(" ")[0] for line in out.splitlines() if " CR00" in line}
    codes = {line.split(" ")[1] for line in out.splitlines() if " CR00" in line}
    assert codes == {"CR002", "CR006"} and len(places) == 1, out
    assert places.pop().endswith(":16:16:")


def test_show_source_puts_a_caret_under_the_value_and_links_the_rule(tmp_path: Path) -> None:
    text = "name: Roaster\ncustomer_segments:\n  - name: Home brewers\n    market: B2C\n"
    out = check(tmp_path, text, "--select", "S001", "--show-source").output.splitlines()
    at = out.index("4 |     market: B2C")
    assert out[at + 1] == "  |             ^^^"
    assert out[at + 2] == "  = docs: https://canvaslint.dev/docs/rules.md#s001"
    assert "--show-source" not in check(tmp_path, text, "--select", "S001").output
    assert "4 |" not in check(tmp_path, text, "--select", "S001").output


def test_sarif_rules_link_their_documentation(tmp_path: Path) -> None:
    import json

    sarif = json.loads(check(tmp_path, DRAFT, "--format", "sarif").output)
    rules = sarif["runs"][0]["tool"]["driver"]["rules"]
    uris = {rule["id"]: rule.get("helpUri") for rule in rules}
    assert uris["CR001"] == "https://canvaslint.dev/docs/rules.md#cr001"
    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert all(f"### {code}\n" in reference for code in uris)  # each anchor exists
