"""Markdown canvases as people write them, read and linted through the CLI.

Each canvas under tests/data/markdown/ is one shape real canvases take
(headings, bold and ``Label:`` lines, an outline, pipe and HTML grids,
tables with field columns), in several languages; the tables below say
what a reader counts in each block and the first note of each.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from hypothesis import given, settings
from hypothesis import strategies as st

from canvaslint.cli.main import cli
from canvaslint.i18n import localize
from canvaslint.read.formats import load_canvas
from tests.helpers import ROOT

DATA = ROOT / "tests" / "data" / "markdown"
ORDER = ("customer_segments", "value_propositions", "channels", "customer_relationships",
         "revenue_streams", "key_resources", "key_activities", "key_partners", "cost_structure")


def run(*args: str) -> Any:
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def findings(*args: str) -> list[dict[str, Any]]:
    result = run("check", "--format", "json", *args)
    assert result.exit_code in (0, 1), result.output
    found: list[dict[str, Any]] = json.loads(result.output)["findings"]
    return found


def blocks(path: Path) -> dict[str, tuple[int, str]]:
    doc = load_canvas(str(path), path.read_bytes())
    localize(doc)
    assert isinstance(doc.data, dict), doc.problems
    out = {}
    for key in ORDER:
        items = doc.data.get(key)
        if items:
            first = items[0] if isinstance(items[0], str) else items[0]["name"]
            out[key] = (len(items), first)
    return out


# file -> per block (in ORDER): number of notes a reader counts, and the first note.
SHAPES: dict[str, list[tuple[int, str]]] = {
    "headings-en.md": [
        (3, "Home baristas"), (2, "Beans roasted this week"), (2, "Web shop"),
        (2, "Self-service web shop"), (2, "Bag sales"), (2, "Roaster"), (2, "Roasting"),
        (2, "Green coffee importer"), (2, "Green coffee")],
    "bold-nl.md": [
        (2, "Thuisbaristas"), (2, "Versgebrande bonen van deze week"), (2, "Webwinkel"),
        (1, "Persoonlijk advies in de winkel"), (3, "verkoop van bonen"), (2, "Branderij"),
        (2, "Branden"), (2, "Importeur van groene koffie"), (2, "Groene koffie")],
    "grid-ru.md": [
        (3, "Жители района"), (2, "Свежий кофе рядом с домом"), (2, "Кофейня на углу"),
        (1, "Личное обслуживание"), (2, "Продажа напитков"), (2, "Кофемашина"),
        (2, "Варка кофе"), (2, "Обжарщик"), (3, "Аренда")],
    "html-de.md": [
        (3, "Kaffeeliebhaber"), (1, "Frisch gerösteter Kaffee"), (2, "Onlineshop"),
        (2, "Persönliche Beratung"), (2, "Kaffeeverkauf"), (1, "Röstmaschine"),
        (2, "Rösten"), (2, "Rohkaffee-Importeur"), (2, "Rohkaffee")],
    "tables-en.md": [
        (3, "Office managers who order lunch for their team"),
        (2, "Healthy lunch, delivered"), (2, "Web shop"),
        (1, "Each office gets a named contact who calls every quarter."),
        (2, "Weekly lunch plans, priced per plan"), (2, "Kitchen"), (2, "Cooking"),
        (2, "Local farms"),
        (2, "Ingredients")],
    "outline-es.md": [
        (2, "Familias urbanas"), (1, "Verduras cosechadas el mismo día"),
        (2, "Tienda en línea"), (1, "Comunidad de socios"), (1, "Cestas semanales"),
        (1, "Invernadero"), (2, "Cultivo"), (1, "Productores de semillas"),
        (2, "Agua y energía")],
    "questions-da.md": [
        (2, "Pendlere"), (2, "Reparation mens du arbejder"), (2, "Værkstedet på Nørrebro"),
        (1, "Personlig service i værkstedet"), (1, "Betaling per reparation"), (1, "Mekanikere"),
        (1, "Reparation"), (1, "Grossist i reservedele"), (3, "Husleje")],
    "rows-pt.md": [
        (3, "Famílias do bairro"),
        (1, "Pão fresco todas as manhãs, entregue antes das oito horas na porta de casa"),
        (3, "Loja"), (1, "Atendimento pessoal no balcão"), (2, "Venda avulsa"),
        (2, "Forno a lenha"), (2, "Assar"), (1, "Moinho local"), (3, "Farinha")],
    "labels-fr.md": [
        (3, "cyclistes urbains"), (1, "réparation en une heure"),
        (2, "atelier en centre-ville"), (1, "abonnement d'entretien"), (3, "réparations"),
        (2, "mécaniciens"), (2, "réparation"), (1, "grossiste en pièces"), (3, "salaires")],
}


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_every_block_with_its_notes(name: str) -> None:
    assert blocks(DATA / name) == dict(zip(ORDER, SHAPES[name], strict=True))


def test_fields_written_the_markdown_way() -> None:
    doc = load_canvas("c.md", (DATA / "headings-en.md").read_bytes())
    data = doc.data
    assert data["name"] == "Roast and Post"  # the front matter's title
    assert data["customer_segments"][0] == {
        "name": "Home baristas", "description": "people who brew espresso at home",
        "market": "b2c", "expects": ["self-service", "communities"]}
    assert data["value_propositions"][0]["segments"] == ["home-baristas", "small-offices"]
    assert data["customer_relationships"][0]["type"] == "self-service"
    tables = load_canvas("t.md", (DATA / "tables-en.md").read_bytes()).data
    assert tables["channels"][1]["phases"] == "awareness"
    assert tables["cost_structure"][1]["nature"] == "fixed"  # a Fixed/Variable column


def test_dutch_words_are_vocabulary_in_a_dutch_canvas() -> None:
    doc = load_canvas("c.md", (DATA / "bold-nl.md").read_bytes())
    localize(doc)
    assert doc.language == "nl"
    assert doc.data["customer_relationships"][0]["type"] == "personal-assistance"
    assert doc.data["key_partners"][0]["motivation"] == "optimization"
    assert doc.data["cost_structure"][1]["nature"] == "fixed"


def test_findings_point_at_the_notes_words() -> None:
    found = findings(str(DATA / "headings-en.md"), "--select", "CO001,CS001,VP003")
    where = {(f["code"], f["line"], f["column"]) for f in found}
    assert ("CO001", 68, 3) in where  # - Green coffee
    assert ("CO001", 69, 3) in where  # - Rent
    assert ("VP003", 25, 4) in where  # 1. Beans roasted this week
    cafes = [f for f in found if f["code"] == "CS001" and "Cafés" in f["message"]]
    assert [(f["line"], f["column"]) for f in cafes] == [(21, 3)]


def test_a_misspelled_heading_gets_did_you_mean() -> None:
    found = findings(str(DATA / "misspelled-en.md"), "--select", "S002")
    assert [(f["line"], f["column"], f["end_column"]) for f in found] == [(3, 4, 21)]
    assert 'did you mean "Customer segments"?' in found[0]["message"]
    assert "Competitors" not in json.dumps(found)


def test_sections_that_are_not_blocks_stay_out() -> None:
    data = load_canvas("c.md", (DATA / "headings-en.md").read_bytes()).data
    text = json.dumps(data)
    assert "2 million" not in text and "second market stall" not in text
    assert "Who are we creating value for" not in text  # the blockquoted question
    assert "Our chef" not in json.dumps(load_canvas("t.md", (DATA / "tables-en.md")
                                                    .read_bytes()).data)


def test_html_comment_suppresses_and_unused_one_is_reported(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text(
        "# Shop\n\n## Cost structure\n\n"
        "- Rent <!-- canvaslint: disable=CO001 -- rent is for everything -->\n"
        "<!-- canvaslint: disable=CO001 -->\n\n"
        "- Wages\n"
        "- Power <!-- canvaslint: disable=CS001 -->\n"
        # One cost says what it is for, so the others' silence is a finding (issue 16).
        "- Roaster lease (for: roasting)\n\n## Key activities\n\n- Roasting\n"
        "\n```\n<!-- canvaslint: disable-file -->\n```\n", encoding="utf-8")
    found = findings(str(canvas), "--select", "CO001,CS001,X001")
    assert [(f["code"], f["line"], f["column"]) for f in found] == [
        ("CO001", 9, 3), ("X001", 9, 9)]


def test_a_markdown_file_without_blocks_is_one_clear_finding(tmp_path: Path) -> None:
    readme = tmp_path / "notes.md"
    readme.write_text("# Notes\n\nNothing about a business model here.\n", encoding="utf-8")
    result = run("check", str(readme))
    assert result.exit_code == 1
    assert "Y001" in result.output and "no block of a business model canvas" in result.output


def test_folders_find_markdown_canvases_by_their_names(tmp_path: Path) -> None:
    for name in ("canvas.md", "BUSINESS_MODEL_CANVAS.md", "shop.canvas.md", "README.md"):
        (tmp_path / name).write_text("# X\n\n## Customer Segments\n\n- Students\n",
                                     encoding="utf-8")
    files = {Path(f["file"]).name for f in findings(str(tmp_path), "--select", "B001")}
    assert files == {"canvas.md", "BUSINESS_MODEL_CANVAS.md", "shop.canvas.md"}


def test_broken_bytes_are_a_finding_not_a_traceback(tmp_path: Path) -> None:
    bad = tmp_path / "canvas.md"
    bad.write_bytes(b"# Shop\n\n## Channels\n\n- \xff\xfe web\n")
    result = run("check", str(bad))
    assert result.exit_code == 1 and "Y001" in result.output


def test_baseline_and_render_take_markdown(tmp_path: Path) -> None:
    canvas = str(DATA / "headings-en.md")
    baseline = tmp_path / "baseline.json"
    assert run("check", canvas, "--write-baseline", str(baseline)).exit_code == 0
    assert run("check", canvas, "--baseline", str(baseline)).exit_code == 0
    page = tmp_path / "page.html"
    assert run("render", canvas, "-o", str(page)).exit_code in (0, 1)
    html = page.read_text(encoding="utf-8")
    assert "Home baristas" in html and "Green coffee importer" in html


def test_russian_grid_speaks_russian() -> None:
    # A flat grid links nothing: one B003 per block (issue 16), said in Russian,
    # at the cell the block was read from.
    found = findings(str(DATA / "grid-ru.md"), "--select", "B003")
    assert found and all("ни один элемент блока «" in f["message"] for f in found)
    costs = [f for f in found if "«Структура издержек»" in f["message"]]
    assert [(f["line"], f["column"]) for f in costs] == [(7, 5)]


def _codes_and_messages(path: Path) -> list[tuple[str, str]]:
    return sorted((f["code"], f["message"]) for f in findings(str(path), "--lang", "en"))


@pytest.mark.parametrize("name", sorted(SHAPES))
def test_converted_yaml_gives_the_same_findings(name: str, tmp_path: Path) -> None:
    out = tmp_path / "canvas.yaml"
    result = run("convert", str(DATA / name), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert out.read_text(encoding="utf-8").count("\n# From ") == 9
    assert _codes_and_messages(out) == _codes_and_messages(DATA / name)


@pytest.mark.parametrize("name,lang", [("bold-nl.md", "nl"), ("grid-ru.md", "ru"),
                                       ("headings-en.md", "nl")])
def test_convert_writes_the_keys_of_the_language_asked_for(name: str, lang: str,
                                                           tmp_path: Path) -> None:
    out = tmp_path / "canvas.yaml"
    assert run("convert", str(DATA / name), "--lang", lang, "-o", str(out)).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert f"language: {lang}" in text or f"taal: {lang}" in text or f"язык: {lang}" in text
    assert "customer_segments:" not in text
    assert _codes_and_messages(out) == _codes_and_messages(DATA / name)


def test_convert_never_writes_over_a_file_or_into_a_missing_folder(tmp_path: Path) -> None:
    out = tmp_path / "canvas.yaml"
    out.write_text("keep me\n", encoding="utf-8")
    result = run("convert", str(DATA / "outline-es.md"), "-o", str(out))
    assert result.exit_code == 2 and "--force" in result.output
    assert out.read_text(encoding="utf-8") == "keep me\n"
    assert run("convert", str(DATA / "outline-es.md"), "-o", str(out), "--force").exit_code == 0
    assert "Familias urbanas" in out.read_text(encoding="utf-8")
    missing = tmp_path / "no" / "canvas.yaml"
    assert run("convert", str(DATA / "outline-es.md"), "-o", str(missing)).exit_code == 2
    assert run("convert", str(tmp_path / "nothing.md")).exit_code == 2


def test_convert_reports_a_misspelled_heading_it_leaves_out() -> None:
    result = run("convert", str(DATA / "misspelled-en.md"))
    assert result.exit_code == 0
    assert 'S002 the heading "Costumer Segments"' in result.output
    assert "Students" not in result.output


def test_convert_brings_a_bmml_canvas_over(tmp_path: Path) -> None:
    out = tmp_path / "canvas.yaml"
    result = run("convert", str(DATA / "bike-repair.bmml"), "-o", str(out))
    assert result.exit_code == 0
    assert "no place for the `for: value_propositions` of kr-vans" in result.output
    found = findings(str(out))
    # bmml's relations became fields: only the van's missing cost is left to say.
    assert [f["code"] for f in found] == ["CO002"]
    assert "Workshop vans" in found[0]["message"]
    line = out.read_text(encoding="utf-8").splitlines()[found[0]["line"] - 1]
    assert "Workshop vans" in line


def test_convert_refuses_a_yaml_file_that_is_not_bmml() -> None:
    result = run("convert", "examples/nespresso.canvas.yaml")
    assert result.exit_code == 2 and "neither" in result.output


_FRAGMENTS = ["# ", "## Customer Segments", "### ", "**Channels**", "Costs: a, b", "- ", "  - ",
              "1. ", "| a | b |", "|---|---|", "<table><tr><td><b>Key Partners</b><li>x</li>",
              "</td></tr></table>", "> ", "<!-- canvaslint: disable=CS001 -->", "---",
              "Type: direct", "(Segments: x; Type: y)", "**T**: d", "<br>", "\u2060", "```",
              "Total", "Pains:", "Segments:", "?", ":", "\t", "\r\n", "\n", "é", "\x00"]


@settings(max_examples=150, deadline=None)
@given(st.lists(st.sampled_from(_FRAGMENTS), max_size=60), st.lists(st.text(max_size=8),
                                                                     max_size=5))
def test_any_markdown_is_read_without_a_traceback(parts: list[str], words: list[str]) -> None:
    text = "".join(parts) + "".join(words)
    result = CliRunner().invoke(cli, ["check", "-", "--stdin-filename", "canvas.md",
                                      "--format", "json"], input=text.encode("utf-8"))
    assert result.exit_code in (0, 1), result.output
    assert "please report" not in result.output  # a crash inside canvaslint is a finding too


def test_a_yaml_example_written_by_hand_in_dutch_markdown_gives_its_findings() -> None:
    yaml_example = ROOT / "examples" / "mistakes" / "CR001-relationship-not-expected-nl.canvas.yaml"
    markdown = DATA / "brand-en-post-nl.md"
    assert _codes_and_messages(markdown) == _codes_and_messages(yaml_example)
    found = findings(str(markdown))
    assert [(f["code"], f["line"], f["column"]) for f in found] == [("CR001", 29, 49)]
    assert "verwacht persoonlijke-assistentie" in found[0]["message"]  # in Dutch, as the YAML


# The nine headings as canvases in other languages write them (numbering, emoji, colons).
HEADINGS = {
    "de": ["Schlüsselpartner", "Schlüsselaktivitäten", "Schlüsselressourcen", "Wertangebote",
           "Kundenbeziehungen", "Kanäle", "Kundensegmente", "Kostenstruktur", "Einnahmequellen"],
    "fr": ["Partenaires clés", "Activités clés", "Ressources clés", "Proposition de valeur",
           "Relations clients", "Canaux", "Segments de clientèle", "Structure de coûts",
           "Flux de revenus"],
    "es": ["Socios clave", "Actividades clave", "Recursos clave", "Propuesta de valor",
           "Relación con los clientes", "Canales", "Segmentos de clientes",
           "Estructura de costos", "Fuentes de ingresos"],
    "pt": ["Parcerias principais", "Atividades-chave", "Recursos principais",
           "Proposta de valor", "Relacionamento com clientes", "Canais",
           "Segmentos de clientes", "Estrutura de custos", "Fontes de receita"],
    "it": ["Partner chiave", "Attività chiave", "Risorse chiave", "Proposta di valore",
           "Relazioni con i clienti", "Canali", "Segmenti di clientela", "Struttura dei costi",
           "Flussi di ricavi"],
    "da": ["Nøglepartnere", "Nøgleaktiviteter", "Nøgleressourcer", "Værditilbud",
           "Kunderelationer", "Kanaler", "Kundesegmenter", "Omkostningsstruktur",
           "Indtægtsstrømme"],
    "sv": ["Nyckelpartners", "Nyckelaktiviteter", "Nyckelresurser", "Värdeerbjudande",
           "Kundrelationer", "Kanaler", "Kundsegment", "Kostnadsstruktur", "Intäktsströmmar"],
    "pl": ["Kluczowi partnerzy", "Kluczowe działania", "Kluczowe zasoby",
           "Propozycja wartości", "Relacje z klientami", "Kanały", "Segmenty klientów",
           "Struktura kosztów", "Strumienie przychodów"],
    "id": ["Kemitraan Utama", "Aktivitas Utama", "Sumber Daya Utama", "Proposisi Nilai",
           "Hubungan Pelanggan", "Saluran", "Segmen Pelanggan", "Struktur Biaya",
           "Aliran Pendapatan"],
}


@pytest.mark.parametrize("lang", sorted(HEADINGS))
def test_the_nine_blocks_in_other_languages(lang: str, tmp_path: Path) -> None:
    order = ("key_partners", "key_activities", "key_resources", "value_propositions",
             "customer_relationships", "channels", "customer_segments", "cost_structure",
             "revenue_streams")
    text = "# Canvas\n\n" + "".join(
        f"## {n}. 🔹 {title}:\n\n- Note {n}\n- Another note\n\n"
        for n, title in enumerate(HEADINGS[lang], start=1))
    path = tmp_path / "canvas.md"
    path.write_text(text, encoding="utf-8")
    expected = {key: (2, f"Note {n}") for n, key in enumerate(order, start=1)}
    assert blocks(path) == expected


def test_an_empty_block_is_reported_at_its_heading(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text("# Shop\n\n## Customer Segments\n\n- Students\n\n### Channels\n\n"
                      "> How do we reach them?\n\n## Costs\n\n- Rent\n", encoding="utf-8")
    found = [f for f in findings(str(canvas), "--select", "B001") if "empty" in f["message"]]
    assert [(f["line"], f["column"], f["end_column"]) for f in found] == [(7, 5, 13)]


def test_a_note_that_is_also_a_block_name_stays_a_note(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text("# Shop\n\n## Key Resources\n\n- Partners\n- Costs\n- Kitchen\n",
                      encoding="utf-8")
    assert blocks(canvas) == {"key_resources": (3, "Partners")}


def test_customer_journeys_as_a_list_of_stages_and_touchpoints() -> None:
    data = load_canvas("c.md", (DATA / "journeys-en.md").read_bytes()).data
    (journey,) = data["customer_journeys"]
    assert journey["segment"] == "home-baristas"
    assert [s["stage"] for s in journey["stages"]] == [
        "awareness", "purchase", "delivery", "after-sales"]
    assert journey["stages"][3]["touchpoints"] == [
        {"name": "Reorder reminder by e-mail", "channel": "web-shop", "experience": "negative"}]
    found = findings(str(DATA / "journeys-en.md"), "--select", "CJ")
    assert [(f["code"], f["line"], f["column"]) for f in found] == [
        ("CJ001", 16, 5), ("CJ006", 20, 21)]


def test_converted_journeys_give_the_same_findings(tmp_path: Path) -> None:
    out = tmp_path / "canvas.yaml"
    assert run("convert", str(DATA / "journeys-en.md"), "-o", str(out)).exit_code == 0
    assert "customer_journeys:" in out.read_text(encoding="utf-8")
    assert _codes_and_messages(out) == _codes_and_messages(DATA / "journeys-en.md")


def test_a_journey_section_in_prose_is_left_out(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text("# Shop\n\n## Customer Segments\n\n- Students\n\n## Customer Journey\n\n"
                      "- Students discover us on Instagram\n  - then they visit the shop\n",
                      encoding="utf-8")
    data = load_canvas(str(canvas), canvas.read_bytes()).data
    assert "customer_journeys" not in data
    assert not [f for f in findings(str(canvas)) if f["code"].startswith(("R", "CJ", "S"))]


@pytest.mark.parametrize("lang,words", [("nl", "geen blok"), ("ru", "ни одного блока")])
def test_markdown_messages_in_dutch_and_russian(lang: str, words: str, tmp_path: Path) -> None:
    empty = tmp_path / "notes.md"
    empty.write_text("# Notes\n\nNothing about a business model.\n", encoding="utf-8")
    (found,) = findings(str(empty), "--lang", lang)
    assert words in found["message"] and "YAML" not in found["message"]
    (typo,) = findings(str(DATA / "misspelled-en.md"), "--lang", lang, "--select", "S002")
    assert "Costumer Segments" in typo["message"] and "Customer segments" in typo["message"]


def test_the_markdown_example_is_clean_and_converts_clean(tmp_path: Path) -> None:
    example = ROOT / "examples" / "roast-and-post.canvas.md"
    assert findings(str(example)) == []
    out = tmp_path / "canvas.yaml"
    assert run("convert", str(example), "-o", str(out)).exit_code == 0
    assert findings(str(out)) == []
    data = load_canvas(str(example), example.read_bytes()).data
    assert len(data["channels"]) == 3 and len(data["customer_journeys"][0]["stages"]) == 5


def test_a_table_with_segment_and_proposition_columns_is_not_a_grid(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text("# Shop\n\n## Customer Segments\n\n- Students\n\n## Value Propositions\n\n"
                      "- Cheap notebooks\n\n## Channels\n\n"
                      "| Channel | Segment | Value proposition |\n|---|---|---|\n"
                      "| Campus stall | Students | Cheap notebooks |\n", encoding="utf-8")
    data = load_canvas(str(canvas), canvas.read_bytes()).data
    assert data["channels"] == [{"name": "Campus stall", "segments": "students",
                                 "value_propositions": "cheap-notebooks"}]
    assert data["value_propositions"] == ["Cheap notebooks"]


def test_and_joins_two_references_unless_an_item_is_called_so(tmp_path: Path) -> None:
    canvas = tmp_path / "canvas.md"
    canvas.write_text("# Shop\n\n## Customer Segments\n\n- Offices\n- Cafés\n\n"
                      "## Customer Relationships\n\n- Ordering and tracking\n\n"
                      "## Channels\n\n- Web shop (Segments: offices and cafés)\n\n"
                      "## Key Activities\n\n- Hosting (Supports: ordering and tracking)\n",
                      encoding="utf-8")
    data = load_canvas(str(canvas), canvas.read_bytes()).data
    assert data["channels"][0]["segments"] == ["offices", "cafés"]
    assert data["key_activities"][0]["supports"] == "ordering-and-tracking"


def test_the_language_server_leaves_markdown_canvases_to_check() -> None:
    pytest.importorskip("pygls")
    from canvaslint.server.app import CanvasServer

    server = CanvasServer()
    assert server.wanted("file:///plans/canvas.yaml")
    # Its rename, completion and quick fixes write YAML: a Markdown buffer is not its to edit.
    assert not server.wanted("file:///plans/canvas.md")
    assert not server.wanted("file:///docs/business-model-canvas.md")


def test_an_overview_grid_gives_way_to_the_sections_it_points_to() -> None:
    assert blocks(DATA / "overview-en.md") == {
        "customer_segments": (2, "Secondary school pupils"),
        "value_propositions": (1, "Tutors who studied the same exams last year"),
        "channels": (1, "School notice boards"),
        "revenue_streams": (1, "Hourly fee"),  # "Revenue Streams / Funding"
        "key_activities": (1, "Matching pupils and tutors"),
        "key_partners": (1, "Schools"),
    }  # and "**Target market**: ..." under a heading starts no block


@pytest.mark.parametrize("name", ["bold-nl.md", "grid-ru.md"])
def test_converted_yaml_keeps_the_notes_language(name: str, tmp_path: Path) -> None:
    """English keys, Dutch notes: the YAML says `language: nl`, so its findings (and the
    words canvaslint reads) are the Markdown's, in the same language."""
    out = tmp_path / "canvas.yaml"
    assert run("convert", str(DATA / name), "-o", str(out)).exit_code == 0
    lang = name[-5:-3]
    assert f"\nlanguage: {lang}\n" in out.read_text(encoding="utf-8")

    def said(path: Path) -> list[tuple[str, str]]:
        return sorted((f["code"], f["message"]) for f in findings(str(path)))

    assert said(out) == said(DATA / name)


def test_infer_shows_what_was_read_from_a_markdown_canvas() -> None:
    result = run("infer", str(DATA / "bold-nl.md"))
    assert result.exit_code == 0, result.output
    assert 'bold-nl.md:31:3: key activity "Branden" type: production' in result.output
