"""libyaml's complaints in the canvas's language.

The YAML reader says what it expected in English (``did not find expected
',' or ']'``); a Dutch or Russian message quoted that as it was (issue 18).
The few complaints a hand-written canvas meets are translated here; any
other is quoted as the reader's own words, so no sentence mixes languages.
"""

from __future__ import annotations

from canvaslint.i18n import Localized
from canvaslint.messages import say, template

# The reader's complaints we translate, by their catalog ids (yaml.problem.*).
KNOWN = {
    "did not find expected ',' or ']'": "yaml.problem.expected-comma-bracket",
    "did not find expected ',' or '}'": "yaml.problem.expected-comma-brace",
    "did not find expected key": "yaml.problem.expected-key",
    "could not find expected ':'": "yaml.problem.expected-colon",
    "mapping values are not allowed in this context": "yaml.problem.mapping-not-allowed",
    "found character that cannot start any token": "yaml.problem.bad-character",
    "found unexpected end of stream": "yaml.problem.unexpected-end",
    "did not find expected node content": "yaml.problem.expected-value",
    "found undefined alias": "yaml.problem.undefined-alias",
}


def problem(text: str) -> Localized:
    """The reader's complaint in every language: translated when known, else quoted.

    English is the reader's own words; ``en.po`` holds them too, so a
    translator sees what each id stands for.
    """
    msgid = KNOWN.get(text)
    words = {code: (template(code, msgid) if msgid else None)
             or say(code, "yaml.quoted", problem=text) for code in ("nl", "ru")}
    return Localized(text, {"en": text, **words})
