"""A mapping repeats a key.

Why: YAML readers keep only the last of two equal keys, silently, so
whatever was written under the first one is lost without a word. Both
lines are named so you can merge what you meant.

Fails:

    name: Nespresso
    description: Premium coffee
    description: Portioned coffee at home

Passes:

    name: Nespresso
    description: Premium portioned coffee at home
"""

CODE = "Y002"
NAME = "duplicate-key"
SEVERITY = "error"
SUMMARY = "A mapping repeats a key"
TRANSLATIONS = {
    "nl": {
        "summary": "Een sleutel staat twee keer in dezelfde mapping",
        "why": "Waarom: YAML-lezers houden van twee gelijke sleutels stilletjes alleen de laatste, "
               "dus wat onder de eerste stond gaat zonder één woord verloren. Beide regels worden "
               "genoemd, zodat je kunt samenvoegen wat je bedoelde.",
        "default": (
            'de sleutel `{key}` staat twee keer in dezelfde mapping (regels {first} en '
            '{second}); YAML houdt alleen de laatste, dus de eerste gaat stil verloren: voeg '
            'ze samen of verwijder er een'
        ),
    },
    "ru": {
        "summary": "Ключ повторяется в одном отображении",
        "why": "Почему: программы чтения YAML из двух одинаковых ключей молча оставляют только "
               "последний, и всё, что было записано под первым, бесследно теряется. Называются обе "
               "строки, чтобы вы могли объединить то, что имели в виду.",
        "default": (
            'ключ `{key}` встречается дважды в одном отображении (строки {first} и {second});'
            ' YAML оставляет только последний, и первый молча теряется: объедините их или '
            'удалите один'
        ),
    },
}
NEEDS_CANVAS = False
