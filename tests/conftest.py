"""Shared helpers: lint a snippet in-process, run the CLI, find the examples."""

from __future__ import annotations

import importlib.util
import textwrap
from collections.abc import Iterable
from pathlib import Path

import pytest

from canvaslint.engine import RunSettings, lint_document
from canvaslint.finding import Finding
from canvaslint.loader import load
from canvaslint.registry import discover
from canvaslint.rule import RuleInfo
from canvaslint.selection import Selection

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"


_RULES: list[RuleInfo] = []


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


def codes(findings: Iterable[Finding]) -> list[str]:
    return [f.code for f in findings]


def where(findings: Iterable[Finding], code: str) -> list[tuple[int, int]]:
    return [(f.line, f.column) for f in findings if f.code == code]


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once, in one line, when the suite cannot test this checkout.

    ``python -m pytest`` puts the repository first on ``sys.path``, so with a
    non-editable install the checkout's ``canvaslint/`` hides the installed
    one, and ``rules/`` (installed as ``canvaslint.rules``) is nowhere.
    """
    if importlib.util.find_spec("canvaslint.rules") is None:
        pytest.exit("canvaslint is not installed from this checkout: run the README's "
                    "python -m pip install -e '.[test]' && python -m pytest", returncode=2)


@pytest.fixture
def lint_snippet():  # type: ignore[no-untyped-def]
    return lint
