"""Canvases as people write them: sticky notes, no links, no types (issue 16).

The canvases under ``tests/data/flat/`` are written the way real canvases
are kept (one string or a name and a description per note; B2B and B2C;
English, Dutch and Russian). Each says in ``# coach:`` lines what a good
business coach would say about it at warning level and above; canvaslint
must say exactly that, and otherwise only offer the links (B003, info).
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

from canvaslint.finding import Severity
from tests.helpers import ROOT, lint

FLAT = sorted((ROOT / "tests" / "data" / "flat").glob("*.canvas.yaml"))
COACH = re.compile(r'^# coach: ([A-Z]+[0-9]{3}) "([^"]+)"\s*$', re.M)
# What a finding that rests on a fact read from words says, per language.
READ_FROM_WORDS = ("read from the words", "afgeleid uit de woorden", "выведено из слов")


def run(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "canvaslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_there_are_flat_canvases_in_three_languages() -> None:
    found = [re.search(r"^language: (\w+)", p.read_text("utf-8"), re.M) for p in FLAT]
    languages = {m.group(1) if m else "en" for m in found}
    assert len(FLAT) >= 6 and languages == {"en", "nl", "ru"}


@pytest.mark.parametrize("path", FLAT, ids=lambda p: p.name)
def test_a_flat_canvas_gets_what_a_coach_would_say(path: Path) -> None:
    text = path.read_text("utf-8")
    findings = lint(text, name=path.name)
    serious = sorted((f.code, f.item) for f in findings if f.severity >= Severity.WARNING)
    assert serious == sorted(COACH.findall(text)), findings
    assert len(serious) <= 3
    assert {f.code for f in findings if f.severity == Severity.INFO} <= {"B003"}


@pytest.mark.parametrize("path", FLAT, ids=lambda p: p.name)
def test_a_finding_resting_on_words_says_so(path: Path) -> None:
    text = path.read_text("utf-8")
    inferred = {"CR003", "CR007", "RS003"}
    for finding in lint(text, name=path.name):
        if finding.code in inferred:
            assert any(p in finding.message for p in READ_FROM_WORDS), finding.message


def test_the_inference_is_what_makes_the_headline_check_fire() -> None:
    path = "tests/data/flat/core-banking.canvas.yaml"
    on = run("check", "--format", "json", path)
    off = run("check", "--format", "json", "--no-infer", path)
    codes_on = [f["code"] for f in json.loads(on.stdout)["findings"]]
    codes_off = [f["code"] for f in json.loads(off.stdout)["findings"]]
    assert "CR003" in codes_on and "CR003" not in codes_off
    message = next(f["message"] for f in json.loads(on.stdout)["findings"]
                   if f["code"] == "CR003")
    assert 'segment "Enterprise banks" market: b2b ("enterprise" in its name)' in message
    assert 'relationship "Self-service portal" type: self-service' in message
    assert "write the field to confirm it or change it" in message


def test_the_configuration_turns_inference_off(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text((ROOT / "tests/data/flat/core-banking.canvas.yaml").read_text("utf-8"),
                      encoding="utf-8")
    (tmp_path / ".canvaslint.yaml").write_text("infer: false\n", encoding="utf-8")
    result = run("check", "canvas.yaml", cwd=tmp_path)
    assert "CR003" not in result.stdout and result.returncode == 0
    shown = run("check", "--show-config", "canvas.yaml", cwd=tmp_path)
    assert "infer: off" in shown.stdout and ".canvaslint.yaml" in shown.stdout
    again = run("check", "--infer", "canvas.yaml", cwd=tmp_path)
    assert "CR003" in again.stdout


def test_the_configuration_adds_words(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.yaml"
    canvas.write_text("name: Dental software\ncustomer_segments: [Dentists]\n"
                      "customer_relationships: [Online help center]\n", encoding="utf-8")
    before = run("check", "--select", "CR003", "canvas.yaml", cwd=tmp_path)
    assert "CR003" not in before.stdout  # "dentists" is not a known business word
    (tmp_path / ".canvaslint.yaml").write_text(
        "infer:\n  words:\n    customer_segments:\n      market:\n        b2b: {en: [dentist]}\n",
        encoding="utf-8")
    after = run("check", "--select", "CR003", "canvas.yaml", cwd=tmp_path)
    assert 'segment "Dentists" is a business market' in after.stdout
    bad = tmp_path / "bad.yaml"
    bad.write_text("infer: {words: {customer_segments: {market: {b2b: {de: [x]}}}}}\n",
                   encoding="utf-8")
    assert run("check", "--config", str(bad), "canvas.yaml", cwd=tmp_path).returncode == 2


def test_infer_command_shows_what_was_read() -> None:
    result = run("infer", "tests/data/flat/core-banking.canvas.yaml",
                 "tests/data/flat/kofeynya.canvas.yaml")
    assert result.returncode == 0
    out = result.stdout
    assert ('core-banking.canvas.yaml:15:5: relationship "Self-service portal" type: '
            'self-service    # "self-service" in its name') in out
    assert 'serves segment "Enterprise banks"    # the only segment' in out
    assert 'revenue stream "Абонемент на кофе на месяц" type: subscription' in out
    assert re.search(r"^\d+ fact\(s\) read from words", out, re.M)


def test_infer_command_on_a_missing_path_exits_2() -> None:
    assert run("infer", "no/such/canvas.yaml").returncode == 2
