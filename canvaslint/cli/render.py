"""The ``render`` command: lint one file as ``check`` would, then draw it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from canvaslint.check.config import ConfigError
from canvaslint.check.engine import lint_document
from canvaslint.check.registry import PluginError, discover
from canvaslint.check.runner import read_target
from canvaslint.check.selection import SelectorError
from canvaslint.cli.check import CheckOptions, Plan, error
from canvaslint.model.canvas import build
from canvaslint.read import safeio
from canvaslint.read.discovery import STDIN, PathError, targets
from canvaslint.read.formats import load_canvas
from canvaslint.report.score import Score, judged, score_document


def default_output(path: str) -> str:
    """``examples/shop.canvas.yaml`` -> ``shop.canvas.html`` in the current folder."""
    return Path(path).stem + ".html"


def run(path: str, output: str | None, opts: CheckOptions) -> int:
    if path == STDIN and output is None:
        return error("reading standard input: say where to write the page with -o FILE "
                     "(or -o - for standard output)")
    if os.path.isdir(path):
        return error(f"{path}: this is a folder; render draws one canvas file")
    try:
        rules = discover()
        target, = targets([path], opts.stdin_filename)
        plan = Plan(opts, rules)
        settings = plan.settings(target)
        config = plan.resolved(target).config.path
        inputs = [p for p in (path, str(config) if config else None) if p and p != STDIN]
        if output != "-":  # refused before the work: a page over its own canvas, a link
            safeio.check_output(output or default_output(path), inputs)
    except (PluginError, SelectorError, PathError, ConfigError, safeio.UnsafePath) as exc:
        return error(str(exc))
    raw = read_target(target)
    if isinstance(raw, str):
        return error(f"{path}: {raw}")
    try:
        doc = load_canvas(target.display, raw)
    except Exception as exc:  # as the runner: a bug of ours (or a limit), said plainly
        return error(f"{path}: canvaslint failed to read this file ({type(exc).__name__}); "
                     "please report it")
    try:
        findings = lint_document(doc, settings)
    except Exception as exc:  # as in the runner: draw what we can, say what failed
        from canvaslint.check.crash import internal_error

        findings = [internal_error(target.display, exc, opts.lang or "en")]
    data = doc.data if isinstance(doc.data, dict) else {}
    score = score_document(doc.data, doc.language)  # words read as the lint read them
    score = judged(score, findings) if score is not None else None
    from canvaslint.report.render import render_canvas

    try:
        page = render_canvas(build(data), findings, score, target.display, opts.lang)
    except RecursionError:  # loading bounds the depth; this is the last line of defence
        return error(f"{path}: the canvas nests too deeply to be drawn")
    return _write(page, output or default_output(path), len(findings), score, inputs)


def _write(page: str, output: str, n: int, score: Score | None, inputs: list[str]) -> int:
    if output == "-":
        sys.stdout.write(page)
        return 0
    try:
        safeio.write_text(output, page, inputs)
    except safeio.UnsafePath as exc:
        return error(str(exc))
    except OSError as exc:
        return error(f"cannot write {output}: {exc.strerror}")
    overall = f", health score {score.overall}/100" if score is not None else ""
    print(f"canvaslint: wrote {output} ({n} finding{'s' if n != 1 else ''}{overall})",
          file=sys.stderr)
    return 0
