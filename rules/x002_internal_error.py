"""canvaslint itself failed on this file (not the file, not a rule).

Why: when canvaslint's own code fails while reading or checking a file
(outside any one rule, which would be X000), the file is not to blame and
neither is a rule: it is a bug in canvaslint. It is reported on that file,
with the error, so the other files are still linted and the run never ends
in a traceback; it used to be reported as a YAML syntax error (Y001),
which sent you looking for a mistake in a canvas that had none. Please
report it, with the file if you can share it. A crash is never silent:
this finding is reported even when X002 is not selected.

No canvas makes canvaslint fail on purpose, so there are no examples: the
message looks like

    canvaslint failed on this file (ValueError: ...); please report it
"""

CODE = "X002"
NAME = "internal-error"
SEVERITY = "error"
NEEDS_CANVAS = False
