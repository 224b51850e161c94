"""``canvaslint render`` and ``check --format html``: the page, in a real browser.

The browser tests open the rendered file in headless Chromium (the Debian
package ``chromium``; the tests install nothing and are skipped, saying so,
where it is missing; ``.ci/run`` installs it). A copy of the page gets a
test-only script that writes the bounding boxes of the blocks and notes into
the DOM, which ``--dump-dom`` hands back. Screenshots are saved in
``tests/artifacts/`` (git-ignored) for a person to look at.
"""

from __future__ import annotations

import html
import json
import os
import re
import shutil
import signal
import struct
import subprocess
import tempfile
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from canvaslint.cli.main import cli
from canvaslint.finding import Finding, format_path
from canvaslint.i18n import language
from canvaslint.model.canvas import build
from canvaslint.read import blocks as B
from canvaslint.report.render.marks import Marks, within
from canvaslint.report.render.page import CSP
from tests.helpers import EXAMPLES, ROOT

CHROMIUM = shutil.which("chromium") or shutil.which("chromium-browser")
needs_browser = pytest.mark.skipif(
    CHROMIUM is None,
    reason="no headless browser: install the Debian package `chromium` to run the render's "
           "browser tests (.ci/run installs it, so CI runs them)",
)
ARTIFACTS = ROOT / "tests" / "artifacts"
WIDTH = 1600
XSS = "<script>alert(1)</script>"
NESPRESSO = EXAMPLES / "nespresso.canvas.yaml"

# Writes what the tests measure into the DOM; added to a copy of the page only.
MEASURE = """<script>(function () {
  function box(e) { var r = e.getBoundingClientRect();
    return {x: r.left + scrollX, y: r.top + scrollY, w: r.width, h: r.height}; }
  var out = {blocks: {}, items: [], badges: [], rows: [], spill: [],
             scripts: document.scripts.length,
             height: document.documentElement.scrollHeight,
             width: document.documentElement.scrollWidth};
  document.querySelectorAll('#canvas > [data-block]').forEach(function (b) {
    out.blocks[b.dataset.block] = box(b); });
  document.querySelectorAll('[data-path]').forEach(function (n) {
    var block = n.closest('#canvas > [data-block]'), name = n.querySelector('.name');
    out.items.push({path: n.dataset.path, note: n.classList.contains('note'),
                    name: name ? name.textContent : null, box: box(n),
                    block: block ? block.dataset.block : null}); });
  document.querySelectorAll('.badge').forEach(function (b) {
    var owner = b.closest('[data-path]');
    out.badges.push({n: +b.dataset.finding, title: b.title,
                     path: owner ? owner.dataset.path : null}); });
  document.querySelectorAll('#findings tr[data-finding]').forEach(function (r) {
    out.rows.push({n: +r.dataset.finding, code: r.dataset.code}); });
  document.querySelectorAll('.note, .block, .quad, td, th, .card, .perspective, h1, h2, h3')
    .forEach(function (e) { if (e.scrollWidth > e.clientWidth + 1)
      out.spill.push(e.className + ' ' + (e.dataset.path || e.tagName)); });
  var pre = document.createElement('pre');
  pre.id = 'canvaslint-measure';
  pre.textContent = JSON.stringify(out);
  document.body.appendChild(pre);
})();</script>"""


# -- helpers --------------------------------------------------------------------

def chromium(*args: str) -> subprocess.CompletedProcess[str]:
    """Run headless Chromium; a run that hangs (it now and then does) is killed and retried.

    Chromium starts helper processes that keep its output open, so a hang is
    ended by killing the whole process group, not just the browser.
    """
    assert CHROMIUM is not None
    for attempt in range(3):
        with tempfile.TemporaryDirectory(prefix="canvaslint-chromium-") as profile:
            command = [CHROMIUM, "--headless", "--no-sandbox", "--disable-gpu",
                       "--disable-quic", "--no-first-run", "--disable-background-networking",
                       "--disable-component-update", "--disable-sync", "--hide-scrollbars",
                       f"--user-data-dir={profile}", *args]
            with subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                                  text=True, start_new_session=True) as proc:
                try:
                    out, err = proc.communicate(timeout=60)
                except subprocess.TimeoutExpired:
                    os.killpg(proc.pid, signal.SIGKILL)
                    proc.communicate()
                    if attempt == 2:
                        raise
                    continue
                return subprocess.CompletedProcess(command, proc.returncode, out, err)
    raise AssertionError("unreachable")


def measure(page: str, tmp_path: Path) -> dict[str, Any]:
    """Open a copy of the page with the measuring script; return what it wrote."""
    meta = f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'
    assert meta in page
    probe = tmp_path / "probe.html"
    probe.write_text(page.replace(meta, "").replace("</body>", MEASURE + "</body>"),
                     encoding="utf-8")
    done = chromium(f"--window-size={WIDTH},1200", "--virtual-time-budget=2000",
                    "--run-all-compositor-stages-before-draw", "--dump-dom", probe.as_uri())
    found = re.search(r'<pre id="canvaslint-measure">(.*?)</pre>', done.stdout, re.S)
    assert found, f"Chromium gave no measurements: {done.stderr[-2000:]}"
    data: dict[str, Any] = json.loads(html.unescape(found.group(1)))
    return data


def screenshot(page: Path, name: str, height: int) -> Path:
    """A full-page screenshot in tests/artifacts/, checked to be a PNG of the page's size."""
    ARTIFACTS.mkdir(exist_ok=True)
    shot = ARTIFACTS / name
    shot.unlink(missing_ok=True)
    height = min(height, 16000)
    chromium(f"--window-size={WIDTH},{height}", "--virtual-time-budget=2000",
             "--run-all-compositor-stages-before-draw", f"--screenshot={shot}", page.as_uri())
    data = shot.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert struct.unpack(">II", data[16:24]) == (WIDTH, height)
    assert len(data) > 20_000  # a drawn page, not a blank one
    return shot


def render(path: Path, out: Path, *extra: str) -> str:
    result = CliRunner().invoke(cli, ["render", str(path), "-o", str(out), *extra])
    assert result.exit_code == 0, result.output
    return out.read_text(encoding="utf-8")


def messy_canvas(folder: Path) -> Path:
    """Nespresso with mistakes, a script for a name, long words and 50 notes in two blocks."""
    data = yaml.safe_load(NESPRESSO.read_text(encoding="utf-8"))
    data["key_partners"].append({"name": XSS, "provides": ["nothing-here"]})
    data["customer_segments"][0]["pains"].append(
        {"id": "price", "name": "Capsules cost more than ground coffee", "importance": "high"})
    data["customer_segments"].append({"name": "Hotels and restaurants " * 6, "market": "b2b"})
    data["key_resources"] += [
        {"name": f"Resource {i} " + "with a long explanation that goes on " * (i % 4),
         "type": "physical"} for i in range(50)]
    data["channels"] += [{"name": f"Pop-up stand {i}", "segments": ["home-coffee-lovers"],
                          "phases": ["awareness"]} for i in range(50)]
    data["channels"][1]["name"] = "Averyveryverylongwordwithoutanyspaces" * 3
    data["value_propositions"][0]["description"] = "Long text. " * 80
    path = folder / "messy.canvas.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


def item_paths(path: Path) -> set[str]:
    from canvaslint.i18n import localize
    from canvaslint.read.loader import load

    doc = load(path.name, path.read_bytes())
    localize(doc)
    canvas = build(doc.data)
    return {format_path(i.path) for i in canvas.all_items()}


def json_findings(path: Path) -> list[dict[str, Any]]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", str(path)])
    findings: list[dict[str, Any]] = json.loads(result.output)["findings"]
    return findings


def overlaps(a: dict[str, float], b: dict[str, float], slack: float = 0.5) -> bool:
    return (a["x"] + slack < b["x"] + b["w"] and b["x"] + slack < a["x"] + a["w"]
            and a["y"] + slack < b["y"] + b["h"] and b["y"] + slack < a["y"] + a["h"])


def inside(inner: dict[str, float], outer: dict[str, float], slack: float = 1) -> bool:
    return (inner["x"] >= outer["x"] - slack and inner["y"] >= outer["y"] - slack
            and inner["x"] + inner["w"] <= outer["x"] + outer["w"] + slack
            and inner["y"] + inner["h"] <= outer["y"] + outer["h"] + slack)


def assert_classic_layout(boxes: dict[str, dict[str, float]]) -> None:
    """The nine blocks where Business Model Generation draws them."""
    kp, ka, kr, vp = (boxes[k] for k in (B.PARTNERS, B.ACTIVITIES, B.RESOURCES, B.PROPOSITIONS))
    cr, ch, cs = boxes[B.RELATIONSHIPS], boxes[B.CHANNELS], boxes[B.SEGMENTS]
    co, rs = boxes[B.COSTS], boxes[B.REVENUE]

    def near(a: float, b: float) -> bool:
        return abs(a - b) <= 2

    # Five columns, left to right, of equal width.
    columns = [kp, ka, vp, cr, cs]
    for left, right in zip(columns, columns[1:], strict=False):
        assert near(left["x"] + left["w"], right["x"])
    assert all(near(c["w"], kp["w"]) for c in columns)
    # Activities over resources, relationships over channels, in their columns.
    assert near(ka["x"], kr["x"]) and near(ka["w"], kr["w"]) and near(ka["y"] + ka["h"], kr["y"])
    assert near(cr["x"], ch["x"]) and near(cr["w"], ch["w"]) and near(cr["y"] + cr["h"], ch["y"])
    # Partners, propositions and segments run the full height of the top part.
    for tall in (kp, vp, cs):
        assert near(tall["y"], ka["y"]) and near(tall["y"] + tall["h"], kr["y"] + kr["h"])
    # Costs and revenues below, each half of the width, costs on the left.
    top_bottom = kp["y"] + kp["h"]
    assert near(co["y"], top_bottom) and near(rs["y"], top_bottom) and near(co["h"], rs["h"])
    assert near(co["x"], kp["x"]) and near(co["x"] + co["w"], rs["x"])
    assert near(rs["x"] + rs["w"], cs["x"] + cs["w"]) and near(co["w"], rs["w"])


# -- in the browser ----------------------------------------------------------------

@needs_browser
def test_the_example_is_the_textbook_canvas(tmp_path: Path) -> None:
    page_path = tmp_path / "nespresso.html"
    page = render(NESPRESSO, page_path)
    data = measure(page, tmp_path)
    assert set(data["blocks"]) == set(B.NINE_BLOCKS)
    assert_classic_layout(data["blocks"])
    drawn = {i["path"] for i in data["items"]}
    assert item_paths(NESPRESSO) <= drawn
    # Every note of the nine blocks sits inside its own block.
    for item in data["items"]:
        if item["block"]:
            assert inside(item["box"], data["blocks"][item["block"]]), item["path"]
    assert data["spill"] == [] and data["width"] <= WIDTH
    assert data["scripts"] == 1  # ours: the page itself has none
    screenshot(page_path, "render-nespresso.png", data["height"])


@needs_browser
def test_findings_sit_on_their_items_and_a_big_canvas_stays_readable(tmp_path: Path) -> None:
    canvas = messy_canvas(tmp_path)
    page_path = tmp_path / "messy.html"
    page = render(canvas, page_path)
    data = measure(page, tmp_path)
    assert_classic_layout(data["blocks"])

    # Every item is drawn, and the script in a name is shown as its text.
    drawn = {i["path"] for i in data["items"]}
    assert item_paths(canvas) <= drawn
    assert [i["name"] for i in data["items"] if i["name"] == XSS] == [XSS]
    assert data["scripts"] == 1

    # Every finding is in the list, and marked on the item its path is about.
    findings = json_findings(canvas)
    assert len(findings) > 50
    assert [r["n"] for r in data["rows"]] == list(range(1, len(findings) + 1))
    assert [r["code"] for r in data["rows"]] == [f["code"] for f in findings]
    marked: dict[int, list[str | None]] = {}
    for badge in data["badges"]:
        marked.setdefault(badge["n"], []).append(badge["path"])
        finding = findings[badge["n"] - 1]
        assert badge["title"].startswith(f'{finding["code"]} [{finding["severity"]}]')
    assert set(marked) == set(range(1, len(findings) + 1))  # each one is on the page
    for n, finding in enumerate(findings, start=1):
        if "[" in finding["path"]:  # about an item: marked on it (or on what holds it)
            assert any(p and within(finding["path"], p) for p in marked[n]), finding
    r001 = next(n for n, f in enumerate(findings, start=1) if f["code"] == "R001")
    assert "key_partners[4]" in marked[r001]

    # 50 notes in a block, long names and texts: nothing spills out or overlaps.
    assert data["spill"] == [] and data["width"] <= WIDTH
    notes = [i for i in data["items"] if i["note"] and i["block"]]
    assert sum(1 for i in notes if i["block"] == B.RESOURCES) == 56
    for item in notes:
        assert inside(item["box"], data["blocks"][item["block"]]), item["path"]
    everything = [i for i in data["items"] if i["note"]]
    for i, a in enumerate(everything):
        for b in everything[i + 1:]:
            assert not overlaps(a["box"], b["box"]), (a["path"], b["path"])
    blocks = list(data["blocks"].values())
    for i, a in enumerate(blocks):
        for b in blocks[i + 1:]:
            assert not overlaps(a, b, slack=2)
    screenshot(page_path, "render-findings.png", data["height"])


@needs_browser
def test_the_html_report_of_several_files(tmp_path: Path) -> None:
    out = tmp_path / "report.html"
    result = CliRunner().invoke(cli, ["check", "--format", "html", "-o", str(out),
                                      str(NESPRESSO), str(EXAMPLES / "mistakes")])
    assert result.exit_code == 1
    page = out.read_text(encoding="utf-8")
    data = measure(page, tmp_path)
    assert data["spill"] == [] and data["width"] <= WIDTH
    screenshot(out, "report.png", data["height"])


# -- without a browser -----------------------------------------------------------------

def test_text_is_escaped_and_the_page_fetches_nothing(tmp_path: Path) -> None:
    page = render(messy_canvas(tmp_path), tmp_path / "messy.html")
    assert XSS not in page and html.escape(XSS) in page
    assert "<script" not in page.lower()
    assert not re.search(r"<link|<img|<iframe|src=|@import|url\(|https?://", page, re.I)
    assert f'content="{CSP}"' in page


@pytest.mark.parametrize("code", ["nl", "ru"])
def test_block_titles_are_in_the_canvas_language(tmp_path: Path, code: str) -> None:
    canvas = tmp_path / "canvas.yaml"
    assert CliRunner().invoke(cli, ["init", "--lang", code, str(canvas)]).exit_code == 0
    page = render(canvas, tmp_path / "canvas.html")
    titles = language(code).titles
    for kind in B.NINE_BLOCKS:
        assert f"<h2><span>{html.escape(titles[kind])}</span>" in page
    assert f'<html lang="{code}">' in page


def test_render_exit_codes_and_outputs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    run = CliRunner().invoke
    assert run(cli, ["render", "missing.canvas.yaml"]).exit_code == 2
    assert run(cli, ["render", str(EXAMPLES)]).exit_code == 2
    assert run(cli, ["render", "-"], input="name: x\n").exit_code == 2  # where to write?
    result = run(cli, ["render", str(NESPRESSO)])
    assert result.exit_code == 0
    assert (tmp_path / "nespresso.canvas.html").is_file()
    assert "wrote nespresso.canvas.html (0 findings, health score 100/100)" in result.output
    result = run(cli, ["render", "-", "-o", "-"], input="name: [broken\n")
    assert result.exit_code == 0 and "Y001" in result.output  # a broken canvas is drawn too
    assert run(cli, ["render", str(NESPRESSO), "-o", str(tmp_path / "no" / "x.html")]
               ).exit_code == 2


def test_render_follows_the_configuration(tmp_path: Path) -> None:
    canvas = messy_canvas(tmp_path)
    (tmp_path / ".canvaslint.yaml").write_text("ignore: [CO]\n", encoding="utf-8")
    page = render(canvas, tmp_path / "a.html")
    assert "CO002" not in page and "R001" in page
    page = render(canvas, tmp_path / "b.html", "--no-config", "--select", "CO002")
    assert "CO002" in page and "R001" not in page


def test_html_report_lists_every_file_with_its_score(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(ROOT)
    out = tmp_path / "report.html"
    names = ["examples/nespresso.canvas.yaml",
             *sorted(f"examples/mistakes/{p.name}" for p in (EXAMPLES / "mistakes").iterdir())]
    args = ["check", "--format", "html", "-o", str(out), *names]
    assert CliRunner().invoke(cli, args).exit_code == 1
    page = out.read_text(encoding="utf-8")
    for name in names:
        assert f'data-file="{name}"' in page
    assert page.count('class="file-card"') == len(names)
    assert '<td data-score="examples/nespresso.canvas.yaml">100/100</td>' in page
    assert '<td data-score="examples/mistakes/Y001-yaml-syntax.canvas.yaml">n/a</td>' in page
    assert page.count('<tr id="f-') == len(json_findings(EXAMPLES / "mistakes"))


def finding(path: str, code: str = "X999", message: str = "") -> Finding:
    return Finding(file="f", line=1, column=1, code=code, path=path, message=message)


def test_a_finding_belongs_to_the_deepest_drawn_element() -> None:
    drawn = ["customer_segments", "customer_segments[1]", "customer_segments[1].pains[0]",
             "customer_segments[10]", "strategy"]
    marks = Marks([
        finding("customer_segments[1].pains[0].name"),
        finding("customer_segments[1].market"),
        finding("customer_segments[10]"),
        finding("customer_segments"),
        finding("strategy.value_discipline"),
        finding("name", "B001", "the canvas has no key partners block: add it"),
        finding(""),
    ], drawn)
    assert marks.targets == ["customer_segments[1].pains[0]", "customer_segments[1]",
                             "customer_segments[10]", "customer_segments", "strategy",
                             "key_partners", ""]
    assert [n for n, _ in marks.under("customer_segments[1]")] == [1, 2]
    assert [n for n, _ in marks.unplaced()] == [7]


@pytest.mark.parametrize("files,lang,expect", [
    (["koffiebranderij-nl.canvas.yaml"], None, ("nl", "Bestanden", "Gezondheidsscore")),
    (["kofeynya-ru.canvas.yaml"], None, ("ru", "Файлы", "Оценка здоровья")),
    (["koffiebranderij-nl.canvas.yaml", "kofeynya-ru.canvas.yaml"], None,
     ("en", "Files", "Health score")),
    (["koffiebranderij-nl.canvas.yaml", "nespresso.canvas.yaml"], "ru",
     ("ru", "Файлы", "Оценка здоровья")),
])
def test_the_html_report_speaks_the_canvases_language(
        tmp_path: Path, files: list[str], lang: str | None, expect: tuple[str, ...]) -> None:
    out = tmp_path / "report.html"
    args = ["check", "--format", "html", "-o", str(out), *(str(EXAMPLES / f) for f in files)]
    result = CliRunner().invoke(cli, args + (["--lang", lang] if lang else []))
    assert result.exit_code == 0, result.output
    page = out.read_text(encoding="utf-8")
    code, files_word, score_word = expect
    assert f'<html lang="{code}">' in page
    assert f"<th>{html.escape(files_word)}</th>" in page
    assert score_word in page
