"""Lint one document: run the selected rules, stamp and locate their problems.

The engine, not the rule, stamps code, name and severity (so severity is
configuration) and maps each problem's data path to a line and column. An
exception inside a rule becomes a finding that names the rule (code
``X000``, rule-crashed; see :mod:`canvaslint.check.crash`) and the run goes
on, as cfn-lint does.
"""

from __future__ import annotations

import dataclasses
import os
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from canvaslint.check.cap import Capped
from canvaslint.check.rule import Context, RuleInfo
from canvaslint.finding import Edit, Finding, Problem, Severity, format_path
from canvaslint.read.document import Document
from canvaslint.read.formats import is_markdown

# The tests set this so a built-in rule that writes an English sentence instead of
# yielding a message id (its words belong in the catalogs) fails loudly.
STRICT_MESSAGES = os.environ.get("CANVASLINT_STRICT_MESSAGES") == "1"

if TYPE_CHECKING:
    from canvaslint.check.suppress import Suppressions
    from canvaslint.model.canvas import Canvas
    from canvaslint.model.infer import InferSettings


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
    # Reading facts from the notes' words (canvaslint.model.infer); None: the default, on.
    infer: InferSettings | None = None
    # What to measure on the model the rules read (the health score), with the
    # file's language, for --statistics and html: computed here, not by reading again.
    measure: Callable[[Canvas, str], Any] | None = None


def context_for(doc: Document, settings: RunSettings) -> Context:
    """The rules' view of one document, reading words as the settings say."""
    return Context(doc) if settings.infer is None else Context(doc, settings.infer)


def lint_document(doc: Document, settings: RunSettings, ctx: Context | None = None,
                  measured: dict[str, Any] | None = None) -> list[Finding]:
    """The document's findings; pass ``ctx`` to keep the model the rules built.

    With ``settings.measure`` and a ``measured`` dict, the measure of the
    model the rules read is kept under the file's name.
    """
    from canvaslint.i18n import localize

    localize(doc)
    lang = settings.lang or doc.language
    ctx = ctx or context_for(doc, settings)
    catalog = settings.catalog or {r.code: r for r in settings.rules}
    suppressions = _suppressions(doc, catalog)
    found = _stage_problems(ctx, settings.rules)
    findings: list[Finding] = []
    for info in settings.rules:
        if info.needs_canvas and not doc.usable:
            continue
        options = {**info.options, **settings.options.get(info.code, {})}
        configured = settings.severity.get(info.code)
        capped = Capped()
        read = _start_log(ctx)
        try:
            problems = found.get(info.code, ()) if info.structural else info.rule.check(
                ctx, options)
            for p in problems:
                if suppressions is None and capped.first_left_out is not None:
                    capped.more += 1  # past the cap, with nothing to suppress: only counted
                    continue
                severity = configured or (
                    Severity.parse(p.severity) if p.severity else info.severity)
                finding = locate(doc, info, severity, p, lang)
                if read:  # the facts this rule read from words so far: say so
                    finding = _with_note(finding, p, read, lang)
                if suppressions is None or not suppressions.suppressed(finding):
                    capped.add(finding)
        # A rule's bug must not cost the user the other findings, nor may a plugin's
        # sys.exit() end the run with no output (issue 17).
        except (Exception, SystemExit) as exc:
            findings.append(_crash(doc, info, exc, settings))
            continue
        findings.extend(capped.findings(lang))
    findings = sorted(set(findings))
    if doc.usable:
        from canvaslint.check.causes import fold

        findings = fold(findings, ctx.canvas.data)
    if suppressions is not None:
        findings = sorted(findings + _unused(suppressions, doc, settings, catalog, lang))
    if measured is not None and settings.measure is not None and doc.usable:
        measured[doc.name] = settings.measure(ctx.canvas, doc.language)
    return findings


def _stage_problems(ctx: Context, rules: Sequence[RuleInfo]) -> dict[str, list[Problem]]:
    """What the stages recorded, by code, if a structural rule is selected to report it.

    The model (and the resolver's problems with it) is built only when a
    selected structural rule needs the canvas: a run of the Y rules alone
    never builds it.
    """
    structural = [info for info in rules if info.structural]
    if not structural:
        return {}
    return ctx.stage_problems(model=any(info.needs_canvas for info in structural))


def _start_log(ctx: Context) -> list[tuple[Any, str]] | None:
    """The log of inferred facts the next rule reads (empty it first), if any."""
    if not ctx.document.usable:
        return None
    log = ctx.canvas.inference_log
    if log is not None:
        log.clear()
    return log


def _with_note(finding: Finding, problem: Problem, read: list[tuple[Any, str]],
               lang: str) -> Finding:
    from canvaslint.model.infer.notes import note

    # The note finds the items a message names in its English sentence, which a
    # rule that speaks through the catalogs no longer carries: give it the rendered one.
    said = dataclasses.replace(problem, message=finding.english or finding.message)
    extra = note(said, read, lang)
    return dataclasses.replace(finding, message=finding.message + extra) if extra else finding


def _suppressions(doc: Document, catalog: Mapping[str, RuleInfo]) -> Suppressions | None:
    from canvaslint.check import suppress

    if suppress.MARKER not in doc.text:
        return None
    if is_markdown(doc.name):  # directives are HTML comments there
        from canvaslint.check.markdown_directives import directives

        return suppress.Suppressions(doc.text, catalog, directives(doc.text))
    from canvaslint.read.extent import item_ends

    return suppress.Suppressions(doc.text, catalog, ends=item_ends(doc.root))


def _unused(suppressions: Suppressions, doc: Document, settings: RunSettings,
            catalog: Mapping[str, RuleInfo], lang: str) -> list[Finding]:
    """X001 for directives that suppressed nothing, capped like any rule's findings."""
    enabled = {r.code for r in settings.rules}
    if not (settings.report_unused and "X001" in enabled):
        return []
    severity = settings.severity.get("X001", catalog["X001"].severity)
    capped = Capped()
    for finding in suppressions.unused(doc.name, enabled, severity, lang):
        capped.add(finding)
    return capped.findings(lang)


def locate(doc: Document, info: RuleInfo, severity: Severity, problem: Problem,
           lang: str = "en") -> Finding:
    line, column, end_line, end_column = doc.span(problem)
    english = info.message("en", problem.msgid, problem.args, problem.count, problem.message)
    if STRICT_MESSAGES and problem.message and info.origin == "canvaslint":
        raise AssertionError(f"{info.code}.{problem.msgid}: a built-in rule wrote the English "
                             f"sentence {problem.message!r}; its words belong in the catalogs")
    message = english if lang == "en" else info.message(
        lang, problem.msgid, problem.args, problem.count, english)
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
        fix=_edit(doc, info, problem),
        english=english if message != english else "",
    )


def _edit(doc: Document, info: RuleInfo, problem: Problem) -> Edit | None:
    """The problem's fix as an edit of the text; a rule that declares no fix offers none."""
    if problem.fix is None or not info.fix or is_markdown(doc.name):  # fixes edit YAML text
        return None
    from canvaslint.check.fix.edits import to_edit

    try:
        edit = to_edit(doc, problem.fix)
    except Exception:  # a fix that cannot be made is not offered; the finding stays
        return None
    if edit is not None and info.fix == "unsafe" and edit.safe:
        return dataclasses.replace(edit, safe=False)
    return edit


def _crash(doc: Document, info: RuleInfo, exc: BaseException,
           settings: RunSettings) -> Finding:
    """X000 for the rule that failed, with the severity configured for X000 (error).

    In English unless ``--lang`` asks otherwise, not in the canvas's language:
    the message is for the rule's authors, who will read the report.
    """
    from canvaslint.check.crash import RULE_CRASHED, rule_crashed

    finding = rule_crashed(doc.name, info.code, info.name, info.origin, exc,
                           settings.lang or "en")
    severity = settings.severity.get(RULE_CRASHED[0])
    return dataclasses.replace(finding, severity=severity) if severity else finding
