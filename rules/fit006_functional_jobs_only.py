"""Every typed job of a segment is functional: its social and emotional jobs are forgotten.

Why: customers do not only want tasks done; they want to look good to
others (social jobs) and to feel a certain way (emotional jobs). Those jobs
often decide the purchase, and a profile with functional jobs only misses
them. Only segments whose jobs state a ``type`` are checked; jobs without
a type are left out of the count.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        jobs:
          - {name: Brew espresso at home, type: functional}
          - {name: Keep beans fresh, type: functional}

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
        jobs:
          - {name: Brew espresso at home, type: functional}
          - {name: Impress friends with latte art, type: social}
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.i18n import Term
from canvaslint.read import blocks as B

CODE = "FIT006"
NAME = "functional-jobs-only"
SEVERITY = "info"
SUMMARY = "Every typed job of a segment is functional; social and emotional jobs are missing"

TRANSLATIONS = {
    "nl": {
        "summary": "Elke getypeerde taak van een klantsegment is functioneel; sociale en "
                   "emotionele taken ontbreken",
        "why": "Waarom: klanten willen niet alleen taken gedaan krijgen; ze willen ook goed "
               "overkomen bij anderen (sociale taken) en zich op een bepaalde manier voelen "
               "(emotionele taken). Die taken geven vaak de doorslag bij een aankoop, en een "
               "profiel met alleen functionele taken mist ze. Alleen klantsegmenten waarvan de "
               "taken een `type` noemen worden gecontroleerd; taken zonder type tellen niet mee.",
        "default": 'elke taak van klantsegment "{segment}" die een `{type_field}` noemt, '
                   "heeft `{type_field}: {functional}`: voeg de sociale taken toe (hoe deze "
                   "klanten gezien willen worden) en de emotionele taken (hoe ze zich willen "
                   "voelen), of geef de taken die je al hebt en die sociaal of emotioneel zijn "
                   "`{type_field}: {social}` of `{type_field}: {emotional}`",
    },
    "ru": {
        "summary": "Все задачи сегмента с указанным типом функциональные; социальных и "
                   "эмоциональных задач нет",
        "why": "Почему: клиенты хотят не только решить практические задачи; они хотят хорошо "
               "выглядеть в глазах других (социальные задачи) и испытывать определённые чувства "
               "(эмоциональные задачи). Именно эти задачи часто решают, будет ли покупка, а "
               "профиль только с функциональными задачами их упускает. Проверяются только "
               "сегменты, у задач которых указан `type` (тип); задачи без типа не учитываются.",
        "default": 'все задачи сегмента "{segment}", у которых указан `{type_field}`, имеют '
                   "`{type_field}: {functional}`: добавьте социальные задачи (какими эти "
                   "клиенты хотят выглядеть в глазах других) и эмоциональные задачи (что они "
                   "хотят чувствовать) или укажите `{type_field}: {social}` или "
                   "`{type_field}: {emotional}` у уже имеющихся социальных и эмоциональных задач",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        types = {t for job in canvas.children(segment, B.JOBS) if (t := job.text("type"))}
        if types != {"functional"}:
            continue
        yield Problem(
            (*segment.path, B.JOBS),
            f"every job of {segment.label} that states a type is functional: add the social "
            "jobs (how these customers want to be seen) and the emotional jobs (how they want "
            "to feel), or type the jobs you already have that are social or emotional",
            at_key=True,
            item=segment.name,
            args={"segment": segment.name, "type_field": "type",
                  "functional": Term("functional"), "social": Term("social"),
                  "emotional": Term("emotional")},
        )
