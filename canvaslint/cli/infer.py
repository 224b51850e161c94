"""``canvaslint infer PATH...``: what canvaslint read from each canvas's words.

So that a user can see why a rule fired: every fact read from a note's
words (and every link implied by a canvas's only segment), at the note's
line and column, with the words it came from and the field to write to
confirm it. Reads files as ``check`` does and uses the same configuration.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TextIO

from canvaslint.check.config import ConfigError
from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import localize
from canvaslint.model.infer.apply import InferSettings
from canvaslint.read.discovery import PathError, targets
from canvaslint.read.document import Document
from canvaslint.read.formats import load_canvas


def run(paths: list[str], config: str | None, no_config: bool, out: TextIO = sys.stdout) -> int:
    from canvaslint.check.runner import read_target
    from canvaslint.check.settings import CommandLine, config_for, infer_settings

    try:
        files = targets(paths, None)
    except PathError as exc:
        print(f"canvaslint: error: {exc}", file=sys.stderr)
        return 2
    total = 0
    for target in files:
        try:
            conf = config_for(target.path, Path(config) if config else None, no_config)
            settings = infer_settings(conf, CommandLine(), {})
        except ConfigError as exc:
            print(f"canvaslint: error: {exc}", file=sys.stderr)
            return 2
        raw = read_target(target)
        if isinstance(raw, str):
            print(f"{target.display}: not read: {raw}", file=out)
            continue
        total += show(load_canvas(target.display, raw), settings, out)
    print(f"{total} fact(s) read from words; write the field on a note to confirm or change "
          "one, or turn reading off with `infer: false` or `check --no-infer`.", file=out)
    return 0


def show(doc: Document, settings: InferSettings, out: TextIO) -> int:
    """Print one canvas's inferred facts and implied links; return how many facts."""
    localize(doc)
    if not doc.usable or not isinstance(doc.data, dict):
        print(f"{doc.name}: not a canvas that can be read (run `canvaslint check` on it)",
              file=out)
        return 0
    if not settings.enabled:
        print(f"{doc.name}: reading facts from words is turned off", file=out)
        return 0
    canvas = Context(doc, settings).canvas
    count = 0
    for item in canvas.all_items():
        where = _where(doc, item.at)
        for name, fact in item.inferred.items():
            value = fact.value if isinstance(fact.value, str) else ", ".join(fact.value)
            shown = "free of charge" if name == "free" else f"{name}: {value}"
            print(f'{where}: {item.label} {shown}    # "{fact.words}" in its {fact.source}',
                  file=out)
            count += 1
        if (id(item), "segments") in canvas.implied:
            only = canvas.segments[0]
            print(f'{where}: {item.label} serves segment "{only.name}"    # the only segment',
                  file=out)
    return count


def _where(doc: Document, path: tuple[str | int, ...]) -> str:
    line, column, _, _ = doc.span(Problem(path, ""))
    return f"{doc.name}:{line}:{column}"



