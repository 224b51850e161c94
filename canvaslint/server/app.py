"""``canvaslint server``: the Language Server Protocol over stdio, built on pygls.

pygls reads and writes the protocol and keeps the open buffers; this module
wires the protocol's requests to the plain functions of this package, which
know nothing of LSP. Linting runs in worker threads, so a big canvas never
holds up a hover or a completion: the server answers other requests while
it lints. A change is linted after a short pause in the typing (debounced);
opening and saving lint at once. A lint result for a version the user has
already changed is dropped, never shown.
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
from canvaslint.discovery import is_canvas_name
from canvaslint.finding import Finding, Severity
from canvaslint.loader import Span
from canvaslint.model import Canvas
from canvaslint.registry import PluginError, discover
from canvaslint.rule import RuleInfo
from canvaslint.server import actions, complete, context, hover, rename
from canvaslint.server.lookup import Index
from canvaslint.server.snapshot import Snapshot, canvas_without_line, lint_buffer, path_for

# Long enough that a burst of keystrokes is one lint, short enough to feel immediate.
DEBOUNCE_SECONDS = 0.15
SEVERITIES = {
    Severity.ERROR: T.DiagnosticSeverity.Error,
    Severity.WARNING: T.DiagnosticSeverity.Warning,
    Severity.INFO: T.DiagnosticSeverity.Information,
}
_COMPLETION_KINDS = {
    "key": T.CompletionItemKind.Property,
    "value": T.CompletionItemKind.EnumMember,
    "id": T.CompletionItemKind.Reference,
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
        return self.all_files or path is None or is_canvas_name(os.path.basename(path))

    def schedule(self, uri: str, delay: float) -> None:
        """Lint the buffer after ``delay``, replacing a lint planned but not started."""
        task = self.pending.pop(uri, None)
        if task is not None:
            task.cancel()
        self.pending[uri] = asyncio.get_running_loop().create_task(self._lint_later(uri, delay))

    async def _lint_later(self, uri: str, delay: float) -> None:
        if delay:
            await asyncio.sleep(delay)
        await self.lint(uri)

    async def lint(self, uri: str) -> Snapshot | None:
        """Lint the buffer as it is now; publish unless it changed meanwhile."""
        if not self.wanted(uri):
            return None
        document = self.workspace.get_text_document(uri)
        text, version = document.source, document.version
        try:
            rules = self.rules()
        except PluginError as exc:
            self.window_show_message(T.ShowMessageParams(T.MessageType.Error, str(exc)))
            return None
        path = path_for(to_fs_path(uri))
        snapshot = await asyncio.get_running_loop().run_in_executor(
            self.executor, lint_buffer, path, text, version, rules, self.no_plugins)
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
            snapshot = await self.lint(uri)
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
    ls.schedule(params.text_document.uri, 0)


@server.feature(T.TEXT_DOCUMENT_DID_CLOSE)
def did_close(ls: CanvasServer, params: T.DidCloseTextDocumentParams) -> None:
    uri = params.text_document.uri
    task = ls.pending.pop(uri, None)
    if task is not None:
        task.cancel()
    ls.snapshots.pop(uri, None)
    ls.canvases.pop(uri, None)
    ls.indexes.pop(uri, None)
    ls.text_document_publish_diagnostics(T.PublishDiagnosticsParams(uri=uri, diagnostics=[]))


@server.feature(T.TEXT_DOCUMENT_HOVER)
async def on_hover(ls: CanvasServer, params: T.HoverParams) -> T.Hover | None:
    uri = params.text_document.uri
    snapshot = await ls.current(uri)
    if snapshot is None:
        return None
    document = ls.workspace.get_text_document(uri)
    line, column = server_position(document, params.position)
    found = hover.hover(snapshot, ls.index(uri, snapshot), line, column)
    if found is None:
        return None
    text, span = found
    return T.Hover(contents=T.MarkupContent(kind=T.MarkupKind.Markdown, value=text),
                   range=client_range(document, span) if span else None)


@server.feature(T.TEXT_DOCUMENT_DEFINITION)
async def on_definition(ls: CanvasServer, params: T.DefinitionParams) -> T.Location | None:
    uri = params.text_document.uri
    snapshot = await ls.current(uri)
    if snapshot is None:
        return None
    index = ls.index(uri, snapshot)
    document = ls.workspace.get_text_document(uri)
    found = index.item_at(*server_position(document, params.position)) if index else None
    span = index.definition_span(found[1]) if index and found else None
    return T.Location(uri=uri, range=client_range(document, span)) if span else None


@server.feature(T.TEXT_DOCUMENT_REFERENCES)
async def on_references(ls: CanvasServer, params: T.ReferenceParams) -> list[T.Location]:
    uri = params.text_document.uri
    snapshot = await ls.current(uri)
    if snapshot is None:
        return []
    index = ls.index(uri, snapshot)
    document = ls.workspace.get_text_document(uri)
    found = index.item_at(*server_position(document, params.position)) if index else None
    if index is None or found is None:
        return []
    spans = [span for span, _ in index.referrers(found[1])]
    own = index.definition_span(found[1])
    if params.context.include_declaration and own is not None:
        spans.insert(0, own)
    return [T.Location(uri=uri, range=client_range(document, span)) for span in spans]


@server.feature(T.TEXT_DOCUMENT_PREPARE_RENAME)
async def on_prepare_rename(ls: CanvasServer,
                            params: T.PrepareRenameParams) -> T.PrepareRenamePlaceholder | None:
    uri = params.text_document.uri
    snapshot = await ls.current(uri)
    if snapshot is None:
        return None
    index = ls.index(uri, snapshot)
    document = ls.workspace.get_text_document(uri)
    if index is None:
        raise RequestFailed("the canvas cannot be read now: fix its YAML first")
    try:
        span, item = rename.renameable(index, *server_position(document, params.position))
    except rename.RenameError as exc:
        raise RequestFailed(str(exc)) from exc
    return T.PrepareRenamePlaceholder(range=client_range(document, span), placeholder=item.id)


@server.feature(T.TEXT_DOCUMENT_RENAME)
async def on_rename(ls: CanvasServer, params: T.RenameParams) -> T.WorkspaceEdit | None:
    uri = params.text_document.uri
    snapshot = await ls.current(uri)
    if snapshot is None:
        return None
    index = ls.index(uri, snapshot)
    document = ls.workspace.get_text_document(uri)
    if index is None:
        raise RequestFailed("the canvas cannot be read now: fix its YAML first")
    try:
        _, item = rename.renameable(index, *server_position(document, params.position))
        edits = rename.rename(index, item, params.new_name)
    except rename.RenameError as exc:
        raise RequestFailed(str(exc)) from exc
    return T.WorkspaceEdit(changes={uri: [text_edit(document, e) for e in edits]})


@server.feature(T.TEXT_DOCUMENT_COMPLETION,
                T.CompletionOptions(trigger_characters=[" ", "[", ","]))
async def on_completion(ls: CanvasServer, params: T.CompletionParams) -> T.CompletionList:
    uri = params.text_document.uri
    if not ls.wanted(uri):
        return T.CompletionList(is_incomplete=False, items=[])
    document = ls.workspace.get_text_document(uri)
    at = document.position_codec.position_from_client_units(document.lines, params.position)
    lines = [line.rstrip("\r\n") for line in document.lines]
    where = context.where(lines, at.line, at.character)
    snapshot = ls.snapshots.get(uri)
    lang = snapshot.language if snapshot is not None else "en"
    start = T.Position(at.line, max(at.character - len(where.typed), 0))
    replace = T.Range(document.position_codec.position_to_client_units(document.lines, start),
                      params.position)
    canvas = ls.canvases.get(uri)
    if canvas is None:
        canvas = await asyncio.get_running_loop().run_in_executor(
            ls.executor, canvas_without_line, document.source, at.line)
    items = [
        T.CompletionItem(label=s.label, kind=_COMPLETION_KINDS[s.kind], detail=s.detail or None,
                         text_edit=T.TextEdit(range=replace, new_text=s.insert),
                         filter_text=s.label)
        for s in complete.suggest(where, canvas, lang)
    ]
    return T.CompletionList(is_incomplete=False, items=items)


@server.feature(T.TEXT_DOCUMENT_CODE_ACTION,
                T.CodeActionOptions(code_action_kinds=[T.CodeActionKind.QuickFix]))
def on_code_action(ls: CanvasServer, params: T.CodeActionParams) -> list[T.CodeAction]:
    uri = params.text_document.uri
    document = ls.workspace.get_text_document(uri)
    snapshot = ls.snapshots.get(uri)
    lang = snapshot.language if snapshot is not None else "en"
    out: list[T.CodeAction] = []
    seen: set[tuple[str, int]] = set()
    for diagnostic in params.context.diagnostics:
        code = diagnostic.code
        line = diagnostic.range.start.line + 1
        if diagnostic.source != "canvaslint" or not isinstance(code, str) or code == "CONFIG":
            continue
        if (code, line) in seen:
            continue
        seen.add((code, line))
        for action in actions.disable_actions(document.source, code, line, lang):
            out.append(T.CodeAction(
                title=action.title, kind=T.CodeActionKind.QuickFix, diagnostics=[diagnostic],
                edit=T.WorkspaceEdit(changes={uri: [text_edit(document, action.edit)]})))
    return out


def serve() -> None:
    """Speak LSP on standard input and output until the client says exit."""
    server.start_io()
