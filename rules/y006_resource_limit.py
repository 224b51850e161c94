"""The file nests too deeply or its aliases expand too far.

Why: a few lines of YAML aliases can describe billions of values (the
"billion laughs" attack) and crash whatever reads them. canvaslint bounds
both the expansion of aliases and the depth of nesting, and stops reading
a file that goes past them.

Fails:

    a: &a [x, x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]

Passes:

    name: Nespresso
"""

CODE = "Y006"
NAME = "resource-limit"
SEVERITY = "error"
SUMMARY = "The file nests too deeply or its aliases expand too far"
TRANSLATIONS = {
    "nl": {
        "summary": "Het bestand is te diep genest of de aliassen groeien te ver uit",
        "why": "Waarom: een paar regels YAML-aliassen kunnen miljarden waarden beschrijven (de "
               "'billion laughs'-aanval) en alles laten vastlopen wat ze leest. canvaslint "
               "begrenst zowel hoe ver aliassen uitgroeien als hoe diep er genest wordt, en stopt "
               "met het lezen van een bestand dat daaroverheen gaat.",
        "default": (
            'dit bestand gaat voorbij de grenzen van canvaslint (aliassen of nesting) en is '
            'niet verder gelezen: {detail}'
        ),
    },
    "ru": {
        "summary": "Файл слишком глубоко вложен или его алиасы разворачиваются слишком сильно",
        "why": "Почему: несколько строк YAML-алиасов могут описать миллиарды значений (атака "
               "«billion laughs») и обрушить любую программу, которая их читает. canvaslint "
               "ограничивает и разворачивание алиасов, и глубину вложенности; файл, который "
               "выходит за эти пределы, он дальше не читает.",
        "default": (
            'файл выходит за пределы canvaslint (алиасы или вложенность) и дальше не читался:'
            ' {detail}'
        ),
    },
}
NEEDS_CANVAS = False
