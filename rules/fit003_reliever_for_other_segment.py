"""A pain reliever or gain creator names a pain or gain of a segment its proposition misses.

Why: a value map answers one customer profile. A pain reliever of a
proposition that relieves the pain of some other segment claims a fit the
proposition does not offer: either the proposition should also target that
segment, or the reliever belongs to another proposition.

Fails:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Coffee bars
        pains:
          - {id: supplier-runs-out, name: The supplier runs out in busy weeks}
    value_propositions:
      - name: Beans roasted this week
        segments: home-baristas
        pain_relievers:
          - name: Weekly roasting plan
            relieves: supplier-runs-out

Passes:

    name: Roast and Post
    customer_segments:
      - name: Home baristas
      - name: Coffee bars
        pains:
          - {id: supplier-runs-out, name: The supplier runs out in busy weeks}
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, coffee-bars]
        pain_relievers:
          - name: Weekly roasting plan
            relieves: supplier-runs-out
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Key, Problem, blocks

CODE = "FIT003"
NAME = "reliever-for-other-segment"
SEVERITY = "error"

# (value map kind, its reference field, the id of its message)
_MAPS = ((blocks.RELIEVERS, "relieves", "reliever"), (blocks.CREATORS, "creates", "creator"))


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    for proposition in canvas.propositions:
        targets = {id(s) for s in canvas.refs(proposition, "segments")}
        for kind, field, msgid in _MAPS:
            for tool in canvas.children(proposition, kind):
                for aim in canvas.refs(tool, field):
                    segment = aim.parent
                    if segment is None or id(segment) in targets:
                        continue
                    yield Problem(
                        canvas.ref_path(tool, field, aim),
                        item=tool.name,
                        msgid=msgid,
                        args={"tool": tool.name, "proposition": proposition.name,
                              "aim": aim.name, "segment": segment.name,
                              "segment_id": segment.id, "segments_field": Key("segments")},
                    )
