"""The data checked against the canvas format: the model stage's S and Y problems.

The common case, a valid canvas, is answered by the generated fast
validator without importing jsonschema; only data it rejects goes to
:mod:`canvaslint.model.schema`, which explains each error in plain words.
An empty file is the format's problem too (S001): a canvas needs a name.
"""

from __future__ import annotations

from canvaslint.finding import Problem
from canvaslint.read.document import Document


def validate(doc: Document) -> list[tuple[str, Problem]]:
    """``(code, problem)`` pairs for what the format rejects; none for unreadable files."""
    from canvaslint.model._fastschema import is_valid

    if doc.root is None and doc.problems:
        return []  # unreadable (Y001): there is no data to check against the schema
    if doc.root is None:
        return [("S001", Problem((), msgid="empty"))]
    if is_valid(doc.data):
        return []  # valid: no need to import jsonschema and compile the schema
    from canvaslint.model.schema import check

    return check(doc)
