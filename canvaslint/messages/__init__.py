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
from typing import TYPE_CHECKING

from canvaslint.data import shipped

if TYPE_CHECKING:
    from canvaslint.finding import Problem

LANGUAGES = ("en", "nl", "ru")
# A plural entry's msgid_plural is its msgid with this ending (ids are symbolic).
PLURAL = ".plural"


@cache
def catalog(lang: str) -> GNUTranslations:
    """The compiled catalog of ``lang`` (English for a language we do not have)."""
    code = lang if lang in LANGUAGES else "en"
    with shipped("canvaslint.messages", f"{code}.mo").open("rb") as fp:
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


class Said:
    """A message by id and arguments, to be said in the language of whoever reports it.

    An error is made deep in the run (reading a configuration) and shown at
    the top, where ``--lang`` is known: ``raise ConfigError(Said(
    "config.error.unknown-key", where=..., key=key, hint=Said(...)))``.
    ``str()`` of the error is English, as it always was; :func:`shown` says
    it in the report's language. Arguments are filled as rule messages are
    (:func:`canvaslint.i18n.render`), so a list is joined and a nested
    :class:`Said` is said in the same language.
    """

    def __init__(self, msgid: str, n: int | None = None, /, **args: object) -> None:
        self.msgid = msgid
        self.n = n
        self.args = args

    def in_(self, lang: str) -> str:
        from canvaslint.i18n import language, render

        text = template(lang, self.msgid, self.n) or template("en", self.msgid, self.n)
        args = {k: v.in_(lang) if isinstance(v, Said) else v for k, v in self.args.items()}
        return render(text or self.msgid, args, language(lang))

    def __str__(self) -> str:
        return self.in_("en")

    def __repr__(self) -> str:
        return f"Said({self.msgid!r}, {self.args!r})"


def shown(error: object, lang: str | None) -> str:
    """An error's text in ``lang`` (English without one): what a :class:`Said` says, else str()."""
    said = error if isinstance(error, Said) else next(
        (a for a in getattr(error, "args", ()) if isinstance(a, Said)), None)
    return said.in_(lang or "en") if said is not None else str(error)


def words(code: str, problem: Problem, lang: str = "en") -> str:
    """A built-in rule's problem in words, for places that show it without the engine.

    A configuration or YAML-rule file that is not valid YAML, and ``convert``'s
    warnings, say what the loader found in the same words a finding would.
    """
    from canvaslint.i18n import language, render

    msgid = f"{code}.{problem.msgid}"
    found = template(lang, msgid, problem.count) or template("en", msgid, problem.count)
    return render(found, problem.args or {}, language(lang)) if found else problem.message
