"""The file is not valid YAML.

Why: a canvas that YAML cannot read cannot be checked at all. The finding
points at the place where the YAML reader gave up; the mistake is usually
there or just above it (an indentation, an unclosed quote or bracket).

Fails:

    name: Nespresso
    customer_segments:
      - name: "Home coffee lovers
        market: b2c

Passes:

    name: Nespresso
    customer_segments:
      - name: "Home coffee lovers"
        market: b2c
"""

CODE = "Y001"
NAME = "yaml-syntax"
SEVERITY = "error"
NEEDS_CANVAS = False
