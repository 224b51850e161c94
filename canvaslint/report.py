"""What a run produced: the findings of every file, and what formatters need."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from canvaslint.finding import Finding, Severity
from canvaslint.rule import RuleInfo

if TYPE_CHECKING:  # scores are made only for --statistics and html
    from canvaslint.score import Score


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

    def fixable(self, f: Finding) -> bool:
        """Whether ``check --fix`` (with this run's --unsafe-fixes) would repair the finding."""
        return f.fix is not None and (f.fix.safe or self.unsafe_fixes)

    def counts(self) -> Counter[Severity]:
        return Counter(f.severity for f in self.findings)

    def summary(self) -> str:
        text = self._summary()
        if self.fixed:
            text = f"Fixed {self.fixed} problem{'s' if self.fixed != 1 else ''}. {text}"
        text += self._fixes()
        if self.baseline_gone:
            n = self.baseline_gone
            text += (f" {n} finding{'s' if n != 1 else ''} of the baseline no longer "
                     f"occur{'s' if n == 1 else ''}: refresh it with --write-baseline.")
        return text

    def _fixes(self) -> str:
        """``[*] 2 fixable with --fix``, as ruff says it, and the unsafe fixes held back."""
        fixable = sum(1 for f in self.findings if self.fixable(f))
        hidden = sum(1 for f in self.findings if f.fix is not None and not self.fixable(f))
        text = ""
        if fixable:
            option = "--fix --unsafe-fixes" if self.unsafe_fixes else "--fix"
            text += f" [*] {fixable} fixable with {option}."
        if hidden:
            text += (f" {hidden} fix{'es' if hidden != 1 else ''} that change"
                     f"{'s' if hidden == 1 else ''} what the canvas says "
                     f"{'are' if hidden != 1 else 'is'} available with --unsafe-fixes.")
        return text

    def _summary(self) -> str:
        n = len(self.findings)
        nfiles = len(self.files)
        files = f"{nfiles} file{'s' if nfiles != 1 else ''}"
        if not n:
            return f"All clear: no problems found in {files}."
        counts = self.counts()
        parts = [
            f"{counts[s]} {str(s)}{'s' if counts[s] != 1 and s != Severity.INFO else ''}"
            for s in (Severity.ERROR, Severity.WARNING, Severity.INFO)
            if counts[s]
        ]
        return f"Found {n} problem{'s' if n != 1 else ''} ({', '.join(parts)}) in {files}."
