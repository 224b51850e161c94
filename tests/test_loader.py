"""The loader keeps positions, finds file-level problems and never raises."""

from __future__ import annotations

from canvaslint.finding import Problem
from canvaslint.read.loader import load
from tests.helpers import english


def test_positions_of_nested_values_are_one_based() -> None:
    doc = load("c.yaml", b"name: X\nchannels:\n  - name: Web\n    medium: [web, app]\n")
    assert doc.span(Problem(("channels", 0, "medium", 1), "")) == (4, 19, 4, 22)
    assert doc.span(Problem(("channels", 0, "medium"), "", at_key=True)) == (4, 5, 4, 11)


def test_duplicate_key_names_both_lines() -> None:
    doc = load("c.yaml", b"name: X\ndescription: a\ndescription: b\n")
    (code, problem), = doc.problems
    assert code == "Y002"
    assert "lines 2 and 3" in english(code, problem)
    assert doc.span(problem)[:2] == (3, 1)


def test_second_document_is_reported_at_its_marker() -> None:
    doc = load("c.yaml", b"name: X\n---\nname: Y\n")
    assert [(c, doc.span(p)[:2]) for c, p in doc.problems] == [("Y004", (2, 1))]
    assert doc.data == {"name": "X"}


def test_python_tags_are_never_constructed() -> None:
    doc = load("c.yaml", b"name: !!python/object/apply:os.system ['touch /tmp/pwned']\n")
    assert [c for c, _ in doc.problems] == ["Y005"]
    assert doc.data == {"name": ["touch /tmp/pwned"]}


def test_alias_bomb_is_bounded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    for i in range(1, 9):
        lines.append(f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]")
    doc = load("c.yaml", "\n".join(lines).encode())
    assert [c for c, _ in doc.problems] == ["Y006"]
    assert doc.data is None


def test_utf16_with_bom_and_crlf_keep_lines() -> None:
    text = "name: X\r\ndescription: Кофе\r\nfoo: 1\r\n"
    doc = load("c.yaml", text.encode("utf-16"))
    assert doc.data == {"name": "X", "description": "Кофе", "foo": 1}
    assert doc.span(Problem(("foo",), "", at_key=True))[:2] == (3, 1)


def test_invalid_utf8_is_a_located_syntax_finding() -> None:
    doc = load("c.yaml", b"name: X\ndescription: caf\xe9\n")
    (code, problem), = doc.problems
    assert code == "Y001"
    assert problem.mark is not None and problem.mark[0] == 2
    assert "UTF-8" in english(code, problem)


def test_merge_keys_are_expanded() -> None:
    doc = load("c.yaml", b"base: &b {market: b2b}\nseg: {<<: *b, name: Banks}\n")
    assert doc.data["seg"] == {"market": "b2b", "name": "Banks"}
    assert doc.problems == []
