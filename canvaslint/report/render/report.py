"""``check --format html``: one page with every file, its score and its findings.

Each file gets a small nine-block map counting its findings per block (from
the first part of each finding's data path), so the troubled blocks show
at a glance without drawing every canvas in full; ``canvaslint render``
draws one canvas in full.
"""

from __future__ import annotations

from collections import Counter

from canvaslint.finding import Finding
from canvaslint.report.render.canvas import AREAS
from canvaslint.report.render.html import Html, el, join
from canvaslint.report.render.labels import Labels
from canvaslint.report.render.page import counts, document, score_panel
from canvaslint.report.results import Report


def _block_of(finding: Finding) -> str:
    head = finding.path.split(".")[0].split("[")[0]
    return head if head in AREAS else ""


def mini_map(findings: list[Finding], words: Labels) -> Html:
    per_block = Counter(_block_of(f) for f in findings)
    cells = []
    for kind, area in AREAS.items():
        mine = [f for f in findings if _block_of(f) == kind]
        worst = max((f.severity for f in mine), default=None)
        cells.append(el("div", el("span", words(kind), cls="name"),
                        el("span", str(per_block[kind]) if mine else "", cls="n"),
                        cls=f"mini area-{area}" + (f" sev-{worst}" if worst else ""),
                        data_block=kind))
    return el("div", join(cells), cls="mini-canvas")


def _findings_table(findings: list[Finding], start: int, words: Labels) -> Html:
    if not findings:
        return el("p", words("no_findings"))
    rows = [el("tr",
               el("td", el("span", str(f.severity), cls=f"pill {f.severity}")),
               el("td", f.code, el("div", f.name, cls="rule")),
               el("td", f"{f.line}:{f.column}", cls="where"),
               el("td", f.path or "-", cls="where"),
               el("td", f.message),
               id=f"f-{n}", data_finding=n, data_code=f.code)
            for n, f in enumerate(findings, start=start)]
    return el("table", el("tbody", join(rows)), cls="findings")


def render_report(report: Report) -> str:
    words = Labels(report.language)
    by_file: dict[str, list[Finding]] = {name: [] for name in report.files}
    for f in report.findings:
        by_file.setdefault(f.file, []).append(f)
    rows, cards, start = [], [], 1
    for i, (name, findings) in enumerate(by_file.items(), start=1):
        score = report.scores.get(name)
        rows.append(el("tr", el("td", el("a", name, href=f"#file-{i}")),
                       el("td", f"{score.overall}/100" if score else "n/a", data_score=name),
                       el("td", counts(findings, report.language) if findings
                          else el("span", "0", cls="muted"))))
        cards.append(el(
            "section",
            el("header", el("div", el("h2", name), counts(findings, report.language),
                                   mini_map(findings, words)),
               score_panel(score, words)),
            _findings_table(findings, start, words),
            cls="file-card", id=f"file-{i}", data_file=name))
        start += len(findings)
    summary = el("table", el("thead", el("tr", el("th", words("files")), el("th", words("score")),
                                          el("th", words("findings")))),
                 el("tbody", join(rows)), cls="files")
    body = el("main", el("h1", "canvaslint"), el("p", report.summary(), cls="desc"),
              el("section", summary, cls="section"), join(cards),
              el("footer", words("generated")))
    return document("canvaslint report", body, words.language)
