"""Package data: the language tables (nl.yaml, ru.yaml), and how to find shipped files.

:func:`shipped` finds a file beside a package's code. canvaslint is always
installed as files (a wheel, an editable checkout), never imported from a
zip, and ``importlib.resources`` costs a real canvas's run 7-8 ms of
start-up (it imports tempfile, zipfile and more): benchmarks/README.md.
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path


def shipped(package: str, *parts: str) -> Path:
    """The path of a file shipped in ``package``: ``shipped("canvaslint.rules", "x.yaml")``."""
    module = sys.modules.get(package) or importlib.import_module(package)
    where = module.__file__
    if where is None:  # a namespace package: none of ours is one
        raise FileNotFoundError(f"{package} has no folder of its own")
    return Path(where).parent.joinpath(*parts)
