"""Every output format on a canvas with findings of every severity.

Golden files pin what each format prints; the SARIF output is validated
against the official SARIF 2.1.0 schema (a copy in ``tests/data``), the JUnit
output is parsed back with the standard XML parser, and the GitHub
annotations are unescaped back to the findings they came from.
"""

from __future__ import annotations

import copy
import json
import os
import re
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from jsonschema.validators import validator_for

from canvaslint.check import ruledoc
from canvaslint.cli.main import check as check_command
from canvaslint.cli.outputs import output_plan
from canvaslint.finding import Finding, Severity
from canvaslint.report import formatters
from canvaslint.report.formatters import github, junit, sarif
from canvaslint.report.results import Report
from tests.helpers import ROOT, all_rules

GOLDEN = Path(__file__).parent / "golden"
DATA = Path(__file__).parent / "data"
FIXTURE = "tests/data/severities.canvas.yaml"
CLEAN = "examples/nespresso.canvas.yaml"
# A fixed selection, so rules added later do not change the golden files.
SELECT = "Y003,B002,R001,CS001,CO001,CR001,X001"
GOLDEN_NAMES = {"text": "severities.txt", "json": "severities.json", "sarif": "severities.sarif",
                "github": "severities.github.txt", "junit": "severities.junit.xml"}


def run(*args: str, input: str | None = None):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(check_command, list(args), input=input, catch_exceptions=False)


@pytest.fixture(autouse=True)
def in_repo(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.delenv("FORCE_COLOR", raising=False)


def golden(name: str, actual: str) -> None:
    path = GOLDEN / name
    if os.environ.get("CANVASLINT_UPDATE_GOLDEN"):
        path.write_text(actual, encoding="utf-8")
    assert actual == path.read_text(encoding="utf-8")


def lint_fixture(fmt: str) -> str:
    result = run("--select", SELECT, "--format", fmt, FIXTURE, CLEAN)
    assert result.exit_code == 1
    return str(result.output)


def sarif_validator() -> Any:
    schema = json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))
    cls = validator_for(schema)
    cls.check_schema(schema)
    return cls(schema, format_checker=cls.FORMAT_CHECKER)


def assert_valid_sarif(doc: dict[str, Any]) -> None:
    errors = sorted(sarif_validator().iter_errors(doc), key=lambda e: list(e.path))
    assert not errors, [f"{list(e.path)}: {e.message}" for e in errors[:5]]


def stable_sarif(doc: dict[str, Any]) -> dict[str, Any]:
    """The SARIF without what changes when rules are added or the checkout moves."""
    doc = copy.deepcopy(doc)
    run_ = doc["runs"][0]
    driver = run_["tool"]["driver"]
    rules = driver["rules"]
    used = sorted({r["ruleId"] for r in run_["results"]})
    for result in run_["results"]:
        assert rules[result.pop("ruleIndex")]["id"] == result["ruleId"]
    driver["rules"] = [{"id": r["id"], "name": r["name"],
                        "defaultConfiguration": r["defaultConfiguration"]}
                       for r in rules if r["id"] in used]
    driver["version"] = driver["semanticVersion"] = "VERSION"
    run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] = "file:///ROOT/"
    return doc


# --- golden files --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", sorted(GOLDEN_NAMES))
def test_golden_output_of_every_format(fmt: str) -> None:
    out = lint_fixture(fmt)
    if fmt == "sarif":
        out = json.dumps(stable_sarif(json.loads(out)), indent=2, ensure_ascii=False) + "\n"
    golden(GOLDEN_NAMES[fmt], out)


def test_the_fixture_has_every_severity() -> None:
    severities = {f["severity"] for f in json.loads(lint_fixture("json"))["findings"]}
    assert severities == {"error", "warning", "info"}


def test_cli_choices_are_the_formatters() -> None:
    option = next(p for p in check_command.params if p.name == "formats")
    assert list(option.type.choices) == list(formatters.FORMATS)  # type: ignore[attr-defined]


# --- sarif -----------------------------------------------------------------------------------


def test_sarif_validates_against_the_official_schema() -> None:
    assert_valid_sarif(json.loads(lint_fixture("sarif")))


def test_sarif_of_every_mistake_example_and_of_a_clean_run_validates() -> None:
    mistakes = json.loads(run("--format", "sarif", "examples/mistakes").output)
    assert_valid_sarif(mistakes)
    assert mistakes["runs"][0]["results"]
    clean = run("--format", "sarif", CLEAN)
    assert clean.exit_code == 0
    doc = json.loads(clean.output)
    assert_valid_sarif(doc)
    assert doc["runs"][0]["results"] == []


def test_sarif_describes_every_registered_rule() -> None:
    doc = json.loads(lint_fixture("sarif"))
    rules = doc["runs"][0]["tool"]["driver"]["rules"]
    catalog = {r.code: r for r in all_rules()}
    assert [r["id"] for r in rules] == sorted(catalog)
    levels = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
    for rule in rules:
        info = catalog[rule["id"]]
        assert rule["name"] == info.name
        assert rule["shortDescription"]["text"] == info.summary
        assert rule["fullDescription"]["text"]
        assert rule["defaultConfiguration"]["level"] == levels[info.severity]
        doc_text = ruledoc.parse(info.doc).text
        assert doc_text.splitlines()[0] in rule["help"]["text"]
        assert "```yaml" in rule["help"]["markdown"] or not ruledoc.parse(info.doc).fails


def test_sarif_results_carry_rule_level_message_and_region() -> None:
    doc = json.loads(lint_fixture("sarif"))
    run_ = doc["runs"][0]
    findings = json.loads(lint_fixture("json"))["findings"]
    assert len(run_["results"]) == len(findings)
    assert run_["originalUriBaseIds"]["%SRCROOT%"]["uri"] == ROOT.as_uri() + "/"
    for result, finding in zip(run_["results"], findings, strict=True):
        assert result["ruleId"] == finding["code"]
        assert run_["tool"]["driver"]["rules"][result["ruleIndex"]]["id"] == finding["code"]
        assert result["level"] == {"info": "note"}.get(finding["severity"], finding["severity"])
        assert result["message"]["text"] == finding["message"]
        location = result["locations"][0]["physicalLocation"]
        assert location["artifactLocation"] == {"uri": FIXTURE, "uriBaseId": "%SRCROOT%"}
        assert location["region"] == {
            "startLine": finding["line"], "startColumn": finding["column"],
            "endLine": finding["end_line"], "endColumn": finding["end_column"]}
    fingerprints = [r["partialFingerprints"]["canvaslint/v1"] for r in run_["results"]]
    assert len(set(fingerprints)) == len(fingerprints)


def test_sarif_paths_are_relative_to_the_repository_root(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT / "examples")
    doc = json.loads(run("--format", "sarif", "mistakes/S001-schema.canvas.yaml").output)
    location = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {
        "uri": "examples/mistakes/S001-schema.canvas.yaml", "uriBaseId": "%SRCROOT%"}


def test_sarif_of_a_file_outside_the_repository_is_an_absolute_uri(tmp_path: Path) -> None:
    canvas = tmp_path / "my shop.canvas.yaml"
    canvas.write_text("name: X\ndescription: no\n", encoding="utf-8")
    doc = json.loads(run("--select", "Y003", "--format", "sarif", str(canvas)).output)
    assert_valid_sarif(doc)
    location = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]
    assert location["artifactLocation"] == {"uri": canvas.resolve().as_uri()}
    assert "%20" in location["artifactLocation"]["uri"]


def test_sarif_describes_a_rule_outside_the_catalog() -> None:
    crashed = Finding("canvas.yaml", 1, 1, "X000", 1, 1, name="rule-crashed",
                      message="rule B001 crashed")
    doc = json.loads(sarif.render(Report(findings=[crashed], files=["canvas.yaml"])))
    assert_valid_sarif(doc)
    rule = doc["runs"][0]["tool"]["driver"]["rules"][0]
    assert rule["id"] == "X000" and doc["runs"][0]["results"][0]["ruleIndex"] == 0


# --- github ----------------------------------------------------------------------------------


def test_github_escapes_as_the_actions_toolkit() -> None:
    assert github.escape_data("50% off\r\nnow: a, b") == "50%25 off%0D%0Anow: a, b"
    assert github.escape_property("a,b:c%\n") == "a%2Cb%3Ac%25%0A"


_COMMAND = re.compile(r"^::(error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)$")


def _unescape(text: str) -> str:
    for code, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        text = text.replace(code, char)
    return text


def test_github_annotations_parse_back_to_the_findings() -> None:
    lines = lint_fixture("github").splitlines()
    findings = json.loads(lint_fixture("json"))["findings"]
    assert len(lines) == len(findings)
    kinds = {"error": "error", "warning": "warning", "info": "notice"}
    for line, finding in zip(lines, findings, strict=True):
        match = _COMMAND.match(line)
        assert match, line
        assert line.startswith(f"::{kinds[finding['severity']]} ")
        props = dict(p.split("=", 1) for p in match["props"].split(","))
        assert {k: _unescape(v) for k, v in props.items()} == {
            "file": finding["file"], "line": str(finding["line"]),
            "col": str(finding["column"]), "endLine": str(finding["end_line"]),
            "endColumn": str(finding["end_column"]),
            "title": f"{finding['code']} {finding['name']}"}
        assert _unescape(match["message"]) == finding["message"]


def test_github_escapes_a_file_name_with_commas_and_colons() -> None:
    out = run("--select", "Y003", "--format", "github", "--stdin-filename",
              "plans/50%,a:b.canvas.yaml", "-", input="name: X\ndescription: no\n").output
    assert out.startswith("::error file=plans/50%25%2Ca%3Ab.canvas.yaml,line=2,col=14,")


# --- junit -----------------------------------------------------------------------------------


def test_junit_is_one_test_case_per_file_and_a_failure_per_failing_finding() -> None:
    root = ET.fromstring(lint_fixture("junit"))
    every = json.loads(lint_fixture("json"))["findings"]
    # The default fail-on is error: warnings and info do not fail the run, nor the test.
    findings = [f for f in every if f["severity"] == "error"]
    assert 0 < len(findings) < len(every)
    assert root.tag == "testsuites"
    suite = root.find("testsuite")
    assert suite is not None
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases] == [FIXTURE, CLEAN]
    failures = cases[0].findall("failure")
    assert len(failures) == len(findings) == int(suite.get("failures", "-1"))
    assert cases[1].findall("failure") == []
    assert suite.get("tests") == "2"
    for failure, finding in zip(failures, findings, strict=True):
        assert failure.get("type") == finding["code"]
        assert finding["message"] in (failure.get("message") or "")
        assert finding["message"] in (failure.text or "")
    shown = cases[0].findtext("system-out") or ""
    assert all(f["message"] in shown for f in every if f["severity"] != "error")


def test_junit_replaces_characters_xml_cannot_carry() -> None:
    bad = Finding("a<b>.canvas.yaml", 1, 1, "S001", name="schema", message="bell \x07 & <tag>")
    root = ET.fromstring(junit.render(Report(findings=[bad], files=["a<b>.canvas.yaml"])))
    failure = root.find("testsuite/testcase/failure")
    assert failure is not None and failure.get("message") == "1:1: S001 [error] bell \ufffd & <tag>"


# --- several formats, output files, standard input -------------------------------------------


def test_text_to_stdout_and_sarif_to_a_file_in_one_run(tmp_path: Path) -> None:
    target = tmp_path / "canvaslint.sarif"
    result = run("--select", SELECT, "--format", "text", "--format", "sarif",
                 "--output", f"sarif:{target}", FIXTURE)
    assert result.exit_code == 1
    assert result.output.startswith(f"{FIXTURE}:4:14: Y003 [*] [error]")
    assert_valid_sarif(json.loads(target.read_text(encoding="utf-8")))


def test_each_format_to_its_own_file(tmp_path: Path) -> None:
    args = ["--select", SELECT]
    for fmt in ("json", "junit", "github"):
        args += ["--format", fmt, "-o", f"{fmt}:{tmp_path / fmt}"]
    result = run(*args, FIXTURE)
    assert result.exit_code == 1 and result.output == ""
    assert json.loads((tmp_path / "json").read_text(encoding="utf-8"))["findings"]
    ET.fromstring((tmp_path / "junit").read_text(encoding="utf-8"))
    assert (tmp_path / "github").read_text(encoding="utf-8").startswith("::error ")


def test_one_format_takes_a_plain_output_file(tmp_path: Path) -> None:
    target = tmp_path / "report.xml"
    assert run("--format", "junit", "--output", str(target), CLEAN).exit_code == 0
    assert ET.fromstring(target.read_text(encoding="utf-8")).tag == "testsuites"


def test_output_plan_pairs_formats_with_files() -> None:
    assert output_plan(["text"], []) == [("text", None)]
    assert output_plan(["json"], ["out.json"]) == [("json", "out.json")]
    assert output_plan(["text", "sarif", "text"], ["sarif:r.sarif", "text:-"]) == [
        ("text", None), ("sarif", "r.sarif")]
    assert output_plan(["text"], ["C:\\reports\\out.txt"]) == [("text", "C:\\reports\\out.txt")]


@pytest.mark.parametrize("formats,outputs,words", [
    (["text", "sarif"], ["out.sarif"], "say which one"),
    (["text"], ["sarif:out.sarif"], "add --format sarif"),
    (["json", "sarif"], [], "cannot both go to standard output"),
    (["json", "sarif"], ["json:same", "sarif:same"], "same --output file"),
    (["json"], ["json:a", "json:b"], "one file"),
])
def test_output_plan_refuses_what_is_ambiguous(formats: list[str], outputs: list[str],
                                               words: str) -> None:
    with pytest.raises(ValueError, match=words):
        output_plan(formats, outputs)


def test_an_ambiguous_output_is_exit_2() -> None:
    result = run("--format", "text", "--format", "sarif", "--output", "x.sarif", CLEAN)
    assert result.exit_code == 2 and "FORMAT:x.sarif" in result.output


@pytest.mark.parametrize("fmt", ["sarif", "github", "junit", "json", "text"])
def test_stdin_findings_carry_the_given_name(fmt: str) -> None:
    name = "plans/shop.canvas.yaml"
    out = run("--select", "Y003", "--format", fmt, "--stdin-filename", name, "-",
              input="name: X\ndescription: no\n").output
    assert name in out
    if fmt == "sarif":
        location = json.loads(out)["runs"][0]["results"][0]["locations"][0]
        assert location["physicalLocation"]["artifactLocation"]["uri"] == name
