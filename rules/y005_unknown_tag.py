"""A YAML tag canvaslint does not allow (never executed).

Why: tags such as `!!python/object/apply` ask a YAML reader to build
objects or even run code. A canvas never needs them, and canvaslint never
runs them: it reports the tag and reads the value as plain data.

Fails:

    name: !!python/object/apply:os.system ["echo hi"]

Passes:

    name: Nespresso
"""

CODE = "Y005"
NAME = "unknown-tag"
SEVERITY = "error"
SUMMARY = "A YAML tag canvaslint does not allow (never executed)"
TRANSLATIONS = {
    "nl": {
        "summary": "Een YAML-tag die canvaslint niet toestaat (wordt nooit uitgevoerd)",
        "why": "Waarom: tags zoals `!!python/object/apply` vragen een YAML-lezer om objecten te "
               "bouwen of zelfs code uit te voeren. Een canvas heeft ze nooit nodig, en canvaslint "
               "voert ze nooit uit: het meldt de tag en leest de waarde als gewone gegevens.",
        "default": (
            'de tag `{tag}` is niet toegestaan in een canvas en is genegeerd (canvaslint '
            'voert nooit code uit een bestand uit): verwijder de tag'
        ),
    },
    "ru": {
        "summary": "Недопустимый YAML-тег (никогда не выполняется)",
        "why": "Почему: теги вроде `!!python/object/apply` просят программу чтения YAML создавать "
               "объекты или даже выполнять код. Холсту они никогда не нужны, и canvaslint никогда "
               "их не выполняет: он сообщает о теге и читает значение как обычные данные.",
        "default": (
            'тег `{tag}` недопустим в холсте и проигнорирован (canvaslint никогда не '
            'выполняет код из файла): удалите тег'
        ),
    },
}
NEEDS_CANVAS = False
