"""Generate the rule reference (``docs/rules.md``) from the rules themselves.

The docstrings are the single source; a test fails when the checked-in
reference is out of date. Regenerate with ``canvaslint rules --markdown >
docs/rules.md``.
"""

from __future__ import annotations

from collections.abc import Sequence

from canvaslint.check.rule import RuleInfo
from canvaslint.check.ruledoc import parse

GROUPS = (
    ("Y", "File"), ("S", "Format (schema)"), ("R", "References"), ("B", "Blocks"),
    ("CS", "Customer segments"), ("VP", "Value propositions"), ("CH", "Channels"),
    ("CR", "Customer relationships"), ("ST", "Strategy (value disciplines)"),
    ("RS", "Revenue streams"), ("KA", "Key activities"), ("KP", "Key partners"),
    ("CO", "Cost structure"), ("FIT", "Value proposition fit"), ("CJ", "Customer journeys"),
    ("KPI", "KPIs"), ("X", "Suppressions"),
)


def _group(code: str) -> str:
    prefix = code.rstrip("0123456789")
    return next((title for p, title in GROUPS if p == prefix), "Other rules")


def markdown(rules: Sequence[RuleInfo]) -> str:
    builtin = [r for r in rules if r.origin == "canvaslint"]
    out = ["# Rule reference", "",
           "Generated from the rules' own docstrings (`canvaslint rules --markdown`); "
           "`canvaslint rule CODE` prints the same text. Severity is the default: "
           "change it per rule with `severity:` in the configuration.", "",
           "| code | name | severity | summary |", "|---|---|---|---|"]
    out += [f"| [{r.code}](#{r.code.lower()}) | {r.name} | {r.severity} | {r.summary} |"
            for r in builtin]
    current = ""
    for r in builtin:
        group = _group(r.code)
        if group != current:
            out += ["", f"## {group}"]
            current = group
        doc = parse(r.doc)
        fixable = {"safe": " `check --fix` repairs it when it is sure what you meant.",
                   "unsafe": " `check --fix --unsafe-fixes` can repair it (the fix changes "
                             "what the canvas says)."}.get(r.fix, "")
        out += ["", f"### {r.code}", "",
                f"`{r.name}`, default severity **{r.severity}**.{fixable}", "", doc.text]
        if r.options:
            out += ["", "Default options:", "", "```yaml"]
            out += [f"{key}: {value!r}" for key, value in r.options.items()]
            out += ["```"]
        for title, example in (("Fails", doc.fails), ("Passes", doc.passes)):
            if example.strip():
                out += ["", f"{title}:", "", "```yaml", example.rstrip("\n"), "```"]
    return "\n".join(out) + "\n"
