"""The page's words in the canvas's language, English as fallback.

Block titles of Dutch and Russian canvases come from the language tables of
:mod:`canvaslint.i18n` (the words the findings use); the rest of the page's
words from ``labels.yaml``. Vocabulary values (``self-service``) are shown
in the canvas's language too, as the user wrote them.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

from canvaslint import i18n


@cache
def _table() -> dict[str, dict[str, str]]:
    text = resources.files("canvaslint.report.render").joinpath("labels.yaml").read_text(
        encoding="utf-8")
    data: dict[str, dict[str, str]] = yaml.safe_load(text)
    return data


class Labels:
    """``labels("key_partners")`` -> "Key Partners" (or "Kernpartners" for nl)."""

    def __init__(self, language: Any) -> None:
        self.language = language if language in i18n.LANGUAGES else "en"
        self._words = i18n.language(self.language)

    def __call__(self, key: str) -> str:
        table = _table()
        return (self._words.titles.get(key) or table[self.language].get(key)
                or table["en"].get(key) or key)

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
