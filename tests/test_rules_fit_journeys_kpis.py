"""Value proposition fit (FIT), customer journeys (CJ) and KPIs: snippet -> finding."""

from __future__ import annotations

import pytest

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.finding import Severity
from canvaslint.read.loader import load
from tests.helpers import all_rules, lint

# A segment with a profile and a proposition for it: the base of the FIT cases.
HOME = """
name: Roast and Post
customer_segments:
  - id: home
    name: Home baristas
    pains:
      - {id: stale, name: Stale supermarket beans, importance: high}
      - {id: pricey, name: Good beans are pricey, importance: medium}
      - Bags that do not reseal
    gains:
      - {id: cafe, name: Café taste at home, importance: high}
      - Learning about origins
  - id: bars
    name: Coffee bars
    pains:
      - {id: runs-out, name: The supplier runs out}
value_propositions:
  - id: fresh
    name: Beans roasted this week
    segments: home
"""

RELIEVED = HOME + """\
    pain_relievers:
      - {name: Roasted to order, relieves: [stale, pricey]}
      - {name: Resealable bags, relieves: bags-that-do-not-reseal}
    gain_creators:
      - {name: Brewing guides, creates: [cafe, learning-about-origins]}
  - id: wholesale
    name: Wholesale beans
    segments: bars
    pain_relievers:
      - {name: Weekly standing order, relieves: runs-out}
"""

# A journey base: one segment, a channel covering two phases.
JOURNEY = """
name: Roast and Post
customer_segments: [Home baristas, Coffee bars]
channels:
  - name: Web shop
    phases: [purchase, after-sales]
    segments: home-baristas
  - name: Wholesale reps
    segments: [coffee-bars]
customer_journeys:
  - segment: home-baristas
    stages:
"""

PURCHASE = """\
      - stage: purchase
        touchpoints:
          - {name: Order online, channel: web-shop}
"""

AFTER_SALES = """\
      - stage: after-sales
        touchpoints:
          - {name: Brewing tips by e-mail, channel: web-shop}
"""

BARS_JOURNEY = """\
  - segment: coffee-bars
    stages:
      - stage: after-sales
        touchpoints:
          - {name: Monthly visit, channel: wholesale-reps}
"""

KPIS = """
name: Roast and Post
kpis:
"""

FINANCIAL = "  - {name: Monthly revenue, perspective: financial}\n"
CUSTOMER = "  - {name: Net Promoter Score, perspective: customer}\n"
PROCESS = "  - {name: Orders shipped in a day, perspective: internal-processes}\n"
LEARNING = "  - {name: Roasting courses attended, perspective: learning-growth}\n"

FAILING = [
    # (id, snippet, code, line, column, words in the message, severity)
    # FIT001: a high pain is a warning, others (and plain-string pains) info.
    ("fit001-high", HOME, "FIT001", 6, 27, 'pain "Stale supermarket beans"', "warning"),
    ("fit001-medium", HOME, "FIT001", 7, 28, 'value proposition "Beans roasted this week"',
     "info"),
    ("fit001-string", HOME, "FIT001", 8, 9, 'pain "Bags that do not reseal"', "info"),
    # No proposition targets the segment: the pain is still relieved by nothing.
    ("fit001-no-proposition", HOME, "FIT001", 15, 30, "no value proposition targets", "info"),
    # A reliever of a proposition for another segment does not count.
    ("fit001-other-proposition", HOME + """\
  - name: Wholesale beans
    segments: bars
    pain_relievers:
      - {name: Fresh beans, relieves: [runs-out, stale]}
""", "FIT001", 6, 27, 'segment "Home baristas"', "warning"),
    # FIT002: gains are info, high gains warnings.
    ("fit002-high", HOME, "FIT002", 10, 26, 'gain "Café taste at home"', "warning"),
    ("fit002-string", HOME, "FIT002", 11, 9, "gain creator", "info"),
    # FIT003: points at the very reference entry (list or single id).
    ("fit003-list", RELIEVED.replace("[stale, pricey]", "[stale, runs-out]"),
     "FIT003", 21, 52, 'pain "The supplier runs out" of segment "Coffee bars"', "error"),
    ("fit003-single", RELIEVED.replace("relieves: bags-that-do-not-reseal",
                                       "relieves: runs-out"),
     "FIT003", 22, 43, 'pain reliever "Resealable bags"', "error"),
    ("fit003-creator", RELIEVED.replace("relieves: runs-out", "relieves: [runs-out]")
     + "    gain_creators:\n      - {name: Latte art class, creates: [cafe]}\n",
     "FIT003", 31, 43, 'gain creator "Latte art class"', "error"),
    # FIT004: a feature list for a segment with a profile.
    ("fit004", HOME + "    products_services: [Single origins, Espresso blend]\n",
     "FIT004", 18, 11, 'value proposition "Beans roasted this week"', "info"),
    # FIT005: a targeted segment without a profile while another has one.
    ("fit005", HOME.replace("    pains:\n      - {id: runs-out, name: The supplier runs out}\n",
                            "").replace("segments: home", "segments: [home, bars]"),
     "FIT005", 13, 11, 'segment "Coffee bars" has no jobs, pains or gains', "info"),
    # FIT006: typed jobs, all functional (untyped ones left out of the count).
    ("fit006", """
name: Roast and Post
customer_segments:
  - name: Home baristas
    jobs:
      - {name: Brew espresso, type: functional}
      - Keep beans fresh
      - {name: Order beans, type: functional}
""", "FIT006", 4, 5, 'segment "Home baristas"', "info"),
    # CJ001: the stage key of a stage without touchpoints.
    ("cj001", JOURNEY + PURCHASE + "      - stage: after-sales\n", "CJ001", 15, 16,
     'stage "after-sales" of the customer journey of segment "Home baristas"', "warning"),
    ("cj001-empty-list", JOURNEY + AFTER_SALES + "      - stage: purchase\n"
     "        touchpoints: []\n", "CJ001", 15, 16, 'stage "purchase"', "warning"),
    # CJ002: the channel entry of the touchpoint.
    ("cj002", JOURNEY + AFTER_SALES + "      - stage: purchase\n        touchpoints:\n"
     "          - {name: Sales visit, channel: wholesale-reps}\n", "CJ002", 17, 42,
     'channel "Wholesale reps"', "error"),
    # CJ003: only channels that state phases.
    ("cj003", JOURNEY + AFTER_SALES + "      - stage: awareness\n        touchpoints:\n"
     "          - {name: Search ad, channel: web-shop}\n", "CJ003", 17, 40,
     "purchase and after-sales", "warning"),
    # CJ004: the journey's stages key.
    ("cj004", JOURNEY + PURCHASE, "CJ004", 11, 5,
     'the customer journey of segment "Home baristas" has no after-sales', "warning"),
    ("cj004-named", JOURNEY.replace("    stages:", "    name: Home journey\n    stages:")
     + PURCHASE, "CJ004", 12, 5, 'customer journey "Home journey"', "warning"),
    # CJ005: a segment without a journey, where the canvas has journeys.
    ("cj005", JOURNEY + PURCHASE + AFTER_SALES, "CJ005", 2, 36, 'segment "Coffee bars"',
     "info"),
    # CJ006: the experience field.
    ("cj006", JOURNEY + AFTER_SALES.replace("web-shop}", "web-shop, experience: negative}"),
     "CJ006", 14, 75, 'touchpoint "Brewing tips by e-mail"', "warning"),
    # KPI001: on the kpis key, naming the missing perspectives.
    ("kpi001", KPIS + FINANCIAL + CUSTOMER, "KPI001", 2, 1,
     "internal-processes and learning-growth perspectives", "warning"),
    ("kpi001-one", KPIS + FINANCIAL + CUSTOMER + PROCESS + "  - Staff training\n",
     "KPI001", 2, 1, "learning-growth perspective", "warning"),
    # KPI002: no customer KPI.
    ("kpi002", KPIS + FINANCIAL + PROCESS + LEARNING, "KPI002", 2, 1, "Net Promoter Score",
     "info"),
]


@pytest.mark.parametrize(
    ("snippet", "code", "line", "column", "words", "severity"),
    [c[1:] for c in FAILING], ids=[c[0] for c in FAILING],
)
def test_rule_fires_at_the_node(
    snippet: str, code: str, line: int, column: int, words: str, severity: str
) -> None:
    findings = lint(snippet, select=[code])
    at = [f for f in findings if (f.line, f.column) == (line, column)]
    assert at, [(f.line, f.column, f.message) for f in findings]
    assert any(words in f.message for f in at), [f.message for f in at]
    assert {str(f.severity) for f in at} == {severity}


PASSING = [
    # (id, snippet, code)
    ("fit001-relieved", RELIEVED, "FIT001"),
    ("fit002-created", RELIEVED, "FIT002"),
    ("fit003-own-segments", RELIEVED, "FIT003"),
    ("fit003-both-segments", RELIEVED.replace("segments: home", "segments: [home, bars]")
     .replace("[stale, pricey]", "[stale, pricey, runs-out]"), "FIT003"),
    # FIT004 only where the proposition's segments have a profile.
    ("fit004-no-profile", """
name: Roast and Post
customer_segments: [Home baristas]
value_propositions:
  - name: Beans roasted this week
    segments: home-baristas
    products_services: [Espresso blend]
""", "FIT004"),
    ("fit004-creators-only", RELIEVED.replace(
        "    pain_relievers:\n      - {name: Roasted", "    products_services: [Blend]\n"
        "    pain_relievers:\n      - {name: Roasted"), "FIT004"),
    ("fit004-no-products", RELIEVED, "FIT004"),
    # FIT005 only where some other segment has a profile, and only if targeted.
    ("fit005-nobody-has-one", """
name: Roast and Post
customer_segments: [Home baristas, Coffee bars]
value_propositions:
  - {name: Beans roasted this week, segments: [home-baristas, coffee-bars]}
""", "FIT005"),
    ("fit005-untargeted-segment", HOME.replace("customer_segments:\n",
                                               "customer_segments:\n  - Offices\n"), "FIT005"),
    ("fit006-social-job", """
name: Roast and Post
customer_segments:
  - name: Home baristas
    jobs:
      - {name: Brew espresso, type: functional}
      - {name: Impress friends, type: social}
""", "FIT006"),
    ("fit006-untyped-jobs", """
name: Roast and Post
customer_segments:
  - name: Home baristas
    jobs: [Brew espresso, Impress friends]
""", "FIT006"),
    ("fit006-supporting-job", """
name: Roast and Post
customer_segments:
  - name: Home baristas
    jobs:
      - {name: Brew espresso, type: functional}
      - {name: Keep a stock of beans, type: supporting}
""", "FIT006"),
    ("cj001-touchpoints", JOURNEY + PURCHASE + AFTER_SALES, "CJ001"),
    ("cj002-reaching", JOURNEY + PURCHASE + AFTER_SALES + BARS_JOURNEY, "CJ002"),
    # A channel without phases says nothing about stages.
    ("cj003-no-phases", JOURNEY + AFTER_SALES + BARS_JOURNEY.replace(
        "stage: after-sales", "stage: awareness"), "CJ003"),
    ("cj003-covered", JOURNEY + PURCHASE + AFTER_SALES, "CJ003"),
    ("cj004-after-sales", JOURNEY + PURCHASE + AFTER_SALES, "CJ004"),
    ("cj005-every-segment", JOURNEY + PURCHASE + AFTER_SALES + BARS_JOURNEY, "CJ005"),
    ("cj005-no-journeys", "name: Roast and Post\ncustomer_segments: [Home baristas]\n",
     "CJ005"),
    ("cj006-neutral", JOURNEY + AFTER_SALES.replace("web-shop}", "web-shop, experience: neutral}"),
     "CJ006"),
    ("kpi001-balanced", KPIS + FINANCIAL + CUSTOMER + PROCESS + LEARNING, "KPI001"),
    ("kpi001-no-kpis", "name: Roast and Post\n", "KPI001"),
    ("kpi001-empty", "name: Roast and Post\nkpis: []\n", "KPI001"),
    ("kpi002-customer", KPIS + FINANCIAL + CUSTOMER, "KPI002"),
    ("kpi002-no-kpis", "name: Roast and Post\n", "KPI002"),
]


@pytest.mark.parametrize(("snippet", "code"), [c[1:] for c in PASSING],
                         ids=[c[0] for c in PASSING])
def test_rule_is_silent(snippet: str, code: str) -> None:
    assert [f.message for f in lint(snippet, select=[code])] == []


def test_fit001_counts_each_unrelieved_pain_once() -> None:
    assert [(f.line, str(f.severity)) for f in lint(HOME, select=["FIT001"])] == [
        (6, "warning"), (7, "info"), (8, "info"), (15, "info"),
    ]


def test_configured_severity_beats_the_graded_one() -> None:
    rules = [r for r in all_rules() if r.code == "FIT001"]
    settings = RunSettings(rules=rules, severity={"FIT001": Severity.ERROR})
    raw = HOME.lstrip("\n").encode("utf-8")
    findings = lint_document(load("canvas.yaml", raw), settings)
    assert findings and {f.severity for f in findings} == {Severity.ERROR}
