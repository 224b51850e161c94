"""A key the canvas format does not know.

Why: a misspelt key (`costumer_segments`) is not an error YAML would
notice, but the block it holds is then invisible to every rule. The
message suggests the nearest key the format knows.

Fails:

    name: Nespresso
    costumer_segments:
      - Home coffee lovers

Passes:

    name: Nespresso
    customer_segments:
      - Home coffee lovers
"""

from canvaslint.rulekit import reported

CODE = "S002"
NAME = "unknown-key"
SEVERITY = "error"
SUMMARY = "A key the canvas format does not know"
TRANSLATIONS = {
    "nl": {
        "summary": "Een sleutel die het canvasformaat niet kent",
        "close": "`{key}` is geen sleutel van {place}; bedoel je `{close}`?",
        "known": "`{key}` is geen sleutel van {place}; bekende sleutels hier: {known}",
    },
    "ru": {
        "summary": "Ключ, которого нет в формате холста",
        "close": "`{key}` — не ключ для {place}; может быть, `{close}`?",
        "known": "`{key}` — не ключ для {place}; известные ключи: {known}",
    },
}
NEEDS_CANVAS = False

check = reported(CODE)
