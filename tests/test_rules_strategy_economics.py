"""Strategy, revenue, activity, partner and cost rules: snippet -> code, line, column."""

from __future__ import annotations

from typing import Any

import pytest

from tests.helpers import lint

CI = "name: X\nstrategy:\n  value_discipline: customer-intimacy\n"
OE = "name: X\nstrategy:\n  value_discipline: operational-excellence\n"
PL = "name: X\nstrategy:\n  value_discipline: product-leadership\n"
SEGMENT = "customer_segments:\n  - name: Banks\n"
# One segment more: on a canvas with one segment, an item naming none serves it.
SEGMENTS = SEGMENT + "  - name: Insurers\n"
# A canvas that writes a link somewhere has chosen to link: its unlinked items are
# findings one by one (a canvas that writes none gets B003 once per block instead).
LINKED = "key_partners:\n  - {name: Bank, provides: []}\n"
LINKED_COST = "cost_structure:\n  - {name: Fees, for: []}\n"

FAILING: list[tuple[str, str, int, int, str]] = [
    # (snippet, code, line, column, words the message must contain)
    # ST001: customer intimacy without a personal or co-creation relationship.
    (CI + "customer_relationships:\n  - name: Size finder\n    type: self-service\n",
     "ST001", 3, 21, 'relationship "Size finder"'),
    (CI + "customer_relationships: []\n", "ST001", 3, 21, "no customer relationships"),
    (CI + "customer_relationships:\n  - Open house\n", "ST001", 3, 21, 'relationship "Open house"'),
    # ST001: operational excellence where every relationship (alias too) is dedicated.
    (OE + "customer_relationships:\n  - name: Key accounts\n    type: account-management\n"
     "  - name: Named managers\n    type: dedicated-personal-assistance\n",
     "ST001", 3, 21, "every relationship is dedicated-personal-assistance"),
    # ST002: no proposition lists an element the discipline competes on.
    (OE + "value_propositions:\n  - name: City flights\n    elements: [convenience-usability]\n",
     "ST002", 3, 21, "price or cost-reduction"),
    (CI + "value_propositions:\n  - name: Suits\n    elements: performance\n",
     "ST002", 3, 21, "customization"),
    (PL + "value_propositions: [Gadgets]\n", "ST002", 3, 21, "newness, performance or design"),
    (PL, "ST002", 3, 21, "no value proposition"),
    # ST003: operational excellence with a value-driven cost structure.
    (OE + "  cost_orientation: value-driven\n", "ST003", 4, 21, "make the cost structure cost"),
    ("name: X\nstrategy:\n  cost_orientation: value-driven\n"
     "  value_discipline: operational-excellence\n", "ST003", 3, 21, "operational-excellence"),
    # RS001: a revenue stream names no segment.
    (SEGMENTS + "revenue_streams:\n  - name: Fees\n    type: usage-fee\n" + LINKED,
     "RS001", 5, 11, 'revenue stream "Fees"'),
    (SEGMENT + "revenue_streams:\n  - name: Fees\n    segments: []\n",
     "RS001", 5, 15, 'revenue stream "Fees"'),
    (SEGMENTS + "revenue_streams:\n  - Licence fees\n" + LINKED, "RS001", 5, 5, '"Licence fees"'),
    # RS002: a revenue stream names a segment with pays: false.
    ("customer_segments:\n  - {name: Free listeners, pays: false}\nrevenue_streams:\n"
     "  - name: Ads\n    segments: [free-listeners]\n",
     "RS002", 5, 16, 'segment "Free listeners"'),
    ("customer_segments:\n  - {name: Free listeners, pays: false}\nrevenue_streams:\n"
     "  - name: Ads\n    segments: free-listeners\n", "RS002", 5, 15, "name the segment that pays"),
    ("customer_segments:\n  - Advertisers\n  - {name: Free listeners, pays: false}\n"
     "revenue_streams:\n  - name: Ads\n    segments: [advertisers, free-listeners]\n",
     "RS002", 6, 29, "remove it from the stream's segments"),
    # RS003: a subscription from a segment whose relationships state goals but no retention.
    (SEGMENT + "customer_relationships:\n  - name: Welcome call\n    segments: banks\n"
     "    goals: [acquisition]\nrevenue_streams:\n  - name: Licence\n    type: subscription\n"
     "    segments: [banks]\n", "RS003", 10, 16, 'segment "Banks"'),
    (SEGMENT + "customer_relationships:\n  - name: Welcome call\n    segments: banks\n"
     "    goals: acquisition\n  - name: Helpdesk\n    segments: banks\n"
     "revenue_streams:\n  - name: Licence\n    type: subscription\n    segments: banks\n",
     "RS003", 12, 15, 'revenue stream "Licence"'),
    (SEGMENT + "  - Insurers\ncustomer_relationships:\n  - name: Account team\n"
     "    segments: [banks]\n    goals: [retention]\n  - name: Webinars\n"
     "    segments: [insurers]\n    goals: [acquisition]\nrevenue_streams:\n"
     "  - name: Licence\n    type: subscription\n    segments: [banks, insurers]\n",
     "RS003", 14, 23, 'segment "Insurers"'),
    # RS004: a revenue stream names no value proposition.
    ("revenue_streams:\n  - name: Fees\n    segments: [banks]\n",
     "RS004", 2, 11, 'revenue stream "Fees"'),
    ("revenue_streams:\n  - name: Fees\n    value_propositions: []\n",
     "RS004", 3, 25, "value_propositions"),
    # KA001: a key activity supports nothing.
    ("key_activities:\n  - name: Roasting\n    type: production\n" + LINKED,
     "KA001", 2, 11, 'key activity "Roasting"'),
    ("key_activities:\n  - name: Roasting\n    supports: []\n", "KA001", 3, 15, '"Roasting"'),
    ("key_activities: [Roasting]\n" + LINKED, "KA001", 1, 18, '"Roasting"'),
    # KP001: a key partner provides nothing.
    ("key_partners:\n  - name: Roastery\n    motivation: optimization\n" + LINKED_COST,
     "KP001", 2, 11, 'key partner "Roastery"'),
    ("key_partners:\n  - name: Roastery\n    provides: []\n", "KP001", 3, 15, '"Roastery"'),
    # CO001: a cost item is for nothing.
    ("cost_structure:\n  - name: Rent\n    nature: fixed\n" + LINKED, "CO001", 2, 11,
     'cost item "Rent"'),
    ("cost_structure:\n  - Packaging\n" + LINKED, "CO001", 2, 5, '"Packaging"'),
    # CO002: a key activity or key resource without a cost item for it.
    ("key_activities:\n  - name: Roasting\ncost_structure:\n  - name: Rent\n    for: [shop]\n"
     "key_resources: [Shop]\n", "CO002", 2, 11, 'key activity "Roasting"'),
    ("key_resources:\n  - name: Roaster\n    type: physical\n" + LINKED, "CO002", 2, 11,
     'key resource "Roaster"'),
    ("key_resources: [Roaster]\n" + LINKED, "CO002", 1, 17, 'key resource "Roaster"'),
]


@pytest.mark.parametrize(("snippet", "code", "line", "column", "words"), FAILING)
def test_rule_fires_at_the_node(snippet: str, code: str, line: int, column: int,
                                words: str) -> None:
    findings = lint(snippet, select=[code])
    assert [(f.code, f.line, f.column) for f in findings] == [(code, line, column)], findings
    assert words in findings[0].message, findings[0].message


PASSING: list[tuple[str, str]] = [
    # ST001: the alias account-management counts as dedicated-personal-assistance.
    (CI + "customer_relationships:\n  - name: Key accounts\n    type: account-management\n",
     "ST001"),
    (CI + "customer_relationships:\n  - name: Portal\n    type: self-service\n"
     "  - name: Roadmap days\n    type: co-creation\n", "ST001"),
    (OE + "customer_relationships:\n  - name: Key accounts\n    type: account-management\n"
     "  - name: Portal\n    type: self-service\n", "ST001"),
    (OE + "customer_relationships: []\n", "ST001"),
    # an untyped relationship may be anything: not "every relationship is dedicated".
    (OE + "customer_relationships:\n  - name: Key accounts\n    type: account-management\n"
     "  - Helpdesk\n", "ST001"),
    (PL + "customer_relationships:\n  - name: Portal\n    type: self-service\n", "ST001"),
    # only where the strategy states a value discipline.
    ("name: X\ncustomer_relationships:\n  - name: Portal\n    type: self-service\n", "ST001"),
    ("name: X\nstrategy:\n  cost_orientation: value-driven\ncustomer_relationships: []\n",
     "ST001"),
    # ST002
    (PL + "value_propositions:\n  - name: Gadgets\n    elements: design\n", "ST002"),
    (OE + "value_propositions:\n  - name: A\n    elements: [performance]\n"
     "  - name: B\n    elements: [cost-reduction]\n", "ST002"),
    ("name: X\nvalue_propositions:\n  - name: A\n    elements: [performance]\n", "ST002"),
    (CI + "value_propositions:\n  - name: Suits\n    elements: [customization]\n", "ST002"),
    # ST003
    (OE + "  cost_orientation: cost-driven\n", "ST003"),
    (CI + "  cost_orientation: value-driven\n", "ST003"),
    (PL + "  cost_orientation: cost-driven\n", "ST003"),
    (OE, "ST003"),
    ("name: X\nstrategy:\n  cost_orientation: value-driven\n", "ST003"),
    # RS001: one id or a list; a stream naming only non-paying segments is RS002's.
    (SEGMENT + "revenue_streams:\n  - name: Fees\n    segments: banks\n", "RS001"),
    (SEGMENT + "revenue_streams:\n  - name: Fees\n    segments: [banks]\n", "RS001"),
    ("customer_segments:\n  - {name: Free, pays: false}\nrevenue_streams:\n  - name: Ads\n"
     "    segments: [free]\n", "RS001"),
    (SEGMENT + "revenue_streams:\n  - name: Fees\n    segments: [bankz]\n", "RS001"),
    # RS002: pays defaults to true; an explicit true pays too.
    (SEGMENT + "revenue_streams:\n  - name: Fees\n    segments: [banks]\n", "RS002"),
    ("customer_segments:\n  - {name: Banks, pays: true}\nrevenue_streams:\n  - name: Fees\n"
     "    segments: banks\n", "RS002"),
    # RS003: only where the segment's relationships state goals.
    (SEGMENT + "customer_relationships:\n  - name: Quarterly call\n    segments: banks\n"
     "revenue_streams:\n  - name: Licence\n    type: subscription\n    segments: banks\n",
     "RS003"),
    (SEGMENT + "customer_relationships:\n  - name: Account team\n    segments: banks\n"
     "    goals: [acquisition, retention]\nrevenue_streams:\n  - name: Licence\n"
     "    type: subscription\n    segments: banks\n", "RS003"),
    (SEGMENT + "customer_relationships:\n  - name: Welcome call\n    segments: banks\n"
     "    goals: acquisition\nrevenue_streams:\n  - name: Licence\n    type: asset-sale\n"
     "    segments: banks\n", "RS003"),
    (SEGMENTS + "customer_relationships:\n  - name: Account team\n    goals: [acquisition]\n"
     "revenue_streams:\n  - name: Licence\n    type: subscription\n    segments: banks\n",
     "RS003"),
    # RS004
    ("value_propositions: [Fresh beans]\nrevenue_streams:\n  - name: Sales\n"
     "    value_propositions: fresh-beans\n", "RS004"),
    # KA001, KP001, CO001: one id or a list.
    ("value_propositions: [Fresh beans]\nkey_activities:\n  - name: Roasting\n"
     "    supports: fresh-beans\n", "KA001"),
    ("key_activities: [Roasting]\nkey_partners:\n  - name: Roastery\n    provides: [roasting]\n",
     "KP001"),
    ("key_resources: [Shop]\ncost_structure:\n  - name: Rent\n    for: shop\n", "CO001"),
    # CO002: one cost item may be for several items; an explicit id is honoured.
    ("key_activities:\n  - {id: roast, name: Roasting}\nkey_resources: [Roaster]\n"
     "cost_structure:\n  - name: Roasting costs\n    for: [roast, roaster]\n", "CO002"),
    ("name: X\n", "CO002"),
]


@pytest.mark.parametrize(("snippet", "code"), PASSING)
def test_rule_is_silent_on_the_right_thing(snippet: str, code: str) -> None:
    assert [f for f in lint(snippet, select=[code]) if f.code == code] == []


# Options: per-discipline expectations are data the configuration overrides.
OPTION_CASES: list[tuple[str, str, dict[str, Any], bool]] = [
    (PL + "customer_relationships:\n  - name: Portal\n    type: self-service\n", "ST001",
     {"product-leadership": {"needs-one-of": ["co-creation"]}}, True),
    (CI + "customer_relationships:\n  - name: Forum\n    type: communities\n", "ST001",
     {"customer-intimacy": {"needs-one-of": ["communities"]}}, False),
    (OE + "customer_relationships:\n  - name: Helpdesk\n    type: personal-assistance\n",
     "ST001", {"operational-excellence": {"fails-if-all": ["personal-assistance"]}}, True),
    (PL + "value_propositions:\n  - name: Watches\n    elements: [brand-status]\n", "ST002",
     {"product-leadership": ["brand-status"]}, False),
    (CI + "value_propositions:\n  - name: Suits\n    elements: [customization]\n", "ST002",
     {"customer-intimacy": ["design"]}, True),
    (PL + "  cost_orientation: cost-driven\n", "ST003", {"product-leadership": "cost-driven"},
     True),
    (OE + "  cost_orientation: value-driven\n", "ST003", {"operational-excellence": None},
     False),
]


@pytest.mark.parametrize(("snippet", "code", "options", "fires"), OPTION_CASES)
def test_discipline_tables_are_options(snippet: str, code: str, options: dict[str, Any],
                                       fires: bool) -> None:
    findings = lint(snippet, select=[code], options={code: options})
    assert (code in [f.code for f in findings]) is fires, findings


def test_overriding_one_discipline_keeps_the_others() -> None:
    snippet = OE + "value_propositions:\n  - name: Flights\n    elements: [performance]\n"
    findings = lint(snippet, select=["ST002"], options={"ST002": {"product-leadership": []}})
    assert [f.code for f in findings] == ["ST002"]


def test_revenue_from_only_non_paying_segments_is_reported_once() -> None:
    snippet = ("customer_segments:\n  - {name: Free, pays: false}\nrevenue_streams:\n"
               "  - name: Ads\n    segments: [free]\n")
    assert [f.code for f in lint(snippet, select=["RS001", "RS002"])] == ["RS002"]


def test_activities_and_resources_each_get_their_own_cost_finding() -> None:
    snippet = ("key_resources: [Roaster]\nkey_activities: [Roasting]\ncost_structure: [Rent]\n"
               + LINKED)
    findings = lint(snippet, select=["CO002"])
    assert [(f.line, f.column) for f in findings] == [(1, 17), (2, 18)]
