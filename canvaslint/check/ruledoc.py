"""Read a rule's docstring: its explanation and its failing/passing examples.

The docstring is the single source of a rule's documentation (yamllint's
habit): ``canvaslint rule CODE`` prints it, ``docs/rules.md`` is generated
from it, and the tests lint its examples to prove they are true.
"""

from __future__ import annotations

import re
import textwrap
from dataclasses import dataclass

_SECTION = re.compile(r"^(Fails|Passes):\s*$", re.M)


@dataclass(frozen=True)
class RuleDoc:
    text: str
    fails: str
    passes: str


def parse(doc: str) -> RuleDoc:
    """Split a docstring into its prose and its two indented YAML examples."""
    doc = textwrap.dedent(doc).strip("\n")
    parts = _SECTION.split(doc)
    text = parts[0].strip()
    examples = {"Fails": "", "Passes": ""}
    for name, body in zip(parts[1::2], parts[2::2], strict=False):
        block = []
        for line in body.strip("\n").splitlines():
            if line.strip() and not line.startswith("    "):
                break
            block.append(line)
        examples[name] = textwrap.dedent("\n".join(block)).strip("\n") + "\n"
    return RuleDoc(text, examples["Fails"], examples["Passes"])


# The rule reference (docs/rules.md, generated from the docstrings) as published.
RULES_PAGE = "https://canvaslint.dev/docs/rules.md"


def help_uri(code: str, origin: str = "canvaslint") -> str | None:
    """The rule's entry in the reference: its heading's anchor (``#cr001``).

    Only built-in rules are in our reference; a plugin's rule has none.
    """
    return f"{RULES_PAGE}#{code.lower()}" if origin == "canvaslint" else None
