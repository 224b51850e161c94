"""The checked-in rule reference is generated from the rules and up to date."""

from __future__ import annotations

from canvaslint.report.docgen import markdown
from tests.helpers import ROOT, all_rules


def test_rule_reference_is_up_to_date() -> None:
    expected = markdown(all_rules())
    actual = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    assert actual == expected, (
        "docs/rules.md is out of date: run `canvaslint rules --markdown > docs/rules.md`")


def test_readme_links_the_reference_and_every_rule_is_in_it() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "docs/rules.md" in readme
    reference = (ROOT / "docs" / "rules.md").read_text(encoding="utf-8")
    for rule in all_rules():
        if rule.origin == "canvaslint":
            assert f"### {rule.code}" in reference
