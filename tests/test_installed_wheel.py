"""The built wheel works from any folder, with no source tree in sight.

Builds the wheel, installs it into a fresh virtual environment (its runtime
dependencies taken from the running interpreter's site-packages, so no
network is needed), and runs the installed ``canvaslint`` in an empty
temporary folder: schemas and rule data must come from the package.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import venv
from pathlib import Path

import pytest

from tests.helpers import EXAMPLES, ROOT, provide_runtime_dependencies


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    base = tmp_path_factory.mktemp("wheel")
    wheels = base / "dist"
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "-q",
         "-w", str(wheels), str(ROOT)],
        check=True,
    )
    env_dir = base / "venv"
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    provide_runtime_dependencies(env_dir)
    python = env_dir / "bin" / "python"
    wheel, = wheels.glob("canvaslint-*.whl")
    subprocess.run([str(python), "-m", "pip", "install", "-q", "--no-deps", "--force-reinstall",
                    str(wheel)], check=True)
    return env_dir


def _clean_env() -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH",)}
    env["NO_COLOR"] = "1"
    return env


def test_wheel_has_no_top_level_rules_or_schemas(installed: Path) -> None:
    site = next(installed.glob("lib/python*/site-packages"))
    assert (site / "canvaslint" / "rules" / "b002_vague_words.yaml").is_file()
    assert (site / "canvaslint" / "schemas" / "canvas.schema.json").is_file()
    assert not (site / "rules").exists() and not (site / "schemas").exists()


def test_installed_command_lints_from_an_empty_folder(installed: Path, tmp_path: Path) -> None:
    canvas = tmp_path / "shop.canvas.yaml"
    canvas.write_bytes((EXAMPLES / "mistakes" / "S002-unknown-key.canvas.yaml").read_bytes())
    probe = subprocess.run(
        [str(installed / "bin" / "python"), "-c",
         "import canvaslint.rules.b001_empty_block as m; print(m.__file__)"],
        capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), check=True,
    )
    assert str(installed) in probe.stdout, "the rules must come from the installed wheel"
    result = subprocess.run(
        [str(installed / "bin" / "canvaslint"), "check", "--format", "json", "."],
        capture_output=True, text=True, cwd=tmp_path, env=_clean_env(),
    )
    assert result.returncode == 1, result.stderr
    findings = json.loads(result.stdout)["findings"]
    assert [(f["code"], f["line"]) for f in findings] == [("S002", 53)]
    module = subprocess.run(
        [str(installed / "bin" / "python"), "-m", "canvaslint", "schema"],
        capture_output=True, text=True, cwd=tmp_path, env=_clean_env(), check=True,
    )
    assert json.loads(module.stdout)["$schema"].endswith("2020-12/schema")
