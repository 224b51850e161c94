"""canvaslint as a real pre-commit hook, run by the real ``pre-commit``.

The test makes a snapshot repository of this checkout as it is on disk
(tracked and untracked files, minus what .gitignore leaves out), so the hook
definition and the code under test are the ones in the working tree; then a
throwaway business-plan repository whose ``.pre-commit-config.yaml`` points at
that snapshot. pre-commit builds its own virtualenv and pip-installs
canvaslint into it, as it does for a user.
"""

from __future__ import annotations

import importlib.util
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml

from tests.helpers import EXAMPLES, ROOT

BAD = "name: Shop\ndescription: no\n"  # Y003: `no` is read as false


def pre_commit_command() -> list[str]:
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    exe = shutil.which("pre-commit")
    if exe is None:
        pytest.skip("pre-commit is not installed (pip install pre-commit); "
                    "the hook needs the real tool to be tested")
    return [exe]


def git(*args: str, cwd: Path) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.com",
           "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.com"}
    done = subprocess.run(["git", "-c", "init.defaultBranch=main", "-c", "commit.gpgsign=false",
                           *args], cwd=cwd, env=env, capture_output=True, text=True, check=True)
    return done.stdout.strip()


def snapshot_of_this_checkout(dest: Path) -> str:
    """Copy the working tree into a fresh repository with one commit; return its sha."""
    listed = subprocess.run(["git", "ls-files", "--cached", "--others", "--exclude-standard",
                             "-z"], cwd=ROOT, capture_output=True, text=True, check=True)
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if source.is_file():
            (dest / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(source, dest / name)
    git("init", "-q", cwd=dest)
    git("add", "-A", cwd=dest)
    git("commit", "-q", "-m", "snapshot", cwd=dest)
    return git("rev-parse", "HEAD", cwd=dest)


@pytest.fixture(scope="module")
def plan_repo(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if shutil.which("git") is None:
        pytest.skip("git is not installed")
    pre_commit_command()
    hooks = tmp_path_factory.mktemp("canvaslint-checkout")
    sha = snapshot_of_this_checkout(hooks)
    plan = tmp_path_factory.mktemp("business-plan")
    git("init", "-q", cwd=plan)
    config = {"repos": [{"repo": str(hooks), "rev": sha, "hooks": [{"id": "canvaslint"}]}]}
    (plan / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), encoding="utf-8")
    git("add", ".pre-commit-config.yaml", cwd=plan)
    git("commit", "-q", "-m", "pre-commit configuration", cwd=plan)
    return plan


def pre_commit(plan: Path, *args: str) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PRE_COMMIT_HOME": str(plan.parent / "pre-commit-home"),
           "NO_COLOR": "1", "PRE_COMMIT_COLOR": "never"}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run([*pre_commit_command(), *args], cwd=plan, env=env,
                          capture_output=True, text=True, timeout=900)


def test_the_hook_definition_matches_the_discovery_names() -> None:
    import re

    hook, fixer = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert hook["id"] == "canvaslint" and hook["language"] == "python"
    assert hook["entry"] == "canvaslint check"
    assert fixer["id"] == "canvaslint-fix" and fixer["entry"] == "canvaslint check --fix"
    fixes = re.compile(fixer["files"])  # --fix edits YAML text: the fixer takes YAML only
    assert all(fixes.search(n) for n in ("canvas.yaml", "plans/shop.canvas.yml"))
    assert not fixes.search("canvas.md") and not fixes.search("business-model-canvas.md")
    files = re.compile(hook["files"])
    for name in ("canvas.yaml", "canvas.yml", "plans/shop.canvas.yaml", "a/b.canvas.yml",
                 "canvas.md", "plans/shop.canvas.md", "docs/business-model-canvas.md",
                 "BUSINESS_MODEL_CANVAS.md"):
        assert files.search(name), name
    for name in ("notes.yaml", "mycanvas.yaml", "canvas.yaml.bak", "canvas.json", "README.md",
                 "mycanvas.md", "business-model-canvas.md.bak"):
        assert not files.search(name), name


def test_real_pre_commit_passes_a_good_canvas_and_fails_a_bad_one(plan_repo: Path) -> None:
    plans = plan_repo / "plans"
    plans.mkdir()
    shutil.copy(EXAMPLES / "nespresso.canvas.yaml", plans / "good.canvas.yaml")
    (plan_repo / "notes.yaml").write_text("description: no\n", encoding="utf-8")  # not a canvas
    git("add", "plans/good.canvas.yaml", "notes.yaml", cwd=plan_repo)

    passed = pre_commit(plan_repo, "run")  # the staged files, as on `git commit`
    assert passed.returncode == 0, passed.stdout + passed.stderr
    assert "canvaslint" in passed.stdout and "Passed" in passed.stdout

    (plans / "bad.canvas.yaml").write_text(BAD, encoding="utf-8")
    git("add", "plans/bad.canvas.yaml", cwd=plan_repo)
    failed = pre_commit(plan_repo, "run")
    assert failed.returncode == 1, failed.stdout + failed.stderr
    assert "Failed" in failed.stdout
    assert "plans/bad.canvas.yaml:2:14: Y003 [*] [error]" in failed.stdout
    assert "good.canvas.yaml:" not in failed.stdout
    assert "notes.yaml" not in failed.stdout

    only_good = pre_commit(plan_repo, "run", "--files", "plans/good.canvas.yaml")
    assert only_good.returncode == 0, only_good.stdout + only_good.stderr


def test_real_pre_commit_fixes_with_the_canvaslint_fix_hook(plan_repo: Path) -> None:
    config = yaml.safe_load((plan_repo / ".pre-commit-config.yaml").read_text("utf-8"))
    config["repos"][0]["hooks"] = [{"id": "canvaslint-fix"}, {"id": "canvaslint"}]
    (plan_repo / ".pre-commit-config.yaml").write_text(yaml.safe_dump(config), "utf-8")
    fixable = plan_repo / "plans" / "fixable.canvas.yaml"
    fixable.parent.mkdir(exist_ok=True)
    fixable.write_text("# our shop\nname: Shop\ndescription: no  # as in Norway\n", "utf-8")
    git("add", ".pre-commit-config.yaml", "plans/fixable.canvas.yaml", cwd=plan_repo)

    fixed = pre_commit(plan_repo, "run", "--files", "plans/fixable.canvas.yaml")
    assert fixed.returncode == 1, fixed.stdout + fixed.stderr  # it changed a file: look, stage
    assert "files were modified by this hook" in fixed.stdout
    assert fixable.read_text("utf-8") == (
        '# our shop\nname: Shop\ndescription: "no"  # as in Norway\n')

    git("add", "plans/fixable.canvas.yaml", cwd=plan_repo)
    again = pre_commit(plan_repo, "run", "--hook-stage", "pre-commit", "--files",
                       "plans/fixable.canvas.yaml", "--show-diff-on-failure")
    assert "Y003" not in again.stdout and "modified" not in again.stdout, again.stdout


def test_real_pre_commit_shows_warnings_on_a_pass(plan_repo: Path) -> None:
    """Issue 18: a warning-only canvas passed with nothing shown; ruff's hook shows them."""
    drafts = plan_repo / "drafts"
    drafts.mkdir()
    (drafts / ".canvaslint.yaml").write_text("select: [B001]\n", encoding="utf-8")
    (drafts / "draft.canvas.yaml").write_text("name: Draft\n", encoding="utf-8")
    git("add", "drafts", cwd=plan_repo)
    result = pre_commit(plan_repo, "run", "--files", "drafts/draft.canvas.yaml")
    assert result.returncode == 0, result.stdout + result.stderr
    assert "Passed" in result.stdout and "B001 [warning]" in result.stdout
