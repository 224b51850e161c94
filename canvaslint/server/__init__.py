"""The language server: canvaslint's findings and the canvas's references in the editor.

The protocol is pygls's business (:mod:`canvaslint.server.app`); the rest
of this package is plain functions over a linted buffer (a
:class:`~canvaslint.server.snapshot.Snapshot`): what is at a position,
hover text, completion, rename edits, suppression quick fixes. pygls is an
optional dependency (``pip install 'canvaslint[lsp]'``), so it is imported
only when the server starts.
"""

from __future__ import annotations

import sys


def serve() -> int:
    """Run the server until the editor closes it; 2 when pygls is not installed."""
    try:
        from canvaslint.server.app import serve as run
    except ImportError as exc:
        if exc.name not in ("pygls", "lsprotocol") and not str(exc.name).startswith(
                ("pygls.", "lsprotocol.")):
            raise
        print("canvaslint: error: the language server needs pygls: "
              "pip install 'canvaslint[lsp]'", file=sys.stderr)
        return 2
    run()
    return 0
