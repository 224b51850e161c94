"""No key activity supports the value proposition.

Why: a value proposition is a promise, and the key activities are the work
that keeps it: roasting the beans, running the platform, solving the
customer's problem. A proposition that no activity ``supports`` is a promise
nobody on the canvas works to keep; name the activity that delivers it.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Fresh beans by post
      - name: Brewing lessons
    key_activities:
      - name: Teaching
        supports: [brewing-lessons]
      - name: Small-batch roasting
        type: production

Passes:

    name: Roast and Post
    value_propositions:
      - name: Fresh beans by post
    key_activities:
      - name: Small-batch roasting
        type: production
        supports: fresh-beans-by-post
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks, waits

CODE = "VP003"
NAME = "proposition-without-activity"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        if canvas.referrers(proposition, blocks.ACTIVITIES, "supports"):
            continue
        yield Problem(proposition.at, item=proposition.name,
                      args={"proposition": proposition.name, "supports_field": Key("supports")})
