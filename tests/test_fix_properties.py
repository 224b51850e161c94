"""``--fix`` on canvases with typos hypothesis injects: it parses, and adds nothing.

Real canvases (English, Dutch, Russian, with their comments) get typos in
keys and values: a letter dropped, doubled or swapped, capitals, spaces for
dashes. Whatever the fixer makes of them:

- its output parses;
- its findings are a subset of the input's, apart from findings inside a
  value it repaired, which the mistake had hidden (docs/decisions.md, issue 20);
- every comment line is kept byte for byte;
- fixing the output again changes nothing.
"""

from __future__ import annotations

import re
from collections import Counter

from hypothesis import given
from hypothesis import strategies as st

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.check.fix.apply import fix_text
from canvaslint.read.loader import load
from tests.helpers import EXAMPLES, all_rules
from tests.test_properties import SETTINGS

SOURCES = [(EXAMPLES / name).read_text(encoding="utf-8") for name in (
    "nespresso.canvas.yaml", "koffiebranderij-nl.canvas.yaml", "kofeynya-ru.canvas.yaml")]
# `key: value` and `- value` lines: where typos go, in the key or in a plain word.
FIELD = re.compile(r"^(\s*(?:- )?)([^\s#:'\"][^:#]*?)(: +|(?<=- ))"
                   r"([^\s#'\"\[{|>][^#]*?)?(\s*(?:#.*)?)$")


def settings() -> RunSettings:
    rules = all_rules()
    return RunSettings(rules=rules, catalog={r.code: r for r in rules})


def typo(word: str, kind: int, at: int) -> str:
    if not word:
        return word
    i = at % len(word)
    if kind == 0:
        return word[:i] + word[i + 1:]  # a letter dropped
    if kind == 1:
        return word[:i] + word[i] + word[i:]  # a letter doubled
    if kind == 2 and i + 1 < len(word):
        return word[:i] + word[i + 1] + word[i] + word[i + 2:]  # two letters swapped
    if kind == 3:
        return word.upper()
    return word.replace("-", " ").replace("_", " ").title()


@st.composite
def canvases_with_typos(draw: st.DrawFn) -> str:
    lines = draw(st.sampled_from(SOURCES)).split("\n")
    fields = [i for i, line in enumerate(lines) if FIELD.match(line)]
    for _ in range(draw(st.integers(1, 4))):
        i = draw(st.sampled_from(fields))
        match = FIELD.match(lines[i])
        if match is None:
            continue
        indent, key, colon, value, rest = match.groups()
        kind, at = draw(st.integers(0, 4)), draw(st.integers(0, 40))
        if value and draw(st.booleans()):
            value = typo(value, kind, at)
        else:
            key = typo(key, kind, at)
        lines[i] = f"{indent}{key}{colon}{value or ''}{rest}"
    return "\n".join(lines)


def comment_lines(text: str) -> list[str]:
    return [line for line in text.splitlines() if line.lstrip().startswith("#")]


@SETTINGS
@given(canvases_with_typos(), st.booleans())
def test_fix_output_parses_and_adds_no_finding(text: str, unsafe: bool) -> None:
    run = settings()
    before = Counter((f.code, f.path)
                     for f in lint_document(load("c.canvas.yaml", text.encode()), run))
    result = fix_text("c.canvas.yaml", text, run, unsafe)
    doc = load("c.canvas.yaml", result.text.encode())
    assert doc.root is not None or result.text == text
    after = Counter((f.code, f.path) for f in lint_document(doc, run))
    for code, path in after - before:
        assert not code.startswith("Y") and any(
            path == s or path.startswith((s + ".", s + "[")) for s in result.scopes), (
            code, path, result.scopes)
    assert comment_lines(result.text) == comment_lines(text)
    assert fix_text("c.canvas.yaml", result.text, run, unsafe).text == result.text
