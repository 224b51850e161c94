"""The B, CH and CJ rules speak from the catalogs: every variant, in every language.

These rules yield message ids and arguments, and their words live in
``canvaslint/messages/{en,nl,ru}.po``. A missing or misnamed entry would
show an empty message or a raw ``{placeholder}``, so each test runs the
command line as a user would, on canvases that reach the rarer forms (a
journey named by number, a list cut after three names, two missing phases),
and reads the report.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli

JOURNEYS = """\
name: Bike shop
customer_segments:
  - {id: a, name: Fleet buyers, market: b2b}
  - {id: b, name: Commuters}
  - {id: c, name: Students}
value_propositions:
  - {id: p, name: Bikes that last, segments: [a, b, c]}
channels:
  - {id: one, name: Shop one, type: retail, segments: [a], phases: [awareness]}
  - {id: two, name: Shop two, type: retail, segments: [a, b], phases: []}
  - {id: three, name: Shop three, type: retail, segments: [a, b], phases: [evaluation]}
  - {id: four, name: Shop four, type: retail, segments: [a]}
  - {id: five, name: Lonely, medium: web}
  - {id: six, name: Club, segments: [c], phases: [awareness]}
  - {id: seven, name: Newsletter, segments: [c]}
  - Plain channel
customer_relationships:
  - {id: r, name: Help desk, type: self-service, segments: [a, b, c]}
customer_journeys:
  - name: Fleet trip
    segment: a
    stages:
      - stage: awareness
        touchpoints:
          - {name: Ad, channel: one, experience: negative}
          - {name: Shelf, channel: two}
      - stage: purchase
  - segment: b
    stages:
      - stage: evaluation
        touchpoints:
          - {name: Try, channel: one}
  - segment: nobody
    stages:
      - stage: delivery
        touchpoints:
          - {name: Box, channel: three, experience: negative}
"""

DRAFT = """\
name: Draft
customer_segments: [Everyone, Commuters]
value_propositions: [Quality, Fast bikes]
key_resources: [Partnerships]
revenue_streams: [Sales]
"""

CODES = ("B00", "CH00", "CJ00")


def report(tmp_path: Path, text: str, lang: str) -> list[dict[str, str]]:
    file = tmp_path / "c.canvas.yaml"
    file.write_text(text, encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", str(file), "--no-config", "--format", "json",
                                      "--lang", lang])
    assert result.exit_code in (0, 1), result.output
    findings = json.loads(result.output)["findings"]
    return [f for f in findings if f["code"].startswith(CODES)]


def english(tmp_path: Path, text: str) -> list[str]:
    return [f["message"] for f in report(tmp_path, text, "en")]


@pytest.mark.parametrize("lang", ["en", "nl", "ru"])
@pytest.mark.parametrize("text", [JOURNEYS, DRAFT], ids=["journeys", "draft"])
def test_every_message_is_filled_in(tmp_path: Path, text: str, lang: str) -> None:
    found = report(tmp_path, text, lang)
    assert len(found) >= 6
    for finding in found:
        message = finding["message"]
        assert message.strip(), f"{finding['code']}: empty message"
        assert not re.search(r"\{[a-z_]+\}", message), f"unfilled placeholder: {message}"


def test_reports_in_other_languages_say_as_many_things(tmp_path: Path) -> None:
    counts = {lang: sorted(f["code"] for f in report(tmp_path, JOURNEYS, lang))
              for lang in ("en", "nl", "ru")}
    assert counts["en"] == counts["nl"] == counts["ru"]


def test_a_journey_is_named_by_its_name_its_segment_or_its_number(tmp_path: Path) -> None:
    said = english(tmp_path, JOURNEYS)
    assert any(m.startswith('stage "purchase" of customer journey "Fleet trip" has no '
                            "touchpoint") for m in said)
    assert any(m.startswith('the customer journey of segment "Commuters" has no after-sales '
                            "stage") for m in said)
    assert any(m.startswith('touchpoint "Box" of customer journey 3 is a negative experience')
               for m in said)
    assert any('whose phases are no phase: add awareness to the channel\'s phases' in m
               for m in said)


def test_russian_names_the_journey_in_the_genitive(tmp_path: Path) -> None:
    said = [f["message"] for f in report(tmp_path, JOURNEYS, "ru")]
    assert any("пути клиента № 3" in m for m in said)
    assert any('пути клиента для сегмента "Commuters"' in m for m in said)


def test_a_long_list_of_names_is_cut_in_the_reports_language(tmp_path: Path) -> None:
    said = english(tmp_path, JOURNEYS)
    assert any('("Shop one", "Shop two", "Shop three" and 1 more)' in m for m in said)
    dutch = [f["message"] for f in report(tmp_path, JOURNEYS, "nl") if f["code"] == "CH004"]
    assert dutch and '"Shop three", … (+1)' in dutch[0]


def test_missing_phases_are_explained_in_customers_words(tmp_path: Path) -> None:
    said = [m for m in english(tmp_path, JOURNEYS) if "covers the" in m]
    assert any('covers the delivery and after-sales phases (how they receive what they bought '
               "and how they get help after buying): add them to the `phases` of one of its "
               'channels "Shop one", "Shop two", "Shop three" and 1 more, or add a channel for '
               "them" in m for m in said)
    assert any(m.startswith('no channel reaching segment "Students" covers the purchase, '
                            "delivery and after-sales phases (how they buy, how they receive "
                            "what they bought and how they get help after buying): add them to "
                            'the `phases` of channel "Club", or add a channel for them, or '
                            'state the phases of channel "Newsletter"') for m in said)


def test_a_channel_that_is_a_plain_note_is_told_to_become_a_mapping(tmp_path: Path) -> None:
    said = english(tmp_path, JOURNEYS)
    assert ('channel "Plain channel" reaches no customer segment: write it as a mapping with '
            "`name:` and `segments:` naming whom it reaches, or remove the channel") in said
    assert ('channel "Lonely" reaches no customer segment: add `segments:` with the ids of the '
            "segments it reaches, or remove the channel") in said


def test_block_messages_name_kinds_and_blocks_in_each_language(tmp_path: Path) -> None:
    said = english(tmp_path, DRAFT)
    assert any(m.startswith('segment "Everyone" says nothing about whom it is for') for m in said)
    assert any(m.startswith('key resource "Partnerships" is one generic word') for m in said)
    assert any(m.startswith("5 blocks are empty or missing: channels, customer relationships, "
                            "key activities, key partners, cost structure;") for m in said)
    assert any("says which segments pay them or what customers pay for: fine for a first "
               "draft, but with `segments`, `value_propositions` on the notes" in m for m in said)
    dutch = [f["message"] for f in report(tmp_path, DRAFT, "nl")]
    assert any(m.startswith('klantsegment "Everyone" zegt niets') for m in dutch)
    assert any("welke segmenten ervoor betalen / waarvoor klanten betalen" in m for m in dutch)
