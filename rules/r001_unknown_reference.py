"""A reference names no item.

Why: references are the lines you would draw between sticky notes: which
segment a proposition is for, which channel reaches it. A reference to an
id that does not exist is a line to nowhere, usually a typo; the message
suggests the nearest id.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    value_propositions:
      - name: Coffee at home
        segments: [home-cofee-lovers]

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    value_propositions:
      - name: Coffee at home
        segments: [home-coffee-lovers]
"""

CODE = "R001"
NAME = "unknown-reference"
SEVERITY = "error"
FIX = "safe"
SUMMARY = "A reference names no item"
TRANSLATIONS = {
    "nl": {
        "summary": "Een verwijzing noemt geen bestaand item",
        "why": "Waarom: verwijzingen zijn de lijnen die je tussen de plakbriefjes zou trekken: "
               "voor welk klantsegment een waardepropositie is, welk kanaal dat segment bereikt. "
               "Een verwijzing naar een id die niet bestaat is een lijn naar nergens, meestal een "
               "tikfout; de melding stelt de id voor die er het dichtst bij ligt.",
        "default": (
            '{source_kind} "{source}" noemt "{text}" onder {field}, maar geen item heeft die '
            'id of naam; voeg dat item toe of schrijf de juiste id'
        ),
        "close": (
            '{source_kind} "{source}" noemt "{text}" onder {field}, maar geen item heeft die '
            'id of naam; bedoel je "{close}"?'
        ),
    },
    "ru": {
        "summary": "Ссылка не указывает ни на один элемент",
        "why": "Почему: ссылки — это линии, которые вы провели бы между стикерами: для какого "
               "сегмента ценностное предложение, какой канал сбыта до него доходит. Ссылка на "
               "несуществующий id — линия в никуда, обычно опечатка; сообщение подскажет самый "
               "похожий id.",
        "default": (
            '{source_kind} "{source}" ссылается на "{text}" в поле {field}, но элемента с '
            'таким id или названием нет; добавьте его или исправьте id'
        ),
        "close": (
            '{source_kind} "{source}" ссылается на "{text}" в поле {field}, но элемента с '
            'таким id или названием нет; может быть, "{close}"?'
        ),
    },
}
NEEDS_CANVAS = True
