"""The page's words in the canvas's language, English as fallback.

Every word of the page is a catalog entry (``render.label.*`` in
``canvaslint/messages/*.po``, issue 15), block titles included: the
translator of the page edits one file per language. Vocabulary values
(``self-service``) and item kinds are shown in the canvas's words, from the
language tables of :mod:`canvaslint.i18n` that the findings use too.
"""

from __future__ import annotations

from typing import Any

from canvaslint import i18n
from canvaslint.messages import template

# The page's words by what the page asks for: a block, a stage, a perspective, a heading.
LABELS = {
    "key_partners": "render.label.key_partners",
    "key_activities": "render.label.key_activities",
    "key_resources": "render.label.key_resources",
    "value_propositions": "render.label.value_propositions",
    "customer_relationships": "render.label.customer_relationships",
    "channels": "render.label.channels",
    "customer_segments": "render.label.customer_segments",
    "cost_structure": "render.label.cost_structure",
    "revenue_streams": "render.label.revenue_streams",
    "customer_journeys": "render.label.customer_journeys",
    "kpis": "render.label.kpis",
    "vpc": "render.label.vpc",
    "value_map": "render.label.value_map",
    "profile": "render.label.profile",
    "products_services": "render.label.products_services",
    "pain_relievers": "render.label.pain_relievers",
    "gain_creators": "render.label.gain_creators",
    "jobs": "render.label.jobs",
    "pains": "render.label.pains",
    "gains": "render.label.gains",
    "awareness": "render.label.awareness",
    "evaluation": "render.label.evaluation",
    "purchase": "render.label.purchase",
    "delivery": "render.label.delivery",
    "after-sales": "render.label.after-sales",
    "financial": "render.label.financial",
    "customer": "render.label.customer",
    "internal-processes": "render.label.internal-processes",
    "learning-growth": "render.label.learning-growth",
    "findings": "render.label.findings",
    "no_findings": "render.label.no_findings",
    "whole_canvas": "render.label.whole_canvas",
    "score": "render.label.score",
    "score_blocks": "render.label.score_blocks",
    "score_segments": "render.label.score_segments",
    "score_fit": "render.label.score_fit",
    "score_journeys": "render.label.score_journeys",
    "score_checked": "render.label.score_checked",
    "score_error-free": "render.label.score_error-free",
    "raise": "render.label.raise",
    "segments_legend": "render.label.segments_legend",
    "empty": "render.label.empty",
    "no_touchpoint": "render.label.no_touchpoint",
    "for_segment": "render.label.for_segment",
    "target": "render.label.target",
    "high": "render.label.high",
    "relieves": "render.label.relieves",
    "creates": "render.label.creates",
    "not_addressed": "render.label.not_addressed",
    "files": "render.label.files",
    "generated": "render.label.generated",
    "strategy": "render.label.strategy",
    "more": "render.label.more",
}


class Labels:
    """``labels("key_partners")`` -> "Key Partners" (or "Kernpartners" for nl)."""

    def __init__(self, language: Any) -> None:
        self.language = language if language in i18n.LANGUAGES else "en"
        self._words = i18n.language(self.language)

    def __call__(self, key: str) -> str:
        """The label (a template such as ``more`` unfilled); a key without one is itself."""
        msgid = LABELS.get(key)
        if msgid is None:
            return key
        return template(self.language, msgid) or template("en", msgid) or key

    def kind(self, kind: str) -> str:
        """What one item of a block is called (``klantsegment``)."""
        from canvaslint.read import blocks as B

        return self._words.kinds.get(kind) or B.KIND_NAMES.get(kind, kind)

    def label(self, item: Any) -> str:
        """An item as the messages name it: ``segment "Offices"``, ``klantsegment "Kantoren"``."""
        return f'{self.kind(item.kind)} "{item.name}"'

    def value(self, value: str) -> str:
        """A vocabulary value in the canvas's language (``self-service``)."""
        return self._words.local_value.get(value, value)
