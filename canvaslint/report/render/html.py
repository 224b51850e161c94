"""A tiny HTML builder that escapes everything it is not told is markup.

Text from a canvas (names, descriptions, messages) reaches the page only
through :func:`el`, which escapes any plain ``str``; only :class:`Html`
values, built by :func:`el` itself, pass through unchanged. So an item
named ``<script>alert(1)</script>`` is shown as text, never run.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

_ANCHOR = re.compile(r"[^A-Za-z0-9_]+")


class Html(str):
    """Markup that is already safe: built by :func:`el` or :func:`join`."""



def esc(text: object) -> str:
    return html.escape(str(text), quote=True)


def el(tag: str, *children: Html | str | None, cls: str | None = None,
       **attrs: str | int | None) -> Html:
    """``<tag class=cls attrs...>children</tag>``; ``attrs`` with ``_`` become ``-``."""
    parts = [tag]
    if cls:
        parts.append(f'class="{esc(cls)}"')
    for key, value in attrs.items():
        if value is not None:
            parts.append(f'{key.rstrip("_").replace("_", "-")}="{esc(value)}"')
    inner = "".join(c if isinstance(c, Html) else esc(c) for c in children if c is not None)
    return Html(f"<{' '.join(parts)}>{inner}</{tag}>")


def join(children: Iterable[Html | str | None]) -> Html:
    return Html("".join(c if isinstance(c, Html) else esc(c) for c in children if c is not None))


def anchor(prefix: str, path: str) -> str:
    """A stable element id for a data path: ``channels[1]`` -> ``n-channels-1``."""
    return f"{prefix}-{_ANCHOR.sub('-', path).strip('-') or 'canvas'}"
