"""Helpers the tests share: lint a snippet in-process, find the examples, the rules.

Plain functions in a plain module, imported by name (``from tests.helpers
import lint``); ``conftest.py`` keeps only what pytest itself calls.
"""

from __future__ import annotations

import textwrap
from collections.abc import Iterable
from pathlib import Path

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.check.registry import discover
from canvaslint.check.rule import RuleInfo
from canvaslint.check.selection import Selection
from canvaslint.finding import Finding, Problem
from canvaslint.read.loader import load

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


_RULES: list[RuleInfo] = []
# Findings about code that failed (a rule's, X000; canvaslint's own, X002): no
# canvas raises them, so their docs have no examples; tests/test_crash.py
# raises them for real.
CRASH_CODES = frozenset({"X000", "X002"})


def all_rules() -> list[RuleInfo]:
    """Every registered rule, discovered once per test session."""
    if not _RULES:
        _RULES.extend(discover())
    return list(_RULES)


def lint(text: str, select: Iterable[str] = ("ALL",), name: str = "canvas.yaml",
         options: dict[str, dict[str, object]] | None = None) -> list[Finding]:
    """Lint a YAML snippet (dedented) with the given selection."""
    selection = Selection(select=list(select))
    catalog = all_rules()
    rules = [r for r in catalog if selection.enabled(r)]
    raw = textwrap.dedent(text).lstrip("\n").encode("utf-8")
    settings = RunSettings(rules=rules, options=options or {},
                           catalog={r.code: r for r in catalog})
    return lint_document(load(name, raw), settings)


def english(code: str, problem: Problem) -> str:
    """A stage's problem in English, as the engine words it (from the catalog)."""
    info = next(r for r in all_rules() if r.code == code)
    return info.message("en", problem.msgid, problem.args, problem.count, problem.message)


def codes(findings: Iterable[Finding]) -> list[str]:
    return [f.code for f in findings]


def where(findings: Iterable[Finding], code: str) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in findings if f.code == code]


def provide_runtime_dependencies(env_dir: Path) -> None:
    """Give a fresh virtual environment the runtime dependencies it lacks, offline.

    Test environments are made with the base interpreter's site-packages; a
    dependency installed only where the tests run (a development virtual
    environment) is copied from there, file by file, as its installer laid
    it out, so no network is needed.
    """
    import re
    import shutil
    import subprocess
    from importlib import metadata

    python = env_dir / "bin" / "python"
    site = Path(subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        capture_output=True, text=True, check=True).stdout.strip())
    for requirement in metadata.requires("canvaslint") or []:
        if ";" in requirement:
            continue  # an extra (test, dev): not needed at run time
        name = re.split(r"[<>=!~ \[]", requirement, maxsplit=1)[0]
        probe = subprocess.run([str(python), "-c", f"import importlib.metadata as m; "
                                f"m.version({name!r})"], capture_output=True)
        if probe.returncode == 0:
            continue
        dist = metadata.distribution(name)
        for file in dist.files or []:
            source = Path(str(dist.locate_file(file)))
            if source.is_file() and ".." not in file.parts:
                target = site / file
                target.parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(source, target)
