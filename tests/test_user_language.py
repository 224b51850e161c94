"""Every word in the user's language (issue 18): what a Dutch or Russian user reads.

Each test runs the command line as a user would, on a small canvas written
to a temporary folder, and checks the words of the output.
"""

from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner, Result

from canvaslint.cli.main import cli

CANVAS = """\
name: Roaster
description: Coffee roasted weekly
custmer: x
customer_segments:
  - name: Home brewers
    market: B2C
    type: niche
    expects: {a: 1}
customer_relationships:
  - name: Newsletter
    type: automated-service
    segments: [home-brewers]
  - name: Founder hotline
    type: [personal-assistance, 3]
    segments: [home-brewers]
"""

RUSSIAN = """\
язык: ru
название: Обжарщик
сегменты_клиентов:
  - название: Домашние бариста
    рынок: b2c
    тип: нишевый-рынок
взаимоотношения_с_клиентами:
  - название: Рассылка
    тип: самообслуживанье
    сегменты: [домашние-бариста]
"""


def run(tmp_path: Path, text: str, *args: str) -> Result:
    file = tmp_path / "c.canvas.yaml"
    file.write_text(text, encoding="utf-8")
    return CliRunner().invoke(cli, ["check", str(file), "--select", "S", *args])


def test_dutch_report_of_english_canvas_names_places_and_keys_in_dutch(tmp_path: Path) -> None:
    out = run(tmp_path, CANVAS, "--lang", "nl").output
    assert "the canvas" not in out and "geen sleutel van het canvas" in out
    assert "klantsegmenten" in out  # the known keys, in Dutch
    assert "van klantrelatie \"Newsletter\"" in out


def test_type_words_are_translated(tmp_path: Path) -> None:
    nl = run(tmp_path, CANVAS, "--lang", "nl").output
    ru = run(tmp_path, CANVAS, "--lang", "ru").output
    assert "true or false" not in nl + ru and " or " not in ru
    assert "verwacht tekst of een lijst" in nl and "ожидается текст или список" in ru


def test_value_lists_name_each_word_once(tmp_path: Path) -> None:
    for lang in ("nl", "ru"):
        out = run(tmp_path, CANVAS, "--lang", lang).output
        line = next(ln for ln in out.splitlines() if "Newsletter" in ln and ":11:" in ln)
        choices = line.rsplit(":", 1)[1].split("(")[0]
        words = [w.strip() for w in choices.split(",")]
        assert len(words) == len(set(words)) > 3, line


def test_did_you_mean_ignores_case(tmp_path: Path) -> None:
    out = run(tmp_path, CANVAS).output
    line = next(ln for ln in out.splitlines() if '"B2C"' in ln)
    assert 'did you mean "b2c"?' in line


def test_did_you_mean_for_one_letter_off_in_the_canvas_language(tmp_path: Path) -> None:
    out = run(tmp_path, RUSSIAN).output
    assert 'может быть, "самообслуживание"?' in out


def test_summary_line_in_russian_with_its_plural_forms(tmp_path: Path) -> None:
    out = run(tmp_path, RUSSIAN).output
    assert out.splitlines()[-1].startswith("Найдено: 2 проблемы (2 ошибки)")
    out = run(tmp_path, CANVAS, "--lang", "ru").output
    assert "Найдено: 5 проблем (5 ошибок)" in out.splitlines()[-1]
    one = run(tmp_path, "язык: ru\nназвание: Обжарщик\nключ: 1\n", "--select", "S002").output
    assert one.splitlines()[-1].startswith("Найдено: 1 проблема (1 ошибка)")
    clean = run(tmp_path, "язык: ru\nназвание: Обжарщик\n", "--select", "S002").output
    assert clean.startswith("Всё в порядке") and "Found" not in clean


def test_summary_line_in_dutch(tmp_path: Path) -> None:
    out = run(tmp_path, CANVAS, "--lang", "nl").output
    assert out.splitlines()[-1].startswith("5 problemen gevonden (5 fouten) in 1 bestand.")
    assert "te repareren met --fix" in out


def test_russian_plural_forms_follow_cldr() -> None:
    from canvaslint.report.summary import Words

    words = Words("ru")
    shown = [words.count(n, "problem") for n in (1, 2, 5, 11, 12, 21, 22, 25, 111, 104)]
    assert shown == ["1 проблема", "2 проблемы", "5 проблем", "11 проблем", "12 проблем",
                     "21 проблема", "22 проблемы", "25 проблем", "111 проблем", "104 проблемы"]


def test_render_lang_draws_the_page_in_that_language(tmp_path: Path) -> None:
    import html
    import re

    file = tmp_path / "c.canvas.yaml"
    file.write_text(CANVAS + "revenue_streams: [Sales]\n", encoding="utf-8")
    page = CliRunner().invoke(cli, ["render", str(file), "-o", "-", "--lang", "nl"]).output
    text = html.unescape(re.sub(r"<[^>]+>", " ", re.sub(r"<style>.*?</style>", "", page,
                                                          flags=re.S)))
    assert "fouten" in text and " errors" not in text  # the severity badges
    assert "vul de lege bouwstenen" in text and "fill the empty" not in text  # score advice
    assert 'klantrelatie "Newsletter"' in text and 'relationship "Newsletter"' not in text
    ru = CliRunner().invoke(cli, ["render", str(file), "-o", "-", "--lang", "ru"]).output
    assert "заполните пустые блоки" in ru and "ошибк" in ru
