"""The environment's faults and a hostile repository's files (issue 17), through the CLI.

Each fault ends in one line on standard error and exit 2, never a traceback
or an exit 1 that reads as "findings"; no output is written over a file the
run reads, through a symbolic link, or into a pipe.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "benchmarks"))

import hostile  # noqa: E402

# One proposition names a segment, so the canvas links and "Все" is an unserved
# segment (CS001, an error): an unlinked canvas gets only an info B003 (issue 16).
LINKED = "value_propositions:\n  - {name: Offer, segments: [nobody]}\n"
CANVAS = "name: Кофейня\nlanguage: ru\ncustomer_segments: [Все]\n" + LINKED


def run(cwd: Path, *args: str, stdin: int | None = None, stdout: int | None = None,
        env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "canvaslint", *args], cwd=cwd, text=True, timeout=60,
        stdin=stdin, stdout=subprocess.PIPE if stdout is None else stdout,
        stderr=subprocess.PIPE, env={**os.environ, "NO_COLOR": "1", **(env or {})},
        check=False)


def refused(result: subprocess.CompletedProcess[str], *words: str) -> None:
    assert result.returncode == 2, (result.returncode, result.stderr)
    assert "Traceback" not in result.stderr
    assert result.stderr.startswith("canvaslint: error: ")
    for word in words:
        assert word in result.stderr


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    (tmp_path / "shop.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    return tmp_path


def test_standard_input_closed(repo: Path) -> None:
    result = subprocess.run(
        f"{sys.executable} -m canvaslint check - <&-", shell=True, cwd=repo, text=True,
        capture_output=True, timeout=60, check=False)
    refused(result, "standard input is closed")


def test_current_folder_deleted(repo: Path) -> None:
    gone = repo / "gone"
    gone.mkdir()
    result = subprocess.run(
        f"cd {gone} && rmdir {gone} && {sys.executable} -m canvaslint check "
        f"{repo / 'shop.canvas.yaml'}", shell=True, text=True, capture_output=True,
        timeout=60, check=False)
    refused(result, "the current folder no longer exists")


def test_standard_output_full(repo: Path) -> None:
    with open("/dev/full", "w") as full:
        refused(run(repo, "check", "shop.canvas.yaml", stdout=full.fileno()),
                "cannot write the output", "No space left on device")


def test_ascii_standard_output_gets_escapes_not_a_traceback(repo: Path) -> None:
    result = run(repo, "check", "shop.canvas.yaml", "--select", "CS001",
                 env={"PYTHONIOENCODING": "ascii"})
    assert result.returncode == 1 and "Traceback" not in result.stderr
    assert "\\u0412\\u0441\\u0435" in result.stdout  # "Все", escaped


def test_ctrl_c_exits_130(repo: Path) -> None:
    (repo / "big.canvas.yaml").write_text(hostile.partner_activities(300_000))  # seconds
    child = subprocess.Popen([sys.executable, "-m", "canvaslint", "check", "big.canvas.yaml"],
                             cwd=repo, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE,
                             text=True)
    time.sleep(1.0)  # started, and well inside the lint
    child.send_signal(signal.SIGINT)
    _, err = child.communicate(timeout=60)
    assert child.returncode == 130 and "interrupted" in err and "Traceback" not in err


@pytest.mark.parametrize("text", [
    "[tool]\nx = '''\n[tool.canvaslint]\n'''\ncanvaslint = 1\n",
    "tool = '''\n[tool.canvaslint]\nselect = []\n'''\n",
])
def test_pyproject_whose_tool_is_not_a_table(repo: Path, text: str) -> None:
    (repo / "pyproject.toml").write_text(text)
    refused(run(repo, "check", "shop.canvas.yaml"), "must be a table")


def test_baselines_that_are_not_baselines(repo: Path) -> None:
    (repo / "deep.json").write_text("[" * 100_000 + "]" * 100_000)
    refused(run(repo, "check", "--baseline", "deep.json", "shop.canvas.yaml"),
            "not a canvaslint baseline")
    (repo / "other.json").write_text(json.dumps({"version": 1, "tool": "eslint",
                                                 "findings": []}))
    refused(run(repo, "check", "--baseline", "other.json", "shop.canvas.yaml"),
            "not a canvaslint baseline")
    (repo / "future.json").write_text(json.dumps({"version": 9, "tool": "canvaslint",
                                                  "findings": []}))
    refused(run(repo, "check", "--baseline", "future.json", "shop.canvas.yaml"),
            "version 9")


@pytest.mark.parametrize("option", ["--baseline", "--config"])
def test_a_link_to_dev_zero_or_a_pipe_is_refused(repo: Path, option: str) -> None:
    (repo / "zero").symlink_to("/dev/zero")
    refused(run(repo, "check", option, "zero", "shop.canvas.yaml"), "not a regular file")
    os.mkfifo(repo / "pipe")
    refused(run(repo, "check", option, "pipe", "shop.canvas.yaml"), "not a regular file")


def test_writing_into_a_pipe_is_refused(repo: Path) -> None:
    os.mkfifo(repo / "pipe")
    refused(run(repo, "check", "--write-baseline", "pipe", "shop.canvas.yaml"),
            "not a regular file")
    refused(run(repo, "init", "--force", "pipe"), "not a regular file")


def test_a_plugin_calling_exit_is_a_plugin_failure(repo: Path) -> None:
    (repo / "quits.py").write_text("raise SystemExit(0)\n")
    (repo / ".canvaslint.yaml").write_text("plugins: [quits.py]\n")
    refused(run(repo, "check", "shop.canvas.yaml"), "quits.py", "SystemExit")


def test_jobs_beyond_the_cores_still_lint_everything(repo: Path) -> None:
    for i in range(3):
        (repo / f"c{i}.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    one = run(repo, "check", "--format", "json", ".")
    many = run(repo, "check", "--format", "json", "--jobs", "500", ".")
    assert many.returncode == one.returncode == 1 and many.stdout == one.stdout


# -- never overwrite an input ----------------------------------------------------------

def test_render_of_a_canvas_named_html_does_not_replace_it(repo: Path) -> None:
    (repo / "page.html").write_text(CANVAS, encoding="utf-8")
    refused(run(repo, "render", "page.html"), "page.html", "never writes over its input")
    assert (repo / "page.html").read_text(encoding="utf-8") == CANVAS


@pytest.mark.parametrize("args", [
    ["check", "--format", "sarif", "--output", "shop.canvas.yaml", "shop.canvas.yaml"],
    ["check", "--write-baseline", "shop.canvas.yaml", "shop.canvas.yaml"],
    ["check", "--format", "sarif", "--output", "sarif:plans/../shop.canvas.yaml", "."],
    ["render", "shop.canvas.yaml", "-o", "shop.canvas.yaml"],
])
def test_naming_an_input_as_output_is_refused(repo: Path, args: list[str]) -> None:
    (repo / "plans").mkdir()
    refused(run(repo, *args), "never writes over its input")
    assert (repo / "shop.canvas.yaml").read_text(encoding="utf-8") == CANVAS


def test_a_committed_link_as_output_is_not_followed(repo: Path) -> None:
    (repo / "canvaslint.sarif").symlink_to("shop.canvas.yaml")  # as committed in a PR
    refused(run(repo, "check", "--format", "sarif", "--output", "canvaslint.sarif", "."),
            "symbolic link")
    assert (repo / "shop.canvas.yaml").read_text(encoding="utf-8") == CANVAS
    outside = repo.parent / f"{repo.name}-outside.yaml"
    (repo / "canvas.yaml").symlink_to(outside)  # dangling, pointing out of the folder
    refused(run(repo, "init"), "already exists")
    refused(run(repo, "init", "--force"), "symbolic link")
    assert not outside.exists()


def test_outputs_are_written_whole_and_replace_old_reports(repo: Path) -> None:
    (repo / "report.sarif").write_text("old")
    result = run(repo, "check", "--format", "sarif", "--output", "report.sarif", ".")
    assert result.returncode == 1, result.stderr
    assert json.loads((repo / "report.sarif").read_text())["version"] == "2.1.0"
    assert [p.name for p in repo.iterdir() if p.name.startswith(".")] == []  # no temp left


# -- text that cannot forge CI commands ------------------------------------------------

FORGED = ('name: X\ncustomer_segments:\n  - "a\\n::error file=README.md,line=1::forged'
          '\\u001b[31m\\u2028b"\n' + LINKED)


@pytest.mark.parametrize("formats", [["text"], ["github"], ["text", "--statistics"],
                                     ["text", "--format", "github"]])
def test_names_cannot_start_a_line_or_reach_the_terminal(repo: Path, formats: list[str]) -> None:
    (repo / "shop.canvas.yaml").write_text(FORGED, encoding="utf-8")
    result = run(repo, "check", "--format", *formats, "shop.canvas.yaml",
                 env={"FORCE_COLOR": ""})
    assert result.returncode == 1, result.stderr
    lines = result.stdout.splitlines()
    assert not [x for x in lines if x.startswith("::error file=README.md")]
    assert "\x1b" not in result.stdout and "\u2028" not in result.stdout
    assert any("a\\n::error file=README.md" in x or "a%0A::error file=README.md" in x
               for x in lines)  # still said, in the user's words, escaped


# -- plugins from a pull request ----------------------------------------------------------

PWNED = "import pathlib\npathlib.Path('pwned').write_text('x')\n"


def test_a_sub_folders_plugins_never_run(repo: Path) -> None:
    (repo / ".git").mkdir()
    sub = repo / "plans"
    sub.mkdir()
    (sub / "evil.py").write_text(PWNED)
    (sub / ".canvaslint.yaml").write_text("plugins: [evil.py]\n")
    (sub / "shop.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    for args, cwd in ((["check", "."], repo), (["check", "plans/shop.canvas.yaml"], repo),
                      (["render", "plans/shop.canvas.yaml", "-o", "-"], repo),
                      (["rules"], sub), (["check", "shop.canvas.yaml"], sub)):
        result = run(cwd, *args)
        assert result.returncode in (0, 1), result.stderr
        assert "names plugins, which were not loaded" in result.stderr
    assert not (repo / "pwned").exists() and not (sub / "pwned").exists()


def test_the_roots_plugins_run_unless_no_plugins(repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / "evil.py").write_text(PWNED)
    (repo / ".canvaslint.yaml").write_text("plugins: [evil.py]\n")
    for args in (["check", "--no-plugins", "."], ["render", "--no-plugins",
                                                   "shop.canvas.yaml", "-o", "-"],
                 ["rules", "--no-plugins"]):
        assert run(repo, *args).returncode in (0, 1)
        assert not (repo / "pwned").exists()
    run(repo, "check", ".")  # exit 2: the module holds no rule, but it was run
    assert (repo / "pwned").exists()  # the repository's own code, as its build scripts are


def test_an_explicit_config_in_a_sub_folder_is_trusted(repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / "ci").mkdir()
    (repo / "ci" / "evil.py").write_text(PWNED)
    (repo / "ci" / "lint.yaml").write_text("plugins: [evil.py]\n")
    run(repo, "check", "--config", "ci/lint.yaml", ".")
    assert (repo / "pwned").exists()


def test_a_folder_that_can_be_listed_but_not_entered(
        repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    from click.testing import CliRunner

    from canvaslint.check import config as config_module
    from canvaslint.cli.main import cli

    (repo / "locked").mkdir()
    (repo / "locked" / "shop.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    real_is_file, real_open = Path.is_file, os.open

    def is_file(path: Path) -> bool:  # root enters every folder: pretend it cannot
        if path.parent.name == "locked":
            raise PermissionError(13, "Permission denied", str(path))
        return real_is_file(path)

    def deny_open(path: str, *args: int) -> int:
        if "locked" in str(path):
            raise PermissionError(13, "Permission denied", str(path))
        return real_open(path, *args)

    monkeypatch.setattr(Path, "is_file", is_file)
    monkeypatch.setattr(os, "open", deny_open)
    monkeypatch.chdir(repo)
    config_module._in_folder.cache_clear()
    result = CliRunner().invoke(cli, ["check", "--format", "json", "."])
    assert result.exception is None or isinstance(result.exception, SystemExit), result.output
    found = json.loads(result.output)["findings"]
    assert any(f["file"] == "locked/shop.canvas.yaml" and f["code"] == "Y001" for f in found)


def test_the_size_limit_reads_32_mb_as_the_readme_says(repo: Path) -> None:
    with open(repo / "huge.canvas.yaml", "wb") as huge:
        huge.truncate(33 * 1024 * 1024)  # sparse: no disk is spent
    result = run(repo, "check", "--format", "json", "huge.canvas.yaml")
    (finding,) = json.loads(result.stdout)["findings"]
    assert "canvaslint reads files up to 32 MB" in finding["message"]
    assert "33 MB" in finding["message"]  # the file's own size, in the same unit


def test_a_rule_calling_exit_is_that_rules_finding(repo: Path) -> None:
    (repo / ".git").mkdir()
    (repo / "quits.py").write_text(
        "CODE, NAME, SEVERITY, SUMMARY = 'Q001', 'quits', 'error', 'Quits'\n"
        "def check(ctx, options):\n    raise SystemExit(0)\n")
    (repo / ".canvaslint.yaml").write_text("plugins: [quits.py]\n")
    result = run(repo, "check", "--format", "json", "shop.canvas.yaml")
    assert result.returncode == 1, result.stderr
    crash = [f for f in json.loads(result.stdout)["findings"] if f["code"] == "X000"]
    assert len(crash) == 1 and "rule Q001" in crash[0]["message"]


def test_a_repositorys_root_config_is_trusted_from_outside_it(repo: Path, tmp_path: Path) -> None:
    """An editor's server runs outside the project: the repository's own root still counts,
    a sub-folder (no `.git` folder beside it, which no pull request can add) still does not."""
    project = repo / "project"
    (project / ".git").mkdir(parents=True)
    (project / "plans").mkdir()
    (project / "evil.py").write_text(PWNED)
    (project / ".canvaslint.yaml").write_text("plugins: [evil.py]\n")
    (project / "plans" / ".canvaslint.yaml").write_text("plugins: [evil.py]\n")
    (project / "plans" / "shop.canvas.yaml").write_text(CANVAS, encoding="utf-8")
    result = run(repo, "check", "project/plans/shop.canvas.yaml")
    assert "names plugins, which were not loaded" in result.stderr  # the sub-folder's
    assert not (repo / "pwned").exists()
    (project / "plans" / ".canvaslint.yaml").unlink()
    run(repo, "check", "project/plans/shop.canvas.yaml")
    assert (repo / "pwned").exists()  # the root's, found from the file's repository
