"""Lint an editor buffer exactly as ``canvaslint check`` lints the file.

The buffer is linted with the ``check`` command's own :class:`Plan`: the
configuration found from the file's folder, its selection, severities,
per-file ignores and plugins, and inline suppressions; the buffer's text
stands in for the file on disk. What the editor features need besides the
findings (the positioned document and the canvas model) is kept with them
in one :class:`Snapshot`, made once per version of the buffer.
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from pathlib import Path

from canvaslint.check import config
from canvaslint.check.config import ConfigError
from canvaslint.check.engine import context_for, lint_document
from canvaslint.check.registry import PluginError
from canvaslint.check.rule import Context, RuleInfo
from canvaslint.check.runner import guarded
from canvaslint.cli.plan import CheckOptions, Plan
from canvaslint.finding import Finding, Severity
from canvaslint.model.canvas import Canvas, build
from canvaslint.read.discovery import Target, display_name
from canvaslint.read.document import Document
from canvaslint.read.formats import load_canvas
from canvaslint.read.loader import load


@dataclass
class Snapshot:
    """One version of a buffer, linted: findings, document, model, rules."""

    path: str
    text: str
    version: int | None
    findings: list[Finding]
    document: Document
    canvas: Canvas | None
    catalog: dict[str, RuleInfo] = field(default_factory=dict)

    @property
    def language(self) -> str:
        return self.document.language


def lint_buffer(path: str, text: str, version: int | None, rules: list[RuleInfo],
                no_plugins: bool = False) -> Snapshot:
    """Lint ``text`` as if it were the file at ``path``; never raises for a bad buffer.

    A configuration or plugin that cannot be used is one finding at the top
    of the buffer (where ``check`` would exit 2), so the user sees why the
    other findings are missing.
    """
    config.forget()  # the user may have edited it since the last lint
    target = Target(path, display_name(path))
    contexts: list[Context] = []  # the lint's own, so its model is built once
    catalog: dict[str, RuleInfo] = {r.code: r for r in rules}
    try:
        settings = Plan(CheckOptions(paths=[path], no_plugins=no_plugins), rules).settings(target)
    except (ConfigError, PluginError) as exc:
        findings = [_config_error(target, str(exc))]
    else:
        catalog.update(settings.catalog)

        def lint() -> list[Finding]:
            doc = load_canvas(target.display, text.encode("utf-8", "surrogatepass"))
            contexts.append(context_for(doc, settings))
            return lint_document(doc, settings, contexts[0])

        findings = guarded(target, lint)
    document = contexts[0].document if contexts else Document(name=target.display, text=text)
    canvas = None
    if document.usable:
        try:  # the model the rules built, or built now if no rule needed it
            canvas = contexts[0].canvas
        except Exception:  # the lint reported it; the editor features do without the model
            canvas = None
    return Snapshot(path, text, version, findings, document, canvas, catalog)


def _config_error(target: Target, message: str) -> Finding:
    return Finding(file=target.display, line=1, column=1, code="CONFIG", end_line=1,
                   end_column=1, name="configuration", severity=Severity.ERROR,
                   message=f"canvaslint cannot lint this file: {message}")


def path_for(uri_path: str | None) -> str:
    """The file a buffer stands for; an unsaved buffer is linted as if in the current folder."""
    if uri_path:
        return uri_path
    return os.path.join(Path.cwd(), "untitled.canvas.yaml")


def canvas_without_line(text: str, line: int) -> Canvas | None:
    """The canvas read with one line left out: the line being typed, which often breaks it.

    Completion offers ids from it when the buffer has never been readable
    since it was opened.
    """
    from canvaslint.i18n import localize

    lines = text.split("\n")
    if 0 <= line < len(lines):
        lines[line] = ""
    try:
        doc = load("", "\n".join(lines).encode("utf-8", "surrogatepass"))
        localize(doc)
        return build(doc.data) if doc.usable else None
    except Exception:  # no ids to offer is better than no completion
        return None
