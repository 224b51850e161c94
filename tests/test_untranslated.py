"""No English left in a Dutch or Russian run (issue 18).

Every command a user runs in Dutch or Russian (check, rule, rules, render,
init) is run on the repository's examples, and each line of its output is
searched for English: in Dutch for English words Dutch does not share, in
Russian for any Latin word at all. What is not prose is taken out first:
the user's own words (quoted), keys and code (in backticks), file names,
options, rule codes and names, the text format's tags (``[warning]``, as
ruff prints them, read by CI problem matchers) and the ``canvaslint:
error:`` prefix, and in ``rule`` the example canvases (indented YAML).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from canvaslint.cli.main import cli
from tests.helpers import ROOT, all_rules

# English words that are not also Dutch words.
ENGLISH = frozenset(re.findall(r"\w+", """the are and with not add found problem problems error
errors warning warnings file files which but this that has have for to it its must should use did
you mean block blocks channel channels relationship relationships all clear fix fixable fixes when
there what how your each any more than from by at on as can see here known value values needs
expects serves without missing empty wrote starter default severity options no"""))
# Latin words a Russian sentence may hold: names of tools and formats, and the YAML words.
LATIN = frozenset(re.findall(r"\w+", "canvaslint yaml json kpi kpis true false null nps b2b b2c "
                                     "id"))
# Rule names are identifiers, as ruff's are: the same in every language.
RULE_NAMES = frozenset(rule.name for rule in all_rules())

_NOT_PROSE = [
    r'"[^"]*"', r"«[^»]*»", r"“[^”]*”", r"'[^']*'", r"`[^`]*`",
    r"https?://\S+", r"\S+\.(?:ya?ml|md|html|json|toml)\b\S*", r"--[a-z-]+",
    r"\[\*\]|\[~\]|\[(?:error|warning|info)\]", r"^canvaslint: (?:error|note|warning):",
    r"\b[A-Z]{1,3}\d{3}\b", r"\b[a-z0-9]+(?:[-_][a-z0-9]+)+\b", r"\*\.canvas",
    r"\bcanvaslint [a-z]+\b",  # a command to run
    r"^\s+[a-z][a-z_-]*:",  # a rule's option, as the configuration names it
]


def english_in(text: str, lang: str, skip_indented: bool = False,
               users: Iterable[str] = ()) -> list[str]:
    """The lines with English in them; ``users`` are the canvas's own words, not ours."""
    theirs = sorted({u for u in users if len(u) > 1}, key=len, reverse=True)
    found = []
    # Code in backticks may be wrapped onto the next line of a paragraph.
    text = re.sub(r"`[^`]*`", lambda m: re.sub(r"[^\n]", " ", m.group()), text)
    for line in text.splitlines():
        if skip_indented and line.startswith("    "):
            continue  # an example canvas: the user's own kind of text
        prose = line
        for words in theirs:
            prose = prose.replace(words, " ")
        for pattern in _NOT_PROSE:
            prose = re.sub(pattern, " ", prose)
        words = [w for w in re.findall(r"[A-Za-z][A-Za-z0-9]*", prose)
                 if len(w) > 1 and w not in RULE_NAMES]  # one letter: a segment's chip
        if lang == "ru":
            hits = [w for w in words if w.lower() not in LATIN]
        else:
            hits = [w for w in words if w.lower() in ENGLISH]
        if hits:
            found.append(f"{hits}: {line}")
    return found


def strings(node: Any) -> Iterator[str]:
    """Every text of a canvas: its names and notes are the user's words on the page."""
    if isinstance(node, dict):
        for key, value in node.items():
            yield str(key)
            yield from strings(value)
    elif isinstance(node, list):
        for value in node:
            yield from strings(value)
    elif node is not None:
        yield str(node)


def run(*args: str) -> str:
    result = CliRunner().invoke(cli, list(args))
    return result.output + (result.stderr if result.stderr_bytes is not None else "")


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)


@pytest.mark.parametrize("lang", ["nl", "ru"])
def test_check_speaks_only_the_language(lang: str) -> None:
    out = run("check", "examples", "--lang", lang, "--statistics")
    assert english_in(out, lang) == []


@pytest.mark.parametrize("lang", ["nl", "ru"])
def test_rule_and_rules_speak_only_the_language(lang: str) -> None:
    assert english_in(run("rules", "--lang", lang), lang) == []
    for rule in all_rules():
        if rule.origin == "canvaslint":
            out = run("rule", rule.code, "--lang", lang)
            assert english_in(out, lang, skip_indented=True) == [], rule.code


@pytest.mark.parametrize("lang", ["nl", "ru"])
def test_render_speaks_only_the_language(lang: str) -> None:
    import html

    for example in ("nespresso.canvas.yaml", "mistakes/CR001-relationship-not-expected.canvas.yaml",
                    "flat/core-banking.canvas.yaml"):
        page = run("render", f"examples/{example}", "-o", "-", "--lang", lang)
        page = re.sub(r"<(style|title)>.*?</\1>", "", page, flags=re.S)
        text = html.unescape(re.sub(r"<[^>]+>", "\n", page))
        canvas = yaml.safe_load((ROOT / "examples" / example).read_text(encoding="utf-8"))
        assert english_in(text, lang, users=strings(canvas)) == [], example


@pytest.mark.parametrize("lang", ["nl", "ru"])
def test_init_speaks_only_the_language(lang: str, tmp_path: Path) -> None:
    written = run("init", str(tmp_path / "plan.yaml"), "--lang", lang)
    again = run("init", str(tmp_path / "plan.yaml"), "--lang", lang)
    assert written and again and english_in(written + again, lang) == []


def test_the_search_finds_english() -> None:
    """The search must be able to fail: English prose in a Dutch or Russian line is found."""
    assert english_in("Found 3 problems in 1 file.", "nl")
    assert english_in("3 проблемы, see the docs", "ru")
    assert not english_in('klantsegment "Home baristas" heeft geen kanaal', "nl")
