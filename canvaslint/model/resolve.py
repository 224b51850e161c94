"""Resolve every reference of a canvas and find R001, R002 and R003.

A reference names an item's explicit ``id``; failing that, the one item
whose name slugs to it. Name matches are looked up among the kinds the
field may name first, so a cost item named "Web shop" beside a channel
named "Web shop" does not make ``for: web-shop`` ambiguous; only several
matches of the right kind are (R002). Problems are kept on the canvas for
the R rules to report. An unknown reference that surely means one item
(R001's safe fix) is linked to it, so the other rules read it as meant.
"""

from __future__ import annotations

from typing import Any

from canvaslint.finding import Fix, Problem
from canvaslint.i18n import Localized, language
from canvaslint.model.canvas import Canvas, Item, Reference
from canvaslint.model.closest import sure_match
from canvaslint.model.suggest import Suggester
from canvaslint.read import blocks as B
from canvaslint.read.slug import fold, slugify


def resolve(canvas: Canvas) -> None:
    problems = canvas.problems
    by_id: dict[str, Item] = {}
    by_slug: dict[str, list[Item]] = {}
    items = list(canvas.all_items())
    for item in items:
        if item.explicit_id:
            first = by_id.get(item.id)
            if first is not None:
                problems["R002"].append(_duplicate_id(first, item))
            else:
                by_id[item.id] = item
        if item.kind != B.JOURNEYS:
            by_slug.setdefault(_name_slug(item), []).append(item)
    known = _Known(by_id, by_slug)
    for item in items:
        for (kind, field_name), allowed in B.REFERENCE_FIELDS.items():
            if item.kind == kind and field_name in item.fields:
                _resolve_field(canvas, item, field_name, allowed, by_id, by_slug, problems,
                               known)
    _serve_the_only_segment(canvas)


# The blocks whose items say which segments they serve (``segments``).
SERVING = (B.PROPOSITIONS, B.CHANNELS, B.RELATIONSHIPS, B.REVENUE)


def _serve_the_only_segment(canvas: Canvas) -> None:
    """On a canvas with exactly one segment, an item naming no segments serves it.

    There is nobody else it could be for (docs/decisions.md, issue 16). Only
    in a block where no item writes ``segments``: once the canvas links some
    items of a block, the ones it leaves out are real gaps. The link is
    implied, kept in the indexes like a written one, and remembered in
    ``canvas.implied``.
    """
    if len(canvas.segments) != 1:
        return
    only = canvas.segments[0]
    for kind in SERVING:
        if any("segments" in item.fields for item in canvas.block(kind)):
            continue
        for item in canvas.block(kind):
            if "segments" not in item.fields:
                canvas.link(item, "segments", only)
                canvas.implied.add((id(item), "segments"))


class _Known:
    """The ids a field may name, gathered once per set of kinds, and the file's suggester."""

    def __init__(self, by_id: dict[str, Item], by_slug: dict[str, list[Item]]) -> None:
        self.by_id = by_id
        self.by_slug = by_slug
        self.suggester = Suggester()
        self._ids: dict[tuple[str, ...], list[str]] = {}

    def ids(self, allowed: tuple[str, ...]) -> list[str]:
        if allowed not in self._ids:
            known = [i for i, it in self.by_id.items() if it.kind in allowed]
            known += [s for s, its in self.by_slug.items() if any(it.kind in allowed for it in its)]
            self._ids[allowed] = sorted(set(known))
        return self._ids[allowed]


def _name_slug(item: Item) -> str:
    return item.id if not item.explicit_id else slugify(item.name)


def _duplicate_id(first: Item, second: Item) -> Problem:
    return Problem(
        (*second.path, "id"),
        item=second.name, msgid="duplicate-id",
        args={"item": second.name, "item_kind": _kind(second.kind), "id": second.id,
              "other": first.name, "other_kind": _kind(first.kind)},
    )


def _resolve_field(
    canvas: Canvas,
    item: Item,
    field_name: str,
    allowed: tuple[str, ...],
    by_id: dict[str, Item],
    by_slug: dict[str, list[Item]],
    problems: dict[str, list[Problem]],
    known: _Known,
) -> None:
    raw: Any = item.fields[field_name]
    entries = [(raw, (*item.path, field_name))] if isinstance(raw, str) else [
        (text, (*item.path, field_name, i)) for i, text in enumerate(raw)
        if isinstance(text, str)
    ] if isinstance(raw, list) else []
    for text, path in entries:
        ref = Reference(item, field_name, text, path)
        canvas.references.append(ref)
        target = by_id.get(text)
        if target is None:
            candidates = by_slug.get(fold(text), [])
            fitting = [c for c in candidates if c.kind in allowed and c is not item]
            if len(fitting) > 1:
                problems["R002"].append(_ambiguous(ref, fitting))
                continue
            if fitting:
                target = fitting[0]
            elif candidates:
                target = candidates[0]
        if target is None:
            problem = _unknown(ref, allowed, known)
            problems["R001"].append(problem)
            target = _meant(problem, allowed, by_id, by_slug)
            if target is None:
                continue
            ref.target = target  # read as meant, as R001's sure fix would write it
            canvas.link(item, field_name, target, path)
        elif target.kind not in allowed:
            problems["R003"].append(_wrong_kind(ref, target, allowed))
        else:
            ref.target = target
            canvas.link(item, field_name, target, path)


def _meant(problem: Problem, allowed: tuple[str, ...], by_id: dict[str, Item],
           by_slug: dict[str, list[Item]]) -> Item | None:
    """The item an unknown reference surely means (R001's safe fix), if there is one.

    A typo (``local-familie``) then costs one R001, not also a segment
    without a proposition and pains relieved by nothing (issue 18): the
    other rules read the reference as the fix would write it.
    """
    if problem.fix is None:
        return None
    sure = problem.fix.text
    target = by_id.get(sure)
    if target is not None:
        return target if target.kind in allowed else None
    fitting = [c for c in by_slug.get(fold(sure), []) if c.kind in allowed]
    return fitting[0] if len(fitting) == 1 else None


def _kinds(allowed: tuple[str, ...]) -> str:
    if allowed == B.NINE_BLOCKS:
        return "an item of the canvas"
    names = [B.KIND_NAMES[k] for k in allowed]
    if len(names) == 1:
        return _article(names[0])
    return _article(", ".join(names[:-1]) + " or " + names[-1])


def _unknown(ref: Reference, allowed: tuple[str, ...], found: _Known) -> Problem:
    known = found.ids(allowed)
    best = found.suggester.closest(ref.text, known)
    close = [best] if best is not None else []
    # Only a reference close to some id can surely mean one; the suggester's
    # budget bounds this search too, so many unknown references stay linear.
    sure = sure_match(ref.text, {word: word for word in known}) if close else None
    return Problem(
        ref.path,
        item=ref.source.name,
        msgid="close" if close else "default" if known else "none-known",
        args={**_source(ref), "close": close[0] if close else "",
              "allowed_a": Localized(_kinds(allowed), {})},
        fix=Fix(ref.path, sure) if sure else None,
    )


def _ambiguous(ref: Reference, matches: list[Item]) -> Problem:
    names = " and ".join(m.label for m in matches[:3])
    return Problem(
        ref.path,
        item=ref.source.name, msgid="ambiguous",
        args={**_source(ref), "matches": [m.name for m in matches[:3]],
              "match_labels": Localized(names, {})},
    )


def _wrong_kind(ref: Reference, target: Item, allowed: tuple[str, ...]) -> Problem:
    return Problem(
        ref.path,
        item=ref.source.name,
        args={**_source(ref), "target": target.name, "target_kind": _kind(target.kind),
              "allowed_kinds": [_kind(k) for k in allowed] if allowed != B.NINE_BLOCKS
              else [_kind("canvas")],
              "target_a": Localized(_article(target.label), {}),
              "allowed_a": Localized(_kinds(allowed), {})},
    )


def _article(label: str) -> str:
    return ("an " if label[:1] in "aeiou" else "a ") + label


def _source(ref: Reference) -> dict[str, object]:
    """The arguments every reference message has: who names what, under which field."""
    return {"source": ref.source.name, "source_kind": _kind(ref.source.kind),
            "text": ref.text, "field": ref.field}


def _kind(kind: str) -> Localized:
    """A block's item as a message names it (``segment``), in every language."""
    words = {code: language(code).kinds.get(kind, kind) for code in ("nl", "ru")}
    return Localized(B.KIND_NAMES.get(kind, kind), words)
