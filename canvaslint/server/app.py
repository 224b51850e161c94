"""``canvaslint server``: the Language Server Protocol over stdio, built on pygls.

pygls reads and writes the protocol and keeps the open buffers; this module
keeps each canvas's latest lint and publishes its findings, and
:mod:`canvaslint.server.features` answers the editor's requests with the
plain functions of this package, which know nothing of LSP. Linting runs
in worker threads, so a big canvas never holds up a hover or a completion:
the server answers other requests while it lints. A change is linted after
a short pause in the typing (debounced); opening and saving lint at once.
A lint result for a text the user has already changed is dropped, never
shown.
"""

from __future__ import annotations

import asyncio
import os
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types as T
from pygls.exceptions import JsonRpcException
from pygls.lsp.server import LanguageServer
from pygls.uris import to_fs_path
from pygls.workspace import TextDocument

from canvaslint import __version__
from canvaslint.check.config import PYPROJECT, YAML_NAME
from canvaslint.check.registry import PluginError, discover
from canvaslint.check.rule import RuleInfo
from canvaslint.finding import Finding, Severity
from canvaslint.model.canvas import Canvas
from canvaslint.read.discovery import is_canvas_name
from canvaslint.read.formats import is_markdown
from canvaslint.read.nodes import Span
from canvaslint.server import rename
from canvaslint.server.lookup import Index
from canvaslint.server.snapshot import Snapshot, lint_buffer, path_for

# Long enough that a burst of keystrokes is one lint, short enough to feel immediate.
DEBOUNCE_SECONDS = 0.15
CONFIG_NAMES = (YAML_NAME, PYPROJECT)
SEVERITIES = {
    Severity.ERROR: T.DiagnosticSeverity.Error,
    Severity.WARNING: T.DiagnosticSeverity.Warning,
    Severity.INFO: T.DiagnosticSeverity.Information,
}


class RequestFailed(JsonRpcException):
    """LSP's RequestFailed: the request was understood but cannot be done here."""

    CODE = -32803


class CanvasServer(LanguageServer):
    """The open canvases, their latest snapshots, and the lints under way."""

    def __init__(self) -> None:
        super().__init__("canvaslint", __version__)
        self.snapshots: dict[str, Snapshot] = {}
        self.canvases: dict[str, Canvas] = {}  # the last buffer that read as a canvas
        self.indexes: dict[str, Index] = {}
        self.pending: dict[str, asyncio.Task[None]] = {}
        self.locks: dict[str, asyncio.Lock] = {}
        self.executor = ThreadPoolExecutor(max_workers=2, thread_name_prefix="canvaslint")
        self.no_plugins = False
        self.all_files = False
        self.help_url: str | None = _default_help_url()
        self._rules: list[RuleInfo] | None = None

    # -- linting -----------------------------------------------------------
    def rules(self) -> list[RuleInfo]:
        if self._rules is None:
            self._rules = discover()
        return self._rules

    def wanted(self, uri: str) -> bool:
        path = to_fs_path(uri)
        if self.all_files or path is None:
            return True
        # Markdown canvases are linted by `check`; the editor features (rename, completion,
        # quick fixes) write YAML, so the server leaves them alone for now.
        return is_canvas_name(os.path.basename(path)) and not is_markdown(path)

    def schedule(self, uri: str, delay: float) -> None:
        """Lint the buffer after ``delay``, replacing a lint planned but not started."""
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        try:
            await self.lint(uri)
        except Exception as exc:  # a bug of ours: say so, and keep serving
            self.window_log_message(T.LogMessageParams(
                T.MessageType.Error, f"canvaslint could not lint {uri}: "
                f"{type(exc).__name__}: {exc}; please report it"))

    async def lint(self, uri: str, again: bool = True) -> Snapshot | None:
        """Lint the buffer as it is now; publish unless it changed meanwhile.

        One lint per buffer at a time: a big canvas's lints queue rather
        than pile up on the cores, and a queued lint the user typed past is
        cancelled by the next change. ``again=False`` takes the snapshot of
        a lint that ran for the same text while this one waited.
        """
        if not self.wanted(uri):
            return None
        try:
            rules = self.rules()
        except PluginError as exc:
            self.window_show_message(T.ShowMessageParams(T.MessageType.Error, str(exc)))
            return None
        async with self.locks.setdefault(uri, asyncio.Lock()):
            document = self.workspace.get_text_document(uri)
            text, version = document.source, document.version
            done = self.snapshots.get(uri)
            if not again and done is not None and done.text == text:
                return done
            snapshot = await asyncio.get_running_loop().run_in_executor(
                self.executor, lint_buffer, path_for(to_fs_path(uri)), text, version, rules,
                self.no_plugins)
        if document.source != text:
            return snapshot  # the user typed on: a newer lint is planned
        self.snapshots[uri] = snapshot
        self.indexes.pop(uri, None)
        if snapshot.canvas is not None:
            self.canvases[uri] = snapshot.canvas
        self.publish(uri, snapshot, document)
        return snapshot

    def publish(self, uri: str, snapshot: Snapshot, document: TextDocument) -> None:
        diagnostics = [self.diagnostic(f, document) for f in snapshot.findings]
        self.text_document_publish_diagnostics(
            T.PublishDiagnosticsParams(uri=uri, version=snapshot.version, diagnostics=diagnostics))

    def diagnostic(self, finding: Finding, document: TextDocument) -> T.Diagnostic:
        span = (finding.line, finding.column, finding.end_line or finding.line,
                finding.end_column or finding.column)
        href = self.help_url.format(code=finding.code, anchor=finding.code.lower()) \
            if self.help_url else None
        return T.Diagnostic(
            range=client_range(document, span),
            message=finding.message,
            severity=SEVERITIES.get(finding.severity, T.DiagnosticSeverity.Error),
            code=finding.code,
            code_description=T.CodeDescription(href=href) if href else None,
            source="canvaslint",
            data={"name": finding.name},
        )

    async def current(self, uri: str) -> Snapshot | None:
        """The snapshot of the buffer as it is now (linting it first if need be).

        None for a file that is not a canvas: the server stays silent there,
        so it can be attached to every YAML file of an editor.
        """
        snapshot = self.snapshots.get(uri)
        document = self.workspace.get_text_document(uri)
        if snapshot is None or snapshot.text != document.source:
            snapshot = await self.lint(uri, again=False)
        return snapshot

    def index(self, uri: str, snapshot: Snapshot) -> Index | None:
        if snapshot.canvas is None:
            return None
        if self.snapshots.get(uri) is not snapshot:
            return Index(snapshot.document, snapshot.canvas)
        if uri not in self.indexes:
            self.indexes[uri] = Index(snapshot.document, snapshot.canvas)
        return self.indexes[uri]


def _default_help_url() -> str | None:
    """The rule reference beside the package (a checkout), as a file link."""
    reference = Path(__file__).resolve().parents[2] / "docs" / "rules.md"
    return reference.as_uri() + "#{anchor}" if reference.is_file() else None


def client_range(document: TextDocument, span: Span) -> T.Range:
    """A loader span (1-based, in characters) as an LSP range in the client's units."""
    lines = document.lines
    start = T.Position(max(span[0] - 1, 0), max(span[1] - 1, 0))
    end = T.Position(max(span[2] - 1, 0), max(span[3] - 1, 0))
    return T.Range(document.position_codec.position_to_client_units(lines, start),
                   document.position_codec.position_to_client_units(lines, end))


def server_position(document: TextDocument, position: T.Position) -> tuple[int, int]:
    """An LSP position as the loader's 1-based line and character column."""
    at = document.position_codec.position_from_client_units(document.lines, position)
    return at.line + 1, at.character + 1


def text_edit(document: TextDocument, edit: rename.Edit) -> T.TextEdit:
    return T.TextEdit(range=client_range(document, edit.span), new_text=edit.text)


server = CanvasServer()


@server.feature(T.INITIALIZE)
def initialize(ls: CanvasServer, params: T.InitializeParams) -> None:
    options: Any = params.initialization_options or {}
    if isinstance(options, dict):
        ls.no_plugins = bool(options.get("noPlugins", False))
        ls.all_files = bool(options.get("allFiles", False))
        if isinstance(options.get("helpUrl"), str):
            ls.help_url = options["helpUrl"] or None


@server.feature(T.TEXT_DOCUMENT_DID_OPEN)
async def did_open(ls: CanvasServer, params: T.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, 0)


@server.feature(T.TEXT_DOCUMENT_DID_CHANGE)
async def did_change(ls: CanvasServer, params: T.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri, DEBOUNCE_SECONDS)


@server.feature(T.TEXT_DOCUMENT_DID_SAVE)
async def did_save(ls: CanvasServer, params: T.DidSaveTextDocumentParams) -> None:
    """Lint the saved canvas; a saved configuration file relints every open canvas."""
    path = to_fs_path(params.text_document.uri)
    if path is not None and os.path.basename(path) in CONFIG_NAMES:
        for uri in list(ls.snapshots):
            ls.schedule(uri, 0)
        return
    ls.schedule(params.text_document.uri, 0)


@server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CanvasServer, params: T.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.snapshots.pop(uri, None)
    ls.locks.pop(uri, None)
    ls.canvases.pop(uri, None)
    ls.indexes.pop(uri, None)
    ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


def serve() -> None:
    """Speak LSP on standard input and output until the client says exit."""
    from canvaslint.server import features  # noqa: F401  (registers the requests)

    server.start_io()
