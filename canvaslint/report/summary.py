"""The words around the findings (summary line, score heading, commands) in the user's language.

A Dutch or Russian run said ``Found 8 problems`` in English (issue 18).
Russian counts need three forms (1 проблема, 2 проблемы, 5 проблем), Dutch
and English two; :func:`count` picks the form by the CLDR plural rules of
the language, which for these three languages are the few lines below.
The report's language is ``--lang``, else the one language all linted
files are written in, else English (as the html page already chose it).
"""

from __future__ import annotations

from collections.abc import Iterable

from canvaslint.finding import Severity
from canvaslint.i18n import language_line

# Per language: templates, and nouns as (one, other) or, in Russian, (one, few, many).
WORDS: dict[str, dict[str, str | tuple[str, ...]]] = {
    "en": {
        "clear": "All clear: no problems found in {files}.",
        "found": "Found {problems} ({parts}) in {files}.",
        "fixed": "Fixed {problems}.",
        "fixable": "[*] {count} fixable with {option}.",
        "hidden": ("{hidden} that changes what the canvas says is available with "
                   "--unsafe-fixes.", "{hidden} that change what the canvas says are available "
                   "with --unsafe-fixes."),
        "gone": ("{gone} of the baseline no longer occurs: refresh it with --write-baseline.",
                 "{gone} of the baseline no longer occur: refresh it with --write-baseline."),
        "score": "Health score (0-100; see docs/health-score.md):",
        "problem": ("problem", "problems"), "file": ("file", "files"),
        "error": ("error", "errors"), "warning": ("warning", "warnings"),
        "info": ("info", "info"), "fix": ("fix", "fixes"), "finding": ("finding", "findings"),
        "rule_head": "{code} {name} (default severity: {severity}; from {origin})",
        "options": "Default options:",
        "wrote": "Wrote a starter canvas ({language}) to {target}; check it with: "
                 "canvaslint check {target}",
        "not_found_by_name": "folders are searched for canvas.yaml and *.canvas.yaml; {name} is "
                             "linted only when named on the command line",
        "exists": "{target} already exists; use --force to overwrite it",
        "languages": ("English", "Dutch", "Russian"),
        "part_blocks": "blocks",
        "part_segments": "segments",
        "part_fit": "fit",
        "part_journeys": "journeys",
        "part_checked": "checked",
        "part_error-free": "error-free",
    },
    "nl": {
        "clear": "Alles in orde: geen problemen gevonden in {files}.",
        "found": "{problems} gevonden ({parts}) in {files}.",
        "fixed": "{problems} gerepareerd.",
        "fixable": "[*] {count} te repareren met {option}.",
        "hidden": "{hidden} die veranderen wat het canvas zegt: beschikbaar met --unsafe-fixes.",
        "gone": "{gone} van de baseline komen niet meer voor: vernieuw hem met "
                "--write-baseline.",
        "score": "Gezondheidsscore (0-100; zie docs/health-score.md):",
        "problem": ("probleem", "problemen"), "file": ("bestand", "bestanden"),
        "error": ("fout", "fouten"), "warning": ("waarschuwing", "waarschuwingen"),
        "info": ("info", "info"), "fix": ("reparatie", "reparaties"),
        "finding": ("bevinding", "bevindingen"),
        "rule_head": "{code} {name} (standaard-ernst: {severity}; uit {origin})",
        "options": "Standaardopties:",
        "wrote": "Een startcanvas ({language}) geschreven naar {target}; controleer het met: "
                 "canvaslint check {target}",
        "not_found_by_name": "in mappen wordt gezocht naar canvas.yaml en *.canvas.yaml; {name} "
                             "wordt alleen gecontroleerd als je het op de opdrachtregel noemt",
        "exists": "{target} bestaat al; gebruik --force om het te overschrijven",
        "languages": ("Engels", "Nederlands", "Russisch"),
        "part_blocks": "bouwstenen",
        "part_segments": "segmenten",
        "part_fit": "fit",
        "part_journeys": "klantreizen",
        "part_checked": "gecontroleerd",
        "part_error-free": "foutvrij",
    },
    "ru": {
        "clear": "Всё в порядке: проблем не найдено; проверено файлов: {nfiles}.",
        "found": "Найдено: {problems} ({parts}); проверено файлов: {nfiles}.",
        "fixed": "Исправлено: {problems}.",
        "fixable": "[*] Можно исправить с {option}: {count}.",
        "hidden": "Исправления, меняющие смысл холста, доступны с --unsafe-fixes: {hidden}.",
        "gone": "Записи базовой линии, которых больше нет: {gone}; обновите её с "
                "--write-baseline.",
        "score": "Оценка здоровья (0-100; см. docs/health-score.md):",
        "problem": ("проблема", "проблемы", "проблем"), "file": ("файл", "файла", "файлов"),
        "error": ("ошибка", "ошибки", "ошибок"),
        "warning": ("предупреждение", "предупреждения", "предупреждений"),
        "info": ("замечание", "замечания", "замечаний"),
        "fix": ("исправление", "исправления", "исправлений"),
        "finding": ("запись", "записи", "записей"),
        "rule_head": "{code} {name} (важность по умолчанию: {severity}; источник: {origin})",
        "options": "Параметры по умолчанию:",
        "wrote": "Начальный холст ({language}) записан в {target}; проверьте его: "
                 "canvaslint check {target}",
        "not_found_by_name": "в папках ищутся canvas.yaml и *.canvas.yaml; {name} проверяется, "
                             "только если указать его в командной строке",
        "exists": "{target} уже существует; используйте --force, чтобы перезаписать его",
        "languages": ("английский", "нидерландский", "русский"),
        "part_blocks": "блоки",
        "part_segments": "сегменты",
        "part_fit": "соответствие",
        "part_journeys": "пути",
        "part_checked": "проверено",
        "part_error-free": "без ошибок",
    },
}


def plural_form(lang: str, n: int) -> int:
    """The index of the noun form for ``n``: CLDR's rules for English, Dutch and Russian."""
    if lang != "ru":
        return 0 if n == 1 else 1
    if n % 10 == 1 and n % 100 != 11:
        return 0
    if 2 <= n % 10 <= 4 and not 12 <= n % 100 <= 14:
        return 1
    return 2


class Words:
    """The report's words in one language."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in WORDS else "en"
        self.table = WORDS[self.lang]

    def text(self, key: str, n: int = 1, **args: object) -> str:
        """The template ``key`` filled in; a template with forms agrees with ``n``."""
        template = self.table[key]
        if isinstance(template, tuple):
            template = template[min(plural_form(self.lang, n), len(template) - 1)]
        return template.format(**args)

    def count(self, n: int, noun: str) -> str:
        """``5 проблем``, ``1 bestand``, ``2 errors``."""
        forms = self.table[noun]
        assert isinstance(forms, tuple)
        return f"{n} {forms[min(plural_form(self.lang, n), len(forms) - 1)]}"

    def severity(self, severity: Severity, n: int) -> str:
        return self.count(n, str(severity))

    def language_name(self, code: str) -> str:
        """``nl`` as the user's language calls it: Dutch, Nederlands, нидерландский."""
        names = self.table["languages"]
        assert isinstance(names, tuple)
        return names[("en", "nl", "ru").index(code)] if code in ("en", "nl", "ru") else code

    def severity_name(self, severity: Severity) -> str:
        """``error``, ``fout``, ``ошибка``: one finding's badge."""
        forms = self.table[str(severity)]
        assert isinstance(forms, tuple)
        return forms[0]




def written_in(raw: bytes | str) -> str | None:
    """The language a canvas file says it is written in, read from its text alone.

    The summary needs each file's language, and loading every file again
    would double the run; the ``language:`` line (``taal:``, ``язык:``) at
    the top level says it, in YAML and in a Markdown canvas's front matter.
    """
    if isinstance(raw, str):
        return None
    return language_line(raw.decode("utf-8", errors="replace"))


def common(languages: Iterable[str | None]) -> str:
    """The one language every file is written in, or English when they differ."""
    found = {lang for lang in languages if lang is not None}
    return found.pop() if len(found) == 1 else "en"
