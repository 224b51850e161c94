"""Stage 1, read: files to documents.

Bytes become text (``textio``), text becomes positioned nodes and plain
data (``loader`` for YAML, ``markdown`` for Markdown canvases), within the
bounds a hostile file cannot push (Y findings are born here, as data). This
stage knows nothing of blocks' meaning or of rules.
"""
