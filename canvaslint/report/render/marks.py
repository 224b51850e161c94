"""Which drawn element each finding is about, by the data path it carries.

A finding's path (``customer_segments[0].pains[1].name``) belongs to the
drawn element with the longest path that is a prefix of it (the pain, here).
A note on the main canvas also shows the findings about anything nested in
it, so a segment with an unrelieved pain is marked at a glance.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from canvaslint.finding import Finding, Severity
from canvaslint.read import blocks as B


def within(path: str, prefix: str) -> bool:
    """Whether ``path`` is ``prefix`` or lies below it (``a[1]`` is below ``a``, not ``a1``)."""
    if not path.startswith(prefix):
        return False
    return len(path) == len(prefix) or path[len(prefix)] in ".["


class Marks:
    """The findings of one file, numbered, and indexed by the element they are about.

    Both indexes are built once, in the findings' order: looking findings up
    per note by scanning them all made rendering 5,000 notes take half a
    minute (issue 17). A finding is filed under its element and under each
    element that element is drawn inside, a handful of paths each.
    """

    def __init__(self, findings: Sequence[Finding], drawn: Iterable[str]) -> None:
        self.findings = list(findings)
        self.drawn = set(drawn)
        self.targets = [self._target(f) for f in self.findings]
        self._at: dict[str, list[tuple[int, Finding]]] = {}
        self._under: dict[str, list[tuple[int, Finding]]] = {}
        for number, (finding, target) in enumerate(zip(self.findings, self.targets,
                                                       strict=True), start=1):
            self._at.setdefault(target, []).append((number, finding))
            for prefix in _prefixes(target):
                self._under.setdefault(prefix, []).append((number, finding))

    def _target(self, finding: Finding) -> str:
        best = next((p for p in _prefixes(finding.path) if p in self.drawn), "")
        if not best and finding.code == "B001":
            best = _missing_block(finding)
        return best

    def at(self, path: str) -> list[tuple[int, Finding]]:
        """Findings about exactly this element (numbered from 1)."""
        return list(self._at.get(path, []))

    def under(self, path: str) -> list[tuple[int, Finding]]:
        """Findings about this element or anything drawn inside it."""
        return list(self._under.get(path, [])) if path else []

    def unplaced(self) -> list[tuple[int, Finding]]:
        """Findings about the canvas as a whole (its name, strategy, or nothing drawn)."""
        return list(self._at.get("", []))


def _prefixes(path: str) -> list[str]:
    """``a[1].b`` -> ``["a[1].b", "a[1]", "a"]``: longest first."""
    cuts = [i for i, ch in enumerate(path) if ch in ".["]
    return [path] + [path[:i] for i in reversed(cuts)] if path else []


def _missing_block(finding: Finding) -> str:
    # B001 reports a block that is missing altogether at the canvas's name,
    # since the block has no line of its own; its message names the block.
    for kind in B.NINE_BLOCKS:
        if f"no {B.BLOCK_TITLES[kind]} block" in finding.message:
            return kind
    return ""


def worst(findings: Iterable[tuple[int, Finding]]) -> Severity | None:
    severities = [f.severity for _, f in findings]
    return max(severities) if severities else None
