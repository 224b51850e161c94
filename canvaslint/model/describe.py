"""Name a place in a canvas the way its author would: by the item's name.

In a Dutch or Russian canvas the place is named in that language, with the
field in the user's own (localized) key.
"""

from __future__ import annotations

from typing import Any

from canvaslint.finding import DataPath
from canvaslint.messages import say
from canvaslint.read import blocks as B


def where(data: Any, path: DataPath, lang: str = "en") -> str:
    """``("channels", 1, "ownership")`` -> ``ownership of channel "Web shop"``."""
    from canvaslint.i18n import language

    table = language(lang)
    if not path:
        return say(lang, "place.canvas")
    label = ""
    node = data
    field = ""
    for i, part in enumerate(path):
        parent_key = path[i - 1] if i else None
        try:
            node = node[part]
        except (KeyError, IndexError, TypeError):
            break
        if isinstance(part, int) and (parent_key in B.KIND_NAMES or parent_key == "stages"):
            label = _label(str(parent_key), part, node, table.kinds, lang)
            field = ""
        elif isinstance(part, int):
            field = f"{field}[{part}]"
        elif isinstance(part, str):
            shown = table.local_key.get(part, part)
            field = shown if not field else f"{field}.{shown}"
    if label and field:
        return say(lang, "place.of", field=field, label=label)
    if label:
        return label
    return f"`{field}`" if field else say(lang, "place.canvas")


def _label(kind: str, index: int, node: Any, kinds: dict[str, str],
           lang: str) -> str:
    noun = kinds.get(kind, B.KIND_NAMES.get(kind, kind))
    if kind == "stages":
        stage = node.get("stage") if isinstance(node, dict) else None
        return say(lang, "place.stage", stage=stage) if isinstance(stage, str) else \
            say(lang, "place.stage-number", number=index + 1)
    name = node if isinstance(node, str) else node.get("name") if isinstance(node, dict) else None
    if isinstance(name, str):
        return f'{noun} "{name}"'
    return f"{noun} {index + 1}"


def place(data: Any, path: DataPath) -> Any:
    """The place named in every language, for a message the report may show in any of them."""
    from canvaslint.i18n import LANGUAGES, Localized

    return Localized(where(data, path), {lang: where(data, path, lang) for lang in LANGUAGES})
