"""An inline suppression comment that suppresses nothing.

Why: a `# canvaslint: disable=...` comment is a decision someone made about
a finding. When the finding is gone (the canvas was fixed, the item moved),
the comment stays behind and would silently hide the next, different
problem on that line. Reporting it keeps suppressions honest. Turn it off
with `--no-report-unused-disables` or `report-unused-disables: false`.

A directive naming a rule that does not exist (``disable=KA01``) is
reported too, with the rule it most likely means.

Fails:

    name: Nespresso  # canvaslint: disable

Passes:

    name: Nespresso
"""

CODE = "X001"
NAME = "unused-suppression"
SEVERITY = "info"
NEEDS_CANVAS = False

