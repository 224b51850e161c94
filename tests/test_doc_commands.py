"""Every command and snippet in README.md and docs/*.md works as the docs say.

The fenced blocks a reader copies are collected from the docs and each is
used the way a reader would use it:

- ``sh`` blocks: every command runs in a folder holding a copy of
  ``examples/``; canvaslint exits 0 or 1 (clean, or findings), anything
  else exits 0, and nothing prints a traceback. The README's two set-up
  commands are what ``.ci/run`` runs on a fresh machine, so here they are
  only checked to be there.
- ``text`` blocks that show a ``$ command`` and its output: the command's
  output is the one shown (``...`` stands for lines left out).
- ``yaml`` blocks, by what they are: a pre-commit configuration is run by
  the real pre-commit against this repository; a GitHub workflow's ``run``
  steps run in order (its install step into a fresh virtual environment);
  the composite action's inputs exist in ``action.yml``; a canvaslint
  configuration is loaded by ``canvaslint check --show-config``; anything
  else is a canvas (or a part of one, completed with a ``name``) that must
  have no format findings (Y, S).
- ``toml`` blocks: a ``pyproject.toml`` configuration, loaded like the YAML one.
- ``json`` blocks parse (an editor's settings, possibly a fragment).

A block meant as an illustration only starts with a comment line
``# illustration`` (visible in the docs), and only such blocks are skipped.
``docs/rules.md`` is generated from the rules, whose examples
tests/test_rule_docs.py runs.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

from tests.helpers import EXAMPLES, ROOT
from tests.test_precommit import git, pre_commit_command, snapshot_of_this_checkout

PLACEHOLDER = "<url of this repository>"
SHELL = {"sh", "shell", "bash"}
FENCE = re.compile(r"^(?P<fence>`{3,})(?P<lang>[\w-]*)[^\n]*\n(?P<body>.*?)^(?P=fence)[ \t]*$",
                   re.M | re.S)
CONFIG_KEYS = set(json.loads((ROOT / "schemas" / "config.schema.json").read_text(
    encoding="utf-8"))["properties"])


@dataclass(frozen=True)
class Block:
    doc: str
    line: int
    lang: str
    text: str

    def __str__(self) -> str:
        return f"{self.doc}:{self.line}"


def doc_blocks() -> list[Block]:
    found = []
    for path in [ROOT / "README.md", *sorted((ROOT / "docs").glob("*.md"))]:
        if path.name == "rules.md":
            continue
        text = path.read_text(encoding="utf-8")
        for match in FENCE.finditer(text):
            found.append(Block(str(path.relative_to(ROOT)), text.count("\n", 0, match.start()) + 1,
                               match.group("lang").lower(), match.group("body")))
    return found


BLOCKS = doc_blocks()


def illustration(block: Block) -> bool:
    first = block.text.lstrip().split("\n", 1)[0]
    return re.match(r"(#|//)\s*illustration\b", first, re.I) is not None


def of(*langs: str) -> list[Block]:
    return [b for b in BLOCKS if b.lang in langs and not illustration(b)]


def yaml_of(kind: str) -> list[Block]:
    return [b for b in of("yaml", "yml") if yaml_kind(b) == kind]


def yaml_kind(block: Block) -> str:
    data = yaml.safe_load(block.text)
    if not isinstance(data, dict):
        return "empty" if data is None else "canvas"
    if "repos" in data:
        return "pre-commit"
    if "jobs" in data:
        return "workflow"
    if "steps" in data:
        return "action"
    if "hooks" in data:
        return "pre-commit-hooks"
    if isinstance(data.get("rules"), list) or {"given", "then"} <= set(data):
        return "yaml-rules"
    if set(data) <= CONFIG_KEYS:
        return "config"
    return "canvas"


def commands(text: str) -> list[str]:
    """The commands of a shell block: continuation lines joined, comments dropped."""
    joined = re.sub(r"\\\n\s*", " ", text)
    return [line.strip() for line in joined.splitlines()
            if line.strip() and not line.strip().startswith("#")]


def readme_setup_commands() -> list[str]:
    return [commands(b.text)[0] for b in of(*SHELL) if b.doc == "README.md"][:2]


def shell(command: str, cwd: Path, path_first: Path | None = None,
          timeout: int = 600) -> subprocess.CompletedProcess[str]:
    bindir = path_first or Path(sys.executable).parent
    env = {**os.environ, "PATH": f"{bindir}{os.pathsep}{os.environ.get('PATH', '')}",
           "NO_COLOR": "1"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(["bash", "-c", command], cwd=cwd, env=env, capture_output=True,
                          text=True, timeout=timeout)


@pytest.fixture()
def workspace(tmp_path: Path) -> Path:
    """A folder like a reader's repository: the examples, and nothing else."""
    shutil.copytree(EXAMPLES, tmp_path / "examples")
    return tmp_path


def assert_ran(done: subprocess.CompletedProcess[str], command: str) -> None:
    allowed = {0, 1} if command.startswith("canvaslint check") else {0}
    output = done.stdout + done.stderr
    assert done.returncode in allowed, f"`{command}` exited {done.returncode}:\n{output}"
    assert "Traceback" not in output, f"`{command}`:\n{output}"


def test_the_docs_have_blocks_of_every_kind_this_test_runs() -> None:
    kinds = {yaml_kind(b) for b in of("yaml")}
    assert {"pre-commit", "workflow", "action", "config", "canvas"} <= kinds
    assert of(*SHELL) and of("toml")


def test_the_readme_setup_commands_are_what_ci_runs() -> None:
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8")
    setup = readme_setup_commands()
    assert len(setup) == 2 and all("pip install" in c for c in setup)
    for command in setup:
        assert command in ci, f".ci/run does not run the README's `{command}`"


def other_blocks() -> list[Block]:
    return [b for b in of(*SHELL) if commands(b.text)[0] not in readme_setup_commands()]


def installs(block: Block) -> bool:
    return any("pip install" in c for c in commands(block.text))


@pytest.mark.parametrize("block", [b for b in other_blocks() if not installs(b)], ids=str)
def test_shell_commands_run(block: Block, workspace: Path) -> None:
    for command in commands(block.text):
        assert_ran(shell(command, workspace), command)


@pytest.fixture(scope="module")
def fresh_venv(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A virtual environment with nothing installed, as on a reader's machine."""
    venv = tmp_path_factory.mktemp("fresh") / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=300)
    # The pip a venv starts with may predate git+file URLs with extras (its
    # packaging wants a host); readers on https URLs do not need this.
    subprocess.run([str(venv / "bin" / "python"), "-m", "pip", "install", "-q", "--upgrade",
                    "pip"], check=True, timeout=300, capture_output=True)
    return venv


@pytest.mark.parametrize("block", [b for b in other_blocks() if installs(b)], ids=str)
def test_install_commands_install_from_this_repository(
        block: Block, this_repository: Path, fresh_venv: Path, workspace: Path) -> None:
    for command in commands(block.text):
        command = command.replace(PLACEHOLDER, f"file://{this_repository}")
        assert_ran(shell(command, workspace, path_first=fresh_venv / "bin", timeout=900), command)
    done = shell("canvaslint check examples/nespresso.canvas.yaml", workspace,
                 path_first=fresh_venv / "bin")
    assert done.returncode == 0, done.stdout + done.stderr


@pytest.mark.parametrize("block", [b for b in of("text", "console")
                                   if b.text.startswith("$ ")], ids=str)
def test_shown_output_is_what_the_command_prints(block: Block, workspace: Path) -> None:
    command, _, shown = block.text.partition("\n")
    done = shell(command[2:], workspace)
    pattern = "".join("(?:.*\n)*?" if line == "..." else re.escape(line) + "\n"
                      for line in shown.splitlines())
    assert re.fullmatch(pattern, done.stdout), (
        f"{block}: `{command[2:]}` printed\n{done.stdout}{done.stderr}")


@pytest.mark.parametrize("block", yaml_of("canvas"), ids=str)
def test_canvas_snippets_are_valid_canvases(block: Block, tmp_path: Path) -> None:
    data = yaml.safe_load(block.text)
    text = block.text
    if not ({"name", "naam", "название"} & set(data)):
        text = "name: Example\n" + text  # a part of a canvas: complete it
    (tmp_path / "snippet.canvas.yaml").write_text(text, encoding="utf-8")
    done = shell("canvaslint check --no-config --format json snippet.canvas.yaml", tmp_path)
    assert done.returncode in (0, 1), done.stderr
    format_findings = [f for f in json.loads(done.stdout)["findings"]
                       if f["code"][0] in "YS"]
    assert not format_findings, f"{block}: {format_findings}"


def toml_configs() -> list[Block]:
    return [b for b in of("toml") if "tool" in tomllib.loads(b.text)]


@pytest.mark.parametrize("block", yaml_of("config") + toml_configs(), ids=str)
def test_configuration_snippets_load(block: Block, workspace: Path) -> None:
    name = "pyproject.toml" if block.lang == "toml" else ".canvaslint.yaml"
    if block.lang == "toml":
        assert "canvaslint" in tomllib.loads(block.text)["tool"]
    (workspace / name).write_text(block.text, encoding="utf-8")
    done = shell("canvaslint check --show-config examples/nespresso.canvas.yaml", workspace)
    assert done.returncode == 0, f"{block}: {done.stderr}"
    assert f"configuration file: {workspace / name}" in done.stdout or name in done.stdout


@pytest.mark.parametrize("block", [b for b in of("toml") if "project" in tomllib.loads(b.text)],
                         ids=str)
def test_plugin_registrations_name_rule_codes_or_collections(block: Block) -> None:
    group = tomllib.loads(block.text)["project"]["entry-points"]["canvaslint.rules"]
    for name, value in group.items():
        assert re.fullmatch(r"[A-Z]{1,5}[0-9]{3}|[a-z][a-z0-9-]*", name), block
        assert re.fullmatch(r"[\w.]+(:[\w.]+)?", value), block


@pytest.mark.parametrize("block", yaml_of("yaml-rules"), ids=str)
def test_yaml_rule_snippets_follow_the_yaml_rules_schema(block: Block) -> None:
    import jsonschema

    schema = json.loads((ROOT / "schemas" / "yaml-rules.schema.json").read_text(encoding="utf-8"))
    data = yaml.safe_load(block.text)
    if "rules" not in data:  # one rule's checks: completed into a whole rule
        data = {"rules": [{"code": "DOC001", "name": "doc-example", "severity": "warning",
                           "summary": "An example", "message": "{name}", **data}]}
    jsonschema.validate(data, schema)


@pytest.mark.parametrize("block", [b for b in of("toml")
                                   if not {"tool", "project"} & set(tomllib.loads(b.text))],
                         ids=str)
def test_other_toml_snippets_parse(block: Block) -> None:
    """An editor's settings (Helix): tests/test_editors.py starts what they name."""
    assert tomllib.loads(block.text)


@pytest.mark.parametrize("block", of("json"), ids=str)
def test_json_snippets_parse(block: Block) -> None:
    text = block.text.strip()
    json.loads(text if text.startswith("{") else "{" + text + "}")


@pytest.mark.parametrize("block", yaml_of("action"), ids=str)
def test_action_snippets_use_inputs_the_action_has(block: Block) -> None:
    action = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    for step in yaml.safe_load(block.text)["steps"]:
        if "canvaslint" in step.get("uses", ""):
            assert set(step.get("with", {})) <= set(action["inputs"]), block


@pytest.mark.parametrize("block", yaml_of("pre-commit-hooks"), ids=str)
def test_pre_commit_hook_lists_name_hooks_this_repository_offers(block: Block) -> None:
    offered = {h["id"] for h in yaml.safe_load(
        (ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))}
    assert {h["id"] for h in yaml.safe_load(block.text)["hooks"]} <= offered, block


@pytest.fixture(scope="module")
def this_repository(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """This checkout as a git repository with a ``main`` branch, for `<url ...>`."""
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    repo = tmp_path_factory.mktemp("canvaslint-repository")
    snapshot_of_this_checkout(repo)
    return repo


@pytest.mark.parametrize("block", yaml_of("pre-commit"), ids=str)
def test_pre_commit_configurations_work_with_the_real_pre_commit(
        block: Block, this_repository: Path, tmp_path: Path) -> None:
    tool = pre_commit_command()
    plan = tmp_path / "plan"
    plan.mkdir()
    git("init", "-q", cwd=plan)
    (plan / ".pre-commit-config.yaml").write_text(
        block.text.replace(PLACEHOLDER, str(this_repository)), encoding="utf-8")
    shutil.copy(EXAMPLES / "nespresso.canvas.yaml", plan / "shop.canvas.yaml")
    git("add", "-A", cwd=plan)
    env = {**os.environ, "PRE_COMMIT_HOME": str(this_repository.parent / "pre-commit-home"),
           "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)

    def run() -> subprocess.CompletedProcess[str]:
        return subprocess.run([*tool, "run", "--all-files"], cwd=plan, env=env,
                              capture_output=True, text=True, timeout=900)

    passed = run()
    assert passed.returncode == 0, f"{block}:\n{passed.stdout}{passed.stderr}"
    shutil.copy(EXAMPLES / "mistakes" / "S001-schema.canvas.yaml", plan / "bad.canvas.yaml")
    git("add", "-A", cwd=plan)
    failed = run()
    assert failed.returncode == 1 and "bad.canvas.yaml:24:16: S001" in failed.stdout, (
        f"{block}:\n{failed.stdout}{failed.stderr}")


@pytest.mark.parametrize("block", yaml_of("workflow"), ids=str)
def test_workflow_run_steps_work(block: Block, this_repository: Path, fresh_venv: Path,
                                 workspace: Path) -> None:
    """The steps a runner would run, in order; `uses:` steps are GitHub's own."""
    venv = fresh_venv
    steps = [s for job in yaml.safe_load(block.text)["jobs"].values() for s in job["steps"]]
    ran = []
    for step in steps:
        if "run" not in step:
            continue
        command = " ".join(step["run"].split()).replace(PLACEHOLDER, f"file://{this_repository}")
        # GitHub evaluates ${{ }} first: as on a push (no fork), each such choice is empty.
        command = re.sub(r"\$\{\{.*?\}\}", "", command)
        done = shell(command, workspace, path_first=venv / "bin", timeout=900)
        assert_ran(done, command)
        ran.append(command)
    assert any("pip install" in c for c in ran) and any(c.startswith("canvaslint") for c in ran)
    if any("sarif:canvaslint.sarif" in c for c in ran):
        assert json.loads((workspace / "canvaslint.sarif").read_text(encoding="utf-8"))["runs"]
