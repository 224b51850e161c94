"""What a run produced: the findings of every file, and what formatters need."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from canvaslint.check.rule import RuleInfo
from canvaslint.finding import Finding, Severity
from canvaslint.report.summary import Words

if TYPE_CHECKING:  # scores are made only for --statistics and html
    from canvaslint.report.score import Score


@dataclass
class Report:
    findings: list[Finding]
    files: list[str]
    rules: dict[str, RuleInfo] = field(default_factory=dict)
    color: bool = False
    quiet: bool = False
    statistics: bool = False
    baseline_gone: int = 0
    # The health score per file, when --statistics or the html format asks for it.
    scores: dict[str, Score] = field(default_factory=dict)
    # The language of the html page's words: --lang, else the files' own when they agree.
    language: str = "en"
    # Findings --fix repaired, and whether unsafe fixes count as available (--unsafe-fixes).
    fixed: int = 0
    unsafe_fixes: bool = False
    # --show-source: each file's lines, to print the finding's line with a caret under it.
    sources: dict[str, list[str]] = field(default_factory=dict)
    # Whether a finding fails the run (its file's fail-on); JUnit counts only those.
    failing: Callable[[Finding], bool] = lambda f: f.severity >= Severity.ERROR

    def fixable(self, f: Finding) -> bool:
        """Whether ``check --fix`` (with this run's --unsafe-fixes) would repair the finding."""
        return f.fix is not None and (f.fix.safe or self.unsafe_fixes)

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for f in self.findings)

    def summary(self) -> str:
        """The closing line, in the report's language (``language``)."""
        words = Words(self.language)
        text = self._summary(words)
        if self.fixed:
            fixed = words.text("summary.fixed", problems=words.count(self.fixed, "problem"))
            text = f"{fixed} {text}"
        text += self._fixes(words)
        if self.baseline_gone:
            gone = self.baseline_gone
            text += " " + words.text("summary.gone", gone, gone=words.count(gone, "finding"))
        return text

    def _fixes(self, words: Words) -> str:
        """``[*] 2 fixable with --fix``, as ruff says it, and the unsafe fixes held back."""
        fixable = sum(1 for f in self.findings if self.fixable(f))
        hidden = sum(1 for f in self.findings if f.fix is not None and not self.fixable(f))
        text = ""
        if fixable:
            option = "--fix --unsafe-fixes" if self.unsafe_fixes else "--fix"
            text += " " + words.text("summary.fixable", count=fixable, option=option)
        if hidden:
            text += " " + words.text("summary.hidden", hidden, hidden=words.count(hidden, "fix"))
        return text

    def _summary(self, words: Words) -> str:
        n = len(self.findings)
        files = words.count(len(self.files), "file")
        if not n:
            return words.text("summary.clear", files=files, nfiles=len(self.files))
        counts = self.counts()
        parts = [words.severity(s, counts[s])
                 for s in (Severity.ERROR, Severity.WARNING, Severity.INFO) if counts[s]]
        return words.text("summary.found", problems=words.count(n, "problem"),
                          parts=", ".join(parts), files=files, nfiles=len(self.files))
