"""Every rule explains itself, and its examples are true.

The failing example of a rule's docstring must raise that rule; the passing
one must not. So ``canvaslint rule CODE`` never shows an example that lies.
"""

from __future__ import annotations

import pytest

from canvaslint.check.rule import RuleInfo
from canvaslint.check.ruledoc import parse
from tests.helpers import CRASH_CODES, all_rules, lint

RULES = all_rules()
WITH_EXAMPLES = [r for r in RULES if r.code not in CRASH_CODES]


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_rule_has_rationale_and_both_examples(rule: RuleInfo) -> None:
    doc = parse(rule.doc)
    assert "Why:" in doc.text, f"{rule.code} has no rationale"
    assert doc.fails.strip() and doc.passes.strip()


@pytest.mark.parametrize("rule", [r for r in RULES if r.code in CRASH_CODES],
                         ids=lambda r: r.code)
def test_a_crash_code_explains_itself_and_says_to_report_it(rule: RuleInfo) -> None:
    doc = parse(rule.doc)
    assert "Why:" in doc.text and "report" in doc.text and "no examples" in doc.text


@pytest.mark.parametrize("rule", WITH_EXAMPLES, ids=lambda r: r.code)
def test_failing_example_fails_and_passing_example_passes(rule: RuleInfo) -> None:
    doc = parse(rule.doc)
    assert rule.code in [f.code for f in lint(doc.fails, select=[rule.code])]
    assert rule.code not in [f.code for f in lint(doc.passes, select=[rule.code])]


def test_codes_and_names_are_unique() -> None:
    assert len({r.code for r in RULES}) == len({r.name for r in RULES}) == len(RULES)
