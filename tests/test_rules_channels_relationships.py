"""Channels (CH) and customer relationships (CR): snippet -> finding, line and column."""

from __future__ import annotations

import json
from importlib import import_module
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft202012Validator

from canvaslint.check.rulekit import rule_data
from tests.helpers import ROOT, lint

# Two segments, one proposition each: the base of most cases below.
TWO = """\
name: Roast and Post
customer_segments:
  - {id: home, name: Home baristas}
  - {id: cafes, name: Independent cafes, market: b2b}
value_propositions:
  - {id: beans, name: Fresh beans by post, segments: home}
  - {id: blend, name: House blend for cafes, segments: cafes}
"""

# One segment and the start of a channels block: the base of the CH001 and CR002 cases.
ONE = "name: X\ncustomer_segments: [Home]\nchannels:\n"
# A canvas that writes a link somewhere has chosen to link: its unlinked items are
# findings one by one (a canvas that writes none gets B003 once per block instead).
LINKED = "cost_structure:\n  - {name: Rent, for: []}\n"

# (snippet, code, line, column, words the message must contain)
FAILS: list[tuple[str, str, int, int, str]] = [
    # CH001: a channel reaches no segment.
    ("name: X\nchannels:\n  - name: Market stall\n    medium: in-person\n" + LINKED,
     "CH001", 3, 11, 'channel "Market stall" reaches no customer segment'),
    ("name: X\nchannels:\n  - name: Market stall\n    segments: []\n",
     "CH001", 4, 15, "add `segments:`"),
    ("name: X\nchannels: [Market stall]\n" + LINKED, "CH001", 2, 12, "write it as a mapping"),
    # CH002: only a channel with its own list can mis-carry; point at the entry.
    (TWO + "channels:\n  - name: Web shop\n    segments: home\n"
     "    value_propositions: [beans, blend]\n",
     "CH002", 11, 33, 'carries value proposition "House blend for cafes"'),
    (TWO + "channels:\n  - name: Web shop\n    segments: [home]\n"
     "    value_propositions: blend\n",
     "CH002", 11, 25, 'reaches only segment "Home baristas"'),
    ("name: X\ncustomer_segments: [Home, Cafes, Offices]\nvalue_propositions:\n"
     "  - {name: Office coffee, segments: offices}\nchannels:\n  - name: Shop\n"
     "    segments: [home, cafes]\n    value_propositions: [office-coffee]\n",
     "CH002", 8, 26, 'reaches only segments "Home" and "Cafes"'),
    # CH003: a segment's stating channels leave out a required phase.
    (TWO + "channels:\n  - name: Web shop\n    phases: [purchase, delivery]\n"
     "    segments: home\n", "CH003", 3, 22, "covers the after-sales phase"),
    (TWO + "channels:\n  - name: Web shop\n    phases: purchase\n    segments: home\n",
     "CH003", 3, 22, "delivery and after-sales phases"),
    (TWO + "channels:\n  - {name: Shop, phases: [awareness, purchase], segments: home}\n"
     "  - {name: Post, phases: delivery, segments: [home]}\n",
     "CH003", 3, 22, 'of one of its channels "Shop" and "Post"'),
    (TWO + "channels:\n  - {name: Shop, phases: [purchase, delivery], segments: home}\n"
     "  - {name: Help line, segments: home}\n",
     "CH003", 3, 22, 'or state the phases of channel "Help line"'),
    # CH004: a b2b segment reached only through retail channels; point at `market`.
    (TWO + "channels:\n  - {name: Cash and carry, type: retail, segments: cafes}\n"
     "  - {name: Supermarkets, type: retail, segments: [cafes, home]}\n",
     "CH004", 4, 50, '"Cash and carry" and "Supermarkets"'),
    # CR001: the exemplar; a type the segment does not expect, at the type.
    ("name: X\ncustomer_segments:\n  - {name: Banks, expects: dedicated-personal-assistance}\n"
     "customer_relationships:\n  - name: Portal\n    type: self-service\n    segments: banks\n",
     "CR001", 6, 11, "expects dedicated-personal-assistance"),
    ("name: X\ncustomer_segments:\n  - {name: Banks, expects: [account-management]}\n"
     "customer_relationships:\n  - {name: Desk, type: personal-assistance, segments: banks}\n",
     "CR001", 5, 24, "add a dedicated account manager"),
    ("name: X\ncustomer_segments:\n  - {name: A, expects: self-service}\n"
     "  - {name: B, expects: communities}\n"
     "customer_relationships:\n  - {name: Portal, type: self-service, segments: [a, b]}\n",
     "CR001", 6, 26, 'segment "B"'),
    # CR001 over-serving (issue 18): more care than expected is not "add personal assistance".
    ("name: X\ncustomer_segments:\n  - {name: Regulars, expects: personal-assistance}\n"
     "customer_relationships:\n  - name: Account manager\n"
     "    type: dedicated-personal-assistance\n    segments: regulars\n",
     "CR001", 6, 11, "more personal care than it asks for"),
    # CR002: no channel of the relationship offers a medium its type needs; it points at
    # the first channel named, where CR006 would point too (one place for one value).
    (ONE + "  - {name: Shop, medium: web, segments: home}\n"
     "customer_relationships:\n  - name: Advice\n    type: personal-assistance\n"
     "    segments: home\n    channels: shop\n",
     "CR002", 9, 15, 'its channel "Shop" offers only web'),
    (ONE + "  - {name: Shop, medium: [web, app], segments: home}\n"
     "customer_relationships:\n  - name: Managers\n    type: account-management\n"
     "    segments: home\n    channels: [shop]\n",
     "CR002", 9, 16, "account-management (dedicated-personal-assistance)"),
    (ONE + "  - {name: Shop, medium: web, segments: home}\n"
     "  - {name: Mail, medium: [email, web], segments: home}\n"
     "customer_relationships:\n  - name: Club\n    type: communities\n"
     "    segments: home\n    channels: [shop, mail]\n",
     "CR002", 10, 16, 'its channels "Shop" and "Mail" offer only web and email'),
    (ONE + "  - {name: Shop, medium: [], segments: home}\n"
     "customer_relationships:\n  - name: Portal\n    type: self-service\n"
     "    segments: home\n    channels: [shop]\n",
     "CR002", 9, 16, "offers no medium"),
    # CR003: a b2b segment served only by self-service or automated services.
    (TWO + "customer_relationships:\n  - {name: Portal, type: self-service, segments: cafes}\n"
     "  - {name: Mails, type: personalised-services, segments: [cafes]}\n",
     "CR003", 4, 50, '"Portal" and "Mails"'),
    # CR004: no relationship of the segment has the goal retention (goals stated).
    (TWO + "customer_relationships:\n  - name: Discount\n    segments: home\n"
     "    goals: acquisition\n", "CR004", 3, 22, "has the goal retention"),
    (TWO + "customer_relationships:\n  - {name: Discount, segments: home, goals: [acquisition]}\n"
     "  - {name: Club, segments: cafes, goals: [retention]}\n",
     "CR004", 3, 22, 'relationship "Discount"'),
    (TWO + "customer_relationships:\n  - {name: Discount, segments: home, goals: [acquisition]}\n"
     "  - {name: Postcards, segments: home}\n",
     "CR004", 3, 22, 'or state the goals of relationship "Postcards"'),
    # CR005: likewise for acquisition.
    (TWO + "customer_relationships:\n  - name: Reminders\n    segments: [home]\n"
     "    goals: [retention, upselling]\n", "CR005", 3, 22, "has the goal acquisition"),
    (TWO + "customer_relationships:\n  - {name: Reminders, segments: home, goals: retention}\n"
     "  - {name: Club, segments: home, goals: [upselling]}\n",
     "CR005", 3, 22, 'one of its relationships "Reminders" and "Club"'),
    # CR006: per (relationship, segment, channel); at the relationship's channel entry.
    (TWO + "channels:\n  - {name: Shop, segments: home}\n"
     "customer_relationships:\n  - name: Ordering\n    segments: [home, cafes]\n"
     "    channels: shop\n",
     "CR006", 13, 15, 'keeps up segment "Independent cafes" through channel "Shop"'),
    (TWO + "channels:\n  - {name: Visits, segments: cafes}\n  - {name: Shop, segments: home}\n"
     "customer_relationships:\n  - name: Roaster\n    segments: cafes\n"
     "    channels: [visits, shop]\n",
     "CR006", 14, 24, 'add "cafes" to the segments of the channel'),
    # CR007: a personal relationship no cost item is for; at the type.
    ("name: X\ncustomer_relationships:\n  - name: Advice\n    type: personal-assistance\n",
     "CR007", 4, 11, 'relationship "Advice" has the type personal-assistance'),
    ("name: X\ncustomer_relationships:\n  - {name: Managers, type: account-management}\n"
     "cost_structure:\n  - {name: Rent, for: warehouse}\n",
     "CR007", 3, 28, "account-management (dedicated-personal-assistance)"),
    ("name: X\ncustomer_relationships:\n  - {name: Managers, type: dedicated-personal-assistance}\n"
     "key_activities: [Roasting]\ncost_structure:\n  - {name: Beans, for: roasting}\n",
     "CR007", 3, 28, "`for: [managers]`"),
]


@pytest.mark.parametrize(("snippet", "code", "line", "column", "words"), FAILS)
def test_rule_fires_at_the_node(snippet: str, code: str, line: int, column: int,
                                words: str) -> None:
    findings = lint(snippet, select=[code])
    assert [(f.code, f.line, f.column) for f in findings] == [(code, line, column)], findings
    assert words in findings[0].message, findings[0].message


# (snippet, code): the rule stays silent.
PASSES: list[tuple[str, str]] = [
    # CH001
    (ONE + "  - {name: Shop, segments: home}\n", "CH001"),
    (ONE + "  - {name: Shop, segments: [home]}\n",
     "CH001"),
    # an unknown segment is R001's finding, not a second one here
    (ONE + "  - {name: Shop, segments: [hom]}\n",
     "CH001"),
    # CH002: a channel without its own list carries all propositions of its segments
    (TWO + "channels:\n  - {name: Shop, segments: home}\n", "CH002"),
    (TWO + "channels:\n  - {name: Shop, segments: home, value_propositions: [beans]}\n",
     "CH002"),
    (TWO + "  - {id: gifts, name: Gift boxes, segments: [cafes, home]}\n"
     "channels:\n  - {name: Shop, segments: home, value_propositions: [beans, gifts]}\n",
     "CH002"),
    (TWO + "channels:\n  - {name: Shop, segments: [home, cafes], value_propositions: blend}\n",
     "CH002"),
    (TWO + "channels:\n  - {name: Shop, segments: [], value_propositions: blend}\n", "CH002"),
    (TWO + "  - {id: nobody, name: Gift boxes}\n"
     "channels:\n  - {name: Shop, segments: home, value_propositions: nobody}\n", "CH002"),
    (TWO + "channels:\n  - {name: Shop, segments: home, value_propositions: []}\n", "CH002"),
    # CH003: only where channels state phases
    (TWO + "channels:\n  - {name: Shop, segments: [home, cafes]}\n", "CH003"),
    (TWO + "channels:\n  - {name: Shop, phases: [purchase, delivery], segments: home}\n"
     "  - {name: Help line, phases: after-sales, segments: [home]}\n", "CH003"),
    (TWO + "channels:\n  - {name: Shop, segments: home}\n"
     "  - {name: Visits, phases: [purchase, delivery, after-sales], segments: cafes}\n",
     "CH003"),
    # CH004
    (TWO + "channels:\n  - {name: Cash and carry, type: retail, segments: cafes}\n"
     "  - {name: Visits, type: direct, segments: cafes}\n", "CH004"),
    (TWO + "channels:\n  - {name: Cash and carry, type: retail, segments: cafes}\n"
     "  - {name: Visits, segments: cafes}\n", "CH004"),
    (TWO + "channels:\n  - {name: Supermarkets, type: retail, segments: home}\n", "CH004"),
    (TWO + "channels: []\n", "CH004"),
    # CR001
    ("name: X\ncustomer_segments:\n  - {name: Banks, expects: dedicated-personal-assistance}\n"
     "customer_relationships:\n  - {name: Desk, type: account-management, segments: banks}\n",
     "CR001"),
    ("name: X\ncustomer_segments: [Banks]\n"
     "customer_relationships:\n  - {name: Portal, type: self-service, segments: banks}\n",
     "CR001"),
    ("name: X\ncustomer_segments:\n  - {name: Banks, expects: [self-service]}\n"
     "customer_relationships:\n  - {name: Portal, segments: banks}\n", "CR001"),
    # CR002
    (ONE + "  - {name: Shop, medium: store, segments: home}\n"
     "customer_relationships:\n  - {name: Shelf, type: self-service, segments: home,"
     " channels: shop}\n", "CR002"),
    (ONE + "  - {name: Shop, medium: [web, email], segments: home}\n"
     "customer_relationships:\n  - {name: Advice, type: personal-assistance, segments: home,"
     " channels: [shop]}\n", "CR002"),
    (ONE + "  - {name: Shop, medium: web, segments: home}\n"
     "  - {name: Line, medium: phone, segments: home}\n"
     "customer_relationships:\n  - {name: Advice, type: personal-assistance, segments: home,"
     " channels: [shop, line]}\n", "CR002"),
    (ONE + "  - {name: Texts, medium: sms, segments: home}\n"
     "customer_relationships:\n  - {name: Tips, type: personalised-services, segments: home,"
     " channels: texts}\n", "CR002"),
    # no channels, no type, or a channel that does not say its medium: not judged
    ("name: X\ncustomer_segments: [Home]\n"
     "customer_relationships:\n  - {name: Advice, type: personal-assistance, segments: home}\n",
     "CR002"),
    (ONE + "  - {name: Shop, medium: web, segments: home}\n"
     "customer_relationships:\n  - {name: Extras, segments: home, channels: shop}\n", "CR002"),
    (ONE + "  - {name: Shop, medium: web, segments: home}\n  - {name: Line, segments: home}\n"
     "customer_relationships:\n  - {name: Advice, type: personal-assistance, segments: home,"
     " channels: [shop, line]}\n", "CR002"),
    # CR003
    (TWO + "customer_relationships:\n  - {name: Portal, type: self-service, segments: cafes}\n"
     "  - {name: Managers, type: account-management, segments: cafes}\n", "CR003"),
    (TWO + "customer_relationships:\n  - {name: Portal, type: self-service, segments: cafes}\n"
     "  - {name: Visits, segments: cafes}\n", "CR003"),
    (TWO + "customer_relationships:\n  - {name: Portal, type: self-service, segments: home}\n",
     "CR003"),
    # CR004 / CR005: only where the segment's relationships state goals
    (TWO + "customer_relationships:\n  - {name: Portal, segments: [home, cafes]}\n", "CR004"),
    (TWO + "customer_relationships:\n  - {name: Portal, segments: [home, cafes]}\n", "CR005"),
    (TWO + "customer_relationships:\n  - {name: Discount, segments: home, goals: acquisition}\n"
     "  - {name: Club, segments: home, goals: [retention]}\n", "CR004"),
    (TWO + "customer_relationships:\n"
     "  - {name: Club, segments: home, goals: [acquisition, retention]}\n", "CR005"),
    # CR006
    (TWO + "channels:\n  - {name: Shop, segments: [home, cafes]}\n"
     "customer_relationships:\n  - {name: Ordering, segments: [home, cafes], channels: shop}\n",
     "CR006"),
    (TWO + "channels:\n  - {name: Shop}\n"
     "customer_relationships:\n  - {name: Ordering, segments: home, channels: shop}\n", "CR006"),
    (TWO + "channels:\n  - {name: Shop, segments: home}\n"
     "customer_relationships:\n  - {name: Ordering, channels: shop}\n", "CR006"),
    (TWO + "channels:\n  - {name: Shop, segments: home}\n"
     "customer_relationships:\n  - {name: Ordering, segments: [home, cafes]}\n", "CR006"),
    # CR007
    ("name: X\ncustomer_relationships:\n  - {name: Advice, type: personal-assistance}\n"
     "cost_structure:\n  - {name: Staff, for: advice}\n", "CR007"),
    ("name: X\ncustomer_relationships:\n  - {name: Managers, type: account-management}\n"
     "key_activities: [Roasting]\n"
     "cost_structure:\n  - {name: Salaries, for: [roasting, managers]}\n", "CR007"),
    ("name: X\ncustomer_relationships:\n  - {name: Portal, type: self-service}\n"
     "  - {name: Club, type: communities}\n  - {name: Mystery}\n", "CR007"),
]


@pytest.mark.parametrize(("snippet", "code"), PASSES)
def test_rule_is_silent(snippet: str, code: str) -> None:
    assert lint(snippet, select=[code]) == []


def test_cr006_reports_each_segment_the_channel_misses() -> None:
    snippet = (
        "name: X\ncustomer_segments: [Home, Cafes, Offices]\n"
        "channels:\n  - {name: Shop, segments: home}\n"
        "customer_relationships:\n  - name: Ordering\n"
        "    segments: [home, cafes, offices]\n    channels: [shop]\n"
    )
    findings = lint(snippet, select=["CR006"])
    assert [(f.line, f.column) for f in findings] == [(8, 16), (8, 16)]
    assert sorted(f.message.split('"')[3] for f in findings) == ["Cafes", "Offices"]


# -- options: the tables are data ------------------------------------------------

CH003_SNIPPET = TWO + "channels:\n  - {name: Shop, phases: [purchase], segments: home}\n"
CR002_SNIPPET = (
    "name: X\ncustomer_segments: [Home]\nchannels:\n"
    "  - {name: Line, medium: phone, segments: home}\n"
    "customer_relationships:\n"
    "  - {name: Orders, type: self-service, segments: home, channels: line}\n"
    "  - {name: Managers, type: account-management, segments: home, channels: line}\n"
)


@pytest.mark.parametrize(("code", "snippet", "options", "expected"), [
    ("CH003", CH003_SNIPPET, {}, [(3, 22)]),
    ("CH003", CH003_SNIPPET, {"required-phases": ["purchase"]}, []),
    ("CH003", CH003_SNIPPET, {"required-phases": ["awareness"]}, [(3, 22)]),
    ("CR002", CR002_SNIPPET, {}, [(6, 66)]),
    # a user's table replaces the whole default table: left-out types go unchecked
    ("CR002", CR002_SNIPPET, {"media": {"self-service": ["phone"]}}, []),
    ("CR002", CR002_SNIPPET, {"media": {"account-management": ["web"]}}, [(7, 74)]),
])
def test_options_change_what_is_required(
    code: str, snippet: str, options: dict[str, Any], expected: list[tuple[int, int]]
) -> None:
    findings = lint(snippet, select=[code], options={code: options})
    assert [(f.line, f.column) for f in findings] == expected


RULES_MD_MEDIA = {
    "personal-assistance": ["in-person", "store", "phone", "email", "chat", "messenger"],
    "dedicated-personal-assistance": ["in-person", "phone", "email", "messenger"],
    "self-service": ["web", "app", "store", "marketplace"],
    "automated-services": ["web", "app", "email", "sms", "messenger"],
    "communities": ["community", "social-media", "messenger", "event"],
    "co-creation": ["web", "app", "community", "social-media", "event", "in-person"],
}


def _module(name: str) -> Any:
    return import_module(f"canvaslint.rules.{name}")


def test_cr002_default_table_is_the_catalog_table() -> None:
    assert dict(rule_data("cr002_media.yaml")) == {"media": RULES_MD_MEDIA}


def test_ch003_default_phases_are_the_catalog_phases() -> None:
    assert dict(rule_data("ch003_phases.yaml")) == {
        "required-phases": ["purchase", "delivery", "after-sales"]
    }


@pytest.mark.parametrize(("module", "good", "bad"), [
    ("cr002_relationship_channel_mismatch", {"media": {"account-management": ["phone"]}},
     {"media": {"self-service": ["website"]}}),
    ("cr002_relationship_channel_mismatch", {"media": {}},
     {"media": {"helpdesk": ["phone"]}}),
    ("cr002_relationship_channel_mismatch", {"media": {"self-service": []}},
     {"medium": {"self-service": ["web"]}}),
    ("ch003_missing_channel_phase", {"required-phases": ["evaluation"]},
     {"required-phases": ["checkout"]}),
    ("ch003_missing_channel_phase", {"required-phases": []},
     {"phases": ["purchase"]}),
])
def test_options_schema_accepts_defaults_and_rejects_mistakes(
    module: str, good: dict[str, Any], bad: dict[str, Any]
) -> None:
    rule = _module(module)
    validator = Draft202012Validator(rule.OPTIONS_SCHEMA)
    assert list(validator.iter_errors(dict(rule.OPTIONS()))) == []
    assert list(validator.iter_errors(good)) == []
    assert list(validator.iter_errors(bad)) != []


def test_vocabularies_match_the_canvas_schema() -> None:
    helper = _module("_channels")
    schema = json.loads(Path(ROOT / "schemas" / "canvas.schema.json").read_text("utf-8"))
    defs = schema["$defs"]
    assert list(helper.MEDIA) == defs["medium"]["enum"]
    assert list(helper.PHASES) == defs["phase"]["enum"]
    assert list(helper.RELATIONSHIP_TYPE_NAMES) == defs["relationshipType"]["enum"]
