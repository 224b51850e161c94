"""A key the canvas format does not know.

Why: a misspelt key (`costumer_segments`) is not an error YAML would
notice, but the block it holds is then invisible to every rule. The
message suggests the nearest key the format knows. In a Markdown canvas a
heading that looks like a misspelt block name ("Costumer Segments") is
reported the same way.

Fails:

    name: Nespresso
    costumer_segments:
      - Home coffee lovers

Passes:

    name: Nespresso
    customer_segments:
      - Home coffee lovers
"""

CODE = "S002"
NAME = "unknown-key"
SEVERITY = "error"
FIX = "safe"
NEEDS_CANVAS = False
