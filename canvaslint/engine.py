"""Lint one document: run the selected rules, stamp and locate their problems.

The engine, not the rule, stamps code, name and severity (so severity is
configuration) and maps each problem's data path to a line and column. An
exception inside a rule becomes a finding that names the rule (code
``X000``, rule-crashed) and the run goes on, as cfn-lint does.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from canvaslint.finding import Finding, Problem, Severity, format_path
from canvaslint.formats import is_markdown
from canvaslint.loader import Document
from canvaslint.rule import Context, RuleInfo


@dataclass(frozen=True)
class RunSettings:
    """The resolved settings for one file: which rules, what severity, options."""

    rules: Sequence[RuleInfo]
    severity: Mapping[str, Severity] = field(default_factory=dict)
    options: Mapping[str, Mapping[str, Any]] = field(default_factory=dict)
    # Every known rule (selected or not), so a suppression can name any of them.
    catalog: Mapping[str, RuleInfo] = field(default_factory=dict)
    report_unused: bool = True
    # Messages in this language instead of the canvas's own (--lang).
    lang: str | None = None


def lint_document(doc: Document, settings: RunSettings,
                  ctx: Context | None = None) -> list[Finding]:
    """The document's findings; pass ``ctx`` to keep the model the rules built."""
    from canvaslint.i18n import localize

    localize(doc)
    lang = settings.lang or doc.language
    ctx = ctx or Context(doc)
    findings: list[Finding] = []
    for info in settings.rules:
        if info.needs_canvas and not doc.usable:
            continue
        options = {**info.options, **settings.options.get(info.code, {})}
        configured = settings.severity.get(info.code)
        try:
            problems = list(info.rule.check(ctx, options))
        except Exception as exc:  # a rule's bug must not cost the user the other findings
            findings.append(_crash(doc, info, exc))
            continue
        for p in problems:
            severity = configured or (Severity.parse(p.severity) if p.severity else info.severity)
            findings.append(locate(doc, info, severity, p, lang))
    return _suppress(doc, settings, sorted(set(findings)), lang)


def _suppress(doc: Document, settings: RunSettings, findings: list[Finding],
              lang: str) -> list[Finding]:
    from canvaslint import suppress

    if suppress.MARKER not in doc.text:
        return findings
    enabled = {r.code for r in settings.rules}
    catalog = settings.catalog or {r.code: r for r in settings.rules}
    unused = None
    if settings.report_unused and "X001" in enabled:
        unused = settings.severity.get("X001", catalog["X001"].severity)
    found = None
    if is_markdown(doc.name):  # directives are HTML comments there
        from canvaslint.markdown.directives import directives

        found = directives(doc.text)
    return suppress.apply(findings, doc.name, doc.text, catalog, enabled, unused, lang, found)


def locate(doc: Document, info: RuleInfo, severity: Severity, problem: Problem,
           lang: str = "en") -> Finding:
    from canvaslint.i18n import translate

    line, column, end_line, end_column = doc.span(problem)
    message = translate(info.translations, lang, problem.msgid, problem.args) or problem.message
    return Finding(
        file=doc.name,
        line=line,
        column=column,
        code=info.code,
        end_line=end_line,
        end_column=end_column,
        name=info.name,
        severity=severity,
        message=message,
        path=format_path(problem.path),
        item=problem.item,
    )


def _crash(doc: Document, info: RuleInfo, exc: Exception) -> Finding:
    import traceback

    where = traceback.extract_tb(exc.__traceback__)[-1]
    return Finding(
        file=doc.name, line=1, column=1, code="X000", end_line=1, end_column=1,
        name="rule-crashed", severity=Severity.ERROR,
        message=(f"rule {info.code} ({info.name}, from {info.origin}) failed on this file: "
                 f"{type(exc).__name__}: {exc} (at {where.filename}:{where.lineno}); "
                 "the other rules ran; please report this to the rule's authors"),
    )
