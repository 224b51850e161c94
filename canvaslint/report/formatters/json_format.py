"""The json format: ``{"version": 1, "files": N, "findings": [...]}``.

The README's "A finding, and how to read it" shows it.
"""

from __future__ import annotations

import json

from canvaslint.report.results import Report


def render(report: Report) -> str:
    body = {
        "version": 1,
        "files": len(report.files),
        "findings": [f.as_dict() for f in report.findings],
    }
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"
