"""The ``render`` command: lint one file as ``check`` would, then draw it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from canvaslint.check.config import ConfigError
from canvaslint.check.engine import lint_document
from canvaslint.check.registry import PluginError, discover
from canvaslint.check.runner import read_target
from canvaslint.cli.outputs import write_file
from canvaslint.cli.plan import CheckOptions, Plan, error
from canvaslint.messages import Said
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
        return error(Said("render.error.stdin-needs-output"), opts.lang)
    if os.path.isdir(path):
        return error(Said("render.error.folder", path=path), opts.lang)
    try:
        rules = discover()
        target, = targets([path], opts.stdin_filename)
        plan = Plan(opts, rules)
        settings = plan.settings(target)
        config = plan.resolved(target).config.path
        inputs = [p for p in (path, str(config) if config else None) if p and p != STDIN]
        if output != "-":  # refused before the work: a page over its own canvas, a link
            safeio.check_output(output or default_output(path), inputs)
    except (PluginError, PathError, ConfigError, safeio.UnsafePath) as exc:
        return error(exc, opts.lang)
    raw = read_target(target, opts.lang)
    if isinstance(raw, str):
        return error(f"{path}: {raw}")
    try:
        doc = load_canvas(target.display, raw)
    except Exception as exc:  # as the runner: a bug of ours (or a limit), said plainly
        return error(Said("render.error.crashed", path=path, error=type(exc).__name__),
                     opts.lang)
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
        return error(Said("render.error.too-deep", path=path), opts.lang)
    return _write(page, output or default_output(path), len(findings), score, inputs,
                  opts.lang)


def _write(page: str, output: str, n: int, score: Score | None, inputs: list[str],
           lang: str | None) -> int:
    if output == "-":
        sys.stdout.write(page)
        return 0
    status = write_file(output, page, inputs, lang)
    if status:
        return status
    overall = Said("render.wrote-score", score=score.overall) if score is not None else ""
    wrote = Said("render.wrote", n, path=output, count=n, score=overall)
    print(f"canvaslint: {wrote.in_(lang or 'en')}", file=sys.stderr)
    return 0
