"""`canvaslint server` driven by a real LSP client over stdio (pytest-lsp).

Every test talks to a server process the way an editor does: initialize,
open a canvas file, read the diagnostics it publishes, ask for hover,
definition, references, rename, completion and code actions, and shut
down. Diagnostics are compared with what `canvaslint check` says about the
same file, so the editor and the CLI cannot drift apart.
"""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import pytest
import pytest_lsp
from lsprotocol import types as T
from pytest_lsp import ClientServerConfig, LanguageClient, client_capabilities

from tests.helpers import ROOT

pytestmark = pytest.mark.asyncio(loop_scope="module")

CANVAS = """\
name: Desk rental
customer_segments:
  - id: offices
    name: Small offices
    market: b2b
  - id: freelancers
    name: Freelancers
value_propositions:
  - id: desks
    name: Flexible desks
    segments: [offices, freelancrs]
channels:
  - id: web
    name: Web shop
    segments: [offices]
    phases: [awareness]
customer_relationships:
  - name: Account manager
    type: self-service
    segments: offices
"""


@pytest_lsp.fixture(
    config=ClientServerConfig(server_command=[sys.executable, "-m", "canvaslint", "server"]),
    scope="module",
)
async def client(lsp_client: LanguageClient) -> Any:
    params = T.InitializeParams(capabilities=client_capabilities("visual-studio-code"))
    await lsp_client.initialize_session(params)
    yield
    await lsp_client.shutdown_session()


# -- helpers ---------------------------------------------------------------
async def eventually(check: Callable[[], bool], what: Callable[[], object],
                     timeout: float = 30.0) -> None:
    """Wait until ``check()`` holds; fail showing ``what()`` if it never does."""
    deadline = time.monotonic() + timeout
    while not check():
        if time.monotonic() > deadline:
            pytest.fail(f"timed out; last seen: {what()!r}")
        await asyncio.sleep(0.02)


def open_file(client: LanguageClient, path: Path, text: str, version: int = 1) -> str:
    path.write_text(text, encoding="utf-8")
    uri = path.as_uri()
    client.diagnostics.pop(uri, None)
    client.text_document_did_open(T.DidOpenTextDocumentParams(
        T.TextDocumentItem(uri=uri, language_id="yaml", version=version, text=text)))
    return uri


def change(client: LanguageClient, uri: str, text: str, version: int) -> None:
    client.text_document_did_change(T.DidChangeTextDocumentParams(
        T.VersionedTextDocumentIdentifier(uri=uri, version=version),
        [T.TextDocumentContentChangeWholeDocument(text=text)]))


def seen(client: LanguageClient, uri: str) -> list[tuple[str, int, int, int, int]]:
    return sorted((str(d.code), d.range.start.line + 1, d.range.start.character + 1,
                   d.range.end.line + 1, d.range.end.character + 1)
                  for d in client.diagnostics.get(uri, []))


def cli_findings(path: Path) -> list[tuple[str, int, int, int, int]]:
    """What `canvaslint check --format json` reports for the file."""
    done = subprocess.run([sys.executable, "-m", "canvaslint", "check", "--format", "json",
                           str(path)], capture_output=True, text=True, cwd=path.parent)
    assert done.returncode in (0, 1), done.stderr
    return sorted((f["code"], f["line"], f["column"], f["end_line"], f["end_column"])
                  for f in json.loads(done.stdout)["findings"])


async def diagnostics(client: LanguageClient, uri: str,
                      expected: Sequence[tuple[str, int, int, int, int]]) -> None:
    want = sorted(expected)
    await eventually(lambda: seen(client, uri) == want, lambda: seen(client, uri))


def apply(text: str, edits: Sequence[T.TextEdit]) -> str:
    """Apply LSP text edits (ASCII text: UTF-16 units are characters)."""
    lines = text.splitlines(keepends=True)
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line))

    def offset(p: T.Position) -> int:
        return starts[min(p.line, len(lines))] + p.character

    for edit in sorted(edits, key=lambda e: offset(e.range.start), reverse=True):
        text = text[:offset(edit.range.start)] + edit.new_text + text[offset(edit.range.end):]
    return text


def position_of(text: str, needle: str, occurrence: int = 0, shift: int = 1) -> T.Position:
    at = -1
    for _ in range(occurrence + 1):
        at = text.index(needle, at + 1)
    at += shift
    line = text.count("\n", 0, at)
    return T.Position(line=line, character=at - (text.rfind("\n", 0, at) + 1))


def hover_text(result: T.Hover | None) -> str:
    assert result is not None
    assert isinstance(result.contents, T.MarkupContent)
    return result.contents.value


# -- diagnostics -----------------------------------------------------------
async def test_diagnostics_on_open_are_the_findings_of_check(
        client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "desks.canvas.yaml"
    (tmp_path / ".canvaslint.yaml").write_text("ignore: [B001]\nseverity:\n  R001: warning\n")
    text = CANVAS.replace("    market: b2b\n",
                          "    market: b2b  # canvaslint: disable=CR003 -- a web desk\n")
    uri = open_file(client, path, text)
    expected = cli_findings(path)
    assert ("R001", 11, 25, 11, 35) in expected
    assert not [f for f in expected if f[0] in ("B001", "CR003")]
    await diagnostics(client, uri, expected)
    r001 = next(d for d in client.diagnostics[uri] if d.code == "R001")
    assert r001.severity == T.DiagnosticSeverity.Warning  # the configuration's severity
    assert r001.source == "canvaslint"
    assert "freelancrs" in r001.message and "freelancers" in r001.message
    assert r001.code_description is not None and r001.code_description.href.endswith("#r001")


async def test_an_edit_gives_the_new_findings(client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    await diagnostics(client, uri, cli_findings(path))
    fixed = CANVAS.replace("freelancrs", "freelancers")
    typo = position_of(CANVAS, "freelancrs", shift=0)  # an editor sends just the typed range
    client.text_document_did_change(T.DidChangeTextDocumentParams(
        T.VersionedTextDocumentIdentifier(uri=uri, version=2),
        [T.TextDocumentContentChangePartial(
            range=T.Range(typo, T.Position(typo.line, typo.character + len("freelancrs"))),
            text="freelancers")]))
    path.write_text(fixed, encoding="utf-8")
    expected = cli_findings(path)
    assert "R001" not in {f[0] for f in expected}
    await diagnostics(client, uri, expected)


async def test_broken_yaml_is_y001_and_the_server_stays_up(
        client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    await diagnostics(client, uri, cli_findings(path))
    broken = CANVAS.replace("segments: [offices, freelancrs]", "segments: [offices, freel")
    change(client, uri, broken, 2)
    await eventually(lambda: [d.code for d in client.diagnostics.get(uri, [])] == ["Y001"],
                     lambda: seen(client, uri))
    (y001,) = client.diagnostics[uri]
    assert y001.range.start.line >= 10  # where the flow list is left open, not at the top
    change(client, uri, CANVAS, 3)
    await diagnostics(client, uri, cli_findings(path))


async def test_a_rule_that_raises_is_a_finding(client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / "broken_rule.py").write_text(
        '"""A rule with a bug."""\nCODE = "ZZ001"\nNAME = "buggy"\nSEVERITY = "warning"\n'
        'SUMMARY = "A rule with a bug"\n\ndef check(ctx, options):\n'
        '    raise ValueError("oops")\n    yield\n')
    (tmp_path / ".canvaslint.yaml").write_text("plugins: [broken_rule.py]\n")
    (tmp_path / ".git").mkdir()  # plugins load only from a repository root's config
    uri = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    await eventually(lambda: "X000" in {d.code for d in client.diagnostics.get(uri, [])},
                     lambda: seen(client, uri))
    crash = next(d for d in client.diagnostics[uri] if d.code == "X000")
    assert "ZZ001" in crash.message and "oops" in crash.message
    assert "R001" in {d.code for d in client.diagnostics[uri]}  # the other rules ran
    result = await client.text_document_hover_async(T.HoverParams(
        T.TextDocumentIdentifier(uri), position_of(CANVAS, "freelancrs")))
    assert "R001" in hover_text(result)


async def test_a_big_canvas_does_not_hold_up_other_requests(
        client: LanguageClient, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import generate  # the benchmark's realistic canvases

    big_path = tmp_path / "big" / "canvas.yaml"
    big_path.parent.mkdir()
    big = generate.canvas_text(0, 1200)
    small = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    await diagnostics(client, small, cli_findings(tmp_path / "canvas.yaml"))
    big_uri = open_file(client, big_path, big)
    started = time.monotonic()
    result = await client.text_document_hover_async(T.HoverParams(
        T.TextDocumentIdentifier(small), position_of(CANVAS, "offices]")))
    answered = time.monotonic() - started
    assert "Small offices" in hover_text(result)
    assert big_uri not in client.diagnostics, "the hover waited for the big canvas's lint"
    await eventually(lambda: big_uri in client.diagnostics, lambda: answered, timeout=240)


# -- navigation ------------------------------------------------------------
async def test_hover_explains_findings_references_and_values(
        client: LanguageClient, tmp_path: Path) -> None:
    uri = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    await diagnostics(client, uri, cli_findings(tmp_path / "canvas.yaml"))
    doc = T.TextDocumentIdentifier(uri)
    on_finding = hover_text(await client.text_document_hover_async(
        T.HoverParams(doc, position_of(CANVAS, "freelancrs"))))
    assert "R001" in on_finding and "unknown-reference" in on_finding
    on_reference = hover_text(await client.text_document_hover_async(
        T.HoverParams(doc, position_of(CANVAS, "segments: offices", shift=12))))
    assert 'segment "Small offices"' in on_reference
    on_value = hover_text(await client.text_document_hover_async(
        T.HoverParams(doc, position_of(CANVAS, "awareness"))))
    assert "aware of the offer" in on_value
    on_key = hover_text(await client.text_document_hover_async(
        T.HoverParams(doc, position_of(CANVAS, "market"))))
    assert "businesses" in on_key


async def test_hover_speaks_the_canvas_language(client: LanguageClient, tmp_path: Path) -> None:
    path = ROOT / "examples" / "koffiebranderij-nl.canvas.yaml"
    text = path.read_text(encoding="utf-8")
    uri = open_file(client, tmp_path / "koffie.canvas.yaml", text)
    await eventually(lambda: uri in client.diagnostics, lambda: None)
    reference = next(line for line in text.splitlines() if "segmenten: [" in line)
    word = reference.split("[")[1].split(",")[0].split("]")[0].strip()
    result = await client.text_document_hover_async(T.HoverParams(
        T.TextDocumentIdentifier(uri), position_of(text, f"[{word}")))
    assert "klantsegment" in hover_text(result)


async def test_definition_and_references(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    doc = T.TextDocumentIdentifier(uri)
    found = await client.text_document_definition_async(T.DefinitionParams(
        doc, position_of(CANVAS, "[offices")))
    assert isinstance(found, T.Location)
    assert found.range.start == position_of(CANVAS, "id: offices", shift=4)
    refs = await client.text_document_references_async(T.ReferenceParams(
        context=T.ReferenceContext(include_declaration=True), text_document=doc,
        position=position_of(CANVAS, "id: offices", shift=5)))
    assert refs is not None
    starts = sorted((r.range.start.line, r.range.start.character) for r in refs)
    assert starts == [(2, 8), (10, 15), (14, 15), (19, 14)]


async def test_rename_changes_the_id_and_every_reference(
        client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    doc = T.TextDocumentIdentifier(uri)
    prepared = await client.text_document_prepare_rename_async(T.PrepareRenameParams(
        doc, position_of(CANVAS, "segments: offices", shift=12)))
    assert isinstance(prepared, T.PrepareRenamePlaceholder) and prepared.placeholder == "offices"
    edit = await client.text_document_rename_async(T.RenameParams(
        doc, position_of(CANVAS, "segments: offices", shift=12), "small-offices"))
    assert edit is not None and edit.changes is not None
    renamed = apply(CANVAS, edit.changes[uri])
    assert renamed.count("small-offices") == 4
    assert "offices" not in renamed.replace("small-offices", "").replace("Small offices", "")
    before = cli_findings(path)
    path.write_text(renamed, encoding="utf-8")
    assert [f[0] for f in cli_findings(path)] == [f[0] for f in before]  # nothing broke


async def test_rename_gives_a_named_item_an_id(client: LanguageClient, tmp_path: Path) -> None:
    text = CANVAS.replace("  - id: freelancers\n    name: Freelancers",
                          "  - name: Free lancers") + "revenue_streams:\n  - name: Fees\n" \
        "    segments: [free-lancers]\n"
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, text)
    edit = await client.text_document_rename_async(T.RenameParams(
        T.TextDocumentIdentifier(uri), position_of(text, "[free-lancers"), "freelancers"))
    assert edit is not None and edit.changes is not None
    renamed = apply(text, edit.changes[uri])
    assert "  - id: freelancers\n    name: Free lancers\n" in renamed
    assert "segments: [freelancers]" in renamed
    path.write_text(renamed, encoding="utf-8")
    assert "R001" not in {f[0] for f in cli_findings(path) if f[1] > 20}


async def test_rename_refuses_an_id_that_is_taken(client: LanguageClient, tmp_path: Path) -> None:
    uri = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    with pytest.raises(Exception, match="already has the id"):
        await client.text_document_rename_async(T.RenameParams(
            T.TextDocumentIdentifier(uri), position_of(CANVAS, "[offices"), "freelancers"))


async def test_rename_refuses_a_sticky_note(client: LanguageClient, tmp_path: Path) -> None:
    text = CANVAS + "key_resources:\n  - Desks\n"
    uri = open_file(client, tmp_path / "canvas.yaml", text)
    with pytest.raises(Exception, match="plain sticky note"):
        await client.text_document_prepare_rename_async(T.PrepareRenameParams(
            T.TextDocumentIdentifier(uri), position_of(text, "- Desks", shift=3)))


# -- completion and code actions ------------------------------------------
async def complete(client: LanguageClient, tmp_path: Path, text: str,
                   cursor: str, name: str = "canvas.yaml") -> dict[str, T.CompletionItem]:
    """Completion at the end of the last ``cursor`` in ``text``."""
    uri = open_file(client, tmp_path / name, text)
    await eventually(lambda: uri in client.diagnostics, lambda: None)
    result = await client.text_document_completion_async(T.CompletionParams(
        T.TextDocumentIdentifier(uri),
        position_of(text, cursor, text.count(cursor) - 1, shift=len(cursor))))
    assert isinstance(result, T.CompletionList)
    return {item.label: item for item in result.items}


async def test_completion_offers_ids_of_the_right_kind(
        client: LanguageClient, tmp_path: Path) -> None:
    text = CANVAS + "revenue_streams:\n  - name: Fees\n    segments: [of"
    items = await complete(client, tmp_path, text, "segments: [of")
    assert {"offices", "freelancers"} <= set(items)
    assert "web" not in items and "desks" not in items  # a channel, a proposition
    edit = items["offices"].text_edit
    assert isinstance(edit, T.TextEdit)
    assert edit.range.end.character - edit.range.start.character == len("of")


async def test_completion_offers_keys_and_vocabulary(
        client: LanguageClient, tmp_path: Path) -> None:
    keys = await complete(client, tmp_path, CANVAS + "  - name: Club\n    go", "    go")
    assert "goals" in keys and "type" in keys and "market" not in keys
    assert "name" not in keys  # the relationship has one
    top = await complete(client, tmp_path, "name: Shop\ncustomer_segments: []\ncha", "cha")
    assert "channels" in top and "customer_segments" not in top and "name" not in top
    values = await complete(client, tmp_path, CANVAS.replace("type: self-service", "type: se"),
                            "type: se")
    assert "self-service" in values and "co-creation" in values and "b2b" not in values
    assert "themselves" in (values["self-service"].detail or "")


async def test_completion_speaks_dutch(client: LanguageClient, tmp_path: Path) -> None:
    text = ("naam: Koffie\ntaal: nl\nklantsegmenten:\n  - naam: Kantoren\n    markt: b2b\n"
            "klantrelaties:\n  - naam: Beheer\n    type: ")
    items = await complete(client, tmp_path, text, "type: ", name="koffie.canvas.yaml")
    assert {"persoonlijke-assistentie", "co-creatie", "accountbeheer"} <= set(items)
    assert "personal-assistance" not in items and "co-creation" not in items


async def test_code_action_disables_the_rule_for_the_line(
        client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    await diagnostics(client, uri, cli_findings(path))
    r001 = next(d for d in client.diagnostics[uri] if d.code == "R001")
    actions = await client.text_document_code_action_async(T.CodeActionParams(
        T.TextDocumentIdentifier(uri), r001.range, T.CodeActionContext([r001])))
    assert actions is not None
    by_title = {a.title: a for a in actions if isinstance(a, T.CodeAction)}
    action = by_title["Disable R001 for this line"]
    assert "Disable R001 for this file" in by_title
    assert action.edit is not None and action.edit.changes is not None
    text = apply(CANVAS, action.edit.changes[uri])
    assert "    # canvaslint: disable=R001 -- why this is fine here\n    segments: [offices" in text
    change(client, uri, text, 2)
    path.write_text(text, encoding="utf-8")
    expected = cli_findings(path)
    assert "R001" not in {f[0] for f in expected} and "X001" not in {f[0] for f in expected}
    await diagnostics(client, uri, expected)


@pytest.mark.filterwarnings("ignore:The test <Function")
def test_without_pygls_the_command_says_how_to_install() -> None:
    code = ("import sys; sys.modules['pygls'] = None; sys.argv = ['canvaslint', 'server']; "
            "from canvaslint.cli.main import main; main()")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          stdin=subprocess.DEVNULL)
    assert done.returncode == 2
    assert "pip install 'canvaslint[lsp]'" in done.stderr


async def test_other_yaml_files_get_nothing(client: LanguageClient, tmp_path: Path) -> None:
    workflow = "name: CI\non: [push]\njobs:\n  test:\n    runs-on: ubuntu-latest\n"
    other = open_file(client, tmp_path / "ci.yml", workflow)
    canvas = open_file(client, tmp_path / "canvas.yaml", CANVAS)
    await diagnostics(client, canvas, cli_findings(tmp_path / "canvas.yaml"))
    assert not client.diagnostics.get(other)  # opened first, so its lint would be in by now
    doc = T.TextDocumentIdentifier(other)
    assert await client.text_document_hover_async(T.HoverParams(doc, T.Position(0, 1))) is None
    result = await client.text_document_completion_async(T.CompletionParams(
        doc, T.Position(4, 6)))
    assert isinstance(result, T.CompletionList) and not result.items


async def test_code_action_adds_to_a_directive_already_above(
        client: LanguageClient, tmp_path: Path) -> None:
    text = CANVAS.replace("    segments: [offices, freelancrs]",
                          "    # canvaslint: disable=CS005, B002 -- a draft\n"
                          "    segments: [offices, freelancrs]")
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, text)
    await diagnostics(client, uri, cli_findings(path))
    r001 = next(d for d in client.diagnostics[uri] if d.code == "R001")
    actions = await client.text_document_code_action_async(T.CodeActionParams(
        T.TextDocumentIdentifier(uri), r001.range, T.CodeActionContext([r001])))
    assert actions is not None
    (action,) = [a for a in actions if isinstance(a, T.CodeAction) and "line" in a.title]
    assert action.edit is not None and action.edit.changes is not None
    fixed = apply(text, action.edit.changes[uri])
    assert "    # canvaslint: disable=CS005, B002,R001 -- a draft\n    segments: [" in fixed
    path.write_text(fixed, encoding="utf-8")
    assert "R001" not in {f[0] for f in cli_findings(path)}


async def test_saving_the_configuration_relints_open_canvases(
        client: LanguageClient, tmp_path: Path) -> None:
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    await diagnostics(client, uri, cli_findings(path))
    config = tmp_path / ".canvaslint.yaml"
    config_uri = open_file(client, config, "ignore: [R001]\n")
    client.text_document_did_save(T.DidSaveTextDocumentParams(
        T.TextDocumentIdentifier(config_uri)))
    expected = cli_findings(path)
    assert "R001" not in {f[0] for f in expected}
    await diagnostics(client, uri, expected)
    assert not client.diagnostics.get(config_uri)  # a configuration is not a canvas


async def test_a_bad_configuration_is_one_error_that_says_why(
        client: LanguageClient, tmp_path: Path) -> None:
    (tmp_path / ".canvaslint.yaml").write_text("ignore: [CR01]\n")
    path = tmp_path / "canvas.yaml"
    uri = open_file(client, path, CANVAS)
    done = subprocess.run([sys.executable, "-m", "canvaslint", "check", str(path)],
                          capture_output=True, text=True)
    await eventually(lambda: [d.code for d in client.diagnostics.get(uri, [])] == ["CONFIG"],
                     lambda: seen(client, uri))
    assert done.returncode == 2 and "CR01" in done.stderr
    (error,) = client.diagnostics[uri]
    assert "CR01" in error.message and error.severity == T.DiagnosticSeverity.Error


async def test_typing_on_a_big_canvas_ends_with_the_last_text_s_findings(
        client: LanguageClient, tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    import generate

    text = generate.canvas_text(2, 100)
    path = tmp_path / "typing.canvas.yaml"
    uri = open_file(client, path, text)
    versions = [text.replace("\n", f"\n# note {n}\n", 1) for n in range(5)]
    versions.append(text.replace("segments: [", "segments: [nobody, ", 1))  # the last: an R001
    for number, typed in enumerate(versions, start=2):
        change(client, uri, typed, number)
        await asyncio.sleep(0.3)  # past the pause: the lints overlap
    path.write_text(versions[-1], encoding="utf-8")
    expected = cli_findings(path)
    assert "R001" in {f[0] for f in expected}
    await diagnostics(client, uri, expected)
