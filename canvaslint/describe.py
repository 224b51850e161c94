"""Name a place in a canvas the way its author would: by the item's name."""

from __future__ import annotations

from typing import Any

from canvaslint import blocks as B
from canvaslint.finding import DataPath


def where(data: Any, path: DataPath) -> str:
    """``("channels", 1, "ownership")`` -> ``ownership of channel "Web shop"``."""
    if not path:
        return "the canvas"
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
            label = _label(str(parent_key), part, node)
            field = ""
        elif isinstance(part, int):
            field = f"{field}[{part}]"
        elif isinstance(part, str):
            field = part if not field else f"{field}.{part}"
    if label and field:
        return f"`{field}` of {label}"
    if label:
        return label
    return f"`{field}`" if field else "the canvas"


def _label(kind: str, index: int, node: Any) -> str:
    noun = B.KIND_NAMES.get(kind, kind)
    if kind == "stages":
        stage = node.get("stage") if isinstance(node, dict) else None
        return f'stage "{stage}"' if isinstance(stage, str) else f"stage {index + 1}"
    name = node if isinstance(node, str) else node.get("name") if isinstance(node, dict) else None
    if isinstance(name, str):
        return f'{noun} "{name}"'
    return f"{noun} {index + 1}"
