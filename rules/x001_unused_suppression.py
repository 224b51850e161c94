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
        "why": "Waarom: een commentaar `# canvaslint: disable=...` is een besluit dat iemand over "
               "een melding heeft genomen. Als de melding verdwenen is (het canvas is verbeterd, "
               "het item is verplaatst), blijft het commentaar achter en zou het het volgende, "
               "andere probleem op die regel ongemerkt verbergen. Door het te melden blijven "
               "onderdrukkingen eerlijk. Zet dit uit met `--no-report-unused-disables` of "
               "`report-unused-disables: false`.",
        "default": (
            'deze `{what}` van {unused} onderdrukt hier niets: verwijder hem (of de code '
            'eruit), zodat oude onderdrukkingen zich niet opstapelen'
        ),
    },
    "ru": {
        "summary": "Комментарий-подавление ничего не подавляет",
        "why": "Почему: комментарий `# canvaslint: disable=...` — это решение, которое кто-то "
               "принял о замечании. Когда замечания больше нет (холст исправили, элемент "
               "перенесли), комментарий остаётся и незаметно скрыл бы следующую, уже другую "
               "проблему в этой строке. Сообщение о таком комментарии не даёт подавлениям скрывать "
               "лишнее. Отключить его можно с помощью `--no-report-unused-disables` или "
               "`report-unused-disables: false`.",
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
