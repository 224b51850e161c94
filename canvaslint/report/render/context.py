"""What every part of a rendered page shares: the canvas, its findings, words, colours."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from canvaslint.finding import Finding, format_path
from canvaslint.model.canvas import Canvas, Item
from canvaslint.read import blocks as B
from canvaslint.report.render.html import Html, anchor, el, join
from canvaslint.report.render.labels import Labels
from canvaslint.report.render.marks import Marks, worst

# (note tint, strong colour) per segment, in order; cycled past ten segments,
# where the letter chip still tells segments apart.
PALETTE = (
    ("#cfe7f6", "#2b7bb9"), ("#ffd9cf", "#d1553a"), ("#d9f0c6", "#4b8f1e"),
    ("#e6d9f0", "#7d4ea6"), ("#c8eee2", "#1f8a6b"), ("#fbd3e6", "#c2417f"),
    ("#d6ddf7", "#4559b5"), ("#f0dfcb", "#9b6630"), ("#dfe3e6", "#5b6770"),
    ("#f5e6b0", "#8a7400"),
)

# Fields whose values say what kind of item a note is, per block.
META_FIELDS: dict[str, tuple[str, ...]] = {
    B.SEGMENTS: ("market", "type"),
    B.PROPOSITIONS: ("elements",),
    B.CHANNELS: ("type", "ownership", "medium"),
    B.RELATIONSHIPS: ("type", "goals"),
    B.REVENUE: ("type", "pricing"),
    B.RESOURCES: ("type",),
    B.ACTIVITIES: ("type",),
    B.PARTNERS: ("motivation",),
    B.COSTS: ("nature",),
    B.JOBS: ("type",),
    B.PAINS: ("importance",),
    B.GAINS: ("importance",),
    B.KPIS: ("target",),
}

# Blocks whose items serve segments through a ``segments`` reference.
SERVING = (B.PROPOSITIONS, B.CHANNELS, B.RELATIONSHIPS, B.REVENUE)


def letter(index: int) -> str:
    """A, B, ... Z, AA, AB ...: the segment's chip."""
    out = ""
    index += 1
    while index:
        index, rest = divmod(index - 1, 26)
        out = chr(65 + rest) + out
    return out


@dataclass
class Ctx:
    canvas: Canvas
    marks: Marks
    words: Labels

    def __post_init__(self) -> None:
        self._index = {id(s): i for i, s in enumerate(self.canvas.segments)}
        self.items = {format_path(i.path): i for i in self.canvas.all_items()}
        self._ids: set[str] = set()

    def drawn(self, element_id: str) -> bool:
        return element_id in self._ids

    def unique(self, element_id: str) -> str | None:
        """An element id the first time it is asked for; None when already on the page."""
        if element_id in self._ids:
            return None
        self._ids.add(element_id)
        return element_id

    @classmethod
    def build(cls, canvas: Canvas, findings: Sequence[Finding],
              language: str | None = None) -> Ctx:
        words = Labels(language or canvas.data.get("language"))
        return cls(canvas, Marks(findings, drawn_paths(canvas)), words)

    # -- segments and their colours ------------------------------------------
    def segment_index(self, segment: Item) -> int:
        return self._index[id(segment)]

    def segments_of(self, item: Item) -> list[Item]:
        """The segments an item serves or belongs to (for its colour)."""
        canvas = self.canvas
        if item.kind == B.SEGMENTS:
            return [item]
        if item.kind in SERVING:
            return canvas.refs(item, "segments")
        if item.kind == B.JOURNEYS:
            return canvas.refs(item, "segment")
        if item.parent is not None:
            return self.segments_of(item.parent)
        return []

    def chip(self, segment: Item) -> Html:
        i = self.segment_index(segment)
        return el("span", letter(i), cls="chip", style=f"background:{PALETTE[i % 10][1]}",
                  title=segment.name)

    def tint(self, segments: list[Item]) -> str | None:
        """A background for a note: one segment's tint, or a stripe per segment on the left."""
        if len(segments) == 1:
            return f"background:{PALETTE[self.segment_index(segments[0]) % 10][0]}"
        if not segments:
            return None
        colours = [PALETTE[self.segment_index(s) % 10][1] for s in segments[:8]]
        stops = ", ".join(f"{c} {i * 5}px {(i + 1) * 5}px" for i, c in enumerate(colours))
        width = 5 * len(colours)
        return (f"background:linear-gradient(to right, {stops}, var(--shared) {width}px);"
                f"padding-left:{width + 7}px")

    # -- findings --------------------------------------------------------------
    def badges(self, numbered: list[tuple[int, Finding]]) -> Html | None:
        if not numbered:
            return None
        return el("div", join(
            el("a", f.code, cls=f"badge {f.severity}", href=f"#f-{n}", title=hover(f),
               data_finding=n)
            for n, f in numbered), cls="badges")

    def note(self, item: Item, extra: Html | None = None, deep: bool = False) -> Html:
        """One sticky note; ``deep`` marks it with the findings about its nested items too."""
        path = format_path(item.path)
        numbered = self.marks.under(path) if deep else self.marks.at(path)
        severity = worst(numbered)
        classes = "note" + (f" sev-{severity}" if severity else "")
        segments = self.segments_of(item)
        chips = join(self.chip(s) for s in segments) if item.kind != B.SEGMENTS else None
        meta = " · ".join(self.words.value(v) for f in META_FIELDS.get(item.kind, ())
                          for v in _shown(item, f))
        if item.kind == B.SEGMENTS:
            chips = self.chip(item)
            meta += " · pays: false" if item.fields.get("pays") is False else ""
        description = item.text("description")
        return el(
            "div",
            el("div", chips, el("span", item.name, cls="name"), cls="head"),
            el("div", meta, cls="meta") if meta else None,
            el("div", description, cls="text") if description else None,
            extra,
            self.badges(numbered),
            cls=classes, id=self.unique(anchor("n", path)), data_path=path, data_kind=item.kind,
            style=self.tint(segments),
            title="\n".join(hover(f) for _, f in numbered) or None,
        )


def _shown(item: Item, field: str) -> list[str]:
    """A field's values as text: one value, a list, or a number (a KPI's target)."""
    value = item.fields.get(field)
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return [str(value)]
    return item.values(field)


def hover(f: Finding) -> str:
    return f"{f.code} [{f.severity}] {f.message} ({f.name})"


def drawn_paths(canvas: Canvas) -> list[str]:
    """The data path of every element the page draws, so findings find their element."""
    paths = [*B.NINE_BLOCKS, B.JOURNEYS, B.KPIS, "strategy"]
    paths += [format_path(i.path) for i in canvas.all_items()]
    for journey in canvas.journeys:
        paths += [format_path(s.path) for s in canvas.journey_stages(journey)]
    return paths
