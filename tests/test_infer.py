"""Facts read from words feed the rules; links a canvas does not write wait (issue 16).

Each case is a small canvas written as people write them, and the finding
(or the silence) a coach would expect from it.
"""

from __future__ import annotations

import pytest

from canvaslint.finding import Severity
from tests.helpers import codes, lint

# (canvas, the rule, words its message must contain)
FIRES: list[tuple[str, str, str]] = [
    # CR001: the segment writes what it expects; the relationship's type is read.
    ("name: Core banking\ncustomer_segments:\n"
     "  - {name: Enterprise banks, expects: dedicated-personal-assistance}\n"
     "customer_relationships: [Self-service portal]\n",
     "CR001", 'relationship "Self-service portal" type: self-service ("self-service" in its'),
    # CR003: market and type both read from words.
    ("name: Core banking\ncustomer_segments: [Enterprise banks]\n"
     "customer_relationships: [Self-service portal]\n",
     "CR003", 'segment "Enterprise banks" market: b2b'),
    # CR003: a department of a company is a business market too.
    ("name: Payroll app\ncustomer_segments: [HR departments]\n"
     "customer_relationships: [Self-service portal]\n",
     "CR003", 'market: b2b ("departments" in its name)'),
    # RS003: onboarding wins customers; it does not keep them.
    ("name: Shift planner\ncustomer_segments: [Operations managers at warehouses]\n"
     "customer_relationships: [Self-service onboarding]\n"
     "revenue_streams: [Monthly subscription per seat]\n",
     "RS003", 'revenue stream "Monthly subscription per seat" type: subscription'),
    # CR007: a dedicated account manager, and no cost pays people.
    ("name: Pasta\ncustomer_segments: [Restaurants]\n"
     "customer_relationships: [Dedicated account manager]\n"
     "cost_structure: [Flour and eggs]\n",
     "CR007", "dedicated-personal-assistance"),
    # RS003: a monthly subscription, and the only relationship aims at acquisition.
    ("name: Fresh Box\ncustomer_segments: [Busy families]\n"
     "customer_relationships: [Welcome discount on the first box]\n"
     "revenue_streams: [Monthly subscription]\n",
     "RS003", 'revenue stream "Monthly subscription" type: subscription'),
    # CH004: a business segment reached only through retail.
    ("name: Pasta\ncustomer_segments: [Restaurants and hotels]\n"
     "channels: [Supermarket chains]\n",
     "CH004", 'channel "Supermarket chains" type: retail'),
    # CR002: personal advice kept up only through a web shop (the link is written).
    ("name: Styling\ncustomer_segments: [Young professionals]\n"
     "channels: [Online shop]\n"
     "customer_relationships:\n  - {name: Personal styling advice, channels: [online-shop]}\n",
     "CR002", 'channel "Online shop" medium: web'),
    # VP004: a low-price proposition served by a costly relationship.
    ("name: Budget gym\ncustomer_segments: [Students]\n"
     "value_propositions:\n  - {name: Cheapest gym in town, elements: [price]}\n"
     "customer_relationships: [Dedicated personal trainer for every member]\n",
     "VP004", 'relationship "Dedicated personal trainer for every member" type: dedicated'),
    # ST001: customer intimacy served only by self-service.
    ("name: Tailor\nstrategy: {value_discipline: customer-intimacy}\n"
     "customer_relationships: [Self-service portal]\n",
     "ST001", 'relationship "Self-service portal"'),
    # CH005: goods made and sold, and nothing brings them to the customers.
    ("name: Soap\ncustomer_segments: [Eco-minded families]\nchannels: [Instagram, Our website]\n"
     "revenue_streams: [Sales of soap bars]\nkey_activities: [Making soap]\n",
     "CH005", 'key activity "Making soap" type: production'),
    # Dutch: an inflected word matches the listed one (abonnementen, kantoren).
    ("name: Branderij\nlanguage: nl\nklantsegmenten: [Kantoren]\n"
     "klantrelaties: [Welkomstpakket voor nieuwe klanten]\n"
     "inkomstenstromen: [Abonnementen op koffie]\n",
     "RS003", "afgeleid uit de woorden"),
    # Russian: "подписки" is the listed "подписка".
    ("name: Кофейня\nlanguage: ru\nпотребительские_сегменты: [Студенты]\n"
     "взаимоотношения_с_клиентами: [Приветственный напиток]\n"
     "потоки_доходов: [Подписки на кофе]\n",
     "RS003", "выведено из слов"),
]


@pytest.mark.parametrize(("text", "code", "words"), FIRES, ids=[f"{c[1]}-{i}" for i, c in
                                                              enumerate(FIRES)])
def test_a_check_fires_on_facts_read_from_words(text: str, code: str, words: str) -> None:
    found = [f for f in lint(text) if f.code == code]
    assert found, lint(text)
    assert words in found[0].message


def test_an_explicit_field_wins_over_the_words() -> None:
    text = ("name: Pasta\ncustomer_segments: [Restaurants]\ncustomer_relationships:\n"
            "  - {name: Dedicated account manager, type: self-service}\n")
    assert "CR007" not in codes(lint(text))
    market = ("name: X\ncustomer_segments:\n  - {name: Enterprise banks, market: b2c}\n"
              "customer_relationships: [Self-service portal]\n")
    assert "CR003" not in codes(lint(market))


def test_a_paid_stream_with_a_free_trial_is_still_paid() -> None:
    text = ("name: Fresh Box\ncustomer_segments: [Busy families]\n"
            "customer_relationships: [Welcome discount]\n"
            "revenue_streams: [Monthly subscription with a free trial]\n")
    assert "RS003" in codes(lint(text))


# -- the false findings of real canvases ------------------------------------------
LINKED = "key_partners:\n  - {name: Bank, provides: []}\n"  # the canvas has chosen to link


def test_money_and_by_products_are_not_asked_for_a_cost() -> None:
    text = ("name: X\nkey_resources: [Venture capital funding, Customer reviews, Runway, "
            "Roasting machine]\n" + LINKED)
    reported = [f.item for f in lint(text, select=["CO002"])]
    assert reported == ["Roasting machine"]
    russian = ("name: X\nlanguage: ru\nключевые_ресурсы: [Финансы, Обжарочный аппарат]\n"
               "ключевые_партнеры:\n  - {name: Банк, provides: []}\n")
    assert [f.item for f in lint(russian, select=["CO002"])] == ["Обжарочный аппарат"]


def test_co002_is_named_for_what_it_checks() -> None:
    finding = lint("name: X\nkey_resources: [Roasting machine]\n" + LINKED,
                   select=["CO002"])[0]
    assert finding.name == "activity-or-resource-without-cost"


def test_a_free_note_marks_the_side_that_does_not_pay() -> None:
    text = ("name: Music\ncustomer_segments:\n  - name: Listeners\n  - name: Advertisers\n"
            "  - {name: Free listeners, pays: false}\n"
            "value_propositions:\n  - {name: Music, segments: [listeners]}\n"
            "revenue_streams:\n  - Free basic tier\n  - {name: Free, segments: [free-listeners]}\n"
            "  - {name: Ads, segments: [advertisers], value_propositions: [music]}\n")
    assert not {"RS001", "RS002", "RS004"} & set(codes(lint(text)))
    paid = text.replace("  - Free basic tier\n", "  - Basic tier\n")
    assert "RS001" in codes(lint(paid))


def test_kpi001_is_one_info_finding_that_leaves_customers_to_kpi002() -> None:
    text = "name: X\nkpis:\n  - {name: Revenue, perspective: financial}\n"
    kpi001 = [f for f in lint(text) if f.code == "KPI001"]
    assert len(kpi001) == 1 and kpi001[0].severity == Severity.INFO
    assert "customer" not in kpi001[0].message
    assert "KPI002" in codes(lint(text))
    two = text + "  - {name: Orders on time, perspective: internal-processes}\n"
    assert [f.severity for f in lint(two) if f.code == "KPI001"] == [Severity.WARNING]


def test_a_plain_note_is_told_to_become_a_mapping() -> None:
    text = ("name: X\ncustomer_segments: [Home baristas, Offices]\nvalue_propositions:\n"
            "  - {name: Office coffee, segments: [offices]}\n  - Fresh beans\n")
    message = next(f.message for f in lint(text) if f.code == "VP001")
    assert ('write the note as a mapping that says so, for example "- name: Fresh beans" '
            'with "  segments: [home-baristas]" under it') in message


# -- links the canvas does not write --------------------------------------------------
FLAT = """\
name: Roast and Post
customer_segments: [Home baristas, Offices]
value_propositions: [Beans roasted this week]
channels: [Web shop with delivery by post]
customer_relationships: [Brewing guides]
revenue_streams: [Bean sales]
key_resources: [Roaster]
key_activities: [Roasting]
key_partners: [Green coffee importer]
cost_structure: [Green beans]
"""


def test_a_flat_canvas_gets_one_b003_per_unlinked_block_not_one_finding_per_item() -> None:
    findings = lint(FLAT)
    assert codes(findings) == ["B003"] * 7, findings  # key resources link nothing anyway
    assert all(f.severity == Severity.INFO for f in findings)
    channels = next(f for f in findings if f.path == "channels")
    assert "CS002" in channels.message and "CH001" in channels.message


def test_with_one_segment_every_note_serves_it() -> None:
    one = FLAT.replace("[Home baristas, Offices]", "[Home baristas]")
    blocks = {f.path for f in lint(one)}
    assert blocks == {"revenue_streams", "key_activities", "key_partners", "cost_structure"}


def test_once_the_canvas_links_an_unlinked_item_is_a_real_gap() -> None:
    linked = FLAT.replace("channels: [Web shop with delivery by post]",
                          "channels:\n  - {name: Web shop, segments: [home-baristas]}")
    found = codes(lint(linked))
    assert "B003" not in found
    assert {"CS002", "CS001", "VP001", "KA001", "CO001"} <= set(found)


def test_goods_with_a_partner_that_delivers_are_delivered() -> None:
    text = ("name: Soap\ncustomer_segments: [Eco-minded families]\nchannels: [Our website]\n"
            "revenue_streams: [Sales of soap bars]\nkey_activities: [Making soap]\n")
    assert "CH005" in codes(lint(text))
    assert "CH005" not in codes(lint(text + "key_partners: [PostNL parcel service]\n"))
    assert "CH005" not in codes(lint(text.replace("[Our website]", "[Our website, Farm shop]")))


def test_stemming_in_two_threads_gives_what_one_thread_gives() -> None:
    """The language server lints in two threads; a shared snowball stemmer mixed their
    words up, which showed as a crashed rule (X000) in the editor only."""
    from concurrent.futures import ThreadPoolExecutor

    from canvaslint.model.infer.words import stems

    words = ["abonnementen", "bezorgdiensten", "klantenservice", "restaurants",
             "verzekeringen", "ondernemingen"] * 4000
    expected = stems(words, "nl")
    with ThreadPoolExecutor(max_workers=2) as pool:
        results = list(pool.map(lambda _: stems(words, "nl"), range(8)))
    assert all(result == expected for result in results)
