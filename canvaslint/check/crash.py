"""Findings for code that failed: a rule's (X000), or canvaslint's own (X002).

Nothing crashes the run (cfn-lint's habit): an exception inside a rule
becomes a finding naming the rule and the other rules go on; an exception
in canvaslint outside any rule becomes a finding on the file being linted
and the other files go on. Each is its own documented code
(``rules/x000_rule_crashed.py``, ``rules/x002_internal_error.py``), so
a bug of ours never reads as a YAML syntax error in the user's canvas.
The words are in the catalogs like every other finding's.
"""

from __future__ import annotations

import traceback
from collections.abc import Mapping
from typing import Any

from canvaslint.finding import Finding, Severity

# The codes this module reports and their names (the rule modules document them).
RULE_CRASHED = ("X000", "rule-crashed")
INTERNAL_ERROR = ("X002", "internal-error")


def rule_crashed(file: str, code: str, name: str, origin: str, exc: BaseException,
                 lang: str = "en") -> Finding:
    """X000: the rule ``code`` raised ``exc`` on ``file``; the other rules ran."""
    where = traceback.extract_tb(exc.__traceback__)[-1] if exc.__traceback__ else None
    args = {"code": code, "name": name, "origin": origin, "error": _error(exc),
            "where": f"{where.filename}:{where.lineno}" if where else "?"}
    return _finding(file, RULE_CRASHED, "default", args, lang)


def internal_error(file: str, exc: BaseException | None = None, lang: str = "en") -> Finding:
    """X002: canvaslint itself failed on ``file`` (``exc``; None: its process died)."""
    if exc is None:
        return _finding(file, INTERNAL_ERROR, "died", {}, lang)
    return _finding(file, INTERNAL_ERROR, "default", {"error": _error(exc)}, lang)


def _error(exc: BaseException) -> str:
    return f"{type(exc).__name__}: {exc}"


def _finding(file: str, rule: tuple[str, str], msgid: str, args: Mapping[str, Any],
             lang: str) -> Finding:
    code, name = rule
    english = _words("en", f"{code}.{msgid}", args)
    message = english if lang == "en" else _words(lang, f"{code}.{msgid}", args) or english
    return Finding(file=file, line=1, column=1, code=code, end_line=1, end_column=1,
                   name=name, severity=Severity.ERROR, message=message,
                   english=english if message != english else "")


def _words(lang: str, msgid: str, args: Mapping[str, Any]) -> str:
    from canvaslint.i18n import language, render
    from canvaslint.messages import template

    found = template(lang, msgid)
    return render(found, args, language(lang)) if found else ""
