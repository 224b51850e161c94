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

from canvaslint.api import Context, Key, Problem, Term, blocks

CODE = "FIT006"
NAME = "functional-jobs-only"
SEVERITY = "info"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for segment in canvas.segments:
        types = {t for job in canvas.children(segment, blocks.JOBS) if (t := job.text("type"))}
        if types != {"functional"}:
            continue
        yield Problem(
            (*segment.path, blocks.JOBS),
            at_key=True,
            item=segment.name,
            args={"segment": segment.name, "type_field": Key("type"),
                  "functional": Term("functional"), "social": Term("social"),
                  "emotional": Term("emotional")},
        )
