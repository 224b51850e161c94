"""An inline suppression comment that suppresses nothing.

Why: a `# canvaslint: disable=...` comment is a decision someone made about
a finding. When the finding is gone (the canvas was fixed, the item moved),
the comment stays behind and would silently hide the next, different
problem on that line. Reporting it keeps suppressions honest. Turn it off
with `--no-report-unused-disables` or `report-unused-disables: false`.

Fails:

    name: Nespresso  # canvaslint: disable

Passes:

    name: Nespresso
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.finding import Problem
from canvaslint.rule import Context

CODE = "X001"
NAME = "unused-suppression"
SEVERITY = "info"
SUMMARY = "An inline suppression comment suppresses nothing"
TRANSLATIONS = {
    "nl": {
        "summary": "Een commentaar dat een melding onderdrukt, onderdrukt niets",
        "default": (
            'deze `{what}` van {unused} onderdrukt hier niets: verwijder hem (of de code '
            'eruit), zodat oude onderdrukkingen zich niet opstapelen'
        ),
    },
    "ru": {
        "summary": "Комментарий-подавление ничего не подавляет",
        "default": (
            'этот `{what}` для {unused} здесь ничего не подавляет: удалите его (или код из '
            'него), чтобы устаревшие подавления не копились'
        ),
    },
}
NEEDS_CANVAS = False


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    """The engine finds these after the other rules ran (see canvaslint.suppress)."""
    return ()
