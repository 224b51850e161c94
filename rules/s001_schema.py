"""The file breaks the canvas format (wrong type, unknown value, missing name).

Why: every rule reads the canvas through its format: a channel's medium, a
relationship's type, a segment's market. A value outside the format's
vocabulary, or a list where a single value belongs, means the rules cannot
understand what you wrote. The message says what is allowed there.

Fails:

    name: Nespresso
    channels:
      - name: Boutiques
        ownership: ours

Passes:

    name: Nespresso
    channels:
      - name: Boutiques
        ownership: own
"""

CODE = "S001"
NAME = "schema"
SEVERITY = "error"
FIX = "safe"
SUMMARY = "The file breaks the canvas format (wrong type, unknown value, missing name)"
TRANSLATIONS = {
    "nl": {
        "summary": (
            'Het bestand houdt zich niet aan het canvasformaat (verkeerd type, onbekende '
            'waarde, naam ontbreekt)'
        ),
        "why": "Waarom: elke regel leest het canvas via het canvasformaat: het medium van een "
               "kanaal, het type van een klantrelatie, de markt van een klantsegment. Een waarde "
               "die niet in de woordenlijst van het formaat staat, of een lijst waar één waarde "
               "hoort, betekent dat de regels niet begrijpen wat je schreef. De melding zegt wat "
               "daar is toegestaan.",
        "required": "{place} heeft geen `{field}`: voeg `{field}:` toe",
        "colon": ('{place} wordt gelezen als de sleutel "{key}" met een waarde, omdat YAML '
                  'tekst vóór ": " als sleutel leest: zet de notitie tussen aanhalingstekens '
                  '("{note}"), of schrijf haar als mapping met `naam:` en `beschrijving:`'),
        "enum": '{place} is "{value}", en dat is geen bekende waarde; gebruik een van: {allowed}',
        "enum-close": (
            '{place} is "{value}", en dat is geen bekende waarde; bedoel je "{close}"? '
            'Gebruik een van: {allowed}'
        ),
        "type": "{place} heeft niet de juiste vorm: verwacht {wanted}",
        "other": "{place}: {detail}",
    },
    "ru": {
        "summary": "Файл нарушает формат холста (неверный тип, неизвестное значение, нет названия)",
        "why": "Почему: каждое правило читает холст через его формат: носитель канала сбыта, тип "
               "взаимоотношений, рынок сегмента. Значение не из словаря формата или список там, "
               "где должно быть одно значение, означает, что правила не поймут, что вы написали. "
               "Сообщение подскажет, что там допустимо.",
        "required": "у {place} нет `{field}`: добавьте `{field}:`",
        "colon": ('{place} читается как ключ "{key}" со значением, потому что YAML считает '
                  'текст перед ": " ключом: возьмите заметку в кавычки ("{note}") или '
                  'запишите её как словарь с `название:` и `описание:`'),
        "enum": '{place}: "{value}" — неизвестное значение; используйте одно из: {allowed}',
        "enum-close": (
            '{place}: "{value}" — неизвестное значение; может быть, "{close}"? Используйте '
            'одно из: {allowed}'
        ),
        "type": "{place} имеет неверный вид: ожидается {wanted}",
        "other": "{place}: {detail}",
    },
}
NEEDS_CANVAS = False
