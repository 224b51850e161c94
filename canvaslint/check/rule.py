"""The contract between the engine and a rule, built-in or third-party.

A rule is a module (or any object) with ``CODE``, ``NAME``, ``SEVERITY``,
``SUMMARY``, a docstring that explains it, and ``check(ctx, options)``
yielding :class:`~canvaslint.finding.Problem`. Optional: ``OPTIONS`` (the
default options, a mapping), ``OPTIONS_SCHEMA`` (a JSON schema for them)
``NEEDS_CANVAS = False`` for rules that must run even when the file
could not be read as a canvas (the Y and S rules), and ``FIX = "safe"`` or
``"unsafe"`` for rules whose problems may carry a :class:`~canvaslint.finding.Fix`
(``check --fix`` applies the safe ones; ``--unsafe-fixes`` the others too).

A built-in rule without ``check`` is *structural*: its problems are found
by a stage while it reads the file (the loader's Y codes, the schema's S
codes, the resolver's R codes) and recorded there as ``(code, Problem)``
data; its module is the rule's documentation, and the engine reports the
recorded problems under the rule's name and severity. The core names no
code: whatever a stage records under a selected code is reported.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from functools import cached_property
from typing import TYPE_CHECKING, Any, Protocol

from canvaslint.finding import Problem, Severity
from canvaslint.model.canvas import Canvas
from canvaslint.read.document import Document

if TYPE_CHECKING:
    from canvaslint.model.infer import InferSettings


def _default_infer() -> InferSettings:
    from canvaslint.model.infer import InferSettings

    return InferSettings()


# What a rule may declare as FIX: no fix, a fix that keeps meaning, one that changes it.
FIX_KINDS = ("", "safe", "unsafe")


class Rule(Protocol):
    CODE: str
    NAME: str
    SEVERITY: str
    SUMMARY: str

    def check(self, ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]: ...


@dataclass(frozen=True)
class RuleInfo:
    """A loaded rule with what the engine needs to know about it."""

    code: str
    name: str
    severity: Severity
    summary: str
    doc: str
    rule: Rule
    origin: str = "canvaslint"
    options: Mapping[str, Any] = field(default_factory=dict)
    options_schema: Mapping[str, Any] | None = None
    needs_canvas: bool = True
    # "" (no fix), "safe" (check --fix repairs it) or "unsafe" (needs --unsafe-fixes).
    fix: str = ""
    # language -> {"summary": ..., "doc": ..., msgid: template}
    translations: Mapping[str, Mapping[str, str]] = field(default_factory=dict)
    # No ``check``: a stage (reading, the schema, the resolver) finds its problems.
    structural: bool = False

    def summary_in(self, lang: str) -> str:
        return self.message(lang, "summary", fallback=self.summary)

    def message(self, lang: str, msgid: str, args: Mapping[str, Any] | None = None,
                count: int | None = None, fallback: str = "") -> str:
        """The rule's message ``msgid`` in ``lang``, its arguments filled in.

        A built-in rule's messages live in the catalogs (``canvaslint/messages``),
        English among them; a plugin's in its own ``TRANSLATIONS``, with the
        English sentence it yielded as the fallback.
        """
        from canvaslint.i18n import language, render, translate
        from canvaslint.messages import template

        if self.origin == "canvaslint":
            msg = f"{self.code}.{msgid}"
            english = template("en", msg, count)
            if english is not None or not fallback:
                found = template(lang, msg, count) or english
                if found is not None:
                    return render(found, args or {}, language(lang))
        if lang == "en":
            return fallback
        return translate(self.translations, lang, msgid, args) or fallback

    def why_in(self, lang: str) -> str | None:
        """The rationale in ``lang``; English has it in the docstring, the rule's documentation."""
        if lang == "en":
            return None
        if self.origin == "canvaslint":
            from canvaslint.messages import template

            return template(lang, f"{self.code}.why")
        return self.translations.get(lang, {}).get("why")

    def doc_in(self, lang: str) -> str:
        return self.translations.get(lang, {}).get("doc", self.doc)


@dataclass
class Context:
    """What a rule sees: the document and, built on first use, the model."""

    document: Document
    # Whether (and with which extra words) facts are read from the notes' words.
    infer: InferSettings = field(default_factory=lambda: _default_infer())

    @cached_property
    def canvas(self) -> Canvas:
        from canvaslint.model.canvas import build
        from canvaslint.model.infer import infer

        data = self.document.data if isinstance(self.document.data, dict) else {}
        canvas = build(self._meant(data))
        infer(canvas, self.document.language, self.infer)
        return canvas

    def _meant(self, data: dict[str, Any]) -> dict[str, Any]:
        """The data as meant: the rules never reason from a value the schema rejected."""
        if not data:
            return data
        from canvaslint.i18n import language
        from canvaslint.model.meant import as_meant

        lang = language(self.document.language)
        meant, renamed = as_meant(data, self.schema_problems, lang.key_alias, lang.value_alias)
        if renamed:  # findings about the items under a misspelt key point into it
            self.document.key_alias = {**self.document.key_alias, **renamed}
        return meant

    @cached_property
    def schema_problems(self) -> list[tuple[str, Problem]]:
        """What the model stage finds checking the data against the format (S, Y codes)."""
        from canvaslint.model.validate import validate

        return validate(self.document)

    def stage_problems(self, model: bool) -> dict[str, list[Problem]]:
        """Every problem the stages recorded, by code; the model's only when ``model``.

        Reading records its own on the document; checking the data against
        the format is done here on demand; the resolver's are on the canvas,
        which is built only when ``model`` says a selected code may be there.
        """
        found: dict[str, list[Problem]] = {}
        recorded = [*self.document.problems, *self.schema_problems]
        for code, problem in recorded:
            found.setdefault(code, []).append(problem)
        if model and self.document.usable:
            for code, problems in self.canvas.problems.items():
                found.setdefault(code, []).extend(problems)
        return found
