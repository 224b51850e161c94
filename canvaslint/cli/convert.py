"""``canvaslint convert``: a Markdown (or bmml) canvas written as the YAML canvas.

The YAML says what the Markdown said, in the format's own keys (English,
or Dutch or Russian with ``--lang``): names and descriptions as written,
fields as mapped, ids left to the names (references use their slugs),
and a comment over each block saying where it came from. Linting the
result gives the same findings as linting the Markdown. It writes only
the file named with ``-o``, and never over an existing one without
``--force``.
"""

from __future__ import annotations

import os
import sys
from typing import Any

import yaml

from canvaslint.check.runner import read_target
from canvaslint.i18n import VOCABULARY_FIELDS, Language, language, localize
from canvaslint.read import blocks as B
from canvaslint.read.discovery import Target
from canvaslint.read.formats import is_markdown
from canvaslint.read.loader import load as load_yaml

_TOP = ("name", "description", "language", "strategy", *B.NINE_BLOCKS, B.KPIS)


class _Dumper(yaml.SafeDumper):
    """Lists indented under their key, as canvaslint's own examples are written."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> None:
        super().increase_indent(flow, False)


class ConvertError(Exception):
    """The conversion cannot be done (exit 2)."""


def run(path: str, output: str | None, lang: str, force: bool) -> int:
    try:
        text = convert(path, lang)
        _write(text, output, path, force)
    except ConvertError as exc:
        print(f"canvaslint: error: {exc}", file=sys.stderr)
        return 2
    return 0


def convert(path: str, lang: str) -> str:
    if not os.path.exists(path):
        raise ConvertError(f"{path}: no such file")
    raw = read_target(Target(path, path))
    if isinstance(raw, str):
        raise ConvertError(f"{path}: {raw}")
    if is_markdown(path):
        data, origins = _from_markdown(path, raw)
    else:
        data, origins = _from_bmml(path, raw)
    return to_yaml(data, origins, lang, os.path.basename(path))


def _from_markdown(path: str, raw: bytes) -> tuple[dict[str, Any], dict[str, str]]:
    from canvaslint.messages import words
    from canvaslint.read.markdown import read

    doc, found = read(path, raw)
    for code, problem in doc.problems:
        line, column = (problem.mark or (1, 1))[:2]
        print(f"canvaslint: warning: {path}:{line}:{column}: {code} {words(code, problem)}",
              file=sys.stderr)
    if not isinstance(doc.data, dict):
        raise ConvertError(f"{path}: there is no canvas to convert")
    localize(doc)  # vocabulary words in English; written in --lang's words below
    data = dict(doc.data)
    if doc.language != "en":  # the notes' language: messages and word reading follow it
        data["language"] = doc.language
    origins: dict[str, str] = {}
    for block in found.blocks:
        where = f"{block.origin} (line {block.span[0]})"
        origins[block.key] = f"{origins[block.key]}, {where}" if block.key in origins else where
    return data, origins


def _from_bmml(path: str, raw: bytes) -> tuple[dict[str, Any], dict[str, str]]:
    from canvaslint.read.markdown.bmml import from_bmml, is_bmml

    doc = load_yaml(path, raw)
    if doc.problems or not is_bmml(doc.data):
        raise ConvertError(f"{path}: convert reads Markdown canvases (.md) and bmml canvases "
                           "(a YAML file with `meta:` and bmml's blocks); this is neither")
    data, origins, dropped = from_bmml(doc.data)
    if dropped:
        print(f"canvaslint: warning: {path}: canvaslint has no place for "
              f"{', '.join(dict.fromkeys(dropped))}; left out", file=sys.stderr)
    return data, origins


def to_yaml(data: dict[str, Any], origins: dict[str, str], lang: str, source: str) -> str:
    words = language(lang)
    out = [f"# Converted by `canvaslint convert` from {source}.\n"]
    data = dict(data)
    if lang != "en":
        data["language"] = lang
    elif data.get("language") == "en":
        data.pop("language")  # English keys, English notes: the default says it
    keys = [k for k in _TOP if k in data] + [k for k in data if k not in _TOP]
    for key in keys:
        if key in origins:
            out.append(f"\n# From {origins[key]}.\n")
        local = {words.local_key.get(key, key): _local(data[key], words, key)}
        out.append(yaml.dump(local, Dumper=_Dumper, allow_unicode=True, sort_keys=False,
                             width=100, default_flow_style=False))
    return "".join(out)


def _local(value: Any, words: Language, key: str) -> Any:
    """Keys and vocabulary words in the language asked for (unchanged for English)."""
    if isinstance(value, dict):
        return {words.local_key.get(k, k): _local(v, words, k) for k, v in value.items()}
    if isinstance(value, list):
        return [_local(v, words, key) for v in value]
    if isinstance(value, str) and key in VOCABULARY_FIELDS:
        return words.local_value.get(value, value)
    return value


def _write(text: str, output: str | None, source: str, force: bool) -> None:
    if output in (None, "-"):
        sys.stdout.write(text)
        return
    assert output is not None
    if os.path.abspath(output) == os.path.abspath(source):
        raise ConvertError(f"{output} is the file being converted; write to another file")
    if os.path.exists(output) and not force:
        raise ConvertError(f"{output} exists; use --force to overwrite it")
    folder = os.path.dirname(output) or "."
    if not os.path.isdir(folder):
        raise ConvertError(f"cannot write {output}: the folder {folder} does not exist")
    try:
        with open(output, "w", encoding="utf-8") as handle:
            handle.write(text)
    except OSError as exc:
        raise ConvertError(f"cannot write {output}: {exc.strerror}") from exc
    print(f"canvaslint: wrote {output}", file=sys.stderr)
