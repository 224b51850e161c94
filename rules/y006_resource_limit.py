"""The file nests too deeply or its aliases expand too far.

Why: a few lines of YAML aliases can describe billions of values (the
"billion laughs" attack) and crash whatever reads them. canvaslint bounds
both the expansion of aliases and the depth of nesting, and stops reading
a file that goes past them.

Fails:

    a: &a [x, x, x, x, x, x, x, x, x, x]
    b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
    c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
    d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
    e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
    f: [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]

Passes:

    name: Nespresso
"""

CODE = "Y006"
NAME = "resource-limit"
SEVERITY = "error"
NEEDS_CANVAS = False
