"""The file breaks the canvas format (wrong type, unknown value, missing name).

Why: every rule reads the canvas through its format: a channel's medium, a
relationship's type, a segment's market. A value outside the format's
vocabulary, or a list where a single value belongs, means the rules cannot
understand what you wrote. The message says what is allowed there.

Fails:

    name: Nespresso
    channels:
      - name: Boutiques
        ownership: ours

Passes:

    name: Nespresso
    channels:
      - name: Boutiques
        ownership: own
"""

CODE = "S001"
NAME = "schema"
SEVERITY = "error"
FIX = "safe"
NEEDS_CANVAS = False
