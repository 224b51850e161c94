"""A YAML tag canvaslint does not allow (never executed).

Why: tags such as `!!python/object/apply` ask a YAML reader to build
objects or even run code. A canvas never needs them, and canvaslint never
runs them: it reports the tag and reads the value as plain data.

Fails:

    name: !!python/object/apply:os.system ["echo hi"]

Passes:

    name: Nespresso
"""

CODE = "Y005"
NAME = "unknown-tag"
SEVERITY = "error"
NEEDS_CANVAS = False
