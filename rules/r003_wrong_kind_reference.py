"""A reference names an item of the wrong block.

Why: each reference field links two particular blocks: a proposition's
`segments` name customer segments, a relationship's `channels` name
channels. Naming an item of another block links things that do not belong
together, and the rules that follow the link cannot work.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    channels:
      - name: Boutiques
    value_propositions:
      - name: Coffee at home
        segments: [boutiques]

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    channels:
      - name: Boutiques
    value_propositions:
      - name: Coffee at home
        segments: [home-coffee-lovers]
"""

CODE = "R003"
NAME = "wrong-kind-reference"
SEVERITY = "error"
SUMMARY = "A reference names an item of the wrong block"
TRANSLATIONS = {
    "nl": {
        "summary": "Een verwijzing noemt een item uit de verkeerde bouwsteen",
        "why": "Waarom: elk verwijsveld verbindt twee bepaalde bouwstenen: de `segments` "
               "(`segmenten`) van een waardepropositie noemen klantsegmenten, de `channels` "
               "(`kanalen`) van een klantrelatie noemen kanalen. Wie een item uit een andere "
               "bouwsteen noemt, verbindt dingen die niet bij elkaar horen, en de regels die de "
               "verbinding volgen kunnen dan niet werken.",
        "default": (
            '{source_kind} "{source}" noemt "{text}" onder {field}, maar dat is {target_kind}'
            ' "{target}"; {field} moet verwijzen naar: {allowed_kinds}'
        ),
    },
    "ru": {
        "summary": "Ссылка указывает на элемент не того блока",
        "why": "Почему: каждое поле-ссылка связывает два определённых блока: `segments` (сегменты) "
               "ценностного предложения называют потребительские сегменты, `channels` (каналы "
               "сбыта) взаимоотношений называют каналы сбыта. Ссылка на элемент другого блока "
               "связывает то, что друг другу не подходит, и правила, которые идут по этой связи, "
               "не могут работать.",
        "default": (
            '{source_kind} "{source}" ссылается на "{text}" в поле {field}, но это '
            '{target_kind} "{target}"; поле {field} должно ссылаться на: {allowed_kinds}'
        ),
    },
}
NEEDS_CANVAS = True
