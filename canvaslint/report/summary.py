"""The words around the findings (summary line, score heading, commands) in the user's language.

A Dutch or Russian run said ``Found 8 problems`` in English (issue 18).
Russian counts need three forms (1 проблема, 2 проблемы, 5 проблем), Dutch
and English two; the words are entries of the gettext catalogs
(``canvaslint/messages``), whose ``Plural-Forms`` pick the form (issue 15).
The report's language is ``--lang``, else the one language all linted
files are written in, else English (as the html page already chose it).
"""

from __future__ import annotations

from collections.abc import Iterable

from canvaslint.finding import Severity
from canvaslint.i18n import language_line
from canvaslint.messages import LANGUAGES, say

# The catalog ids of the counted nouns, a finding's badge and the languages' names.
NOUNS = {"problem": "count.problem", "file": "count.file", "error": "count.error",
         "warning": "count.warning", "info": "count.info", "fix": "count.fix",
         "finding": "count.finding"}
BADGES = {"error": "severity.error", "warning": "severity.warning", "info": "severity.info"}
LANGUAGE_NAMES = {"en": "language.en", "nl": "language.nl", "ru": "language.ru"}
# The parts of the health score, as the text report names them.
SCORE_PARTS = {"blocks": "score.part.blocks", "segments": "score.part.segments",
               "fit": "score.part.fit", "journeys": "score.part.journeys",
               "checked": "score.part.checked", "error-free": "score.part.error-free"}


class Words:
    """The report's words in one language, read from the message catalogs."""

    def __init__(self, lang: str) -> None:
        self.lang = lang if lang in LANGUAGES else "en"

    def text(self, msgid: str, n: int | None = None, **args: object) -> str:
        """The message ``msgid`` filled in; a plural message agrees with ``n``."""
        return say(self.lang, msgid, n, **args)

    def count(self, n: int, noun: str) -> str:
        """``5 проблем``, ``1 bestand``, ``2 errors``."""
        return say(self.lang, NOUNS[noun], n, count=n)

    def severity(self, severity: Severity, n: int) -> str:
        return self.count(n, str(severity))

    def language_name(self, code: str) -> str:
        """``nl`` as the user's language calls it: Dutch, Nederlands, нидерландский."""
        return say(self.lang, LANGUAGE_NAMES[code]) if code in LANGUAGE_NAMES else code

    def severity_name(self, severity: Severity) -> str:
        """``error``, ``fout``, ``ошибка``: one finding's badge."""
        return say(self.lang, BADGES[str(severity)])




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
