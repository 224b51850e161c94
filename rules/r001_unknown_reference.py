"""A reference names no item.

Why: references are the lines you would draw between sticky notes: which
segment a proposition is for, which channel reaches it. A reference to an
id that does not exist is a line to nowhere, usually a typo; the message
suggests the nearest id.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    value_propositions:
      - name: Coffee at home
        segments: [home-cofee-lovers]

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
    value_propositions:
      - name: Coffee at home
        segments: [home-coffee-lovers]
"""

CODE = "R001"
NAME = "unknown-reference"
SEVERITY = "error"
FIX = "safe"
NEEDS_CANVAS = True
