"""Inline suppression: ``# canvaslint: disable=CR001 -- reason`` in YAML comments.

A directive on a finding's line, or alone on the line above it, disables
the named rules (codes, prefixes or names; none: all) there;
``disable-file=...`` anywhere covers the whole file. Text after `` -- `` is
the reason, kept for the reader. Only real comments count: a ``#`` inside a
quoted or block scalar is text, which we know from libyaml's own tokens.
A directive that suppresses nothing is reported as X001.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import yaml

from canvaslint.finding import Finding, Severity
from canvaslint.rule import RuleInfo
from canvaslint.selection import specificity

MARKER = "canvaslint:"
# Only the head is a pattern; the codes and the reason are split by hand, in one
# pass: a pattern for "codes separated by commas" backtracked exponentially on
# `disable=A,A,A,...,A #` (issue 17).
_HEAD = re.compile(r"#[ \t]*canvaslint:[ \t]*(?P<kind>disable-file|disable)")
_REASON = re.compile(r"\s--")


@dataclass(frozen=True)
class _Parsed:
    kind: str
    codes: list[str]
    reason: str


def parse(comment: str) -> _Parsed | None:
    """``# canvaslint: disable=A, B -- why`` -> its parts; None if it is not a directive.

    Linear in the comment's length: one match of a fixed head, one search for
    the `` --`` that starts the reason, one split on commas.
    """
    head = _HEAD.match(comment)
    if head is None:
        return None
    rest = comment[head.end():]
    reason = ""
    split = _REASON.search(rest)
    if split is not None:
        rest, reason = rest[:split.start()], rest[split.end():].strip()
    rest = rest.strip()
    codes: list[str] = []
    if rest:
        if not rest.startswith("="):
            return None  # `disablex`, or words after the codes without ` -- `
        pieces = [piece.strip() for piece in rest[1:].split(",")]
        if "#" in rest or any(len(piece.split()) > 1 for piece in pieces):
            return None
        codes = [piece for piece in pieces if piece]
        if not codes:
            return None
    return _Parsed(head.group("kind"), codes, reason)


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


class _Index:
    """Directives by (line covered, selector): each finding looks up only its own.

    Matching every finding against every directive was quadratic (8,000
    directives against 40,000 findings took half a minute). Here a finding
    asks for its line and the whole file (0), under the selectors that can
    name its rule; which selectors name a rule is worked out once per rule.
    """

    def __init__(self, found: list[Directive], rules: Mapping[str, RuleInfo]) -> None:
        self.found = found
        self.rules = rules
        self.selectors = {code for d in found for code in d.codes}
        self.keys: set[tuple[int, str]] = {
            (d.applies_to, code) for d in found for code in (d.codes or ["*"])}
        self.used: set[tuple[int, str]] = set()
        self._naming: dict[str, list[str]] = {}

    def naming(self, code: str) -> list[str]:
        """The selectors written in some directive that name the rule ``code``, and ``*``."""
        if code not in self._naming:
            rule = self.rules.get(code)
            self._naming[code] = ["*"] + [
                s for s in self.selectors
                if s == code or (rule is not None and specificity(s, rule) > 0)]
        return self._naming[code]

    def filter(self, findings: Sequence[Finding]) -> list[Finding]:
        kept = []
        for finding in findings:
            hits = [(line, selector) for line in (finding.line, 0)
                    for selector in self.naming(finding.code) if (line, selector) in self.keys]
            self.used.update(hits)
            if not hits:
                kept.append(finding)
        return kept

    def mark_used(self) -> None:
        for d in self.found:
            d.used = {code for code in (d.codes or ["*"]) if (d.applies_to, code) in self.used}


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
    starts = [start for start, _ in spans]
    found: list[Directive] = []
    offset = 0
    for number, line in enumerate(text.splitlines(keepends=True), start=1):
        at = _comment_start(line, offset, spans, starts)
        if at != -1 and MARKER in line:
            stripped = line.rstrip("\r\n")
            parsed = parse(stripped[at:])
            if parsed is not None:
                found.append(_directive(parsed, number, at, stripped))
        offset += len(line)
    return found


def _comment_start(line: str, offset: int, spans: list[tuple[int, int]],
                   starts: list[int]) -> int:
    """Where the line's comment starts, or -1: the first ``#`` outside every scalar.

    Scalars come in order and never overlap, so the one that may hold a ``#``
    is found by bisection, and a ``#`` inside a scalar skips to the scalar's
    end: each character is looked at once (a line of ``x#x#x...`` was
    quadratic before issue 17).
    """
    at = line.find("#")
    while at != -1:
        index = offset + at
        inside = bisect.bisect_right(starts, index) - 1
        if inside < 0 or spans[inside][1] <= index:
            return at
        at = line.find("#", max(at + 1, spans[inside][1] - offset))
    return -1


def _directive(parsed: _Parsed, number: int, at: int, line: str) -> Directive:
    alone = not line[:at].strip()
    file_wide = parsed.kind == "disable-file"
    return Directive(
        line=number, column=at + 1, end_column=len(line) + 1,
        file_wide=file_wide, codes=parsed.codes, reason=parsed.reason,
        applies_to=0 if file_wide else (number + 1 if alone else number),
    )


class Suppressions:
    """The file's directives, asked per finding as the engine makes it.

    The engine asks before it counts a finding towards the per-rule cap, so
    a suppressed finding never takes the place of one the user should see,
    and a directive on the 500th segment is not reported as unused because
    the cap stopped its finding.
    """

    def __init__(self, text: str, rules: Mapping[str, RuleInfo],
                 found: list[Directive] | None = None) -> None:
        # ``found``: the directives when the file is not YAML (a Markdown canvas's
        # HTML comments); read from the YAML comments otherwise.
        self.found = directives(text) if found is None else found
        self.rules = rules
        self.index = _Index(self.found, rules)

    def suppressed(self, finding: Finding) -> bool:
        return bool(self.found) and not self.index.filter([finding])

    def unused(self, file: str, enabled: set[str], severity: Severity,
               lang: str = "en") -> list[Finding]:
        """X001 for every directive that suppressed nothing."""
        self.index.mark_used()
        return _unused(self.found, file, self.rules, enabled, severity, lang)


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
