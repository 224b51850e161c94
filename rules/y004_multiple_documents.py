"""More than one YAML document in the file.

Why: a canvas is one document per file. A second document after `---` is
usually a pasted canvas or a leftover, and nothing in it would be checked.

Fails:

    name: Nespresso
    ---
    name: Nespresso Professional

Passes:

    name: Nespresso
"""

CODE = "Y004"
NAME = "multiple-documents"
SEVERITY = "error"
SUMMARY = "More than one YAML document in the file"
TRANSLATIONS = {
    "nl": {
        "summary": "Meer dan één YAML-document in het bestand",
        "why": "Waarom: een canvas is één document per bestand. Een tweede document na `---` is "
               "meestal een geplakt canvas of een overblijfsel, en niets daarin zou gecontroleerd "
               "worden.",
        "default": (
            'dit bestand bevat na `---` een tweede YAML-document; een canvas is één document '
            'per bestand: zet het in een eigen bestand of verwijder de regel `---`'
        ),
    },
    "ru": {
        "summary": "В файле больше одного YAML-документа",
        "why": "Почему: холст — это один документ на файл. Второй документ после `---` — обычно "
               "вставленный по ошибке холст или остаток, и ничего в нём не проверялось бы.",
        "default": (
            'после `---` в файле идёт второй YAML-документ; холст — это один документ в '
            'файле: вынесите его в отдельный файл или удалите строку `---`'
        ),
    },
}
NEEDS_CANVAS = False
