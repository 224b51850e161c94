"""X001: the directives that suppressed nothing, and those naming no rule.

A suppression left behind after its finding is gone would hide the next,
different problem on its line; one with a typo (``disable=KA01``) never
suppressed anything. Both are said with the rule the user most likely
meant, in the catalogs' words (``X001.*``).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING

from canvaslint.check.rule import RuleInfo
from canvaslint.check.selection import specificity
from canvaslint.finding import Finding, Severity
from canvaslint.i18n import Phrase

if TYPE_CHECKING:
    from canvaslint.check.suppress import Directive


def unused_findings(found: list[Directive], file: str, rules: Mapping[str, RuleInfo],
            enabled: set[str], severity: Severity, lang: str) -> list[Finding]:
    out = []
    for d in found:
        for name, close in _unknown(d.codes, rules):
            msgid, args = ("unknown_close", {"code": name, "close": close}) if close else (
                "unknown", {"code": name})
            out.append(_x001(d, file, severity, rules, lang, msgid, args))
        unused: list[str]
        if not d.codes:
            unused = [] if d.used else [Phrase("X001.all-rules")]
        else:
            unused = [c for c in d.codes if c not in d.used and _known(c, rules)
                      and _was_run(c, rules, enabled)]
        if not unused:
            continue
        what = "disable-file" if d.file_wide else "disable"
        out.append(_x001(d, file, severity, rules, lang, "default",
                         {"what": what, "unused": unused}))
    return out


def _x001(d: Directive, file: str, severity: Severity, rules: Mapping[str, RuleInfo],
          lang: str, msgid: str, args: Mapping[str, object]) -> Finding:
    """X001 in ``lang`` (and in English, which a baseline keys on); its words are X001.*."""
    info = rules["X001"]
    english = info.message("en", msgid, args)
    message = english if lang == "en" else info.message(lang, msgid, args, fallback=english)
    return Finding(
        file=file, line=d.line, column=d.column, code=info.code, end_line=d.line,
        end_column=d.end_column, name=info.name, severity=severity,
        message=message, english=english if english != message else "",
    )


def _known(selector: str, rules: Mapping[str, RuleInfo]) -> bool:
    return any(specificity(selector, r) > 0 for r in rules.values())


def _unknown(codes: list[str], rules: Mapping[str, RuleInfo]) -> list[tuple[str, str | None]]:
    """The codes naming no rule, each with the code or name it most likely means."""
    import difflib

    out: list[tuple[str, str | None]] = []
    unknown = [c for c in codes if not _known(c, rules)]
    if unknown:
        words = [r.code for r in rules.values()] + [r.name for r in rules.values()]
        for code in unknown:
            close = difflib.get_close_matches(code, words, n=1, cutoff=0.6)
            out.append((code, close[0] if close else None))
    return out


def _was_run(selector: str, rules: Mapping[str, RuleInfo], enabled: set[str]) -> bool:
    """Only a rule that ran can be said to have had nothing to suppress."""
    matching = [r for r in rules.values() if specificity(selector, r) > 0]
    if not matching:
        return True  # an unknown code: report it, it can never suppress anything
    return any(r.code in enabled for r in matching)
