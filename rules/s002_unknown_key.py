"""A key the canvas format does not know.

Why: a misspelt key (`costumer_segments`) is not an error YAML would
notice, but the block it holds is then invisible to every rule. The
message suggests the nearest key the format knows. In a Markdown canvas a
heading that looks like a misspelt block name ("Costumer Segments") is
reported the same way.

Fails:

    name: Nespresso
    costumer_segments:
      - Home coffee lovers

Passes:

    name: Nespresso
    customer_segments:
      - Home coffee lovers
"""

CODE = "S002"
NAME = "unknown-key"
SEVERITY = "error"
FIX = "safe"
SUMMARY = "A key the canvas format does not know"
TRANSLATIONS = {
    "nl": {
        "summary": "Een sleutel die het canvasformaat niet kent",
        "why": "Waarom: een verkeerd gespelde sleutel (`costumer_segments`) is geen fout die YAML "
               "opmerkt, maar het blok eronder is dan onzichtbaar voor elke regel. De melding "
               "stelt de sleutel voor die het formaat kent en die er het dichtst bij ligt.",
        "close": "`{key}` is geen sleutel van {place}; bedoel je `{close}`?",
        "known": "`{key}` is geen sleutel van {place}; bekende sleutels hier: {known}",
        "heading": "de kop \"{key}\" noemt geen blok van het canvas, dus de notities eronder "
                   "worden niet gecontroleerd; bedoel je \"{close}\"?",
    },
    "ru": {
        "summary": "Ключ, которого нет в формате холста",
        "why": "Почему: ключ с опечаткой (`costumer_segments`) — не ошибка, которую заметил бы "
               "YAML, но блок под ним становится невидимым для всех правил. Сообщение подскажет "
               "самый похожий ключ, который знает формат.",
        "close": "`{key}` — не ключ для {place}; может быть, `{close}`?",
        "known": "`{key}` — не ключ для {place}; известные ключи: {known}",
        "heading": "заголовок «{key}» не называет ни один блок холста, поэтому заметки под "
                   "ним не проверяются; может быть, «{close}»?",
    },
}
NEEDS_CANVAS = False
