"""The html format: one self-contained page with every file, its score and findings."""

from __future__ import annotations

from canvaslint.report.results import Report


def render(report: Report) -> str:
    from canvaslint.report.render import render_report

    return render_report(report)
