"""A block links nothing yet: one note for the block, and the checks links would unlock.

Why: most canvases start as sticky notes without links, and that is a fine
first draft: a missing link is a chance to check, not a mistake. So on a
canvas that writes no links at all, canvaslint says once for each block
that it links nothing, at info level, and names the checks the links would
unlock, instead of one finding per item (CS001-CS004, CH001, VP001, VP003,
RS001, RS004, KA001, KP001, CO001, CO002 stay quiet). Once a canvas writes
a link anywhere it has chosen to link, and the items it leaves unlinked are
real gaps, reported by those rules one by one. On a canvas with
exactly one segment, an item that names no segments serves that segment,
so the blocks that link to segments need no links at all.

Fails:

    name: Roast and Post
    customer_segments: [Home baristas, Offices]
    value_propositions: [Beans roasted this week]
    key_activities: [Roasting]

Passes:

    name: Roast and Post
    customer_segments: [Home baristas, Offices]
    value_propositions:
      - name: Beans roasted this week
        segments: [home-baristas, offices]
    key_activities:
      - name: Roasting
        supports: [beans-roasted-this-week]
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.check.rule import Context
from canvaslint.check.rulekit import quote_list
from canvaslint.finding import Problem
from canvaslint.i18n import Localized, language
from canvaslint.model.facts import LINKS, block_links, writes_links
from canvaslint.read import blocks as B

CODE = "B003"
NAME = "block-links-nothing"
SEVERITY = "info"
SUMMARY = "No item of a block links to the others yet (one note for the block)"

# What the missing links would say, per (block, field), in each language.
_WHAT = {
    (B.PROPOSITIONS, "segments"): ("which segments they are for", "voor welke segmenten ze zijn",
                                   "для каких сегментов они"),
    (B.CHANNELS, "segments"): ("which segments they reach", "welke segmenten ze bereiken",
                               "каких сегментов они достигают"),
    (B.RELATIONSHIPS, "segments"): ("which segments they serve", "welke segmenten ze bedienen",
                                    "какие сегменты они обслуживают"),
    (B.REVENUE, "segments"): ("which segments pay them", "welke segmenten ervoor betalen",
                              "какие сегменты за них платят"),
    (B.REVENUE, "value_propositions"): ("what customers pay for", "waarvoor klanten betalen",
                                        "за что платят клиенты"),
    (B.ACTIVITIES, "supports"): ("what they support", "wat ze ondersteunen",
                                 "что они поддерживают"),
    (B.PARTNERS, "provides"): ("what they provide", "wat ze leveren", "что они предоставляют"),
    (B.COSTS, "for"): ("what they are for", "waarvoor ze zijn", "на что они"),
}
_LANG_INDEX = {"en": 0, "nl": 1, "ru": 2}

TRANSLATIONS = {
    "nl": {
        "summary": "Geen enkel item van een blok verwijst al naar de andere (één melding per blok)",
        "why": "Waarom: de meeste canvassen beginnen als losse notities zonder verwijzingen, en "
               "dat is een prima eerste versie: een ontbrekende verwijzing is een kans om te "
               "controleren, geen fout. Als geen enkel item van een blok zegt wie het bedient of "
               "waarvoor het is, zegt canvaslint dat één keer voor het blok, als info, en noemt "
               "het de controles die verwijzingen mogelijk maken, in plaats van één melding per "
               "item. Op een canvas met precies één segment bedient een item zonder "
               "`segments` dat segment.",
        "default": "geen enkel item van het blok {block} zegt {what}: dat mag in een eerste "
                   "versie, maar met `{fields}` bij de notities kan canvaslint ook {checks} "
                   "controleren",
    },
    "ru": {
        "summary": "Ни один элемент блока ещё не ссылается на другие (одно замечание на блок)",
        "why": "Почему: большинство холстов начинаются как стикеры без связей, и это хороший "
               "черновик: отсутствующая связь — повод проверить, а не ошибка. Если ни один "
               "элемент блока не говорит, кого он обслуживает или для чего нужен, canvaslint "
               "сообщает об этом один раз для блока, как замечание, и называет проверки, которые "
               "откроют связи, вместо замечания на каждый элемент. На холсте с единственным "
               "сегментом элемент без `segments` обслуживает этот сегмент.",
        "default": "ни один элемент блока «{block}» не говорит, {what}: для черновика это "
                   "нормально, но с `{fields}` у стикеров canvaslint сможет проверить ещё "
                   "{checks}",
    },
}


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    if writes_links(canvas):
        return  # the canvas links: an unlinked item is a real gap, each reported by its rule
    for kind in B.NINE_BLOCKS:
        if not canvas.block(kind):
            continue
        missing = [(f, codes) for (k, f), codes in LINKS.items() if k == kind
                   and _targets_exist(ctx, kind, f) and not block_links(canvas, kind, f)]
        if not missing:
            continue
        fields = [f for f, _ in missing]
        checks = list(dict.fromkeys(c for _, codes in missing for c in codes))
        what = [_WHAT[(kind, f)] for f in fields]
        # Made in every language: --lang may ask for another than the canvas's (issue 18).
        words = {code: " / ".join(w[_LANG_INDEX[code]] for w in what) for code in _LANG_INDEX}
        titles = {code: language(code).titles.get(kind, B.BLOCK_TITLES[kind])
                  for code in _LANG_INDEX}
        keys = {code: "`, `".join(language(code).local_key.get(f, f) for f in fields)
                for code in _LANG_INDEX}
        yield Problem(
            (kind,),
            f"no item of the {B.BLOCK_TITLES[kind]} block says {' or '.join(w[0] for w in what)}: "
            f"fine for a first draft, but with `{'`, `'.join(fields)}` on the notes canvaslint "
            f"could also check {quote_list(checks)}",
            at_key=True,
            args={"block": Localized(B.BLOCK_TITLES[kind], titles),
                  "what": Localized(words["en"], words),
                  "fields": Localized(keys["en"], keys), "checks": ", ".join(checks)},
        )


def _targets_exist(ctx: Context, kind: str, field_name: str) -> bool:
    """Links are possible only when the blocks they would name hold items."""
    return any(ctx.canvas.block(t) for t in B.REFERENCE_FIELDS[(kind, field_name)])
