"""Which heading names which block, and which label names which field.

The names are data (``names.yaml`` beside this module), in English, Dutch,
Russian and the other languages canvases are often written in. A heading is
compared after :func:`normalize` has dropped what people decorate headings
with (numbering, emoji, "(s)", a trailing colon, a guiding question after a
dash, invisible characters), so "2. 🎁 Value Proposition(s):" is
``value propositions``.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Any

import yaml

from canvaslint.data import shipped
from canvaslint.i18n import LANGUAGES, language

_INVISIBLE = dict.fromkeys(map(ord, "\u200b\u200c\u200d\u2060\ufeff\u00ad"), None)
_PAREN = re.compile(r"\([^)]*\)|\[[^\]]*\]")
_QUESTION = re.compile(r"\s[-–—|]\s.*$|[:?].*$")
_NUMBERING = re.compile(r"^\W*(?:\d+|[a-z]|[ivx]+)[.):]\s+|^\W*\d+\W*\s")
_SPACES = re.compile(r"[\s_/-]+")


@lru_cache(maxsize=4096)  # labels and headings repeat; a big canvas asks thousands of times
def normalize(text: str) -> str:
    """A heading as compared with the names: lower case, bare words."""
    text = unicodedata.normalize("NFC", text).translate(_INVISIBLE).replace("\u00a0", " ")
    text = text.strip().casefold()
    text = _NUMBERING.sub("", text)
    text = _QUESTION.sub("", _PAREN.sub(" ", text))
    text = text.replace("&", " and ")
    text = "".join(c if c.isalnum() or c in " -_/'’" else " " for c in text)
    text = text.replace("'", " ").replace("’", " ")
    return _SPACES.sub(" ", text).strip()


@dataclass(frozen=True)
class Names:
    blocks: dict[str, tuple[str, str]]     # normalized name -> (block key, language)
    other: frozenset[str]
    totals: frozenset[str]
    fields: dict[str, tuple[str, ...]]     # normalized label -> field keys it may mean
    name_columns: frozenset[str]
    description_columns: frozenset[str]


@cache
def names() -> Names:
    text = shipped("canvaslint.read.markdown", "names.yaml").read_text("utf-8")
    table: dict[str, Any] = yaml.safe_load(text)
    blocks: dict[str, tuple[str, str]] = {}
    for key, per_language in table["blocks"].items():
        for lang, words in per_language.items():
            for word in words:
                blocks.setdefault(normalize(str(word)), (key, lang))
    fields: dict[str, list[str]] = {}
    for key, labels in table["fields"].items():
        for label in [key, *labels]:
            fields.setdefault(normalize(str(label)), []).append(key)
    for code in LANGUAGES:  # a field's Dutch and Russian key is a label too
        for local, english in language(code).key_alias.items():
            fields.setdefault(normalize(local), []).append(english)
    return Names(
        blocks=blocks,
        other=frozenset(normalize(str(w)) for w in table["other"]),
        totals=frozenset(normalize(str(w)) for w in table["totals"]),
        fields={k: tuple(dict.fromkeys(v)) for k, v in fields.items()},
        name_columns=frozenset(normalize(str(w)) for w in table["name_columns"]),
        description_columns=frozenset(normalize(str(w)) for w in table["description_columns"]),
    )


def block_of(text: str) -> tuple[str, str] | None:
    """The block a heading names and the language of the name, or None.

    A heading in one language often gives the English name in brackets
    ("Mitra Utama (Key Partners)"): that name counts when the rest is not
    known as something else ("Key Metrics (KPIs)" stays a metrics section).
    """
    table = names()
    word = normalize(text)
    found = table.blocks.get(word)
    if found is not None or word in table.other:
        return found
    for inner in _PAREN.findall(text):
        if ":" in inner or "," in inner:
            continue  # "(Segments: offices)" is a field, not a name
        found = table.blocks.get(normalize(inner[1:-1]))
        if found is not None:
            return found
    if "/" in text:  # "Revenue Streams / Sustainability": the block is one of the names
        for part in text.split("/"):
            found = table.blocks.get(normalize(part))
            if found is not None:
                return found
    return None


def near_block(text: str) -> tuple[str, str] | None:
    """A heading that looks like a misspelled block name: (block, the name meant).

    Only close misspellings count ("Costumer Segments"); a section that is
    clearly something else (market size, roadmap) is never a near miss.
    """
    word = normalize(text)
    table = names()
    if len(word) < 6 or word in table.other or word in table.blocks:
        return None
    close = difflib.get_close_matches(word, list(table.blocks), n=1, cutoff=0.84)
    if not close:
        return None
    return table.blocks[close[0]][0], close[0]


def is_total(text: str) -> bool:
    return normalize(text) in names().totals


def field_of(label: str, allowed: Any) -> str | None:
    """The field a label means among those an item of this kind may have."""
    for key in names().fields.get(normalize(label), ()):
        if key in allowed:
            return key
    key = normalize(label).replace(" ", "_")
    return key if key in allowed and key not in ("name", "description") else None
