"""One table for the structural rules: snippet -> code, line, column."""

from __future__ import annotations

import pytest

from tests.helpers import lint

# A canvas with every block but key partners.
EIGHT = ("name: X\ncustomer_segments: [A]\nvalue_propositions: [B]\nchannels: [C]\n"
         "customer_relationships: [D]\nrevenue_streams: [E]\nkey_resources: [F]\n"
         "key_activities: [G]\ncost_structure: [H]\n")

CASES = [
    # (snippet, code, line, column, words the message must contain)
    ("name: X\ncustomer_segments: [a\n", "Y001", 3, 1, "not valid YAML"),
    ("name: X\ndescription: a\ndescription: b\n", "Y002", 3, 1, "lines 2 and 3"),
    ("name: X\ndescription: no\n", "Y003", 2, 14, 'quotes, "no"'),
    ("name: X\ndescription: 2024-01-01\n", "Y003", 2, 14, "a date"),
    ("name: X\ndescription: 1.0\n", "Y003", 2, 14, "a number"),
    ("name: X\ncustomer_segments:\n  - name: yes\n", "Y003", 3, 11, "yes/no"),
    ("name: X\n---\nname: Y\n", "Y004", 2, 1, "second YAML document"),
    ("name: X\nchannels:\n  - name: W\n    ownership: ours\n", "S001", 4, 16, "own, partner"),
    ("description: d\n", "S001", 1, 1, "`name`"),
    ("name: X\nchannels:\n  - name: W\n    medium: [web, 5]\n", "S001", 4, 19, '"5"'),
    ("name: X\ncostumer_segments: []\n", "S002", 2, 1, "`customer_segments`"),
    ("name: X\nchannels:\n  - name: W\n    ownershp: own\n", "S002", 4, 5, "`ownership`"),
    ("name: X\ncustomer_segments: [Banks]\nvalue_propositions:\n  - name: P\n"
     "    segments: [bankz]\n", "R001", 5, 16, '"banks"'),
    ("name: X\ncustomer_segments:\n  - {name: A, id: s}\n  - {name: B, id: s}\n",
     "R002", 4, 19, 'segment "A"'),
    ("name: X\ncustomer_segments: [Banks]\nchannels: [Web]\nvalue_propositions:\n"
     "  - name: P\n    segments: [banks, web]\n", "R003", 6, 23, "must name a segment"),
    (EIGHT + "key_partners: []\n", "B001", 10, 1, "key partners block is empty"),
    (EIGHT, "B001", 1, 7, "no key partners block"),
    # A draft with several blocks to fill: one finding naming them (issue 18).
    ("name: X\nkey_partners: []\n", "B001", 2, 1, "9 blocks are empty or missing: customer "
     "segments, value propositions"),
    ("name: X\n", "B001", 1, 7, "9 blocks are empty or missing"),
    ("name: X\ncustomer_segments:\n  - name: Everyone\n", "B002", 3, 11, '"Everyone"'),
    ("name: X\ncustomer_segments: [все]\n", "B002", 2, 21, '"все"'),
]


@pytest.mark.parametrize(("snippet", "code", "line", "column", "words"), CASES)
def test_structural_rule_fires_at_the_node(
    snippet: str, code: str, line: int, column: int, words: str
) -> None:
    findings = [f for f in lint(snippet) if f.code == code]
    assert (line, column) in [(f.line, f.column) for f in findings], findings
    assert any(words in f.message for f in findings), [f.message for f in findings]


PASSING = [
    ("name: X\ndescription: \"no\"\n", "Y003"),
    ("name: X\nkpis:\n  - {name: NPS, target: 40}\n", "Y003"),
    ("name: X\ncustomer_segments:\n  - {name: B, pays: no}\n", "Y003"),
    ("name: X\nchannels:\n  - name: W\n    ownership: own\n", "S001"),
    ("name: X\ncustomer_segments: [Banks]\nvalue_propositions:\n  - name: P\n"
     "    segments: banks\n", "R001"),
    ("name: X\ncustomer_segments:\n  - name: Home coffee lovers\n", "B002"),
    ("name: X\nkey_partners:\n", "S001"),
]


@pytest.mark.parametrize(("snippet", "code"), PASSING)
def test_structural_rule_is_silent_on_the_right_thing(snippet: str, code: str) -> None:
    assert code not in [f.code for f in lint(snippet)]


def test_syntax_error_does_not_also_report_schema_noise() -> None:
    assert {f.code for f in lint("name: X\nfoo: [\n")} == {"Y001"}


@pytest.mark.parametrize("text,words", [
    ("name: Flatshare\ncustomer_segments:\n  - Renters: people who rent a room\n  - Landlords\n",
     'put the note in quotes ("Renters: people who rent a room")'),
    ("naam: Flat\ntaal: nl\nklantsegmenten:\n  - Huurders: mensen die een kamer huren\n",
     'zet de notitie tussen aanhalingstekens ("Huurders: mensen die een kamer huren")'),
    ("name: Кафе\nlanguage: ru\nпотребительские_сегменты:\n  - Студенты: живут рядом\n",
     'возьмите заметку в кавычки ("Студенты: живут рядом")'),
])
def test_a_note_with_a_colon_is_one_finding_that_says_to_quote_it(text: str, words: str) -> None:
    """YAML reads `- Renters: people who rent` as a key and a value; a user wrote a note.
    Before: S001 "has no name" and S002 "`Renters` is not a key", and no word of quoting."""
    found = [f for f in lint(text) if f.code[0] in "SYR"]
    assert [(f.code, f.line, f.column) for f in found] == [("S001", found[0].line, 5)]
    assert words in found[0].message
