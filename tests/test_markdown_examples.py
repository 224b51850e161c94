"""The YAML examples written as Markdown give the same findings: codes and items.

Mistakes about YAML itself (Y...), its keys and values (S001, S002) and
its comments (X001) have no Markdown counterpart.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
import yaml
from click.testing import CliRunner

from canvaslint.cli.main import cli
from canvaslint.i18n import localize
from canvaslint.read.formats import load_canvas
from tests.helpers import EXAMPLES
from tests.markdown_writer import write

SKIP = ("Y0", "S001", "S002", "X001")
CANVASES = sorted([*EXAMPLES.glob("*.canvas.yaml"), *EXAMPLES.glob("mistakes/*.canvas.yaml")])
CANVASES = [p for p in CANVASES if not p.name.startswith(SKIP)]


def lint(path: Path) -> list[tuple[str, str]]:
    result = CliRunner().invoke(cli, ["check", "--format", "json", "--lang", "en", str(path)],
                                catch_exceptions=False)
    found: list[dict[str, Any]] = json.loads(result.output)["findings"]
    return sorted((f["code"], f["message"]) for f in found)


@pytest.mark.parametrize("example", CANVASES, ids=lambda p: p.name)
def test_example_as_markdown_gives_the_same_findings(example: Path, tmp_path: Path) -> None:
    doc = load_canvas(str(example), example.read_bytes())
    localize(doc)
    data = doc.data
    plain = tmp_path / "canvas.yaml"
    plain.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), "utf-8")
    markdown = tmp_path / "canvas.md"
    markdown.write_text(write(data, doc.language), encoding="utf-8")
    expected = lint(plain)
    assert expected == lint(markdown)
    if example.parent.name == "mistakes":  # the example's own mistake is found in Markdown too
        code = example.name.split("-")[0]
        assert code in {c for c, _ in expected}
