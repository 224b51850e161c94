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


def say(lang: str, msgid: str, n: int | None = None, /, **args: object) -> str:
    """The message ``msgid`` in ``lang`` filled with ``args`` (English where ``lang`` lacks it).

    For the words around the findings (summaries, errors, page labels),
    whose arguments are plain text: ``say("ru", "count.file", 5, count=5)``
    is ``5 файлов`` (``n`` picks the plural form). A missing id shows the
    id itself, never a traceback; ``tests/test_messages.py`` keeps that
    from shipping.
    """
    text = template(lang, msgid, n) or template("en", msgid, n) or msgid
    return text.format(**args)
