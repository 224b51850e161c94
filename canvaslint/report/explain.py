"""``canvaslint rules`` and ``canvaslint rule CODE``: the rules, explained."""

from __future__ import annotations

import json
import sys
import textwrap
from pathlib import Path

from canvaslint.check.config import ConfigError
from canvaslint.check.registry import PluginError, combine, discover
from canvaslint.check.rule import RuleInfo
from canvaslint.messages import Said, shown


def _load(config: str | None = None, no_plugins: bool = False,
          lang: str = "en") -> list[RuleInfo] | None:
    """Every rule, with the plugins of the configuration that governs this folder."""
    from canvaslint.check import plugins
    from canvaslint.check.settings import config_for

    try:
        rules = discover()
        if no_plugins:
            return rules
        explicit = Path(config) if config else None
        found = config_for(str(Path.cwd() / "canvas.yaml"), explicit, False)
        return combine(rules, plugins.load(found, explicit))
    except (PluginError, ConfigError) as exc:
        print(f"canvaslint: error: {shown(exc, lang)}", file=sys.stderr)
        return None


def list_rules(config: str | None = None, no_plugins: bool = False, lang: str = "en",
               markdown: bool = False) -> int:
    rules = _load(config, no_plugins, lang)
    if rules is None:
        return 2
    if markdown:
        from canvaslint.report.docgen import markdown as render

        sys.stdout.write(render(rules))
        return 0
    from canvaslint.report.summary import Words

    words = Words(lang)
    width = max((len(r.name) for r in rules), default=10)
    severities = {r.severity: words.severity_name(r.severity) for r in rules}
    column = max((len(s) for s in severities.values()), default=7)
    for r in rules:
        origin = "" if r.origin == "canvaslint" else f"  [{r.origin}]"
        summary = r.summary_in(lang)
        print(f"{r.code:<7} {r.name:<{width}}  {severities[r.severity]:<{column}}  "
              f"{_FIX_MARKS[r.fix]}  {summary}{origin}")
    return 0


def explain(code: str, config: str | None = None, no_plugins: bool = False,
            lang: str = "en") -> int:
    rules = _load(config, no_plugins, lang)
    if rules is None:
        return 2
    wanted = code.strip()
    for r in rules:
        if wanted.upper() == r.code or wanted == r.name:
            print(explanation(r, lang))
            return 0
    from canvaslint.check.selection import nearest_rule

    close = nearest_rule(wanted, rules)
    hint = Said("hint.did-you-mean", value=close) if close else ""
    said = Said("explain.error.no-rule", code=repr(code), hint=hint)
    print(f"canvaslint: error: {said.in_(lang)}", file=sys.stderr)
    return 2


# The fix column of `canvaslint rules`: [*] as ruff marks what --fix repairs.
_FIX_MARKS = {"": "   ", "safe": "[*]", "unsafe": "[~]"}
# What `canvaslint rule` says of a rule's fix, by its kind (catalog ids).
FIX_WORDS = {"safe": "explain.fix.safe", "unsafe": "explain.fix.unsafe"}


def explanation(r: RuleInfo, lang: str = "en") -> str:
    from canvaslint.report.summary import Words

    words = Words(lang)
    head = words.text("explain.rule-head", code=r.code, name=r.name,
                      severity=words.severity_name(r.severity), origin=r.origin)
    doc = r.doc_in(lang)
    why = r.why_in(lang)
    if lang != "en" and doc == r.doc and why:
        doc = _translated(r, lang, why)
    elif lang != "en" and doc == r.doc:
        summary = r.summary_in(lang)
        doc = (summary + "\n\n" if summary != r.summary else "") + r.doc
    lines = [head, "=" * len(head), "", doc]
    if r.fix:
        lines += ["", words.text(FIX_WORDS[r.fix])]
    if r.options:
        lines += ["", words.text("explain.options")]
        # As the configuration would write them (null, not Python's None).
        lines += [f"  {key}: {json.dumps(value, ensure_ascii=False)}"
                  for key, value in r.options.items()]
    return "\n".join(lines)


def _translated(r: RuleInfo, lang: str, why: str) -> str:
    """The rule's summary and rationale in ``lang``, with the docstring's own examples.

    A rule translates its explanation as ``why`` (the prose only); the
    examples are canvases, valid in any language, and stay one source.
    """
    from canvaslint.check.ruledoc import parse
    from canvaslint.messages import say

    parsed = parse(r.doc)
    fails, passes = (say(lang, "explain.example.fails"), say(lang, "explain.example.passes"))
    prose = "\n\n".join(textwrap.fill(" ".join(p.split()), 76) for p in why.split("\n\n"))
    parts = [textwrap.fill(r.summary_in(lang) + ".", 76), prose]
    for title, example in ((fails, parsed.fails), (passes, parsed.passes)):
        if example.strip():
            parts.append(title + "\n\n" + textwrap.indent(example.rstrip("\n"), "    "))
    return "\n\n".join(parts)
