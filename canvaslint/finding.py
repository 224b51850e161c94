"""The one value every part of canvaslint speaks in: a located finding.

Rules yield :class:`Problem` (a data path and a message, nothing else); the
engine turns each into a :class:`Finding` by stamping the rule's code, name
and configured severity and by mapping the path to a position in the file.
Keeping those two apart is what lets severity be configuration and lets a
rule never deal with line numbers.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import IntEnum
from typing import Any

PathPart = str | int
DataPath = tuple[PathPart, ...]


class Severity(IntEnum):
    """Ordered so that ``--fail-on warning`` can compare with ``>=``."""

    INFO = 1
    WARNING = 2
    ERROR = 3

    @classmethod
    def parse(cls, text: str) -> Severity:
        return cls[text.strip().upper()]

    def __str__(self) -> str:
        return self.name.lower()


SEVERITY_NAMES = ("error", "warning", "info")


@dataclass(frozen=True)
class Fix:
    """A repair a rule offers with its problem: what to write where, as data.

    Like a problem, a fix names a data path, never a position: the engine
    finds the node and turns the fix into an :class:`Edit` of the file's
    text (``canvaslint.check.fix.edits``), keeping the quotes and layout around
    it. ``action`` says what to do with the node at ``path``: ``replace``
    its value (or its key, with ``at_key``) by ``text``; ``quote`` it as
    written; ``wrap`` a single value in a list; ``append`` ``text`` to the
    list there. A ``safe`` fix keeps the meaning the user wrote (a typo, a
    missing quote); an unsafe one changes it and waits for
    ``--unsafe-fixes``.
    """

    path: DataPath
    text: str = ""
    action: str = "replace"
    at_key: bool = False
    safe: bool = True


@dataclass(frozen=True)
class Edit:
    """A located fix: replace the characters ``start:end`` of the file's text by ``text``.

    ``scope`` is the data path of the value the fix repairs, as it reads
    after the fix: findings inside it were hidden by the mistake, not made
    by the fix.
    """

    start: int
    end: int
    text: str
    safe: bool = True
    scope: str = ""


@dataclass(frozen=True)
class Problem:
    """What a rule reports: where (a data path) and what is wrong.

    ``at_key`` points the finding at the mapping key of the last path part
    rather than at its value (an unknown key, a duplicate key). ``mark`` is
    an explicit ``(line, column, end_line, end_column)``, 1-based, for the
    few problems that have no node (a YAML syntax error).
    """

    path: DataPath
    # The English sentence, for plugins; a built-in rule says only ``msgid``
    # and ``args`` and its words come from the catalogs (canvaslint/messages).
    message: str = ""
    at_key: bool = False
    mark: tuple[int, int, int, int] | None = None
    # The user's name of the item the problem is about; lets a baseline match
    # a finding after lines moved.
    item: str = ""
    # A rule whose catalog entry grades by case (FIT001: high pains are
    # warnings, others info) says so here; the configuration still wins.
    severity: str | None = None
    # Which of the rule's messages (catalog id ``CODE.msgid``) and the values
    # to fill in; ``count`` picks the plural form.
    msgid: str = "default"
    args: Mapping[str, Any] | None = None
    count: int | None = None
    # A repair the rule is sure of (or, unsafe, one that changes meaning).
    fix: Fix | None = None


@dataclass(frozen=True, order=True)
class Finding:
    """A located, stamped finding; sorts by file, line, column, code (then the rest)."""

    file: str
    line: int
    column: int
    code: str
    end_line: int = 0
    end_column: int = 0
    name: str = field(default="", compare=False)
    severity: Severity = field(default=Severity.ERROR, compare=False)
    message: str = ""
    path: str = ""
    item: str = field(default="", compare=False)
    # The edit that would repair the finding (``check --fix``), if there is one.
    fix: Edit | None = field(default=None, compare=False, repr=False)
    # The English message when ``message`` is in another language: a baseline
    # keys on it, so ``--lang nl`` does not bring baselined findings back.
    english: str = field(default="", compare=False, repr=False)
    # The finding this one follows from (code, line, column), when one mistake
    # caused both (canvaslint.check.causes): shown folded under it.
    cause: tuple[str, int, int] | None = field(default=None, compare=False)

    def as_dict(self) -> dict[str, object]:
        return {
            "file": self.file,
            "line": self.line,
            "column": self.column,
            "end_line": self.end_line,
            "end_column": self.end_column,
            "code": self.code,
            "name": self.name,
            "severity": str(self.severity),
            "message": self.message,
            "path": self.path,
        } | ({"cause": dict(zip(("code", "line", "column"), self.cause, strict=True))}
             if self.cause else {})


def format_path(path: DataPath) -> str:
    """``("customer_relationships", 2, "type")`` -> ``customer_relationships[2].type``."""
    out = ""
    for part in path:
        if isinstance(part, int):
            out += f"[{part}]"
        else:
            out += f".{part}" if out else part
    return out
