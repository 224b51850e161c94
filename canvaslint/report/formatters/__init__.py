"""Report formats: a name -> function map, each taking a report and returning text.

Formatter modules are imported only when their format is asked for, so a
plain text run does not pay for XML or SARIF.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable

from canvaslint.report.results import Report

Formatter = Callable[[Report], str]

FORMATS: dict[str, str] = {
    "text": "canvaslint.report.formatters.text",
    "json": "canvaslint.report.formatters.json_format",
    "sarif": "canvaslint.report.formatters.sarif",
    "github": "canvaslint.report.formatters.github",
    "junit": "canvaslint.report.formatters.junit",
    "html": "canvaslint.report.formatters.html",
}


def get(name: str) -> Formatter:
    module = importlib.import_module(FORMATS[name])
    render: Formatter = module.render
    return render
