"""A rule failed on this file; the other rules ran.

Why: a rule is code, and code has bugs: a plugin's rule may raise an
exception, call `sys.exit()`, or a YAML rule's pattern may take too long.
One broken rule must not cost you the findings of all the others, nor end
the run with no output, so canvaslint stops only that rule, goes on with
the rest, and says here which rule failed, with what error and where. It
is not something to fix in your canvas: report it to the rule's authors
(the finding names the package it came from). A crash is never silent:
this finding is reported even when X000 is not selected.

No canvas makes a built-in rule fail on purpose, so there are no examples:
the message looks like

    rule ACME001 (acme-pricing, from acme-rules) failed on this file:
    KeyError: 'price' (at acme_rules.py:12); the other rules ran; please
    report this to the rule's authors
"""

CODE = "X000"
NAME = "rule-crashed"
SEVERITY = "error"
NEEDS_CANVAS = False
