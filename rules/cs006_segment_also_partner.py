"""The same party is a customer segment and a key partner (or a channel).

Why: a customer pays you for a value proposition; a partner supplies you or
works with you; a channel brings your offer to customers. When "Hotels"
stands in the segments and again among the partners or channels, the
canvas has not decided what the hotels are to the business: people you
sell to, or people who sell for you (and are paid for it). The two roles
need different propositions, relationships and revenue. Notes are the same
party when all the meaningful words of one are in the other ("Hotels" and
"Hotels that recommend us").

Fails:

    name: Bike tours
    customer_segments:
      - Hotels
      - Tourists
    key_partners:
      - Hotels

Passes:

    name: Bike tours
    customer_segments:
      - Tourists
    key_partners:
      - Hotels that recommend our tours
"""

from collections.abc import Iterable, Mapping
from typing import Any

from canvaslint.api import Context, Phrase, Problem, blocks, stems, tokens

CODE = "CS006"
NAME = "segment-also-partner"
SEVERITY = "warning"

# Words that say nothing about who a party is.
_COMMON = frozenset({"and", "the", "our", "with", "for", "who", "that", "en", "de", "het",
                     "van", "die", "onze", "и", "для", "с", "наши", "которые"})


def check(ctx: Context, options: Mapping[str, Any]) -> Iterable[Problem]:
    canvas = ctx.canvas
    lang = ctx.document.language
    others = [(o, _party(o.name, lang)) for kind in (blocks.PARTNERS, blocks.CHANNELS)
              for o in canvas.block(kind)]
    for segment in canvas.segments:
        words = _party(segment.name, lang)
        if not words:
            continue
        for other, other_words in others:
            if other_words and (other_words <= words or words <= other_words):
                yield Problem(
                    other.at,
                    item=other.name,
                    args={"segment": segment.name, "other": other.name,
                          "other_kind": other.kind,
                          "other_label": Phrase(f"CS006.as.{other.kind}", other=other.name)},
                )
                break


def _party(name: str, lang: str) -> frozenset[str]:
    words = [w for w in tokens(name) if w not in _COMMON and len(w) > 2]
    return frozenset(stems(words, lang))
