"""Sentences the FIT, KPI and plain-note rules build from catalog pieces.

These rules yield message ids; the catalogs hold one sentence per id. Where
a sentence is put together from parts (a list that ends "and 2 more", one
message per set of missing perspectives, the plain-note fix), these tests
read the whole sentence in each language as a user sees it.
"""

from __future__ import annotations

import itertools

import pytest

from tests.helpers import lint

FIVE_PROPOSITIONS = """\
name: Many offers
customer_segments:
  - name: Students
    pains:
      - name: Slow wifi
value_propositions:
""" + "".join(f"  - {{name: P{i}, segments: [students]}}\n" for i in range(1, 6))


def _message(text: str, code: str) -> str:
    found = [f.message for f in lint(text, select=[code])]
    assert len(found) == 1, found
    return found[0]


def test_english_names_three_propositions_and_counts_the_rest() -> None:
    message = _message(FIVE_PROPOSITIONS, "FIT001")
    assert 'give one of value propositions "P1", "P2", "P3" and 2 more a pain reliever' in message


@pytest.mark.parametrize(("lang", "words"), [
    ("nl", 'geef een van de waardeproposities "P1", "P2", "P3", "P4", "P5" een pijnverzachter'),
    ("ru", 'в одно из ценностных предложений "P1", "P2", "P3", "P4", "P5" решение проблемы'),
])
def test_dutch_and_russian_list_every_proposition(lang: str, words: str) -> None:
    assert words in _message(f"language: {lang}\n" + FIVE_PROPOSITIONS, "FIT001")


PERSPECTIVES = ("financial", "internal-processes", "learning-growth")
# How each missing perspective is named in the message, per language.
SHOWN = {
    "en": {"financial": "financial", "internal-processes": "internal-processes",
           "learning-growth": "learning-growth"},
    "nl": {"financial": "financieel", "internal-processes": "interne-processen",
           "learning-growth": "leren-groeien"},
    "ru": {"financial": "финансовые", "internal-processes": "внутренние-процессы",
           "learning-growth": "обучение-развитие"},
}
STATED = [set(c) for n in range(3) for c in itertools.combinations(PERSPECTIVES, n)]


@pytest.mark.parametrize("lang", ["en", "nl", "ru"])
@pytest.mark.parametrize("stated", STATED, ids=lambda s: "+".join(sorted(s)) or "none")
def test_every_set_of_missing_perspectives_has_a_whole_sentence(lang: str,
                                                               stated: set[str]) -> None:
    kpis = "".join(f"  - {{name: K{i}, perspective: {p}}}\n" for i, p in enumerate(stated))
    text = (f"language: {lang}\nname: Scorecard\nkpis:\n"
            "  - {name: Net Promoter Score, perspective: customer}\n" + kpis)
    message = _message(text, "KPI001")
    missing = [p for p in PERSPECTIVES if p not in stated]
    assert "{" not in message and "}" not in message
    for perspective in missing:
        assert SHOWN[lang][perspective] in message
    for perspective in stated:
        assert SHOWN[lang][perspective] not in message


@pytest.mark.parametrize(("lang", "words"), [
    ("en", 'write the note as a mapping that says so, for example "- name: Packing" with '
           '"  supports: [fresh-beans]" under it'),
    ("nl", 'schrijf de notitie als mapping die het zegt, bijvoorbeeld "- naam: Packing" met '
           'daaronder "  ondersteunt: [fresh-beans]"'),
])
def test_a_plain_note_is_told_how_to_become_a_mapping(lang: str, words: str) -> None:
    text = (f"language: {lang}\nname: Roast\nvalue_propositions:\n  - name: Fresh beans\n"
            "key_activities:\n  - Packing\n  - {name: Roasting, supports: [fresh-beans]}\n")
    assert words in _message(text, "KA001")
