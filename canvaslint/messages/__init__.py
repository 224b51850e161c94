"""Every message canvaslint shows, as data: one gettext catalog per language.

``en.po``, ``nl.po`` and ``ru.po`` hold each message under an id
(``CR001.over``, ``CR001.summary``), English being one language among
three; a rule yields the id and its arguments, never a sentence. The
catalogs are compiled to ``.mo`` (``tools/compile_messages.py``) and read
with the standard library's :mod:`gettext`, which also evaluates each
language's plural forms (Russian has three). Arguments are filled in by
:func:`canvaslint.i18n.render`, which shows vocabulary words, kinds and keys
in the report's language.
"""

from __future__ import annotations

from functools import cache
from gettext import GNUTranslations
from importlib import resources
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from canvaslint.finding import Problem

LANGUAGES = ("en", "nl", "ru")
# A plural entry's msgid_plural is its msgid with this ending (ids are symbolic).
PLURAL = ".plural"


@cache
def catalog(lang: str) -> GNUTranslations:
    """The compiled catalog of ``lang`` (English for a language we do not have)."""
    code = lang if lang in LANGUAGES else "en"
    with resources.files(__package__).joinpath(f"{code}.mo").open("rb") as fp:
        return GNUTranslations(fp)


def template(lang: str, msgid: str, count: int | None = None) -> str | None:
    """The text of ``msgid`` in ``lang`` (the plural form for ``count``), or None."""
    cat = catalog(lang)
    if count is None:
        found = cat.gettext(msgid)
        return None if found == msgid else found
    found = cat.ngettext(msgid, msgid + PLURAL, count)
    return None if found in (msgid, msgid + PLURAL) else found


def words(code: str, problem: Problem, lang: str = "en") -> str:
    """A built-in rule's problem in words, for places that show it without the engine.

    A configuration or YAML-rule file that is not valid YAML, and ``convert``'s
    warnings, say what the loader found in the same words a finding would.
    """
    from canvaslint.i18n import language, render

    msgid = f"{code}.{problem.msgid}"
    found = template(lang, msgid, problem.count) or template("en", msgid, problem.count)
    return render(found, problem.args or {}, language(lang)) if found else problem.message
