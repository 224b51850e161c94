"""What follows the main canvas: value proposition canvases, journeys, KPIs."""

from __future__ import annotations

from canvaslint.finding import format_path
from canvaslint.model.canvas import Item, Stage
from canvaslint.model.facts import propositions_for
from canvaslint.read import blocks as B
from canvaslint.report.render.context import PALETTE, Ctx
from canvaslint.report.render.html import Html, anchor, el, join
from canvaslint.report.score import STAGES

PERSPECTIVES = ("financial", "customer", "internal-processes", "learning-growth")


def _quadrant(ctx: Ctx, kind: str, notes: list[Html], area: str) -> Html:
    body = join(notes) if notes else el("div", ctx.words("empty"), cls="empty")
    return el("div", el("h5", ctx.words(kind)), el("div", body, cls="notes"),
              cls=f"quad {area}")


def _links(ctx: Ctx, item: Item, field: str) -> Html | None:
    targets = ctx.canvas.refs(item, field)
    if not targets:
        return None
    return el("div", f"{ctx.words(field)}: " + ", ".join(t.name for t in targets), cls="links")


def _map_notes(ctx: Ctx, propositions: list[Item], kind: str, field: str | None) -> list[Html]:
    notes = []
    for proposition in propositions:
        for item in ctx.canvas.children(proposition, kind):
            extra = [_links(ctx, item, field) if field else None]
            if len(propositions) > 1:
                extra.insert(0, el("div", proposition.name, cls="owner"))
            notes.append(ctx.note(item, extra=join(extra)))
    return notes


def value_proposition_canvas(ctx: Ctx, segment: Item) -> Html | None:
    canvas = ctx.canvas
    propositions = propositions_for(canvas, segment)
    profile = {k: [ctx.note(i) for i in canvas.children(segment, k)]
               for k in (B.JOBS, B.PAINS, B.GAINS)}
    value_map = {
        B.PRODUCTS: _map_notes(ctx, propositions, B.PRODUCTS, None),
        B.RELIEVERS: _map_notes(ctx, propositions, B.RELIEVERS, "relieves"),
        B.CREATORS: _map_notes(ctx, propositions, B.CREATORS, "creates"),
    }
    if not any(profile.values()) and not any(value_map.values()):
        return None
    strong = PALETTE[ctx.segment_index(segment) % 10][1]
    names = ", ".join(p.name for p in propositions)
    vmap = el("div", el("h4", ctx.words("value_map")),
              _quadrant(ctx, B.PRODUCTS, value_map[B.PRODUCTS], "ps"),
              _quadrant(ctx, B.CREATORS, value_map[B.CREATORS], "gc"),
              _quadrant(ctx, B.RELIEVERS, value_map[B.RELIEVERS], "pr"), cls="vmap")
    prof = el("div", el("h4", ctx.words("profile")),
              _quadrant(ctx, B.GAINS, profile[B.GAINS], "ga"),
              _quadrant(ctx, B.PAINS, profile[B.PAINS], "pa"),
              _quadrant(ctx, B.JOBS, profile[B.JOBS], "jb"), cls="profile")
    return el("section",
              el("h3", ctx.chip(segment), segment.name,
                 el("span", names, cls="subtitle") if names else None),
              el("div", vmap, el("div", "⇄", cls="fit-arrow"), prof, cls="vpc"),
              cls="card", style=f"border-top-color:{strong}",
              id=anchor("vpc", format_path(segment.path)), data_vpc=segment.id)


def _stage_columns(stages: list[Stage]) -> list[str]:
    extra = [s.stage for s in stages if s.stage not in STAGES]
    return [*STAGES, *dict.fromkeys(extra)]


def journey(ctx: Ctx, item: Item) -> Html:
    stages = ctx.canvas.journey_stages(item)
    columns = _stage_columns(stages)
    heads, cells = [], []
    for column in columns:
        mine = [s for s in stages if s.stage == column]
        numbered = [m for s in mine for m in ctx.marks.at(format_path(s.path))]
        heads.append(el("th", ctx.words(column) if column else "?", ctx.badges(numbered)))
        notes = [ctx.note(t, extra=_experience(ctx, t)) for s in mine for t in s.touchpoints]
        body = join(notes) if notes else el("div", ctx.words("no_touchpoint"), cls="empty")
        cells.append(el("td", el("div", body, cls="notes"),
                        cls="missing" if not notes else None))
    segments = ctx.segments_of(item)
    title = segments[0].name if segments else item.name
    path = format_path(item.path)
    strong = PALETTE[ctx.segment_index(segments[0]) % 10][1] if segments else "#5b6770"
    return el("section",
              el("h3", join(ctx.chip(s) for s in segments), title),
              ctx.badges(ctx.marks.at(path)),
              el("table", el("thead", el("tr", join(heads))), el("tbody", el("tr", join(cells))),
                 cls="journey"),
              cls="card", style=f"border-top-color:{strong}", id=anchor("n", path),
              data_path=path, data_kind=B.JOURNEYS)


def _experience(ctx: Ctx, touchpoint: Item) -> Html | None:
    channels = ctx.canvas.refs(touchpoint, "channel")
    channel = channels[0].name if channels else touchpoint.text("channel")
    experience = touchpoint.text("experience")
    if not channel and not experience:
        return None
    shown = ctx.words.value(experience) if experience else None
    return el("div", el("span", "", cls=f"dot {experience}") if experience else None,
              " · ".join(x for x in (shown, channel) if x), cls="meta")


def kpis(ctx: Ctx) -> Html | None:
    items = ctx.canvas.kpis
    numbered = ctx.marks.at(B.KPIS)
    if not items and not numbered:
        return None
    columns = [*PERSPECTIVES]
    columns += list(dict.fromkeys(i.text("perspective") or "" for i in items
                                  if i.text("perspective") not in PERSPECTIVES))
    cols = []
    for column in columns:
        notes = [ctx.note(i) for i in items if (i.text("perspective") or "") == column]
        body = join(notes) if notes else el("div", ctx.words("empty"), cls="empty")
        cols.append(el("div", el("h5", ctx.words(column) if column else "?"),
                       el("div", body, cls="notes"), cls="perspective"))
    return el("section", el("h2", ctx.words(B.KPIS)), ctx.badges(numbered),
              el("div", join(cols), cls="scorecard"), id=anchor("b", B.KPIS),
              data_block=B.KPIS, cls="section")


def sections(ctx: Ctx) -> Html:
    canvas = ctx.canvas
    out: list[Html | None] = []
    cards = [value_proposition_canvas(ctx, s) for s in canvas.segments]
    if any(cards):
        out.append(el("section", el("h2", ctx.words("vpc")), join(cards), cls="section",
                      id="vpcs"))
    if canvas.journeys or ctx.marks.at(B.JOURNEYS):
        out.append(el("section", el("h2", ctx.words(B.JOURNEYS)),
                      ctx.badges(ctx.marks.at(B.JOURNEYS)),
                      join(journey(ctx, j) for j in canvas.journeys), cls="section",
                      id=anchor("b", B.JOURNEYS), data_block=B.JOURNEYS))
    out.append(kpis(ctx))
    return join(out)
