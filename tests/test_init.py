"""``canvaslint init``, the editor setup, and the CI files users copy.

The starter canvases must lint without a Y, S or R finding and validate
against the schema ``canvaslint schema`` prints, and their first line must
be the comment that connects an editor to that schema. The composite
action's lint step is run with bash, the way the runner runs it.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner
from jsonschema import Draft202012Validator

from canvaslint.cli.init import LANGUAGES, starter
from canvaslint.cli.main import cli
from canvaslint.i18n import detect, language, localized_schema
from tests.helpers import ROOT, lint

LANGS = sorted(LANGUAGES)


def run(*args: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(cli, list(args), catch_exceptions=False)


def canvas_schema() -> dict[str, Any]:
    result = run("schema")
    assert result.exit_code == 0
    schema: dict[str, Any] = json.loads(result.output)
    return schema


def test_printed_schema_is_a_valid_2020_12_schema() -> None:
    schema = canvas_schema()
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    Draft202012Validator.check_schema(schema)


@pytest.mark.parametrize("lang", LANGS)
def test_starter_lints_without_syntax_schema_or_reference_findings(lang: str) -> None:
    text = starter(lang)
    found = [f for f in lint(text, name=f"starter.{lang}.canvas.yaml")
             if re.match(r"[YSR]\d", f.code)]
    assert found == []
    data = yaml.safe_load(text)
    assert detect(data) == lang
    schema = localized_schema(canvas_schema(), lang) if lang != "en" else canvas_schema()
    assert list(Draft202012Validator(schema).iter_errors(data)) == []
    if lang != "en":  # written in the language's own keys, not the English ones
        assert "name" not in data and set(data) <= set(language(lang).key_alias)


@pytest.mark.parametrize("lang", LANGS)
def test_starter_starts_with_the_schema_comment(lang: str) -> None:
    first = starter(lang).splitlines()[0]
    schema = localized_schema(canvas_schema(), lang) if lang != "en" else canvas_schema()
    assert first == f"# yaml-language-server: $schema={schema['$id']}"


def test_init_writes_canvas_yaml_and_refuses_to_overwrite(
        tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    first = run("init")
    assert first.exit_code == 0 and "canvas.yaml" in first.output
    assert (tmp_path / "canvas.yaml").read_text(encoding="utf-8") == starter("en")
    (tmp_path / "canvas.yaml").write_text("name: Mine\n", encoding="utf-8")
    again = run("init")
    assert again.exit_code == 2 and "--force" in again.output
    assert (tmp_path / "canvas.yaml").read_text(encoding="utf-8") == "name: Mine\n"
    forced = run("init", "--force", "--lang", "nl")
    assert forced.exit_code == 0
    assert (tmp_path / "canvas.yaml").read_text(encoding="utf-8") == starter("nl")


def test_init_into_a_folder_or_a_new_path(tmp_path: Path) -> None:
    assert run("init", str(tmp_path)).exit_code == 0
    assert (tmp_path / "canvas.yaml").exists()
    target = tmp_path / "plans" / "shop.canvas.yaml"
    assert run("init", "--lang", "ru", str(target)).exit_code == 0
    assert "язык: ru" in target.read_text(encoding="utf-8")
    checked = run("check", "--select", "Y,S,R", str(tmp_path))
    assert checked.exit_code == 0, checked.output
    assert "in 2 files" in checked.output


def test_init_rejects_an_unknown_language(tmp_path: Path) -> None:
    assert run("init", "--lang", "de", str(tmp_path / "x.canvas.yaml")).exit_code == 2


def test_readme_shows_the_editor_setup() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    comment = f"# yaml-language-server: $schema={canvas_schema()['$id']}"
    assert comment in readme
    words = " ".join(readme.split())
    assert '"yaml.schemas"' in words and "canvaslint schema > canvas.schema.json" in words


# --- the CI files --------------------------------------------------------------------------


def _yaml_blocks(markdown: str) -> list[Any]:
    return [yaml.safe_load(b) for b in re.findall(r"```yaml\n(.*?)```", markdown, re.S)]


def test_documented_workflow_lints_and_uploads_sarif() -> None:
    blocks = _yaml_blocks((ROOT / "docs" / "ci.md").read_text(encoding="utf-8"))
    workflow = next(b for b in blocks if isinstance(b, dict) and "jobs" in b)
    assert workflow["permissions"]["security-events"] == "write"
    steps = workflow["jobs"]["lint"]["steps"]
    lint_step = next(s for s in steps if "canvaslint check" in s.get("run", ""))
    assert "--format sarif --output sarif:canvaslint.sarif" in lint_step["run"]
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert upload["with"]["sarif_file"] == "canvaslint.sarif"
    # Not on PyPI yet: the workflow installs canvaslint from its git repository.
    assert 'pip install "git+' in " ".join(s.get("run", "") for s in steps)


def _action() -> dict[str, Any]:
    action: dict[str, Any] = yaml.safe_load((ROOT / "action.yml").read_text(encoding="utf-8"))
    return action


def test_action_is_a_composite_action_that_uploads_sarif() -> None:
    action = _action()
    assert action["runs"]["using"] == "composite"
    steps = action["runs"]["steps"]
    assert all(s.get("shell") == "bash" for s in steps if "run" in s)
    upload = next(s for s in steps if "upload-sarif" in s.get("uses", ""))
    assert "always()" in upload["if"]
    used = set(re.findall(r"inputs\.([a-z-]+)", json.dumps(steps)))
    assert used <= set(action["inputs"])


@pytest.mark.skipif(shutil.which("bash") is None, reason="the action's steps run in bash")
def test_action_lint_step_runs_with_the_real_canvaslint(tmp_path: Path) -> None:
    (tmp_path / "plans").mkdir()
    (tmp_path / "plans" / "shop.canvas.yaml").write_text("name: X\ndescription: no\n",
                                                         encoding="utf-8")
    step = next(s for s in _action()["runs"]["steps"] if s.get("id") == "lint")
    outputs = tmp_path / "github-output"
    env = {**os.environ, "PATHS": "plans", "ARGS": "--select Y003", "ANNOTATIONS": "true",
           "SARIF_FILE": "out.sarif", "GITHUB_OUTPUT": str(outputs),
           "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    if shutil.which("canvaslint", path=env["PATH"]) is None:
        pytest.skip("the canvaslint command is not installed next to this Python")
    done = subprocess.run(["bash", "-e", "-c", step["run"]], cwd=tmp_path, env=env,
                          capture_output=True, text=True)
    assert done.returncode == 1, done.stderr
    assert "plans/shop.canvas.yaml:2:14: Y003 [*] [error]" in done.stdout
    assert "::error file=plans/shop.canvas.yaml,line=2,col=14," in done.stdout
    assert json.loads((tmp_path / "out.sarif").read_text(encoding="utf-8"))["version"] == "2.1.0"
    assert outputs.read_text(encoding="utf-8") == "exit-code=1\n"
