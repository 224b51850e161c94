"""A mapping repeats a key.

Why: YAML readers keep only the last of two equal keys, silently, so
whatever was written under the first one is lost without a word. Both
lines are named so you can merge what you meant.

Fails:

    name: Nespresso
    description: Premium coffee
    description: Portioned coffee at home

Passes:

    name: Nespresso
    description: Premium portioned coffee at home
"""

CODE = "Y002"
NAME = "duplicate-key"
SEVERITY = "error"
NEEDS_CANVAS = False
