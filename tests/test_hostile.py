"""Broken, huge and hostile files: each ends in a finding, never a traceback or a hang.

Every input of issue 9 is here, as a hostile user (or a stranger's pull
request) would write it. Big inputs are made in ``tmp_path`` at test time;
the ones that could crash the interpreter run in a child process with a
time and memory limit, so a regression fails the test instead of the run.
"""

from __future__ import annotations

import codecs
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

from canvaslint.check import runner
from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.check.rule import RuleInfo
from canvaslint.finding import Finding
from canvaslint.read.discovery import Target, targets
from canvaslint.read.loader import load
from tests.helpers import EXAMPLES, ROOT, all_rules

CANVAS = "name: Roast\r\ncustomer_segments:\r\n  - name: Banks\r\n    market: b2x\r\n"
BOMB = "\n".join(["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"] + [
    f"a{i}: &a{i} [" + ", ".join([f"*a{i - 1}"] * 10) + "]" for i in range(1, 9)])
PWNED = Path("/tmp/canvaslint-pwned-by-test")

# name -> (the file's bytes, the code it must produce, words its message must hold)
HOSTILE: dict[str, tuple[bytes, str, str]] = {
    "empty": (b"", "S001", "the file is empty"),
    "only a comment": (b"# nothing here yet\n", "S001", "the file is empty"),
    "null": (b"null\n", "S001", "must be a mapping"),
    "a scalar": (b"just some words\n", "S001", "not text"),
    "a list": (b"- a\n- b\n", "S001", "not a list"),
    "non-string keys": (b"name: X\n? [a, b]\n: c\n? {k: v}\n: d\n", "S001",
                        "keys must be plain words"),
    "number and null keys": (b"name: X\n1: a\nnull: b\n", "S002", "is not a key"),
    "binary": (b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR" + bytes(range(256)), "Y001", "binary file"),
    "invalid utf-8": (b"name: X\ndescription: caf\xe9\n", "Y001",
                      "not valid UTF-8 text (byte 0xe9 at line 2, column 17)"),
    "utf-16 cut in half": (codecs.BOM_UTF16_LE + "name: X\n".encode("utf-16-le") + b"\0",
                           "Y001", "not valid UTF-16 text"),
    "control character": (b"name: X\x07\n", "Y001", "U+0007 at line 1, column 8"),
    "tab as indentation": (b"name: X\ncustomer_segments:\n\t- Banks\n", "Y001",
                           "not valid YAML"),
    "unclosed bracket": (b"name: X\nchannels: [web\n", "Y001", "not valid YAML"),
    "unclosed quote": (b"name: 'X\n", "Y001", "not valid YAML"),
    "glued comment": (b'name: "X"# a comment\n', "Y001", "a comment needs a space"),
    "undefined alias": (b"name: *nowhere\n", "Y001", "found undefined alias `*nowhere`"),
    "second document": (b"name: X\n---\nname: Y\n", "Y004", "second YAML document"),
    "alias bomb": (BOMB.encode(), "Y006", "alias bomb"),
    "recursive alias": (b"name: &a [x, *a]\n", "Y006", "endless structure"),
    "deep flow nesting": (b"name: " + b"[" * 10_000 + b"]" * 10_000 + b"\n", "Y006",
                          "nests deeper than 100 levels"),
    "deep block nesting": (b"- " * 10_000 + b"x\n", "Y006", "nests deeper than 100 levels"),
    "deep indentation": ("".join(f"{' ' * i}k:\n" for i in range(1_500)).encode(), "Y006",
                         "nests deeper than 100 levels"),
    "deep unclosed nesting": (b"- " * 10_000 + b"[" * 10_000, "Y006", "nests deeper"),
    "python apply tag": (f"name: !!python/object/apply:os.system ['touch {PWNED}']\n"
                         .encode(), "Y005", "never runs code"),
    "python new tag": (f"!!python/object/new:os.system ['touch {PWNED}']\n".encode(), "Y005",
                       "python/object/new"),
    "python name tag": (b"name: !!python/name:os.system\n", "Y005", "python/name"),
    "unknown tag": (b"name: !secret X\n", "Y005", "`!secret` is not allowed"),
    "bad merge key": (b"name: X\n<<: [1, 2]\n", "S001", "merge key `<<`"),
}
ENCODED = {
    "utf-16 le": codecs.BOM_UTF16_LE + CANVAS.encode("utf-16-le"),
    "utf-16 be": codecs.BOM_UTF16_BE + CANVAS.encode("utf-16-be"),
    "utf-32 le": codecs.BOM_UTF32_LE + CANVAS.encode("utf-32-le"),
    "utf-32 be": codecs.BOM_UTF32_BE + CANVAS.encode("utf-32-be"),
    "utf-8 bom": codecs.BOM_UTF8 + CANVAS.encode(),
    "utf-16 without bom": CANVAS.encode("utf-16-le"),
    "crlf": CANVAS.encode(),
    "cr only": CANVAS.replace("\r\n", "\r").encode(),
    "tabs inside lines": CANVAS.replace(": ", ":\t").encode(),
}


def lint_bytes(raw: bytes, name: str = "canvas.yaml") -> list[Finding]:
    rules = all_rules()
    settings = RunSettings(rules=rules, catalog={r.code: r for r in rules})
    return lint_document(load(name, raw), settings)


@pytest.mark.parametrize("case", sorted(HOSTILE))
def test_hostile_input_is_a_clear_finding(case: str) -> None:
    raw, code, words = HOSTILE[case]
    findings = lint_bytes(raw)
    messages = [f.message for f in findings if f.code == code]
    assert any(words in m for m in messages), [(f.code, f.message) for f in findings]
    assert all("\n" not in f.message for f in findings)
    assert not any(f.code == "X000" for f in findings)
    assert not PWNED.exists()


@pytest.mark.parametrize("case", sorted(ENCODED))
def test_encodings_and_line_ends_keep_lines_and_columns(case: str) -> None:
    findings = lint_bytes(ENCODED[case])
    market = [(f.line, f.column) for f in findings if f.code == "S001"]
    assert market == [(4, 13)], [(f.code, f.line, f.column, f.message) for f in findings]


def test_unreadable_folders_pipes_and_link_loops_are_findings(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "good.canvas.yaml").write_bytes(ENCODED["crlf"])
    (tmp_path / "secret.canvas.yaml").write_bytes(ENCODED["crlf"])
    (tmp_path / "locked").mkdir()
    (tmp_path / "locked" / "inside.canvas.yaml").write_bytes(ENCODED["crlf"])
    os.mkfifo(tmp_path / "pipe.canvas.yaml")
    (tmp_path / "loop1.canvas.yaml").symlink_to("loop2.canvas.yaml")
    (tmp_path / "loop2.canvas.yaml").symlink_to("loop1.canvas.yaml")
    (tmp_path / "gone.canvas.yaml").symlink_to("missing.yaml")
    (tmp_path / "locked" / "up").symlink_to("..")  # a folder loop: never followed
    real_open, real_scandir = os.open, os.scandir

    def deny_open(path: str, *args: int) -> int:  # root reads everything: pretend not
        if str(path).endswith("secret.canvas.yaml"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args)

    def deny_scandir(path: str) -> object:
        if str(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", str(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "open", deny_open)
    monkeypatch.setattr(os, "scandir", deny_scandir)
    monkeypatch.chdir(tmp_path)
    found = runner.lint_all(targets(["."]), lambda t: RunSettings(rules=all_rules()))
    by_file = {f.file: f.message for f in found if f.code == "Y001"}
    assert by_file == {
        "gone.canvas.yaml": "this symbolic link points to missing.yaml, which does not exist",
        "locked": "this folder cannot be read (Permission denied): its canvas files were "
                  "not linted",
        "loop1.canvas.yaml": "this symbolic link leads back to itself (a link loop): there "
                             "is no file to read",
        "loop2.canvas.yaml": "this symbolic link leads back to itself (a link loop): there "
                             "is no file to read",
        "pipe.canvas.yaml": "this is not a regular file (a pipe or a device?); canvaslint "
                            "reads only files",
        "secret.canvas.yaml": "the file cannot be read: Permission denied",
    }
    assert any(f.file == "good.canvas.yaml" and f.code == "S001" for f in found)


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads files whatever their mode")
def test_a_file_without_read_permission_is_a_finding(tmp_path: Path) -> None:
    path = tmp_path / "secret.canvas.yaml"
    path.write_bytes(ENCODED["crlf"])
    path.chmod(0)
    (finding,) = runner.lint_target(Target(str(path), "s"), RunSettings(rules=all_rules()))
    assert finding.message == "the file cannot be read: Permission denied"


def test_a_crash_while_linting_one_file_keeps_the_others(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    for name in ("a", "b", "c"):
        (tmp_path / f"{name}.canvas.yaml").write_bytes(ENCODED["crlf"])
    real = runner.lint_document

    def flaky(doc: object, settings: RunSettings) -> list[Finding]:
        if str(getattr(doc, "name", "")).endswith("b.canvas.yaml"):
            raise RuntimeError("boom")
        return real(doc, settings)  # type: ignore[arg-type]

    monkeypatch.setattr(runner, "lint_document", flaky)
    found = runner.lint_all(targets([str(tmp_path)]), lambda t: RunSettings(rules=all_rules()))
    crashed = [f for f in found if f.file.endswith("b.canvas.yaml")]
    assert [f.message for f in crashed] == [
        "canvaslint failed on this file (RuntimeError: boom); please report it"]
    assert {Path(f.file).name for f in found if f.code == "S001"} == {
        "a.canvas.yaml", "c.canvas.yaml"}


def test_parallel_results_are_the_sequential_ones(tmp_path: Path) -> None:
    for case, (raw, _, _) in HOSTILE.items():
        (tmp_path / f"{case.replace(' ', '-')}.canvas.yaml").write_bytes(raw)
    paths = [str(tmp_path), str(EXAMPLES / "mistakes"), str(EXAMPLES / "nespresso.canvas.yaml")]
    files = targets(paths)
    settings = RunSettings(rules=all_rules(), catalog={r.code: r for r in all_rules()})
    one = runner.lint_all(files, lambda t: settings, jobs=1)
    assert runner.lint_all(files, lambda t: settings, jobs=2) == one
    assert one == sorted(one)


def test_rules_that_cannot_go_to_a_worker_are_run_here(tmp_path: Path) -> None:
    for name in ("a", "b"):
        (tmp_path / f"{name}.canvas.yaml").write_bytes(b"name: X\n")
    rule = SimpleNamespace(check=lambda ctx, options: [])  # a lambda does not pickle
    info = RuleInfo(code="ZZ001", name="nothing", severity=all_rules()[0].severity,
                    summary="", doc="", rule=rule)  # type: ignore[arg-type]
    settings = RunSettings(rules=[*all_rules(), info])
    files = targets([str(tmp_path)])
    assert runner.lint_all(files, lambda t: settings, jobs=2) == \
        runner.lint_all(files, lambda t: settings, jobs=1)


# -- the command line, in a child process with limits ------------------------

def cli(*args: str, cwd: Path, stdin: bytes = b"") -> subprocess.CompletedProcess[bytes]:
    def limits() -> None:
        import resource

        resource.setrlimit(resource.RLIMIT_AS, (2 << 30, 2 << 30))

    return subprocess.run(
        [sys.executable, "-m", "canvaslint", *args], cwd=cwd, input=stdin,
        capture_output=True, timeout=180, preexec_fn=limits,
        env={**os.environ, "PYTHONPATH": str(ROOT), "NO_COLOR": "1"},
    )


def snapshot(folder: Path) -> dict[str, tuple[bytes, int]]:
    return {str(p.relative_to(folder)): (p.read_bytes(), p.stat().st_mtime_ns)
            for p in sorted(folder.rglob("*")) if p.is_file() and not p.is_symlink()}


def test_every_hostile_file_through_the_command_line(tmp_path: Path) -> None:
    folder = tmp_path / "repo"
    folder.mkdir()
    for case, (raw, _, _) in {**HOSTILE, **{k: (v, "", "") for k, v in ENCODED.items()}}.items():
        (folder / f"{case.replace(' ', '-')}.canvas.yaml").write_bytes(raw)
    (folder / "huge.canvas.yaml").write_bytes(b"name: " + b"x" * (1 << 20) + b"\n")
    (folder / "huge-list.canvas.yaml").write_bytes(b"name: [" + b"ab, " * (1 << 18) + b"]\n")
    (folder / "deeper.canvas.yaml").write_bytes(b"[" * 1_000_000 + b"]" * 1_000_000)
    with open(folder / "fifty-mb.canvas.yaml", "wb") as big:
        big.truncate(50 * 1024 * 1024)  # sparse: costs no disk
    os.mkfifo(folder / "pipe.canvas.yaml")
    (folder / "loop.canvas.yaml").symlink_to("loop.canvas.yaml")
    (folder / "sub").mkdir()
    (folder / "sub" / "back").symlink_to("..")
    before = snapshot(folder)
    done = cli("check", "--format", "json", "--output", str(tmp_path / "out.json"), "-j", "2",
               ".", cwd=folder)
    assert done.returncode == 1, done.stderr.decode()
    assert b"Traceback" not in done.stderr
    report = json.loads((tmp_path / "out.json").read_text(encoding="utf-8"))
    linted = {p.name for p in folder.iterdir() if p.name.endswith(".canvas.yaml")}
    assert {f["file"] for f in report["findings"]} == linted  # every file answers
    assert report["files"] == len(linted)
    assert all("\n" not in f["message"] for f in report["findings"])
    messages = {f["file"]: f["message"] for f in report["findings"] if f["code"] == "Y001"}
    assert "far larger than a canvas" in messages["fifty-mb.canvas.yaml"]
    assert snapshot(folder) == before  # nothing written to what it lints


def test_huge_standard_input_is_refused(tmp_path: Path) -> None:
    done = cli("check", "-", cwd=tmp_path, stdin=b"name: X\n" + b"#" * (33 << 20))
    assert done.returncode == 1
    assert b"far larger than a canvas" in done.stdout and b"Traceback" not in done.stderr


def test_a_worker_that_dies_costs_only_its_file(tmp_path: Path) -> None:
    (tmp_path / ".canvaslint.yaml").write_text("plugins: [crash.py]\n", encoding="utf-8")
    (tmp_path / "crash.py").write_text(
        '"""Dies on the canvas named Crash, as a crash in C code would."""\n'
        "import os\n\nCODE = 'ZZZ001'\nNAME = 'die'\nSEVERITY = 'info'\nSUMMARY = 'dies'\n\n\n"
        "def check(ctx, options):\n"
        "    if ctx.document.data.get('name') == 'Crash':\n"
        "        os._exit(3)\n"
        "    return []\n", encoding="utf-8")
    for name in ("a", "b", "Crash", "d", "e"):
        (tmp_path / f"{name}.canvas.yaml").write_text(f"name: {name}\ncustomer_segments: x\n",
                                                      encoding="utf-8")
    done = cli("check", "--format", "json", "--select", "S,ZZZ", "-j", "2", ".", cwd=tmp_path)
    assert done.returncode == 1, done.stderr.decode()
    findings = json.loads(done.stdout)["findings"]
    crashed = [f["message"] for f in findings if f["file"] == "Crash.canvas.yaml"]
    assert crashed == ["canvaslint crashed while reading this file (its process died); "
                       "please report it"]
    assert sorted(f["file"] for f in findings if f["code"] == "S001") == [
        "a.canvas.yaml", "b.canvas.yaml", "d.canvas.yaml", "e.canvas.yaml"]


def test_a_canvas_of_100000_items(tmp_path: Path) -> None:
    """Big, but a canvas: read and linted, every item seen (its speed: benchmarks/)."""
    lines = ["name: Big", "customer_segments:"]
    for i in range(20_000):
        lines += [f"  - name: Segment {i}", "    market: b2c"]
    lines.append("value_propositions:")
    lines += [f"  - {{name: Proposition {i}, segments: [segment-{i}]}}" for i in range(20_000)]
    for block in ("channels", "key_resources", "key_activities", "cost_structure"):
        lines.append(f"{block}:")
        lines += [f"  - {block} {i}" for i in range(15_000)]
    path = tmp_path / "big.canvas.yaml"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    findings = runner.lint_target(Target(str(path), "big"), RunSettings(rules=all_rules()))
    assert not [f for f in findings if f.code[0] in "XY" or f.code in ("S001", "R001")]
    cs002 = [f for f in findings if f.code == "CS002"]
    # every segment seen: the first 100 shown, the other 19,900 counted in one finding
    assert len(cs002) == 101
    assert sum("19900 more problems" in f.message for f in cs002) == 1
