"""An inline suppression comment that suppresses nothing.

Why: a `# canvaslint: disable=...` comment is a decision someone made about
a finding. When the finding is gone (the canvas was fixed, the item moved),
the comment stays behind and would silently hide the next, different
problem on that line. Reporting it keeps suppressions honest. Turn it off
with `--no-report-unused-disables` or `report-unused-disables: false`.

A directive naming a rule that does not exist (``disable=KA01``) is
reported too, with the rule it most likely means.

Fails:

    name: Nespresso  # canvaslint: disable

Passes:

    name: Nespresso
"""

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
        "unknown_close": "onbekende regel {code} in deze onderdrukking; bedoelt u {close}? "
                         "Zoals het er staat, onderdrukt het niets",
        "unknown": "onbekende regel {code} in deze onderdrukking, dus die onderdrukt niets: "
                   "`canvaslint rules` toont de codes en namen",
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
        "unknown_close": "неизвестное правило {code} в этом подавлении; может быть, {close}? "
                         "В таком виде оно ничего не подавляет",
        "unknown": "неизвестное правило {code} в этом подавлении, поэтому оно ничего не "
                   "подавляет: коды и названия правил показывает `canvaslint rules`",
    },
}
NEEDS_CANVAS = False

