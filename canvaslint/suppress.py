"""Inline suppression: ``# canvaslint: disable=CR001 -- reason`` in YAML comments.

A directive on a finding's line, or alone on the line above it, disables
the named rules (codes, prefixes or names; none: all) there;
``disable-file=...`` anywhere covers the whole file. Text after `` -- `` is
the reason, kept for the reader. Only real comments count: a ``#`` inside a
quoted or block scalar is text, which we know from libyaml's own tokens.
A directive that suppresses nothing is reported as X001.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import yaml

from canvaslint.finding import Finding, Severity
from canvaslint.rule import RuleInfo
from canvaslint.selection import specificity

MARKER = "canvaslint:"
_DIRECTIVE = re.compile(
    r"#\s*canvaslint:\s*(?P<kind>disable-file|disable)"
    r"(?:\s*=\s*(?P<codes>[^\s#]+(?:\s*,\s*[^\s#]+)*))?"
    r"(?:\s+--\s*(?P<reason>.*))?\s*$"
)


@dataclass
class Directive:
    line: int
    column: int
    end_column: int
    file_wide: bool
    codes: list[str]            # empty: every rule
    reason: str
    applies_to: int             # the line it covers (0: the whole file)
    used: set[str] = field(default_factory=set)

    def covers(self, finding: Finding, rule: RuleInfo | None) -> str | None:
        """The selector that covers the finding, or None."""
        if not self.file_wide and finding.line != self.applies_to:
            return None
        if not self.codes:
            return "*"
        for code in self.codes:
            if code == finding.code or (rule is not None and specificity(code, rule) > 0):
                return code
        return None


def _scalar_spans(text: str) -> list[tuple[int, int]]:
    """Character ranges of every scalar: a ``#`` in them is not a comment."""
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    spans = []
    try:
        for token in yaml.scan(text, Loader=loader):
            if isinstance(token, yaml.ScalarToken):
                spans.append((token.start_mark.index, token.end_mark.index))
    except yaml.YAMLError:
        pass  # a broken file: the lines before the error still count
    return spans


def directives(text: str) -> list[Directive]:
    if MARKER not in text:
        return []
    spans = _scalar_spans(text)
    found: list[Directive] = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        at = line.find("#")
        while at != -1:
            index = offset + at
            if not any(start <= index < end for start, end in spans):
                match = _DIRECTIVE.match(line.rstrip("\r\n"), at)
                if match:
                    found.append(_directive(match, number, at, line))
                break
            at = line.find("#", at + 1)
        offset += len(line)
    return found


def _directive(match: re.Match[str], number: int, at: int, line: str) -> Directive:
    codes = [c.strip() for c in (match.group("codes") or "").split(",") if c.strip()]
    alone = not line[:at].strip()
    file_wide = match.group("kind") == "disable-file"
    return Directive(
        line=number, column=at + 1, end_column=len(line.rstrip("\r\n")) + 1,
        file_wide=file_wide, codes=codes, reason=(match.group("reason") or "").strip(),
        applies_to=0 if file_wide else (number + 1 if alone else number),
    )


def apply(findings: Sequence[Finding], file: str, text: str, rules: Mapping[str, RuleInfo],
          enabled: set[str], unused_severity: Severity | None,
          lang: str = "en", found: list[Directive] | None = None) -> list[Finding]:
    """Drop suppressed findings; add X001 for directives that suppressed nothing.

    ``unused_severity`` is None when unused suppressions are not reported;
    ``found`` are the directives when the file is not YAML (a Markdown canvas).
    """
    found = directives(text) if found is None else found
    if not found:
        return list(findings)
    kept: list[Finding] = []
    for finding in findings:
        hit = False
        for directive in found:
            selector = directive.covers(finding, rules.get(finding.code))
            if selector is not None:
                directive.used.add(selector)
                hit = True
        if not hit:
            kept.append(finding)
    if unused_severity is not None:
        kept.extend(_unused(found, file, rules, enabled, unused_severity, lang))
    return sorted(kept)


def _unused(found: list[Directive], file: str, rules: Mapping[str, RuleInfo],
            enabled: set[str], severity: Severity, lang: str) -> list[Finding]:
    from canvaslint.i18n import translate

    translations = rules["X001"].translations if "X001" in rules else {}
    out = []
    for d in found:
        if not d.codes:
            unused = [] if d.used else ["all rules"]
        else:
            unused = [c for c in d.codes if c not in d.used and _was_run(c, rules, enabled)]
        if not unused:
            continue
        what = "disable-file" if d.file_wide else "disable"
        english = (f"this `{what}` of {', '.join(unused)} suppresses nothing here: "
                   "remove it (or the code from it) so stale suppressions do not pile up")
        message = translate(translations, lang, "default",
                            {"what": what, "unused": unused}) or english
        out.append(Finding(
            file=file, line=d.line, column=d.column, code="X001", end_line=d.line,
            end_column=d.end_column, name="unused-suppression", severity=severity,
            message=message,
        ))
    return out


def _was_run(selector: str, rules: Mapping[str, RuleInfo], enabled: set[str]) -> bool:
    """Only a rule that ran can be said to have had nothing to suppress."""
    matching = [r for r in rules.values() if specificity(selector, r) > 0]
    if not matching:
        return True  # an unknown code: report it, it can never suppress anything
    return any(r.code in enabled for r in matching)
