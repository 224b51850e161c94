"""One of the nine blocks is missing or empty.

Why: the Business Model Canvas is complete only with all nine blocks: a
model without key partners or a cost structure is a model whose risks and
costs have not been thought through. While drafting, switch this rule off
(``ignore: [B001]``) instead of leaving the blocks out silently. A draft
with several blocks still to fill gets one finding naming them all, not
one per block.

Fails:

    name: Nespresso
    customer_segments: [Home coffee lovers]
    value_propositions: [Coffee at home]
    channels: [Boutiques]
    customer_relationships: [Coffee club]
    revenue_streams: [Capsule sales]
    key_resources: [Brand]
    key_activities: [Marketing]
    key_partners: []
    cost_structure: [Marketing costs]

Passes:

    name: Nespresso
    customer_segments: [Home coffee lovers]
    value_propositions: [Coffee at home]
    channels: [Boutiques]
    customer_relationships: [Coffee club]
    revenue_streams: [Capsule sales]
    key_resources: [Brand]
    key_activities: [Marketing]
    key_partners: [Machine manufacturers]
    cost_structure: [Marketing costs]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.finding import Problem
from canvaslint.read import blocks as B

CODE = "B001"
NAME = "empty-block"
SEVERITY = "warning"
SUMMARY = "One of the nine blocks is missing or empty"
TRANSLATIONS = {
    "nl": {
        "summary": "Een van de negen bouwstenen ontbreekt of is leeg",
        "why": "Waarom: het Business Model Canvas is pas compleet met alle negen bouwstenen: een "
               "model zonder kernpartners of kostenstructuur is een model waarvan de risico's en "
               "de kosten niet zijn doordacht. Zet deze regel uit zolang je schetst (`ignore: "
               "[B001]`), in plaats van bouwstenen stilzwijgend weg te laten.",
        "missing": "het canvas heeft geen bouwsteen `{block_field}`: voeg die toe met minstens "
                   "één item (of negeer B001 zolang je schetst)",
        "empty": "de bouwsteen `{block_field}` is leeg: voeg minstens één item toe (of negeer "
                 "B001 zolang je schetst)",
        "several": "{count} bouwstenen zijn leeg of ontbreken: {blocks_field}; geef elk "
                   "minstens één item (of negeer B001 zolang je schetst)",
    },
    "ru": {
        "summary": "Один из девяти блоков отсутствует или пуст",
        "why": "Почему: холст бизнес-модели полон, только когда заполнены все девять блоков: "
               "модель без ключевых партнеров или структуры издержек — это модель, риски и "
               "издержки которой не продуманы. Пока вы работаете над черновиком, отключите это "
               "правило (`ignore: [B001]`), а не пропускайте блоки молча.",
        "missing": "в холсте нет блока `{block_field}`: добавьте его хотя бы с одним элементом "
                   "(или отключите B001 на время черновика)",
        "empty": "блок `{block_field}` пуст: добавьте хотя бы один элемент (или отключите B001 "
                 "на время черновика)",
        "several": "пустые или отсутствующие блоки ({count}): {blocks_field}; добавьте в каждый "
                   "хотя бы один элемент (или отключите B001 на время черновика)",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    data = ctx.canvas.data  # as meant: `customer_segment:` is the segments block misspelt
    missing = [block for block in B.NINE_BLOCKS if block not in data]
    empty = [block for block in B.NINE_BLOCKS if block in data and not data[block]]
    if len(missing) + len(empty) > 1:  # one root cause, a draft: one finding naming them
        blocks = [block for block in B.NINE_BLOCKS if block in missing or block in empty]
        titles = ", ".join(B.BLOCK_TITLES[block] for block in blocks)
        yield Problem((empty[0],) if empty else ("name",),
                      f"{len(blocks)} blocks are empty or missing: {titles}; give each at "
                      "least one item (or ignore B001 while drafting)", at_key=bool(empty),
                      msgid="several", args={"count": len(blocks), "blocks_field": blocks})
        return
    for block in missing:
        title = B.BLOCK_TITLES[block]
        yield Problem(("name",), f"the canvas has no {title} block: add `{block}:` with "
                      f"at least one item (or ignore B001 while drafting)",
                      msgid="missing", args={"block_field": block})
    for block in empty:
        title = B.BLOCK_TITLES[block]
        yield Problem((block,), f"the {title} block is empty: add at least one item "
                      "(or ignore B001 while drafting)", at_key=True,
                      msgid="empty", args={"block_field": block})
