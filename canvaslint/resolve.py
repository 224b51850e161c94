"""Resolve every reference of a canvas and find R001, R002 and R003.

A reference names an item's explicit ``id``; failing that, the one item
whose name slugs to it. Name matches are looked up among the kinds the
field may name first, so a cost item named "Web shop" beside a channel
named "Web shop" does not make ``for: web-shop`` ambiguous; only several
matches of the right kind are (R002). Problems are kept on the canvas for
the R rules to report.
"""

from __future__ import annotations

import difflib
from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import Fix, Problem
from canvaslint.fix.closest import sure_match
from canvaslint.model import Canvas, Item, Reference
from canvaslint.slug import fold, slugify


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
    for item in items:
        for (kind, field_name), allowed in B.REFERENCE_FIELDS.items():
            if item.kind == kind and field_name in item.fields:
                _resolve_field(canvas, item, field_name, allowed, by_id, by_slug, problems)


def _name_slug(item: Item) -> str:
    return item.id if not item.explicit_id else slugify(item.name)


def _duplicate_id(first: Item, second: Item) -> Problem:
    line_hint = f"{first.label}"
    return Problem(
        (*second.path, "id"),
        f'{second.label} has the id "{second.id}", which {line_hint} already has; '
        "ids must be unique in the file: give one of them another id",
        item=second.name, msgid="duplicate-id",
        args={"item": second.name, "item_kind": second.kind, "id": second.id,
              "other": first.name, "other_kind": first.kind},
    )


def _resolve_field(
    canvas: Canvas,
    item: Item,
    field_name: str,
    allowed: tuple[str, ...],
    by_id: dict[str, Item],
    by_slug: dict[str, list[Item]],
    problems: dict[str, list[Problem]],
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
            problems["R001"].append(_unknown(ref, allowed, by_id, by_slug))
        elif target.kind not in allowed:
            problems["R003"].append(_wrong_kind(ref, target, allowed))
        else:
            ref.target = target
            canvas.link(item, field_name, target, path)


def _kinds(allowed: tuple[str, ...]) -> str:
    if allowed == B.NINE_BLOCKS:
        return "an item of the canvas"
    names = [B.KIND_NAMES[k] for k in allowed]
    if len(names) == 1:
        return _article(names[0])
    return _article(", ".join(names[:-1]) + " or " + names[-1])


def _unknown(
    ref: Reference, allowed: tuple[str, ...], by_id: dict[str, Item], by_slug: dict[str, list[Item]]
) -> Problem:
    known = [i for i, it in by_id.items() if it.kind in allowed]
    known += [s for s, its in by_slug.items() if any(it.kind in allowed for it in its)]
    close = difflib.get_close_matches(ref.text, sorted(set(known)), n=1, cutoff=0.6)
    sure = sure_match(ref.text, {word: word for word in known})
    hint = f'; did you mean "{close[0]}"?' if close else (
        f"; write the id of {_kinds(allowed)}" if known
        else f"; add {_kinds(allowed)} with that id first"
    )
    return Problem(
        ref.path,
        f'{ref.source.label} names "{ref.text}" under {ref.field}, but no item has that id '
        f"or name{hint}",
        item=ref.source.name, msgid="close" if close else "default",
        args={"source": ref.source.name, "source_kind": ref.source.kind, "text": ref.text,
              "field": ref.field, "close": close[0] if close else ""},
        fix=Fix(ref.path, sure) if sure else None,
    )


def _ambiguous(ref: Reference, matches: list[Item]) -> Problem:
    names = " and ".join(m.label for m in matches[:3])
    return Problem(
        ref.path,
        f'{ref.source.label} names "{ref.text}" under {ref.field}, which matches {names}: '
        "give the one you mean an explicit id and use it here",
        item=ref.source.name, msgid="ambiguous",
        args={"source": ref.source.name, "source_kind": ref.source.kind, "text": ref.text,
              "field": ref.field, "matches": [m.name for m in matches[:3]]},
    )


def _wrong_kind(ref: Reference, target: Item, allowed: tuple[str, ...]) -> Problem:
    return Problem(
        ref.path,
        f'{ref.source.label} names "{ref.text}" under {ref.field}, but that is '
        f"{_article(target.label)}; {ref.field} must name {_kinds(allowed)}",
        item=ref.source.name,
        args={"source": ref.source.name, "source_kind": ref.source.kind, "text": ref.text,
              "field": ref.field, "target": target.name, "target_kind": target.kind,
              "allowed_kinds": list(allowed) if allowed != B.NINE_BLOCKS else ["canvas"]},
    )


def _article(label: str) -> str:
    return ("an " if label[:1] in "aeiou" else "a ") + label
