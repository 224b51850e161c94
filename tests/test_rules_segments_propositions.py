"""Customer segment and value proposition rules: CS001-CS005, VP001-VP004.

One table of failing snippets (code, line, column, a word of the message)
and one of passing snippets, plus a check that VP002 means exactly what
the format says a channel carries, on many generated canvases.
"""

from __future__ import annotations

import random

import pytest
import yaml

from canvaslint.check.cap import CAP
from canvaslint.model.canvas import Canvas, Item, build
from canvaslint.model.facts import channels_reaching
from tests.helpers import lint

SEGMENTS = """
name: Roast and Post
customer_segments:
  - name: Home baristas
  - name: Offices
"""

# (case id, snippet, code, [(line, column), ...] expected exactly, word in the message)
FAILS = [
    # CS001 -----------------------------------------------------------------
    ("cs001-no-proposition-lists-it", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: home-baristas
""", "CS001", [(4, 11)], '"Offices"'),
    ("cs001-sticky-note-segment", """
name: X
customer_segments: [Home baristas, Offices]
value_propositions:
  - name: Fresh beans
    segments: [home-baristas]
""", "CS001", [(2, 36)], '"Offices"'),
    ("cs001-no-propositions-at-all", SEGMENTS + "key_partners:\n  - {name: Bank, provides: []}\n",
     "CS001", [(3, 11), (4, 11)], "segment"),
    ("cs001-channel-does-not-count", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas]
channels:
  - name: Web shop
    segments: [home-baristas, offices]
""", "CS001", [(4, 11)], '"Offices"'),
    # CS002 -----------------------------------------------------------------
    ("cs002-no-channel-reaches-it", SEGMENTS + """
channels:
  - name: Web shop
    segments: home-baristas
""", "CS002", [(4, 11)], '"Offices"'),
    ("cs002-proposition-does-not-count", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
channels:
  - name: Web shop
    segments: [home-baristas]
""", "CS002", [(4, 11)], "no channel reaches"),
    # CS003 -----------------------------------------------------------------
    ("cs003-no-relationship-serves-it", """
name: X
customer_segments:
  - name: Home baristas
  - name: Offices
    expects: [account-management, self-service]
customer_relationships:
  - name: Self-service ordering
    type: self-service
    segments: home-baristas
""", "CS003", [(4, 11)], "dedicated-personal-assistance or self-service"),
    ("cs003-no-expects", SEGMENTS + """
customer_relationships:
  - name: Self-service ordering
    type: self-service
    segments: [home-baristas]
""", "CS003", [(4, 11)], '"Offices"'),
    # CS004 -----------------------------------------------------------------
    ("cs004-paying-by-default", SEGMENTS + """
revenue_streams:
  - name: Bean sales
    segments: home-baristas
""", "CS004", [(4, 11)], '"Offices"'),
    ("cs004-pays-true", """
name: X
customer_segments:
  - name: Offices
    pays: true
  - name: Cafes
revenue_streams:
  - name: Bean sales
    segments: [cafes]
""", "CS004", [(3, 11)], "pays: false"),
    # CS005 -----------------------------------------------------------------
    ("cs005-one-side-only", """
name: X
customer_segments:
  - name: Free listeners
    type: multi-sided
    pays: false
  - name: Advertisers
    type: niche
""", "CS005", [(4, 11)], '"Free listeners"'),
    ("cs005-single-segment", """
name: X
customer_segments:
  - {name: Riders, type: multi-sided}
""", "CS005", [(3, 26)], "multi-sided"),
    # VP001 -----------------------------------------------------------------
    ("vp001-no-segments-field", SEGMENTS + """
value_propositions:
  - name: Fresh beans
key_partners:
  - {name: Bank, provides: []}
""", "VP001", [(7, 11)], '"Fresh beans"'),
    ("vp001-empty-list", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: []
""", "VP001", [(8, 15)], "names no customer segment"),
    ("vp001-sticky-note", SEGMENTS + """
value_propositions: [Fresh beans]
key_partners:
  - {name: Bank, provides: []}
""", "VP001", [(6, 22)], '"Fresh beans"'),
    # VP002 -----------------------------------------------------------------
    ("vp002-listed-channel-leaves-it-out", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas]
  - name: Roasting workshops
    segments: [home-baristas, offices]
channels:
  - name: Web shop
    segments: [home-baristas, offices]
    value_propositions: [fresh-beans]
""", "VP002", [(10, 16), (10, 31)], '"Roasting workshops"'),
    ("vp002-single-id", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: offices
channels:
  - name: Web shop
    segments: offices
    value_propositions: []
""", "VP002", [(8, 15)], '"Offices"'),
    ("vp002-carrier-reaches-another-segment", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
channels:
  - name: Web shop
    segments: [home-baristas]
    value_propositions: [fresh-beans]
  - name: Office sales team
    segments: [offices]
    value_propositions: []
""", "VP002", [(8, 31)], "add the proposition"),
    ("vp002-unlisted-channel-reaches-other-segment-only", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
  - name: Office subscriptions
    segments: [offices]
channels:
  - name: Magazine ads
    segments: [home-baristas]
  - name: Office sales team
    segments: [offices]
    value_propositions: [office-subscriptions]
""", "VP002", [(8, 31)], '"Fresh beans"'),
    # VP003 -----------------------------------------------------------------
    ("vp003-no-activity", SEGMENTS + """
value_propositions:
  - name: Fresh beans
  - name: Roasting workshops
key_activities:
  - name: Roasting
    supports: fresh-beans
""", "VP003", [(8, 11)], '"Roasting workshops"'),
    ("vp003-activity-supports-a-channel-only", """
name: X
value_propositions: [Fresh beans]
channels: [Web shop]
key_activities:
  - name: Web shop operations
    supports: [web-shop]
""", "VP003", [(2, 22)], '"Fresh beans"'),
    # VP004 -----------------------------------------------------------------
    ("vp004-only-dedicated", SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [home-baristas, offices]
    elements: [price, design]
customer_relationships:
  - name: Barista self-service
    type: self-service
    segments: [home-baristas]
  - name: Office account managers
    type: dedicated-personal-assistance
    segments: [offices]
""", "VP004", [(8, 31)], '"Offices"'),
    ("vp004-alias-account-management-and-single-element", SEGMENTS + """
value_propositions:
  - name: Lower office coffee costs
    segments: offices
    elements: cost-reduction
customer_relationships:
  - name: Office account managers
    type: account-management
    segments: offices
  - name: Key account desk
    type: dedicated-personal-assistance
    segments: [offices]
""", "VP004", [(8, 15)], "cost-reduction"),
]

# (case id, snippet, code that must stay silent)
PASSES = [
    # A segment no channel reaches is CS002's finding alone.
    ("vp002-no-channel-reaches-the-segment", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
channels:
  - name: Web shop
    segments: [home-baristas]
""", "VP002"),
    ("cs001-list", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
""", "CS001"),
    ("cs001-two-propositions-single-ids", SEGMENTS + """
value_propositions:
  - {name: Fresh beans, segments: home-baristas}
  - {name: Office coffee, segments: offices}
""", "CS001"),
    ("cs002-list", SEGMENTS + """
channels:
  - name: Web shop
    segments: [home-baristas, offices]
""", "CS002"),
    ("cs003-alias-type", SEGMENTS + """
customer_relationships:
  - name: Account managers
    type: account-management
    segments: [home-baristas, offices]
""", "CS003"),
    ("cs004-pays-false", SEGMENTS.replace("  - name: Offices", "  - name: Offices\n    pays: false")
     + """
revenue_streams:
  - name: Bean sales
    segments: home-baristas
""", "CS004"),
    ("cs004-every-segment-pays-a-stream", SEGMENTS + """
revenue_streams:
  - name: Bean sales
    segments: home-baristas
  - name: Office subscriptions
    segments: [offices]
""", "CS004"),
    ("cs005-two-sides", """
name: X
customer_segments:
  - {name: Free listeners, type: multi-sided, pays: false}
  - {name: Advertisers, type: multi-sided}
  - {name: Premium subscribers, type: segmented}
""", "CS005"),
    ("cs005-no-platform", SEGMENTS, "CS005"),
    ("vp001-unknown-segment-is-r001s", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-barista]
""", "VP001"),
    ("vp001-single-id", SEGMENTS + """
value_propositions:
  - {name: Fresh beans, segments: offices}
""", "VP001"),
    ("vp002-channel-without-list-carries-all", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
  - name: Roasting workshops
    segments: home-baristas
channels:
  - name: Web shop
    segments: [offices, home-baristas]
""", "VP002"),
    ("vp002-each-segment-its-own-channel", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
channels:
  - name: Web shop
    segments: home-baristas
    value_propositions: fresh-beans
  - name: Office sales team
    segments: [offices]
    value_propositions: [fresh-beans]
""", "VP002"),
    ("vp002-mixed-listed-and-unlisted", SEGMENTS + """
value_propositions:
  - name: Fresh beans
    segments: [home-baristas, offices]
  - name: Office subscriptions
    segments: [offices]
channels:
  - name: Web shop
    segments: [home-baristas, offices]
    value_propositions: [fresh-beans]
  - name: Trade fairs
    segments: [offices]
""", "VP002"),
    ("vp002-proposition-without-segments", SEGMENTS + """
value_propositions: [Fresh beans]
""", "VP002"),
    ("vp003-supported", SEGMENTS + """
value_propositions: [Fresh beans]
key_activities:
  - name: Roasting
    supports: [fresh-beans]
""", "VP003"),
    ("vp004-also-self-service", SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [offices]
    elements: [price]
customer_relationships:
  - {name: Office account managers, type: account-management, segments: offices}
  - {name: Online ordering, type: self-service, segments: offices}
""", "VP004"),
    ("vp004-no-relationship-at-all-is-cs003s", SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [offices]
    elements: [price]
""", "VP004"),
    ("vp004-not-a-price-proposition", SEGMENTS + """
value_propositions:
  - name: Premium beans
    segments: [offices]
    elements: [performance, brand-status]
customer_relationships:
  - {name: Office account managers, type: account-management, segments: offices}
""", "VP004"),
    ("vp004-personal-but-not-dedicated", SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [offices]
    elements: cost-reduction
customer_relationships:
  - {name: Coffee hotline, type: personal-assistance, segments: offices}
""", "VP004"),
    ("vp004-relationship-without-type-is-not-dedicated", SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [offices]
    elements: [price]
customer_relationships:
  - {name: Office account managers, type: account-management, segments: offices}
  - {name: Office newsletter, segments: offices}
""", "VP004"),
]


@pytest.mark.parametrize(
    ("snippet", "code", "positions", "word"),
    [case[1:] for case in FAILS],
    ids=[case[0] for case in FAILS],
)
def test_rule_fires_exactly_at_the_node(
    snippet: str, code: str, positions: list[tuple[int, int]], word: str
) -> None:
    findings = lint(snippet, select=[code])
    assert [(f.code, f.line, f.column) for f in findings] == [(code, *p) for p in positions]
    assert all(word in f.message for f in findings), [f.message for f in findings]


@pytest.mark.parametrize(
    ("snippet", "code"), [case[1:] for case in PASSES], ids=[case[0] for case in PASSES]
)
def test_rule_is_silent(snippet: str, code: str) -> None:
    assert lint(snippet, select=[code]) == []


def test_vp004_options_change_what_counts_as_costly() -> None:
    snippet = SEGMENTS + """
value_propositions:
  - name: Cheap beans
    segments: [offices]
    elements: [convenience-usability]
customer_relationships:
  - {name: Coffee hotline, type: personal-assistance, segments: offices}
"""
    assert lint(snippet, select=["VP004"]) == []
    options: dict[str, dict[str, object]] = {"VP004": {
        "price-elements": ["convenience-usability"],
        "costly-relationship-types": ["personal-assistance", "account-management"],
    }}
    findings = lint(snippet, select=["VP004"], options=options)
    assert [(f.line, f.column) for f in findings] == [(8, 16)]
    assert "convenience-usability" in findings[0].message


def test_cs_rules_name_the_segment_kind_and_fix() -> None:
    (finding,) = lint(SEGMENTS + "value_propositions: [{name: P, segments: offices}]\n",
                      select=["CS001"])
    assert 'segment "Home baristas"' in finding.message and "`segments`" in finding.message


# VP002 must mean what the format says a channel carries: a brute-force cross-check --------


def carries(canvas: Canvas, channel: Item, proposition: Item) -> bool:
    """The format's definition, pair by pair: the listed propositions, or with no list,
    every proposition for a segment the channel reaches."""
    if channel.has("value_propositions"):
        return proposition in canvas.refs(channel, "value_propositions")
    targets = canvas.refs(proposition, "segments")
    return any(s in targets for s in canvas.refs(channel, "segments"))


def _random_canvas(rng: random.Random) -> str:
    segments = [f"s{i}" for i in range(rng.randint(1, 4))]
    propositions = [f"p{i}" for i in range(rng.randint(1, 4))]
    data: dict[str, object] = {
        "name": "Generated",
        "customer_segments": segments,
        "value_propositions": [
            {"name": p, "segments": rng.sample(segments, rng.randint(0, len(segments)))}
            for p in propositions
        ],
    }
    channels = []
    for i in range(rng.randint(0, 4)):
        channel: dict[str, object] = {
            "name": f"c{i}", "segments": rng.sample(segments, rng.randint(0, len(segments)))
        }
        if rng.random() < 0.6:
            channel["value_propositions"] = rng.sample(
                propositions, rng.randint(0, len(propositions)))
        channels.append(channel)
    data["channels"] = channels
    return yaml.safe_dump(data, sort_keys=False)


@pytest.mark.parametrize("seed", range(300))
def test_vp002_agrees_with_facts_carries(seed: int) -> None:
    text = _random_canvas(random.Random(seed))
    canvas = build(yaml.safe_load(text))
    expected = [
        (p.name, s.name)
        for p in canvas.propositions
        for s in canvas.refs(p, "segments")
        if channels_reaching(canvas, s)
        and not any(carries(canvas, c, p) for c in channels_reaching(canvas, s))
    ]
    findings = lint(text, select=["VP002"])
    found = [(f.item, f.message.split('segment "')[1].split('"')[0]) for f in findings]
    assert sorted(found) == sorted(expected), text


def test_vp002_stays_fast_with_channels_reaching_every_segment() -> None:
    n = 3000
    segments = [f"s{i}" for i in range(n)]
    propositions: list[dict[str, object]] = [
        {"name": f"p{i}", "segments": [f"s{i}"]} for i in range(n)
    ]
    listed = {"name": "Listed", "segments": segments,
              "value_propositions": [f"p{i}" for i in range(n)]}
    unlisted = {"name": "Everywhere", "segments": list(reversed(segments))}
    data = {"name": "Big", "customer_segments": segments,
            "value_propositions": propositions, "channels": [unlisted, listed]}
    assert lint(yaml.safe_dump(data), select=["VP002"]) == []
    data["channels"] = [listed]
    propositions.append({"name": "orphan", "segments": segments})
    findings = lint(yaml.safe_dump(data), select=["VP002"])
    # the first CAP shown, the rest counted in one more finding (issue 17)
    assert [f.item for f in findings] == ["orphan"] * (CAP + 1)
    assert f"{n - CAP} more problems" in findings[-1].message
