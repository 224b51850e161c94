"""The model: ids, slugs in any script, references and reverse indexes."""

from __future__ import annotations

import yaml

from canvaslint.model.canvas import build
from canvaslint.read.slug import slugify
from tests.helpers import english


def test_slugs_keep_letters_of_any_script() -> None:
    assert slugify("Small businesses") == "small-businesses"
    assert slugify("Малый бизнес") == "малый-бизнес"
    assert slugify("  Café & Co.!! ") == "café-co"


def canvas(text: str):  # type: ignore[no-untyped-def]
    return build(yaml.safe_load(text))


def test_references_resolve_by_id_then_by_name_and_index_backwards() -> None:
    c = canvas("""
name: X
customer_segments:
  - name: Малый бизнес
  - name: Banks
    id: banks
channels:
  - name: Web
    segments: [малый-бизнес, banks]
""")
    small, banks = c.segments
    web, = c.channels
    assert c.refs(web, "segments") == [small, banks]
    assert c.referrers(small, "channels", "segments") == [web]
    assert c.problems == {"R001": [], "R002": [], "R003": []}


def test_explicit_id_wins_over_a_name_slug() -> None:
    c = canvas("""
name: X
key_activities:
  - name: Coding
    id: software-development
cost_structure:
  - name: Software development
    for: software-development
""")
    activity, = c.block("key_activities")
    cost, = c.block("cost_structure")
    assert c.refs(cost, "for") == [activity]


def test_ambiguous_name_reference_is_r002_naming_both() -> None:
    c = canvas("""
name: X
customer_segments:
  - name: Banks
  - name: banks!
value_propositions:
  - name: P
    segments: banks
""")
    problem, = c.problems["R002"]
    message = english("R002", problem)
    assert 'segment "Banks"' in message and 'segment "banks!"' in message
    assert problem.path == ("value_propositions", 0, "segments")


def test_yo_and_ye_are_one_letter_in_references() -> None:
    c = canvas("""
name: X
customer_segments:
  - name: Один счёт в конце месяца
value_propositions:
  - name: P
    segments: [один-счет-в-конце-месяца, один-счёт-в-конце-месяца]
""")
    segment, = c.segments
    assert c.refs(c.propositions[0], "segments") == [segment]
    assert c.problems["R001"] == []
