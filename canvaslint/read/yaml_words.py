"""libyaml's complaints in the canvas's language.

The YAML reader says what it expected in English (``did not find expected
',' or ']'``); a Dutch or Russian message quoted that as it was (issue 18).
The few complaints a hand-written canvas meets are translated here; any
other is quoted as the reader's own words, so no sentence mixes languages.
"""

from __future__ import annotations

from canvaslint.i18n import Localized

KNOWN: dict[str, dict[str, str]] = {
    "did not find expected ',' or ']'": {
        "nl": "een ',' of ']' werd verwacht maar niet gevonden",
        "ru": "ожидалась ',' или ']', но её нет"},
    "did not find expected ',' or '}'": {
        "nl": "een ',' of '}' werd verwacht maar niet gevonden",
        "ru": "ожидалась ',' или '}', но её нет"},
    "did not find expected key": {
        "nl": "hier werd een sleutel verwacht", "ru": "здесь ожидался ключ"},
    "could not find expected ':'": {
        "nl": "een ':' werd verwacht maar niet gevonden", "ru": "ожидалось ':', но его нет"},
    "mapping values are not allowed in this context": {
        "nl": "hier mag geen 'sleutel: waarde' staan",
        "ru": "здесь не может быть 'ключ: значение'"},
    "found character that cannot start any token": {
        "nl": "er staat een teken waarmee niets in YAML kan beginnen",
        "ru": "здесь символ, с которого в YAML ничего не может начинаться"},
    "found unexpected end of stream": {
        "nl": "het bestand houdt onverwacht op (een aanhalingsteken of haakje niet gesloten?)",
        "ru": "файл неожиданно закончился (незакрытая кавычка или скобка?)"},
    "did not find expected node content": {
        "nl": "hier werd een waarde verwacht", "ru": "здесь ожидалось значение"},
    "found undefined alias": {
        "nl": "een alias (*naam) zonder anker (&naam)", "ru": "псевдоним (*имя) без якоря (&имя)"},
}
QUOTED = {"nl": 'de YAML-lezer meldt "{problem}"',
          "ru": 'программа чтения YAML сообщает "{problem}"'}


def problem(text: str) -> Localized:
    """The reader's complaint in every language: translated when known, else quoted."""
    words = KNOWN.get(text, {})
    return Localized(text, {"en": text, **{code: words.get(code) or QUOTED[code].format(
        problem=text) for code in ("nl", "ru")}})
