"""Lists in messages that come from the catalogs (issue 15): joined, counted, in the right words.

The relationship, segment and strategy rules name the items a finding is
about; past three names a message counts the rest (``and 2 more``), and a
sentence picks its singular or plural wording by how many there are. These
words are catalog entries now (``list.and``, ``list.more``, ``CR002.channels.*``
...), so the tests read the sentences a user reads.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli
from tests.helpers import lint

MEDIA = """\
name: X
customer_segments:
  - name: Banks
channels:
  - {name: Web shop, medium: web, segments: banks}
  - {name: App, medium: app, segments: banks}
  - {name: Site, medium: web, segments: banks}
  - {name: Flyers, medium: print, segments: banks}
customer_relationships:
  - name: Advice desk
    type: personal-assistance
    segments: banks
    channels: [web-shop, app, site, flyers]
  - name: Forum
    type: communities
    segments: banks
    channels: [web-shop]
"""


def _messages(text: str, code: str) -> list[str]:
    return [f.message for f in lint(text, select=[code])]


def test_four_channels_are_three_names_and_one_more() -> None:
    advice, forum = _messages(MEDIA, "CR002")
    assert ('its channels "Web shop", "App", "Site" and 1 more offer only web, app and print:'
            in advice)
    assert "needs a person customers can talk to (in-person, store, phone" in advice
    assert 'its channel "Web shop" offers only web:' in forum
    assert "needs a place where customers meet" in forum


@pytest.mark.parametrize(("lang", "listed", "english"), [
    ("nl", 'via "Web shop", "App", "Site", … (+1) is alleen web, app, drukwerk beschikbaar',
     "and 1 more"),
    ("ru", 'через "Web shop", "App", "Site", … (+1) доступно только', "and 1 more"),
])
def test_a_report_in_another_language_keeps_its_own_list(tmp_path: Path, lang: str,
                                                         listed: str, english: str) -> None:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text(MEDIA, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--select", "CR002", "--lang", lang, str(canvas)])
    assert result.exit_code == 1, result.output
    assert listed in result.output
    assert english not in result.output and "{" not in result.output


def test_every_relationship_named_up_to_three_then_counted() -> None:
    text = ("name: X\nstrategy:\n  value_discipline: operational-excellence\n"
            "customer_relationships:\n"
            + "".join(f"  - {{name: {n}, type: dedicated-personal-assistance}}\n" for n in "ABCDE"))
    (message,) = _messages(text, "ST001")
    assert message.startswith("the value discipline is operational-excellence, which competes "
                              "on reliable offers at the lowest price and hassle, but every "
                              "relationship is dedicated-personal-assistance ")
    assert '(relationship "A", relationship "B", relationship "C" and 2 more):' in message


def test_a_missing_goal_names_where_to_add_it_and_what_states_none() -> None:
    text = ("name: X\ncustomer_segments:\n  - name: Banks\ncustomer_relationships:\n"
            + "".join(f"  - {{name: P{i}, type: self-service, segments: banks, "
                      "goals: [upselling]}\n" for i in range(1, 5))
            + "  - {name: Desk, type: personal-assistance, segments: banks}\n")
    (message,) = _messages(text, "CR004")
    assert ('add retention to the `goals` of one of its relationships "P1", "P2", "P3" and '
            '1 more, or add a relationship for it, or state the goals of relationship "Desk"'
            in message)
    one = ("name: X\ncustomer_segments:\n  - name: Banks\ncustomer_relationships:\n"
           "  - {name: P1, type: self-service, segments: banks, goals: [upselling]}\n"
           "  - {name: Desk, type: personal-assistance, segments: banks}\n"
           "  - {name: Hub, type: communities, segments: banks}\n")
    (message,) = _messages(one, "CR004")
    assert 'to the `goals` of relationship "P1", or add' in message
    assert 'state the goals of relationships "Desk" and "Hub"' in message

def test_two_impersonal_relationships_are_named_together() -> None:
    text = ("name: X\ncustomer_segments:\n  - {name: Banks, market: b2b}\n"
            "customer_relationships:\n"
            "  - {name: Portal, type: self-service, segments: banks}\n"
            "  - {name: Bot, type: automated-services, segments: banks}\n")
    (message,) = _messages(text, "CR003")
    assert '(relationships "Portal" and "Bot"): add personal assistance' in message
