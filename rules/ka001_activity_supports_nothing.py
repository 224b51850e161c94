"""A key activity does not say what it supports.

Why: key activities are the most important things a business must do to
make its model work: to create its value propositions, run its channels and
keep up its customer relationships. An activity that supports none of them
is either missing its link on the canvas or is not key at all.

Fails:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    key_activities:
      - name: Packing and posting
        supports: [beans-roasted-this-week]
      - name: Small-batch coffee roasting
        type: production

Passes:

    name: Roast and Post
    value_propositions:
      - name: Beans roasted this week
    key_activities:
      - name: Small-batch coffee roasting
        type: production
        supports: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks, for_plain_note, waits

CODE = "KA001"
NAME = "activity-supports-nothing"
SEVERITY = "warning"


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    if waits(ctx.canvas, CODE):
        return  # the block links nothing yet: B003 says so once
    for activity in ctx.canvas.block(blocks.ACTIVITIES):
        if activity.values("supports"):
            continue
        yield for_plain_note(
            Problem(activity.field_path("supports"), item=activity.name,
                    args={"activity": activity.name, "supports_field": Key("supports")}),
            ctx.canvas, activity, "supports")
