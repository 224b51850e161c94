"""Word lists as stems: the knowledge that turns a note's words into facts.

The lists are data (``rules/infer_words.yaml``, overridable in the
configuration); here they are stemmed once per language with
snowballstemmer, the Snowball project's stemmers for English, Dutch and
Russian, so that inflected forms ("abonnementen", "подписки") match the
listed word without listing every form.
"""

from __future__ import annotations

import re
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources
from typing import Any

import snowballstemmer
import yaml

# The canvas's language -> the Snowball algorithm that stems it.
_ALGORITHMS = {"en": "english", "nl": "dutch", "ru": "russian"}
_WORD = re.compile(r"[^\W_]+(?:[-'][^\W_]+)*|[&+]")

Stems = tuple[str, ...]
# block -> field -> [(value, [phrase as stems, ...]), ...], in the file's order.
Table = dict[str, dict[str, list[tuple[str, list[Stems]]]]]


@dataclass(frozen=True)
class Match:
    """A value a phrase gave, and the user's words that matched it."""

    value: str
    words: str


# A snowball stemmer keeps the word it works on in the object, so two threads
# (the language server lints in two) must not share one: one set per thread.
_PER_THREAD = threading.local()


def _stemmer(lang: str) -> Any:
    stemmers: dict[str, Any] | None = getattr(_PER_THREAD, "stemmers", None)
    if stemmers is None:
        stemmers = _PER_THREAD.stemmers = {}
    if lang not in stemmers:
        stemmers[lang] = snowballstemmer.stemmer(_ALGORITHMS.get(lang, "english"))
    return stemmers[lang]


def tokens(text: str) -> list[str]:
    """The words of a text, lower case, hyphenated words kept whole and split."""
    out: list[str] = []
    for word in _WORD.findall(text.lower().replace("ё", "е")):
        out.append(word)
    return out


def stems(words: list[str], lang: str) -> Stems:
    return tuple(_stemmer(lang).stemWords(words))


@cache
def default_words() -> Mapping[str, Any]:
    text = resources.files("canvaslint.rules").joinpath("infer_words.yaml").read_text("utf-8")
    data = yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))
    if not isinstance(data, dict):
        raise ValueError("rules/infer_words.yaml is not a mapping")
    return data


def merged(overrides: Mapping[str, Any] | None) -> Mapping[str, Any]:
    """The shipped lists with the configuration's lists added in front of them.

    A configured value's phrases come first, so a user's word wins over a
    shipped one; ``replace: true`` under a field drops the shipped lists of
    that field.
    """
    if not overrides:
        return default_words()
    out: dict[str, Any] = {b: {f: dict(v) for f, v in fs.items()}
                           for b, fs in default_words().items()}
    for block, fields in overrides.items():
        for field_name, values in fields.items():
            values = dict(values)
            replace = bool(values.pop("replace", False))
            current = {} if replace else out.setdefault(block, {}).get(field_name, {})
            combined: dict[str, Any] = {}
            for value, langs in values.items():
                old = current.get(value, {})
                combined[value] = {lang: [*langs.get(lang, []), *old.get(lang, [])]
                                   for lang in {*langs, *old}}
            for value, langs in current.items():
                combined.setdefault(value, langs)
            out.setdefault(block, {})[field_name] = combined
    return out


def compile_table(words: Mapping[str, Any], lang: str) -> Table:
    """Every phrase as stems, for a canvas in ``lang`` (its own words and English)."""
    langs = ["en"] if lang == "en" else [lang, "en"]
    table: Table = {}
    for block, fields in words.items():
        for field_name, values in fields.items():
            rows: list[tuple[str, list[Stems]]] = []
            for value, by_lang in values.items():
                phrases = [stems(tokens(str(p)), code)
                           for code in langs for p in (by_lang or {}).get(code, []) or []]
                rows.append((str(value), [p for p in phrases if p]))
            table.setdefault(block, {})[field_name] = rows
    return table


def find(text_stems: Stems, text_words: list[str], phrases: list[Stems]) -> str | None:
    """The user's words where the longest of the phrases occurs, or None."""
    best: tuple[int, int] | None = None
    present = set(text_stems)
    for phrase in phrases:
        n = len(phrase)
        if (best is not None and n <= best[1]) or phrase[0] not in present:
            continue  # a phrase whose first word is absent cannot occur
        for start in range(len(text_stems) - n + 1):
            if text_stems[start:start + n] == phrase:
                best = (start, n)
                break
    return None if best is None else " ".join(text_words[best[0]:best[0] + best[1]])


# Words too common to say two notes are about the same thing.
_COMMON = frozenset({"and", "the", "for", "with", "our", "van", "het", "een", "voor", "met",
                     "onze", "для", "и", "с", "наш", "наши"})


def shared_words(first: str, second: str, lang: str) -> bool:
    """Whether two notes share a meaningful word ("account manager" in both)."""
    def content(text: str) -> set[str]:
        words = [w for w in tokens(text) if len(w) > 3 and w not in _COMMON]
        return set(stems(words, lang))

    return bool(content(first) & content(second))


@lru_cache(maxsize=4096)
def _forms(text: str, lang: str) -> tuple[list[str], list[Stems]]:
    """A note's words and their stems (in its language, then English), once per note."""
    words = tokens(text)
    langs = ["en"] if lang == "en" else [lang, "en"]
    return words, [stems(words, code) for code in langs]


def matches(text: str, rows: list[tuple[str, list[Stems]]], lang: str) -> list[Match]:
    """Every value whose phrases occur in the text, in the table's order."""
    words, forms = _forms(text, lang)
    if not words:
        return []
    out: list[Match] = []
    for value, phrases in rows:
        for form in forms:
            found = find(form, words, phrases)
            if found is not None:
                out.append(Match(value, found))
                break
    return out
