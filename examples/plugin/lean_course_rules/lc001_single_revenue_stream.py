"""A canvas lives on a single revenue stream.

Why: the lean course asks every team to test at least two ways of earning
money. A model with one revenue stream has no fallback when that one price
or customer turns out wrong.

Fails:

    name: Coffee club
    revenue_streams:
      - name: Capsule sales

Passes:

    name: Coffee club
    revenue_streams:
      - name: Capsule sales
      - name: Machine rental
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Problem

CODE = "LC001"
NAME = "single-revenue-stream"
SEVERITY = "warning"
SUMMARY = "The canvas has only one revenue stream"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    streams = ctx.canvas.revenue_streams
    if len(streams) == 1:
        only = streams[0]
        yield Problem(only.at, f'revenue stream "{only.name}" is the only one: add a second '
                      "way of earning money to test, so the model has a fallback",
                      item=only.name)
