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

CODE = "Y001"
NAME = "yaml-syntax"
SEVERITY = "error"
SUMMARY = "The file is not valid YAML"
TRANSLATIONS = {
    "nl": {
        "summary": "Het bestand is geen geldige YAML",
        "why": "Waarom: een canvas dat YAML niet kan lezen, kan helemaal niet gecontroleerd "
               "worden. De melding wijst de plek aan waar de YAML-lezer het opgaf; de fout zit "
               "meestal daar of vlak erboven (een inspringing, een aanhalingsteken of haakje dat "
               "niet gesloten is).",
        "default": (
            'dit is geen geldige YAML: {problem}; controleer hier de inspringing en de '
            'aanhalingstekens'
        ),
        "colon": (
            'de tekst van `{key}` bevat ": ", wat YAML leest als het begin van nog een '
            "sleutel: zet de tekst tussen aanhalingstekens, {key}: {quoted}"
        ),
        "markdown-no-blocks": (
            "canvaslint vond in dit Markdown-bestand geen blok van een business model canvas: "
            "geen kop, vette regel, `Label:`-regel of tabelcel noemt er een (Klantsegmenten, "
            "Waardeproposities, Kanalen, ...); geef elk blok een kop"
        ),
    },
    "ru": {
        "summary": "Файл не является корректным YAML",
        "why": "Почему: холст, который YAML не может прочитать, вообще нельзя проверить. Сообщение "
               "указывает место, где программа чтения YAML сдалась; ошибка обычно там же или чуть "
               "выше (отступ, незакрытая кавычка или скобка).",
        "default": "это некорректный YAML: {problem}; проверьте здесь отступы и кавычки",
        "colon": (
            'текст `{key}` содержит ": ", и YAML читает это как начало ещё одного ключа: '
            "возьмите текст в кавычки, {key}: {quoted}"
        ),
        "markdown-no-blocks": (
            "canvaslint не нашёл в этом Markdown-файле ни одного блока бизнес-модели: ни "
            "заголовок, ни жирная строка, ни строка `Метка:`, ни ячейка таблицы не называет "
            "блок (Потребительские сегменты, Ценностные предложения, Каналы сбыта, ...); "
            "дайте каждому блоку заголовок"
        ),
    },
}
NEEDS_CANVAS = False
