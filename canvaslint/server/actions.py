"""Quick fixes offered on a finding: disable its rule here, or in the whole file.

The edits write the inline directives of :mod:`canvaslint.check.suppress`: a
comment line ``# canvaslint: disable=CODE -- reason`` above the finding's
line, indented like it, or ``# canvaslint: disable-file=CODE -- reason`` at
the top of the file. The reason is a placeholder to replace: a suppression
says why, for the next reader of the canvas.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from canvaslint.server.rename import Edit

# A directive alone on its line (the one above a finding covers the finding's line).
_DIRECTIVE_ABOVE = re.compile(
    r"^\s*#\s*canvaslint:\s*disable\s*=\s*(?P<codes>[^\s#,]+(?:\s*,\s*[^\s#,]+)*)")

# The reason placeholder, in the canvas's language.
REASON = {
    "en": "why this is fine here",
    "nl": "waarom dit hier goed is",
    "ru": "почему здесь это допустимо",
}
TITLES = {
    "en": ("Disable {code} for this line", "Disable {code} for this file"),
    "nl": ("{code} uitzetten voor deze regel", "{code} uitzetten voor dit bestand"),
    "ru": ("Отключить {code} для этой строки", "Отключить {code} для этого файла"),
}


@dataclass(frozen=True)
class Action:
    title: str
    code: str
    edit: Edit


def disable_actions(text: str, code: str, line: int, lang: str) -> list[Action]:
    """The two suppressions for a finding of ``code`` on ``line`` (1-based)."""
    lines = text.splitlines()
    reason = REASON.get(lang, REASON["en"])
    this_line, this_file = TITLES.get(lang, TITLES["en"])
    target = lines[line - 1] if 0 < line <= len(lines) else ""
    indent = target[: len(target) - len(target.lstrip(" "))]
    above = Edit((line, 1, line, 1), f"{indent}# canvaslint: disable={code} -- {reason}\n")
    previous = _DIRECTIVE_ABOVE.match(lines[line - 2]) if 1 < line <= len(lines) + 1 else None
    if previous is not None:  # a directive already covers the line: name one more rule in it
        at = previous.end("codes") + 1
        above = Edit((line - 1, at, line - 1, at), f",{code}")
    top = Edit((1, 1, 1, 1), f"# canvaslint: disable-file={code} -- {reason}\n")
    return [Action(this_line.format(code=code), code, above),
            Action(this_file.format(code=code), code, top)]
