"""The health score: how complete and consistent a canvas is, from 0 to 100.

Four parts, each a share of things done out of things that should be done
(docs/health-score.md explains them and how to raise each):

- blocks: the nine blocks that hold at least one item;
- segments: the segments fully served: a value proposition, a channel, a
  relationship, and a revenue stream (or ``pays: false``, a subsidised side);
- fit: the high-importance pains relieved and gains created by a
  proposition for their own segment;
- journeys: the five journey stages covered (at least one touchpoint) for
  every segment;
- checked: what the rules could check: the facts they read (relationship,
  channel and revenue types, a segment's market), written or read from the
  words, and the blocks whose links are written or implied. A canvas whose
  relationships say nothing of their kind, or whose blocks link nothing,
  cannot be fully checked, so it does not score 100 (issue 16).

The overall number is the mean of the parts that apply. ``fit`` applies
once a segment has a high-importance pain or gain, ``journeys`` once the
canvas maps any journey: optional sections count only when a canvas uses
them, as the rules about them do. The score is computed from the model only,
so it does not depend on which rules are selected.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from typing import TYPE_CHECKING

from canvaslint.finding import Finding, Severity
from canvaslint.i18n import Key
from canvaslint.model.canvas import Canvas, Item
from canvaslint.model.facts import (
    channels_reaching,
    pays,
    propositions_for,
    relationships_serving,
    revenue_from,
    unaddressed,
)
from canvaslint.read import blocks as B
from canvaslint.report.score_words import Blocks, Phrase, Stages, hint

if TYPE_CHECKING:
    pass

STAGES = ("awareness", "evaluation", "purchase", "delivery", "after-sales")


@dataclass(frozen=True)
class Part:
    """``done`` of ``total``; ``applies`` is false for an optional part not used yet."""

    done: int
    total: int
    applies: bool = True

    @property
    def share(self) -> float | None:
        """0.0-1.0, or None where the part does not apply."""
        if not self.applies:
            return None
        return self.done / self.total if self.total else 0.0

    def __str__(self) -> str:
        return f"{self.done}/{self.total}" if self.applies else "n/a"


@dataclass(frozen=True)
class Score:
    """The four parts, the overall number and what would raise it."""

    blocks: Part
    segments: Part
    fit: Part
    journeys: Part
    checked: Part = Part(0, 0, applies=False)
    hints: tuple[str, ...] = ()
    # Notes free of errors; applies once the lint's findings are known (``judged``).
    error_free: Part = Part(0, 0, applies=False)
    items: int = 0

    PARTS = ("blocks", "segments", "fit", "journeys", "checked", "error_free")

    def parts(self) -> list[tuple[str, Part]]:
        """The parts by their shown names; ``error-free`` only once the lint judged it."""
        return [(name.replace("_", "-"), getattr(self, name)) for name in self.PARTS
                if name != "error_free" or self.error_free.applies]

    @property
    def overall(self) -> int:
        shares = [s for _, p in self.parts() if (s := p.share) is not None]
        if not shares:
            return 0
        # 100 only when every part is complete: one error among 40 notes rounds to 100.
        return min(round(100 * sum(shares) / len(shares)), 100 if min(shares) == 1 else 99)

    def summary(self) -> str:
        """``87/100 (blocks 9/9, segments 2/3, fit 5/6, journeys n/a)``."""
        parts = ", ".join(f"{name} {part}" for name, part in self.parts())
        return f"{self.overall}/100 ({parts})"


def compute(canvas: Canvas) -> Score:
    hints: list[str] = []
    return Score(
        blocks=_blocks(canvas, hints),
        segments=_segments(canvas, hints),
        fit=_fit(canvas, hints),
        journeys=_journeys(canvas, hints),
        checked=_checked(canvas, hints),
        hints=tuple(hints),
        items=sum(len(canvas.block(kind)) for kind in B.NINE_BLOCKS),
    )


def judged(score: Score, findings: Sequence[Finding]) -> Score:
    """The score with the lint's errors counted: a canvas with errors is not at 100.

    The ``error-free`` part is the share of the notes (and the canvas itself, for
    what is wrong outside any note) that no error finding is about, after
    suppressions and the baseline: the same errors the report counts
    (issue 18: "100" next to a red "3 errors" badge).
    """
    places = {_place(f.path) for f in findings if f.severity == Severity.ERROR}
    total = score.items + 1
    hints = score.hints
    if places:
        hints = (*hints, hint("errors", count=len(places)))
    return replace(score, error_free=Part(max(total - len(places), 0), total), hints=hints)


def judged_scores(scores: dict[str, Score], findings: Sequence[Finding]) -> dict[str, Score]:
    """Every file's score with its own errors counted (:func:`judged`)."""
    by_file: dict[str, list[Finding]] = {}
    for f in findings:
        by_file.setdefault(f.file, []).append(f)
    return {file: judged(score, by_file.get(file, [])) for file, score in scores.items()}


def _place(path: str) -> str:
    """``customer_relationships[2].type`` -> ``customer_relationships[2]``; others: the canvas."""
    end = path.find("]")
    return path[:end + 1] if end > 0 and path[:path.find("[")] in B.NINE_BLOCKS else ""


# The facts the rules read, per block: (field, what to ask for in a hint).
_FACTS = {
    B.RELATIONSHIPS: ("type", "kind"),
    B.SEGMENTS: ("market", "market"),
    B.CHANNELS: ("medium", "medium"),
    B.REVENUE: ("type", "earned"),
}


def _checked(canvas: Canvas, hints: list[str]) -> Part:
    """The facts and links the rules need that the canvas states (or implies)."""
    from canvaslint.model.facts import LINKS, block_links, is_free

    done = total = 0
    for kind, (field_name, ask) in _FACTS.items():
        for item in canvas.block(kind):
            total += 1
            if item.has(field_name) or (kind == B.REVENUE and is_free(item)):
                done += 1
            else:
                hints.append(hint("fact", item=item, ask=Phrase(ask, field_name)))
    for (kind, field_name), _ in LINKS.items():
        targets = B.REFERENCE_FIELDS[(kind, field_name)]
        if not canvas.block(kind) or not any(canvas.block(t) for t in targets):
            continue
        total += 1
        if block_links(canvas, kind, field_name):
            done += 1
        else:
            hints.append(hint("link", block=Blocks((kind,)), field=Key(field_name)))
    return Part(done, total, applies=total > 0)


def _blocks(canvas: Canvas, hints: list[str]) -> Part:
    empty = [kind for kind in B.NINE_BLOCKS if not canvas.block(kind)]
    if empty:
        hints.append(hint("blocks", blocks=Blocks(empty)))
    return Part(len(B.NINE_BLOCKS) - len(empty), len(B.NINE_BLOCKS))


def missing_service(canvas: Canvas, segment: Item) -> list[Phrase]:
    """What a segment still lacks to be fully served (shown in the canvas's words)."""
    missing = []
    if not propositions_for(canvas, segment):
        missing.append(Phrase("proposition"))
    if not channels_reaching(canvas, segment):
        missing.append(Phrase("channel"))
    if not relationships_serving(canvas, segment):
        missing.append(Phrase("relationship"))
    if pays(segment) and not revenue_from(canvas, segment):
        missing.append(Phrase("revenue"))
    return missing


def _segments(canvas: Canvas, hints: list[str]) -> Part:
    served = 0
    for segment in canvas.segments:
        missing = missing_service(canvas, segment)
        if missing:
            hints.append(hint("serve", segment=segment, missing=missing))
        else:
            served += 1
    return Part(served, len(canvas.segments))


def _fit(canvas: Canvas, hints: list[str]) -> Part:
    done = total = 0
    for segment in canvas.segments:
        for kind in (B.PAINS, B.GAINS):
            high = [i for i in canvas.children(segment, kind) if i.text("importance") == "high"]
            left = {id(item) for item in unaddressed(canvas, segment, high)}
            for item in high:
                total += 1
                if id(item) not in left:
                    done += 1
                else:
                    hints.append(hint("relieve" if kind == B.PAINS else "create",
                                      name=item.name, segment=segment))
    return Part(done, total, applies=total > 0)


def covered_stages(canvas: Canvas, segment: Item) -> set[str]:
    """The journey stages of a segment that have at least one touchpoint."""
    covered: set[str] = set()
    for journey in canvas.referrers(segment, B.JOURNEYS, "segment"):
        for stage in canvas.journey_stages(journey):
            if stage.touchpoints and stage.stage in STAGES:
                covered.add(stage.stage)
    return covered


def _journeys(canvas: Canvas, hints: list[str]) -> Part:
    if not canvas.journeys:
        return Part(0, 0, applies=False)
    done = 0
    for segment in canvas.segments:
        covered = covered_stages(canvas, segment)
        done += len(covered)
        missing = [s for s in STAGES if s not in covered]
        if missing:
            hints.append(hint("stages", stages=Stages(missing), segment=segment))
    return Part(done, len(STAGES) * len(canvas.segments))


def score_document(data: object, lang: str = "en") -> Score | None:
    """The score of a loaded file's data, or None when it is not a canvas at all.

    Facts are read from the notes' words as the lint reads them, so what the
    rules could check is what the score counts.
    """
    from canvaslint.model.canvas import build
    from canvaslint.model.infer import InferSettings, infer

    if not isinstance(data, dict):
        return None
    canvas = build(data)
    infer(canvas, lang, InferSettings())
    return compute(canvas)


def measure(canvas: Canvas, language: str) -> Score:
    """The score of the model the lint's rules read (``RunSettings.measure``).

    The lint has read, localized and modelled the file already, facts from
    the words included: the score counts what the rules could check, with
    no second reading of the file.
    """
    return compute(canvas)
