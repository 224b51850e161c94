"""Which reader a file needs: YAML canvases, and Markdown ones by their suffix.

The Markdown reader is imported only when a Markdown file is read, so a
run over YAML canvases pays nothing for it.
"""

from __future__ import annotations

from canvaslint.read.document import Document
from canvaslint.read.loader import load as load_yaml

MARKDOWN_SUFFIXES = (".md", ".markdown")


def is_markdown(name: str) -> bool:
    return name.lower().endswith(MARKDOWN_SUFFIXES)


def load_canvas(name: str, raw: bytes) -> Document:
    """The document of a canvas file in whichever format its name says."""
    if is_markdown(name):
        from canvaslint.read.markdown import load as load_markdown

        return load_markdown(name, raw)
    return load_yaml(name, raw)
