"""The editor's requests: hover, definition, references, rename, completion, quick fixes.

Each handler converts the editor's position to the loader's (1-based,
characters), asks a plain function of this package, and converts the
answer back. The snapshot it reads is the buffer as it is now
(:meth:`CanvasServer.current`), except completion, which must answer while
the text is half-typed and reads the text itself.
"""

from __future__ import annotations

import asyncio

from lsprotocol import types as T
from pygls.workspace import TextDocument

from canvaslint.server import actions, complete, context, hover, rename
from canvaslint.server.app import (
    CanvasServer,
    RequestFailed,
    client_range,
    server,
    server_position,
    text_edit,
)
from canvaslint.server.lookup import Index
from canvaslint.server.snapshot import canvas_without_line

_UNREADABLE = "the canvas cannot be read now: fix its YAML first"


async def _where(ls: CanvasServer, uri: str, position: T.Position
                 ) -> tuple[TextDocument, Index | None, int, int] | None:
    """The buffer, its index (None while it cannot be read) and the loader's position.

    None when the buffer is not linted at all (not a canvas): nothing to answer.
    """
    snapshot = await ls.current(uri)
    if snapshot is None:
        return None
    document = ls.workspace.get_text_document(uri)
    return (document, ls.index(uri, snapshot), *server_position(document, position))


_COMPLETION_KINDS = {
    "key": T.CompletionItemKind.Property,
    "value": T.CompletionItemKind.EnumMember,
    "id": T.CompletionItemKind.Reference,
}


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
    where = await _where(ls, uri, params.position)
    if where is None:
        return None
    document, index, line, column = where
    if index is None:
        return None
    found = index.item_at(line, column)
    span = index.definition_span(found[1]) if found else None
    return T.Location(uri=uri, range=client_range(document, span)) if span else None


@server.feature(T.TEXT_DOCUMENT_REFERENCES)
async def on_references(ls: CanvasServer, params: T.ReferenceParams) -> list[T.Location]:
    uri = params.text_document.uri
    where = await _where(ls, uri, params.position)
    if where is None:
        return []
    document, index, line, column = where
    if index is None:
        return []
    found = index.item_at(line, column)
    if found is None:
        return []
    spans = [span for span, _ in index.referrers(found[1])]
    own = index.definition_span(found[1])
    if params.context.include_declaration and own is not None:
        spans.insert(0, own)
    return [T.Location(uri=uri, range=client_range(document, span)) for span in spans]


@server.feature(T.TEXT_DOCUMENT_PREPARE_RENAME)
async def on_prepare_rename(ls: CanvasServer,
                            params: T.PrepareRenameParams) -> T.PrepareRenamePlaceholder | None:
    where = await _where(ls, params.text_document.uri, params.position)
    if where is None:
        return None
    document, index, line, column = where
    if index is None:
        raise RequestFailed(_UNREADABLE)
    try:
        span, item = rename.renameable(index, line, column)
    except rename.RenameError as exc:
        raise RequestFailed(str(exc)) from exc
    return T.PrepareRenamePlaceholder(range=client_range(document, span), placeholder=item.id)


@server.feature(T.TEXT_DOCUMENT_RENAME)
async def on_rename(ls: CanvasServer, params: T.RenameParams) -> T.WorkspaceEdit | None:
    uri = params.text_document.uri
    where = await _where(ls, uri, params.position)
    if where is None:
        return None
    document, index, line, column = where
    if index is None:
        raise RequestFailed(_UNREADABLE)
    try:
        _, item = rename.renameable(index, line, column)
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
