"""Inline suppression comments, as a user writes them."""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from canvaslint.cli.main import cli
from tests.helpers import lint


def found(text: str, select: tuple[str, ...] = ("Y", "B002", "S", "X")) -> list[tuple[str, int]]:
    return [(f.code, f.line) for f in lint(text, select=select)]


def test_disable_on_the_line_of_the_finding() -> None:
    assert found("name: A\ndescription: no  # canvaslint: disable=Y003\n") == []


def test_disable_alone_on_the_line_above() -> None:
    text = "name: A\ncustomer_segments:\n  # canvaslint: disable=vague-item\n  - Everyone\n"
    assert found(text) == []


def test_disable_above_covers_only_the_next_line() -> None:
    text = ("name: A\ncustomer_segments:\n  # canvaslint: disable=B002\n  - Everyone\n"
            "  - People\n")
    assert found(text) == [("B002", 5)]


def test_disable_without_codes_covers_every_rule_and_prefixes_work() -> None:
    assert found("name: A\ndescription: no  # canvaslint: disable\n") == []
    assert found("name: A\ndescription: no  # canvaslint: disable=Y\n") == []


def test_several_codes_and_a_reason() -> None:
    text = ("name: A\ndescription: no  # canvaslint: disable=B002, Y003 -- the word is "
            "really no\n")
    assert found(text) == [("X001", 2)]  # B002 had nothing to suppress on that line
    text = "name: A\ndescription: no  # canvaslint: disable=Y003 -- pilot customers, see #12\n"
    assert found(text) == []


def test_disable_file_anywhere() -> None:
    text = ("name: A\ndescription: no\ncustomer_segments: [Everyone]\n"
            "# canvaslint: disable-file=Y003,B002 -- draft\n")
    assert found(text) == []


def test_unused_suppression_is_x001_info_at_the_comment() -> None:
    findings = lint("name: A  # canvaslint: disable=Y003\n", select=("Y", "X"))
    assert [(f.code, f.line, f.column, str(f.severity)) for f in findings] == [
        ("X001", 1, 10, "info")]
    assert "Y003" in findings[0].message and "suppresses nothing" in findings[0].message


def test_unknown_code_in_a_suppression_is_reported() -> None:
    assert found("name: A  # canvaslint: disable=ZZ999\n") == [("X001", 1)]


def test_suppression_of_a_rule_that_did_not_run_is_not_reported() -> None:
    assert found("name: A  # canvaslint: disable=B001\n", select=("Y", "X")) == []


def test_hash_inside_quoted_and_block_strings_is_not_a_comment() -> None:
    text = ('name: A\ndescription: "# canvaslint: disable=Y003"\nx: no\n'
            "y: |\n  # canvaslint: disable-file\n")
    codes = [c for c, _ in found(text)]
    assert "S002" in codes and "X001" not in codes


def test_x001_can_be_switched_off() -> None:
    assert found("name: A  # canvaslint: disable=Y003\n", select=("Y",)) == []


README_EXAMPLE = """\
name: Roastery
customer_segments:
  - name: Home brewers
    expects: [self-service]
customer_relationships:
  # canvaslint: disable=CR001 -- pilot customers get personal support
  - name: Founder hotline
    type: personal-assistance
    segments: [home-brewers]
  - name: Brew clinic
    type: personal-assistance
    segments: [home-brewers]
"""


def test_a_comment_above_an_item_covers_the_whole_item(tmp_path: Path) -> None:
    """The README's example (issue 18): CR001 sits on `type:`, the comment above `- name:`."""
    canvas = tmp_path / "roastery.canvas.yaml"
    canvas.write_text(README_EXAMPLE, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "CR001,X001",
                                      str(canvas)])
    lines = [line for line in result.output.splitlines() if " CR001 " in line or " X001 " in line]
    assert [line.split(" ")[0].rsplit(":", 2)[1] for line in lines] == ["11"], result.output
    assert "Brew clinic" in lines[0]


def test_a_comment_above_a_block_covers_the_block() -> None:
    text = ("name: A\n# canvaslint: disable=B002\ncustomer_segments:\n  - Everyone\n"
            "  - People\n")
    assert found(text, select=("B002", "X")) == []
    assert found(text.replace("# canvaslint: disable=B002\n", ""), select=("B002", "X")) == [
        ("B002", 3), ("B002", 4)]


def test_a_comment_at_the_end_of_an_item_line_covers_only_that_line() -> None:
    text = README_EXAMPLE.replace(
        "  # canvaslint: disable=CR001 -- pilot customers get personal support\n", "").replace(
        "  - name: Founder hotline\n", "  - name: Founder hotline  # canvaslint: disable=CR001\n")
    assert [(f.code, f.line) for f in lint(text, select=("CR001", "X001"))] == [
        ("X001", 6), ("CR001", 7), ("CR001", 10)]


def test_an_unknown_rule_in_a_directive_gets_a_did_you_mean() -> None:
    findings = lint("name: A  # canvaslint: disable=KA01\n", select=("Y", "X"))
    assert [f.code for f in findings] == ["X001"]
    assert "unknown rule KA01" in findings[0].message
    assert "did you mean KA001?" in findings[0].message
    assert "suppresses nothing here" not in findings[0].message


def test_an_unknown_rule_is_named_in_the_canvas_language(tmp_path: Path) -> None:
    canvas = tmp_path / "a.canvas.yaml"
    canvas.write_text("name: A  # canvaslint: disable=KA01\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--lang", "ru", str(canvas)])
    assert "неизвестное правило KA01" in result.output and "KA001" in result.output
