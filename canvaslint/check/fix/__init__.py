"""``canvaslint check --fix``: repair what a rule is sure of, keep everything else.

Rules attach a :class:`~canvaslint.finding.Fix` (a data path and what to
write) to a problem; :mod:`.edits` turns it into an edit of the exact
characters of that value; :mod:`.apply` applies the edits of a file,
lints the result and keeps only fixes that add no finding; :mod:`.command`
writes files atomically or prints the diff.
"""
