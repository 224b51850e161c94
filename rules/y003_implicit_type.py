"""A value that must be text was read as another type.

Why: YAML reads unquoted `no`, `yes`, `on`, `off`, `null`, `1.0` and
dates as booleans, nulls, numbers or dates. Where the canvas expects text,
the meaning changes silently (`no` becomes false). Quote such values.

Fails:

    name: Nespresso
    value_propositions:
      - name: "No-mess coffee"
        description: no

Passes:

    name: Nespresso
    value_propositions:
      - name: "No-mess coffee"
        description: "no"
"""

CODE = "Y003"
NAME = "implicit-type"
SEVERITY = "error"
FIX = "safe"
SUMMARY = "A value that must be text was read as another type"
TRANSLATIONS = {
    "nl": {
        "summary": "Een waarde die tekst moet zijn, werd als ander type gelezen",
        "why": "Waarom: YAML leest `no`, `yes`, `on`, `off`, `null`, `1.0` en datums zonder "
               "aanhalingstekens als booleans, nulls, getallen of datums. Waar het canvas tekst "
               "verwacht, verandert de betekenis ongemerkt (`no` wordt false). Zet zulke waarden "
               "tussen aanhalingstekens.",
        "bool": (
            '{place} moet tekst zijn, maar YAML leest `{written}` als ja/nee-waarde: zet het '
            'tussen aanhalingstekens, "{written}"'
        ),
        "null": (
            '{place} moet tekst zijn, maar YAML leest `{written}` als lege waarde (null): zet'
            ' het tussen aanhalingstekens, "{written}"'
        ),
        "date": (
            '{place} moet tekst zijn, maar YAML leest `{written}` als datum: zet het tussen '
            'aanhalingstekens, "{written}"'
        ),
        "number": (
            '{place} moet tekst zijn, maar YAML leest `{written}` als getal: zet het tussen '
            'aanhalingstekens, "{written}"'
        ),
    },
    "ru": {
        "summary": "Значение, которое должно быть текстом, прочитано как другой тип",
        "why": "Почему: YAML читает `no`, `yes`, `on`, `off`, `null`, `1.0` и даты без кавычек как "
               "логические значения, null, числа или даты. Там, где холст ожидает текст, смысл "
               "незаметно меняется (`no` превращается в false). Заключайте такие значения в "
               "кавычки.",
        "bool": (
            '{place} должно быть текстом, но YAML читает `{written}` как да/нет: заключите в '
            'кавычки, "{written}"'
        ),
        "null": (
            '{place} должно быть текстом, но YAML читает `{written}` как пустое значение '
            '(null): заключите в кавычки, "{written}"'
        ),
        "date": (
            '{place} должно быть текстом, но YAML читает `{written}` как дату: заключите в '
            'кавычки, "{written}"'
        ),
        "number": (
            '{place} должно быть текстом, но YAML читает `{written}` как число: заключите в '
            'кавычки, "{written}"'
        ),
    },
}
NEEDS_CANVAS = False
