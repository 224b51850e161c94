"""What a newcomer meets first: a checkout, an install, the dependency range, report folders."""

from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.version import Version

from canvaslint.check import registry
from tests import conftest, helpers
from tests.helpers import EXAMPLES, ROOT

MISTAKE = EXAMPLES / "mistakes" / "CS002-segment-without-channel.canvas.yaml"
PYPROJECT = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))


def canvaslint(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "canvaslint", *args], cwd=cwd,
                          capture_output=True, text=True, timeout=120)


def test_a_source_checkout_on_pythonpath_fails_loudly_instead_of_passing(tmp_path: Path) -> None:
    """`PYTHONPATH=. python -m canvaslint check` once ran no rule and said "All clear"."""
    checkout = tmp_path / "checkout"
    shutil.copytree(ROOT / "canvaslint", checkout / "canvaslint")
    # -S: no site processing, so no editable-install hook; the libraries still import.
    libraries = [p for p in sys.path if p.endswith("site-packages")]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(checkout), *libraries])}
    for args in (["check", "--no-config", str(MISTAKE)], ["rules"]):
        done = subprocess.run([sys.executable, "-S", "-m", "canvaslint", *args], cwd=checkout,
                              env=env, capture_output=True, text=True, timeout=120)
        assert done.returncode == 2, done.stdout + done.stderr
        assert "not installed" in done.stderr and "pip install" in done.stderr
        assert "All clear" not in done.stdout and "Traceback" not in done.stderr


def test_no_registered_built_in_rules_is_an_error_not_an_empty_lint(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(registry, "entry_points", lambda group: [])
    with pytest.raises(registry.PluginError, match="not installed"):
        registry.discover()


def test_every_rule_module_is_registered_and_every_entry_point_has_a_module() -> None:
    """tools/sync_entry_points.py keeps these in step; this is the test it promises."""
    modules = {}
    for path in (ROOT / "rules").glob("*.py"):
        match = re.search(r'^CODE = "([A-Z]+[0-9]+)"', path.read_text(encoding="utf-8"), re.M)
        if match and not path.name.startswith("_"):
            modules[match.group(1)] = f"canvaslint.rules.{path.stem}"
    registered = PYPROJECT["project"]["entry-points"]["canvaslint.rules"]
    assert registered == modules, (
        "pyproject.toml and rules/ disagree: run `python tools/sync_entry_points.py`")
    listed = {r.code for r in helpers.all_rules()}
    assert set(modules) <= listed


def test_the_lowest_versions_ci_tests_are_the_minimums_pyproject_allows() -> None:
    pinned = {}
    for line in (ROOT / ".ci" / "minimum-versions.txt").read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            name, _, version = line.partition("==")
            pinned[name.lower()] = version
    minimums = {}
    project = PYPROJECT["project"]
    for spec in project["dependencies"] + project["optional-dependencies"]["test"]:
        match = re.fullmatch(r"([A-Za-z0-9_.-]+)>=([\w.]+)", spec)
        assert match, f"{spec}: give every dependency a lowest version (>=)"
        minimums[match.group(1).lower()] = match.group(2)
    assert {n: Version(v) for n, v in pinned.items()} == {
        n: Version(v) for n, v in minimums.items()}


def test_reports_go_into_a_folder_that_does_not_exist_yet(tmp_path: Path) -> None:
    done = canvaslint("check", "--no-config", str(MISTAKE), "--format", "text", "--format",
                      "sarif", "--output", "sarif:out/ci/report.sarif", cwd=tmp_path)
    assert done.returncode == 1, done.stderr
    assert "CS002" in done.stdout
    assert json.loads((tmp_path / "out" / "ci" / "report.sarif").read_text())["runs"]


def test_a_report_folder_that_cannot_be_made_stops_the_run_before_linting(tmp_path: Path) -> None:
    (tmp_path / "out").write_text("a file where the folder should be\n", encoding="utf-8")
    done = canvaslint("check", "--no-config", str(MISTAKE), "--format", "text", "--format",
                      "sarif", "--output", "sarif:out/report.sarif", cwd=tmp_path)
    assert done.returncode == 2
    assert "cannot write out/report.sarif: out is a file, not a folder" in done.stderr
    assert done.stdout == ""  # nothing was linted, so nothing was reported


def test_the_suite_stops_in_one_line_when_the_checkout_is_not_installed(
        monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(conftest.importlib.util, "find_spec", lambda name: None)
    with pytest.raises(pytest.exit.Exception, match="pip install -e"):
        conftest.pytest_configure(None)  # type: ignore[arg-type]
