"""The findings of reading a file speak the report's language, whole (issue 15).

Before the structural messages moved into the catalogs, a binary file, bad
bytes, a control character, an empty file, a complex or merge key showed
their English sentence in a Dutch or Russian report, and Y006 glued its
English detail onto a Dutch or Russian opening.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from canvaslint.cli.main import cli

BOMB = "a: &a [x, x, x, x, x, x, x, x, x, x]\n" + "".join(
    f"{b}: &{b} [{', '.join(['*' + a] * 10)}]\n" for a, b in zip("abcd", "bcde", strict=True)
) + "f: [" + ", ".join(["*e"] * 10) + "]\n"
FILES = {
    "binary": b"name: X\x00\n",
    "bad-bytes": b"name: X\ndescription: caf\xe9\n",
    "control": b"name: X\ndescription: a\x07b\n",
    "too-deep": b"a: " + b"[" * 150 + b"]" * 150 + b"\n",
    "alias-bomb": BOMB.encode(),
    "empty": b"",
    "complex-key": b"name: X\n? [a, b]\n: c\n",
    "merge-key": b"name: X\n<<: 3\n",
}


def _message(path: Path, lang: str) -> tuple[str, str]:
    result = CliRunner().invoke(cli, ["check", "--no-config", "--select", "Y,S", "--lang", lang,
                                      "--format", "json", str(path)], catch_exceptions=False)
    (finding,) = json.loads(result.output)["findings"]
    return finding["code"], finding["message"]


@pytest.mark.parametrize("lang", ["nl", "ru"])
@pytest.mark.parametrize("case", sorted(FILES))
def test_a_reading_problem_is_said_wholly_in_the_report_language(
        tmp_path: Path, case: str, lang: str) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_bytes(FILES[case])
    code, english = _message(path, "en")
    local_code, local = _message(path, lang)
    assert local_code == code
    assert local != english
    # No English clause of the message (its detail after a colon) is carried over.
    for clause in english.split(": "):
        assert clause not in local, (clause, local)


@pytest.mark.parametrize(("lang", "words"), [("en", "of all rules"), ("nl", "van alle regels"),
                                             ("ru", "для всех правил")])
def test_an_unused_disable_of_every_rule_says_so_in_the_report_language(
        tmp_path: Path, lang: str, words: str) -> None:
    path = tmp_path / "canvas.yaml"
    path.write_text("name: X\ndescription: y  # canvaslint: disable\n", encoding="utf-8")
    result = CliRunner().invoke(cli, ["check", "--no-config", "--lang", lang, "--format",
                                      "json", str(path)], catch_exceptions=False)
    (x001,) = [f for f in json.loads(result.output)["findings"] if f["code"] == "X001"]
    assert words in x001["message"] and (lang == "en" or "all rules" not in x001["message"])
