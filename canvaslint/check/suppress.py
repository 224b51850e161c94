"""Inline suppression: ``# canvaslint: disable=CR001 -- reason`` in YAML comments.

A directive at the end of a finding's line disables the named rules (codes,
prefixes or names; none: all) on that line; one alone on the line above an
item or a key covers the whole item, or the key with its value (a block);
``disable-file=...`` anywhere covers the whole file. Text after `` -- `` is
the reason, kept for the reader. Only real comments count: a ``#`` inside a
quoted or block scalar is text, which we know from libyaml's own tokens.
A directive that suppresses nothing is reported as X001; one naming a rule
that does not exist says so, with the rule it probably means.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field

import yaml

from canvaslint.check.rule import RuleInfo
from canvaslint.check.selection import specificity
from canvaslint.finding import Finding, Severity

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
    applies_to: int             # the first line it covers (0: the whole file)
    used: set[str] = field(default_factory=set)
    last: int = 0               # the last line it covers (0: only ``applies_to``)

    @property
    def end(self) -> int:
        return max(self.last, self.applies_to)


class _Index:
    """Directives by selector, as line ranges: each finding looks up only its own.

    Matching every finding against every directive was quadratic (8,000
    directives against 40,000 findings took half a minute). Here a finding
    asks, under each selector that can name its rule, for the ranges holding
    its line: the ranges of one selector come from nested items, so they nest;
    sorted by start, the innermost one holding a line is found by bisection
    and its enclosing ones by parent links (as deep as the canvas, at most
    100 levels). Which selectors name a rule is worked out once per rule.
    """

    def __init__(self, found: list[Directive], rules: Mapping[str, RuleInfo]) -> None:
        self.found = found
        self.rules = rules
        self.selectors = {code for d in found for code in d.codes}
        self.file_wide = {code for d in found if d.file_wide for code in (d.codes or ["*"])}
        self.ranges: dict[str, _Ranges] = {}
        spans: dict[str, list[tuple[int, int, int]]] = {}
        for number, d in enumerate(found):
            if not d.file_wide:
                for code in d.codes or ["*"]:
                    spans.setdefault(code, []).append((d.applies_to, d.end, number))
        for code, ranges in spans.items():
            self.ranges[code] = _Ranges(ranges)
        self.used: set[tuple[int, str]] = set()  # (directive's position, selector)
        self.used_file_wide: set[str] = set()
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
            hit = False
            for selector in self.naming(finding.code):
                if selector in self.file_wide:
                    self.used_file_wide.add(selector)
                    hit = True
                ranges = self.ranges.get(selector)
                if ranges is not None:
                    holding = ranges.holding(finding.line)
                    self.used.update((number, selector) for number in holding)
                    hit = hit or bool(holding)
            if not hit:
                kept.append(finding)
        return kept

    def mark_used(self) -> None:
        for number, d in enumerate(self.found):
            codes = d.codes or ["*"]
            if d.file_wide:
                d.used = {code for code in codes if code in self.used_file_wide}
            else:
                d.used = {code for code in codes if (number, code) in self.used}


class _Ranges:
    """Nested line ranges ``(first, last, directive)`` and the ones holding a line."""

    def __init__(self, ranges: list[tuple[int, int, int]]) -> None:
        self.ranges = sorted(ranges, key=lambda r: (r[0], -r[1]))
        self.starts = [first for first, _, _ in self.ranges]
        self.parent: list[int] = []
        open_: list[int] = []
        for number, (first, _, _) in enumerate(self.ranges):
            while open_ and self.ranges[open_[-1]][1] < first:
                open_.pop()
            self.parent.append(open_[-1] if open_ else -1)
            open_.append(number)

    def holding(self, line: int) -> list[int]:
        """The directives whose range holds ``line``, innermost first."""
        out = []
        at = bisect.bisect_right(self.starts, line) - 1
        while at >= 0:
            first, last, directive = self.ranges[at]
            if first <= line <= last:
                out.append(directive)
            at = self.parent[at]
        return out


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


def directives(text: str, ends: Mapping[int, int] | None = None) -> list[Directive]:
    """The file's directives; ``ends`` (line -> last line of the item starting
    there) lets one alone above an item cover the whole item."""
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
                found.append(_directive(parsed, number, at, stripped, ends or {}))
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


def _directive(parsed: _Parsed, number: int, at: int, line: str,
               ends: Mapping[int, int]) -> Directive:
    alone = not line[:at].strip()
    file_wide = parsed.kind == "disable-file"
    first = 0 if file_wide else (number + 1 if alone else number)
    return Directive(
        line=number, column=at + 1, end_column=len(line) + 1,
        file_wide=file_wide, codes=parsed.codes, reason=parsed.reason,
        applies_to=first, last=ends.get(first, first) if alone and not file_wide else first,
    )


class Suppressions:
    """The file's directives, asked per finding as the engine makes it.

    The engine asks before it counts a finding towards the per-rule cap, so
    a suppressed finding never takes the place of one the user should see,
    and a directive on the 500th segment is not reported as unused because
    the cap stopped its finding.
    """

    def __init__(self, text: str, rules: Mapping[str, RuleInfo],
                 found: list[Directive] | None = None,
                 ends: Mapping[int, int] | None = None) -> None:
        # ``found``: the directives when the file is not YAML (a Markdown canvas's
        # HTML comments); read from the YAML comments otherwise. ``ends``: where
        # the items starting on each line end (canvaslint.read.extent).
        self.found = directives(text, ends) if found is None else found
        self.rules = rules
        self.index = _Index(self.found, rules)

    def suppressed(self, finding: Finding) -> bool:
        return bool(self.found) and not self.index.filter([finding])

    def unused(self, file: str, enabled: set[str], severity: Severity,
               lang: str = "en") -> list[Finding]:
        """X001 for every directive that suppressed nothing."""
        from canvaslint.check.unused import unused_findings

        self.index.mark_used()
        return unused_findings(self.found, file, self.rules, enabled, severity, lang)
