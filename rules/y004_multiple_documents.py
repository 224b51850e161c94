"""More than one YAML document in the file.

Why: a canvas is one document per file. A second document after `---` is
usually a pasted canvas or a leftover, and nothing in it would be checked.

Fails:

    name: Nespresso
    ---
    name: Nespresso Professional

Passes:

    name: Nespresso
"""

CODE = "Y004"
NAME = "multiple-documents"
SEVERITY = "error"
NEEDS_CANVAS = False
