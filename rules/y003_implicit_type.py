"""A value that must be text was read as another type.

Why: YAML reads unquoted `no`, `yes`, `on`, `off`, `null`, `1.0` and
dates as booleans, nulls, numbers or dates. Where the canvas expects text,
the meaning changes silently (`no` becomes false). Quote such values.

Fails:

    name: Nespresso
    value_propositions:
      - name: "No-mess coffee"
        description: no

Passes:

    name: Nespresso
    value_propositions:
      - name: "No-mess coffee"
        description: "no"
"""

CODE = "Y003"
NAME = "implicit-type"
SEVERITY = "error"
FIX = "safe"
NEEDS_CANVAS = False
