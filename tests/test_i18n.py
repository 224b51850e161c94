"""Dutch and Russian: localized keys and values, findings in the user's words.

The coverage test lists, per language, the built-in rules that have no
translated message, and fails while any is missing; the per-rule test lints
each rule's failing example as a Dutch and a Russian canvas and checks the
message is really translated and complete.
"""

from __future__ import annotations

import re
from importlib import resources

import pytest
import yaml

from canvaslint.check.rule import RuleInfo
from canvaslint.check.ruledoc import parse
from canvaslint.i18n import language
from canvaslint.messages import template
from canvaslint.read.blocks import load_schema
from tests.helpers import CRASH_CODES, all_rules, lint

BUILTIN = [r for r in all_rules() if r.origin == "canvaslint"]


def _catalog(lang: str) -> dict[str, str]:
    """The messages of a catalog, read from its .po source by Babel (a real gettext reader)."""
    from babel.messages.pofile import read_po

    with resources.files("canvaslint.messages").joinpath(f"{lang}.po").open("rb") as fp:
        return {str(m.id): str(m.string) for m in read_po(fp) if m.id and m.string}


def _messages(rule: RuleInfo, lang: str) -> dict[str, str]:
    """A built-in rule's messages in ``lang``, by their id within the rule (``over``)."""
    prefix = rule.code + "."
    return {k[len(prefix):]: v for k, v in _catalog(lang).items() if k.startswith(prefix)}
# Rules whose failing example cannot carry a `language:` line (the file is
# not readable YAML, or has two documents, or is cut short by a bound).
UNREADABLE = {"Y001", "Y004", "Y005", "Y006"}


def _schema_words() -> tuple[set[str], set[str]]:
    keys: set[str] = set()
    values: set[str] = set()

    def walk(node: object) -> None:
        if isinstance(node, dict):
            keys.update(node.get("properties", {}))
            values.update(v for v in node.get("enum", []) if isinstance(v, str))
            for child in node.values():
                walk(child)
        elif isinstance(node, list):
            for child in node:
                walk(child)

    walk(load_schema())
    return keys, values


@pytest.mark.parametrize("code", ["nl", "ru"])
def test_every_english_key_and_value_has_an_entry(code: str) -> None:
    text = resources.files("canvaslint.data").joinpath(f"{code}.yaml").read_text("utf-8")
    table = yaml.safe_load(text)
    keys, values = _schema_words()
    assert sorted(keys - set(table["keys"])) == []
    assert sorted(values - set(table["values"])) == []


@pytest.mark.parametrize("code", ["nl", "ru"])
def test_translation_coverage_per_language(code: str) -> None:
    missing = [r.code for r in BUILTIN
               if "summary" not in _messages(r, code)
               or len(set(_messages(r, code)) - {"summary", "doc", "why"}) == 0]
    assert missing == [], f"rules with no {code} message yet: {', '.join(missing)}"


def _example(rule: RuleInfo, code: str) -> str:
    return f"language: {code}\n" + parse(rule.doc).fails


@pytest.mark.parametrize("code", ["nl", "ru"])
@pytest.mark.parametrize("rule", [r for r in BUILTIN if r.code not in UNREADABLE | CRASH_CODES],
                         ids=lambda r: r.code)
def test_failing_example_speaks_the_canvas_language(rule: RuleInfo, code: str) -> None:
    english = [f.message for f in lint(parse(rule.doc).fails, select=[rule.code])]
    local = [f.message for f in lint(_example(rule, code), select=[rule.code])]
    assert local and len(local) == len(english)
    for translated in local:
        assert translated not in english, f"{rule.code}: not translated: {translated}"
        assert not re.search(r"\{[a-z_]+\}", translated), f"unfilled placeholder: {translated}"
    msgids = {lang: set(_messages(rule, lang)) for lang in ("nl", "ru")}
    assert msgids["nl"] == msgids["ru"], f"{rule.code}: msgids differ between nl and ru"


NL_CANVAS = """naam: Kernbankieren
taal: nl
klantsegmenten:
  - naam: Grote banken
    markt: b2b
    verwacht: accountbeheer
klantrelaties:
  - naam: Zelfbedieningsportaal
    type: self-service
    segmenten: grote-banken
    beschrijvng: x
"""


def test_dutch_keys_and_values_point_at_the_users_words() -> None:
    found = lint(NL_CANVAS, select=["CR001", "S002"])
    cr001 = next(f for f in found if f.code == "CR001")
    assert (cr001.line, cr001.column) == (9, 11)
    assert "verwacht accountbeheer" in cr001.message
    s002 = next(f for f in found if f.code == "S002")
    assert (s002.line, s002.column) == (11, 5)
    assert "`beschrijving`" in s002.message  # suggested in the file's own language


RU_CANVAS = """название: Кофейня
язык: ru
потребительские_сегменты:
  - название: Малый бизнес
    ожидает: самообслуживание
взаимоотношения_с_клиентами:
  - название: Личный менеджер
    тип: особая-персональная-поддержка
    сегменты: малый-бизнес
"""


def test_russian_canvas_with_cyrillic_ids() -> None:
    found = lint(RU_CANVAS, select=["CR001", "R001", "S"])
    assert [(f.code, f.line, f.column) for f in found] == [("CR001", 8, 10)]
    assert "самообслуживание" in found[0].message


def test_english_keys_mix_into_a_localized_file() -> None:
    mixed = NL_CANVAS.replace("klantrelaties:", "customer_relationships:").replace(
        "    beschrijvng: x\n", "")
    assert [f.code for f in lint(mixed, select=["CR001", "S"])] == ["CR001"]


def test_language_tables_load() -> None:
    assert language("nl").key_alias["klantsegmenten"] == "customer_segments"
    assert language("ru").value_alias["самообслуживание"] == "self-service"


@pytest.mark.parametrize("code", ["nl", "ru"])
def test_every_rule_explains_why_in_each_language(code: str) -> None:
    missing = [r.code for r in BUILTIN if not template(code, f"{r.code}.why")]
    assert missing == [], f"rules whose rationale is not in {code} yet: {', '.join(missing)}"
    start = {"nl": "Waarom: ", "ru": "Почему: "}[code]
    assert [r.code for r in BUILTIN if not _messages(r, code)["why"].startswith(start)] == []


@pytest.mark.parametrize("code,fails,passes", [("nl", "Fout:", "Goed:"),
                                                ("ru", "Ошибка:", "Верно:")])
def test_rule_explains_itself_in_the_language_asked(code: str, fails: str, passes: str) -> None:
    from click.testing import CliRunner

    from canvaslint.cli.main import cli

    rule = next(r for r in BUILTIN if r.code == "CR001")
    out = CliRunner().invoke(cli, ["rule", "CR001", "--lang", code]).output
    why = " ".join(_messages(rule, code)["why"].split())
    assert why[:40] in " ".join(out.split())
    assert "Why:" not in out and fails in out and passes in out
    example = parse(rule.doc).fails.splitlines()[2].strip()  # a line of the failing canvas
    assert example in out
