"""One mistake, one finding: rules reason from the canvas as meant (issue 18).

A beginner's canvas from `canvaslint init` with one honest mistake each:
the output must name that mistake, not the cascade of findings that a rule
reasoning from the misspelt word would add.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli


@pytest.fixture
def starter(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(cli, ["init", "shop.canvas.yaml"])
    assert result.exit_code == 0, result.output
    return tmp_path / "shop.canvas.yaml"


def codes(canvas: Path, text: str, *args: str) -> list[tuple[str, str]]:
    canvas.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--format", "json", *args,
                                      str(canvas)])
    assert result.exit_code in (0, 1), result.output
    return [(f["code"], f["message"]) for f in json.loads(result.stdout)["findings"]]


def test_the_starter_canvas_is_clean(starter: Path) -> None:
    assert codes(starter, starter.read_text(encoding="utf-8")) == []


def test_a_misspelt_block_key_is_one_finding(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace("customer_segments:", "customer_segment:")
    assert [c for c, _ in codes(starter, text)] == ["S002"]


def test_a_misspelt_reference_is_one_finding_per_place(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "segments: [local-families]", "segments: [local-familie]")
    found = codes(starter, text)
    assert {c for c, _ in found} == {"R001"} and len(found) == text.count("[local-familie]")


def test_a_rejected_type_is_read_as_meant(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "type: dedicated-personal-assistance\n", "type: dedicated personal assistance\n")
    assert [c for c, _ in codes(starter, text)] == ["S001"]


@pytest.mark.parametrize("lang", ["en", "ru"])
def test_a_rejected_expectation_is_not_advice(starter: Path, lang: str) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "expects: [personal-assistance]", "expects: [personal assistance]")
    found = codes(starter, text, "--lang", lang)
    assert [c for c, _ in found] == ["S001"]
    assert not any("add personal assistance" in m or "добавьте personal" in m for _, m in found)


def test_a_rejected_kpi_perspective_is_not_a_missing_kpi(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "perspective: customer\n", "perspective: customers\n")
    assert [c for c, _ in codes(starter, text)] == ["S001"]


def test_a_kpi_perspective_that_cannot_be_read_is_not_a_missing_one(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "perspective: customer\n", "perspective: happy clients\n")
    assert [c for c, _ in codes(starter, text)] == ["S001"]


def test_a_rejected_value_without_a_sure_meaning_is_not_reasoned_from(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "type: dedicated-personal-assistance\n", "type: phone calls now and then\n")
    assert [c for c, _ in codes(starter, text)] == ["S001"]


def test_a_block_under_an_unknown_key_is_the_cause_of_what_follows(starter: Path) -> None:
    """No sure meaning for the key: the findings stay, folded under their cause."""
    text = starter.read_text(encoding="utf-8").replace(
        "customer_segments:", "segments_of_our_customers:")
    starter.write_text(text, encoding="utf-8")
    line = text.splitlines().index("segments_of_our_customers:") + 1
    result = CliRunner().invoke(cli, ["check", "--no-config", "--format", "json", str(starter)])
    found = json.loads(result.stdout)["findings"]
    assert [f["code"] for f in found if "cause" not in f] == ["S002"]
    assert {f["code"] for f in found if "cause" in f} == {"B001", "R001"}
    assert all(f["cause"] == {"code": "S002", "line": line, "column": 1}
               for f in found if "cause" in f)
    text_out = CliRunner().invoke(cli, ["check", "--no-config", str(starter)]).output.splitlines()
    assert " S002 " in text_out[0] and not text_out[0].startswith(" ")
    assert all(row.startswith("    ") for row in text_out[1:len(found)])
    sarif = json.loads(CliRunner().invoke(
        cli, ["check", "--no-config", "--format", "sarif", str(starter)]).stdout)
    causes = [r.get("properties", {}).get("cause") for r in sarif["runs"][0]["results"]]
    assert causes.count({"ruleId": "S002", "line": line, "column": 1}) == len(found) - 1


def test_references_into_a_missing_block_follow_from_its_b001(tmp_path: Path) -> None:
    canvas = tmp_path / "a.canvas.yaml"
    canvas.write_text("name: A\nvalue_propositions:\n  - name: Beans\n    segments: [baristas]\n"
                      "channels:\n  - name: Shop\n    segments: [baristas]\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "B001,R001",
                                      "--format", "json", str(canvas)])
    found = json.loads(result.stdout)["findings"]
    # Several blocks are missing: one B001 names them all, the segments block among them.
    (b001,) = [f for f in found if f["code"] == "B001"]
    assert "customer segments" in b001["message"]
    r001 = [f for f in found if f["code"] == "R001"]
    assert len(r001) == 2 and all(f["cause"] == {"code": "B001", "line": b001["line"],
                                                 "column": b001["column"]} for f in r001)


def test_findings_about_items_under_a_misspelt_key_point_at_them(starter: Path) -> None:
    text = starter.read_text(encoding="utf-8").replace(
        "customer_segments:", "customer_segment:").replace("- name: Local families",
                                                           "- name: Everyone")
    starter.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "B002", "--format",
                                      "json", str(starter)])
    found = json.loads(result.stdout)["findings"]
    line = text.splitlines().index("  - name: Everyone") + 1
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("B002", line, 11)]
