"""One canvas as a self-contained HTML page: header and score, canvas, sections, findings.

The page has no script and loads nothing: the style is inline and a
Content-Security-Policy forbids any fetch, so it opens the same offline,
in a mail attachment or in a CI artifact.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvaslint.finding import Finding, Severity, format_path
from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B
from canvaslint.report.render.canvas import grid, legend
from canvaslint.report.render.context import Ctx, hover
from canvaslint.report.render.html import Html, anchor, el, join
from canvaslint.report.render.labels import Labels
from canvaslint.report.render.sections import sections
from canvaslint.report.render.style import CSS
from canvaslint.report.score import Score
from canvaslint.report.summary import Words


def localized(text: str, language: str) -> str:
    """Words made in every language (a score hint) in the page's; other text as it is."""
    from canvaslint.i18n import Localized

    return text.words.get(language, str(text)) if isinstance(text, Localized) else text

CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src data:"


def document(title: str, body: Html, language: str = "en") -> str:
    head = join([
        Html('<meta charset="utf-8">'),
        Html(f'<meta http-equiv="Content-Security-Policy" content="{CSP}">'),
        Html('<meta name="viewport" content="width=device-width, initial-scale=1">'),
        el("title", title),
        el("style", Html(CSS)),
    ])
    page = el("html", el("head", head), el("body", body), lang=language)
    return f"<!DOCTYPE html>\n{page}\n"


def counts(findings: Sequence[Finding], language: str = "en") -> Html:
    """The severity badges (``3 errors``, ``3 ошибки``) in the page's language."""
    words = Words(language)
    parts = []
    for severity in (Severity.ERROR, Severity.WARNING, Severity.INFO):
        n = sum(1 for f in findings if f.severity == severity)
        if n:
            parts.append(el("span", words.severity(severity, n), cls=f"pill {severity}"))
    return el("span", join(parts), cls="counts")


def score_panel(score: Score | None, words: Labels, hints: int = 6) -> Html | None:
    if score is None:
        return None
    rows = []
    for name, part in score.parts():
        share = part.share
        width = f"width:{0 if share is None else round(share * 100)}%"
        rows.append(el("div", el("span", words(f"score_{name}"), cls="label"),
                       el("span", el("span", "", cls="fill", style=width), cls="bar"),
                       el("span", str(part), cls="value"), cls="part", data_part=name))
    tips = [localized(tip, words.language) for tip in score.hints[:hints]]
    if len(score.hints) > hints:
        tips.append(words("more").format(count=len(score.hints) - hints))
    advice = el("div", el("strong", words("raise") + ":"),
                el("ul", join(el("li", t) for t in tips)), cls="hints") if tips else None
    ring = el("div", el("span", str(score.overall), cls="number"),
              el("span", "/100", cls="of"), cls="ring",
              style=f"--p:{score.overall}", data_score=score.overall)
    return el("aside", el("h3", words("score")),
              el("div", ring, el("div", join(rows), cls="parts"), cls="score-body"),
              advice, cls="score")


def _strategy(ctx: Ctx) -> Html | None:
    strategy = ctx.canvas.strategy
    shown = [ctx.words.value(v) for v in strategy.values() if isinstance(v, str)]
    numbered = ctx.marks.under("strategy")
    if not shown and not numbered:
        return None
    return el("div", " · ".join(shown), ctx.badges(numbered), cls="strategy", id="strategy")


def findings_list(ctx: Ctx) -> Html:
    findings = ctx.marks.findings
    if not findings:
        return el("section", el("h2", ctx.words("findings")), el("p", ctx.words("no_findings")),
                  cls="section", id="findings")
    rows = []
    for n, (f, target) in enumerate(zip(findings, ctx.marks.targets, strict=True), start=1):
        rows.append(el(
            "tr",
            el("td", el("span", Words(ctx.words.language).severity_name(f.severity),
                        cls=f"pill {f.severity}")),
            el("td", f.code, el("div", f.name, cls="rule")),
            el("td", f"{f.line}:{f.column}", cls="where"),
            el("td", _item_link(ctx, target)),
            el("td", f.message),
            id=f"f-{n}", data_finding=n, data_code=f.code, data_target=target,
            title=hover(f),
        ))
    return el("section", el("h2", ctx.words("findings"), " ",
                            counts(findings, ctx.words.language)),
              el("table", el("tbody", join(rows)), cls="findings"),
              cls="section", id="findings")


def _item_link(ctx: Ctx, target: str) -> Html:
    if not target:
        return el("span", ctx.words("whole_canvas"), cls="muted")
    if target == "strategy":
        return el("a", ctx.words("strategy"), href="#strategy")
    if target in (*B.NINE_BLOCKS, B.JOURNEYS, B.KPIS):
        return el("a", ctx.words(target), href=f"#{anchor('b', target)}")
    item = ctx.items.get(target)
    if item is None:  # a journey stage: link to its journey
        journey = target.split(".stages[")[0]
        return el("a", f"{ctx.words.kind(B.JOURNEYS)} ({target})",
                  href=f"#{anchor('n', journey)}")
    label = ctx.words.label(item)
    if item.parent is not None:
        label += f" ({ctx.words.label(item.parent)})"
    shown: Item | None = item  # a nested item may not be drawn (a proposition for no one)
    while shown is not None and not ctx.drawn(anchor("n", format_path(shown.path))):
        shown = shown.parent
    return el("a", label, href=f"#{anchor('n', format_path((shown or item).path))}")


def whole_canvas(ctx: Ctx) -> Html | None:
    numbered = ctx.marks.unplaced()
    if not numbered:
        return None
    return el("div", el("strong", ctx.words("whole_canvas") + ":"),
              el("ul", join(el("li", ctx.badges([(n, f)]), f.message) for n, f in numbered)),
              cls="banner")


def canvas_body(ctx: Ctx, source: str, score: Score | None) -> Html:
    canvas = ctx.canvas
    description = canvas.data.get("description")
    header = el(
        "header",
        el("div",
           el("h1", canvas.name or source),
           el("p", description, cls="desc") if isinstance(description, str) else None,
           el("p", source, " ", counts(ctx.marks.findings, ctx.words.language), cls="file"),
           _strategy(ctx),
           cls="title"),
        score_panel(score, ctx.words),
        cls="top",
    )
    return el("main", header, whole_canvas(ctx), legend(ctx), grid(ctx), sections(ctx),
              findings_list(ctx), el("footer", ctx.words("generated")))


def render_canvas(canvas: Canvas, findings: Sequence[Finding], score: Score | None,
                  source: str, language: str | None = None) -> str:
    """The whole page for one canvas and the findings of its file.

    ``language`` (``render --lang``) is the page's, else the canvas's own.
    """
    ctx = Ctx.build(canvas, findings, language)
    title = f"{canvas.name or source} - canvaslint"
    return document(title, canvas_body(ctx, source, score), ctx.words.language)
