"""The file is not valid YAML.

Why: a canvas that YAML cannot read cannot be checked at all. The finding
points at the place where the YAML reader gave up; the mistake is usually
there or just above it (an indentation, an unclosed quote or bracket).

Fails:

    name: Nespresso
    customer_segments:
      - name: "Home coffee lovers
        market: b2c

Passes:

    name: Nespresso
    customer_segments:
      - name: "Home coffee lovers"
        market: b2c
"""

from canvaslint.rulekit import reported

CODE = "Y001"
NAME = "yaml-syntax"
SEVERITY = "error"
SUMMARY = "The file is not valid YAML"
TRANSLATIONS = {
    "nl": {
        "summary": "Het bestand is geen geldige YAML",
        "default": (
            'dit is geen geldige YAML: {problem}; controleer hier de inspringing en de '
            'aanhalingstekens'
        ),
    },
    "ru": {
        "summary": "Файл не является корректным YAML",
        "default": "это некорректный YAML: {problem}; проверьте здесь отступы и кавычки",
    },
}
NEEDS_CANVAS = False

check = reported(CODE)
