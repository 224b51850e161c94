"""Properties of every run, on canvases hypothesis makes up: valid, wrong and broken.

Canvases are drawn from the canvas schema itself (every block, field and
vocabulary, with wrong values and references thrown in), written as YAML in
block or flow style, and for the broken ones cut, spliced and sprinkled with
YAML's special characters. Whatever comes out, the run holds to:

- no exception escapes, and no rule crashes (X000);
- findings are sorted, and the same from run to run and with ``--jobs``;
- every finding's line and column lie inside the file;
- suppressing a finding's code on its line removes exactly that finding.
"""

from __future__ import annotations

import json
import os
import re
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from canvaslint.check import runner
from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.finding import Finding
from canvaslint.read.discovery import targets
from canvaslint.read.loader import load
from tests.helpers import ROOT, all_rules

SCHEMA = json.loads((ROOT / "schemas" / "canvas.schema.json").read_text(encoding="utf-8"))
EXAMPLES = int(os.environ.get("CANVASLINT_PROPERTY_EXAMPLES", "60"))
SETTINGS = settings(max_examples=EXAMPLES, deadline=None, database=None,
                    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
WORDS = ["Banks", "Home baristas", "Web shop", "Coffee", "Ops", "Кофе", "café", "a: b", "#1",
         "yes", "null", "12", "- x", "'q'", '"dq"', "*ref", "&anc", "!tag", "%", "@", "x\ty"]
SPECIAL = "[]{}:,-#&*!|>'\"\t\n ?%@`<=~\\"
BREAK = re.compile("\r\n|[\r\n\x85\u2028\u2029]")


def resolve(node: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in node:
        node = SCHEMA["$defs"][node["$ref"].split("/")[-1]]
    return node


def names() -> st.SearchStrategy[str]:
    return st.sampled_from(WORDS) | st.text(
        st.characters(codec="utf-8", exclude_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=12)


def references() -> st.SearchStrategy[str]:
    return st.sampled_from(["banks", "home-baristas", "web-shop", "coffee", "ops", "nowhere"])


def value_for(node: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A value for a schema node: mostly fitting, sometimes wrong."""
    title = node.get("$ref", "")
    node = resolve(node)
    wrong = st.one_of(st.integers(), st.booleans(), st.none(), st.just([]), st.just({}))
    if title.endswith(("/reference", "/references")):
        fitting: st.SearchStrategy[Any] = references() | st.lists(references(), max_size=3)
    elif "enum" in node:
        fitting = st.sampled_from([*node["enum"], "bogus"])
    elif "anyOf" in node or "oneOf" in node:
        fitting = st.one_of([value_for(n, depth) for n in node.get("anyOf", node.get("oneOf"))])
    elif node.get("type") == "array" and depth < 3:
        fitting = st.lists(value_for(node.get("items", {}), depth + 1), max_size=3)
    elif "properties" in node and depth < 3:
        fitting = item(node, depth + 1)
    elif node.get("type") == "boolean":
        fitting = st.booleans()
    elif node.get("type") in ("number", "integer"):
        fitting = st.integers(-5, 5)
    else:
        fitting = names()
    return st.one_of(fitting, fitting, fitting, wrong)


def item(node: dict[str, Any], depth: int = 0) -> st.SearchStrategy[Any]:
    """A sticky note: a plain name, or a mapping with a name and some fields."""
    props = node.get("properties", {})
    fields = st.lists(st.sampled_from([*props, "unknown_key"]), max_size=4, unique=True)

    @st.composite
    def mapping(draw: st.DrawFn) -> dict[str, Any]:
        chosen = draw(fields)
        out: dict[str, Any] = {"name": draw(names())} if draw(st.integers(0, 9)) else {}
        for key in chosen:
            out[key] = draw(value_for(props[key], depth) if key in props else names())
        return out

    return names() | mapping() if depth else mapping()


@st.composite
def canvases(draw: st.DrawFn) -> str:
    """A canvas as YAML text, valid YAML (its content may be wrong)."""
    data: dict[str, Any] = {"name": draw(names())}
    blocks = [k for k in SCHEMA["properties"] if k != "name"]
    for block in draw(st.lists(st.sampled_from(blocks), max_size=6, unique=True)):
        data[block] = draw(value_for(SCHEMA["properties"][block], 1))
    flow = draw(st.sampled_from([False, None, True]))
    return yaml.safe_dump(data, allow_unicode=True, width=10**6, sort_keys=False,
                          default_flow_style=flow)


@st.composite
def broken(draw: st.DrawFn) -> str:
    """A canvas cut, spliced and sprinkled with characters that mean something in YAML."""
    text = draw(canvases())
    for _ in range(draw(st.integers(1, 4))):
        at = draw(st.integers(0, len(text)))
        kind = draw(st.integers(0, 3))
        if kind == 0:
            noise = draw(st.text(alphabet=SPECIAL, max_size=4))
            text = text[:at] + noise + text[at:]
        elif kind == 1:
            text = text[:at] + text[at + draw(st.integers(1, 20)):]
        elif kind == 2:
            lines = text.splitlines(keepends=True) or [""]
            text = "".join(lines[:at % len(lines) + 1]) + "".join(lines[at % len(lines):])
        else:
            text = text[:at]
    return text


def encode(text: str, how: str) -> bytes:
    if how == "crlf":
        return text.replace("\n", "\r\n").encode()
    if how == "utf-16":
        return text.encode("utf-16")
    return text.encode()


def lint_text(raw: bytes) -> list[Finding]:
    rules = all_rules()
    return lint_document(load("canvas.yaml", raw),
                         RunSettings(rules=rules, catalog={r.code: r for r in rules}))


def assert_inside(text: str, findings: list[Finding]) -> None:
    lines = BREAK.split(text)
    for f in findings:
        assert 1 <= f.line <= len(lines), (f, len(lines))
        assert 1 <= f.column <= len(lines[f.line - 1]) + 1, (f, lines[f.line - 1])
        if f.end_line:
            assert (f.line, f.column) <= (f.end_line, f.end_column), f
            assert f.end_line <= len(lines), f
            assert f.end_column <= len(lines[f.end_line - 1]) + 1, f


def check_run(text: str, how: str) -> list[Finding]:
    raw = encode(text, how)
    findings = lint_text(raw)
    assert findings == sorted(findings)
    assert lint_text(raw) == findings  # deterministic
    assert not [f for f in findings if f.code == "X000" or "canvaslint failed" in f.message]
    assert all("\n" not in f.message for f in findings)
    assert_inside(text.replace("\r\n", "\n") if how == "crlf" else text, findings)
    return findings


@SETTINGS
@given(canvases(), st.sampled_from(["utf-8", "crlf", "utf-16"]))
def test_valid_yaml_canvases_hold_the_invariants(text: str, how: str) -> None:
    findings = check_run(text, how)
    assert not [f for f in findings if f.code == "Y001"]


@SETTINGS
@given(broken(), st.sampled_from(["utf-8", "crlf"]))
def test_broken_canvases_hold_the_invariants(text: str, how: str) -> None:
    check_run(text, how)


@SETTINGS
@given(canvases(), st.data())
def test_suppressing_a_finding_removes_exactly_it(text: str, data: st.DataObject) -> None:
    findings = lint_text(text.encode())
    if not findings:
        return
    chosen = data.draw(st.sampled_from(findings))
    lines = text.split("\n")
    lines[chosen.line - 1] += f"  # canvaslint: disable={chosen.code}"
    after = lint_text("\n".join(lines).encode())
    expected = [f for f in findings if not (f.code == chosen.code and f.line == chosen.line)]
    assert [_key(f) for f in after] == [_key(f) for f in expected]


def _key(f: Finding) -> tuple[Any, ...]:
    """A finding without its end column: a comment may lengthen the root node's span."""
    return (f.file, f.line, f.column, f.code, f.message, f.path)


@settings(max_examples=max(3, EXAMPLES // 10), deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
@given(st.lists(canvases() | broken(), min_size=2, max_size=6))
def test_jobs_do_not_change_the_findings(texts: list[str]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        for i, text in enumerate(texts):
            Path(folder, f"c{i}.canvas.yaml").write_text(text, encoding="utf-8")
        files = targets([folder])
        rules = all_rules()
        settings_for: Callable[[Any], RunSettings] = lambda t: RunSettings(  # noqa: E731
            rules=rules, catalog={r.code: r for r in rules})
        one = runner.lint_all(files, settings_for, jobs=1)
        assert runner.lint_all(files, settings_for, jobs=2) == one
        assert one == sorted(one)
