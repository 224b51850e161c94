"""Two items share an id, or a reference matches several items.

Why: an id must say which sticky note you mean. Two items with the same
explicit id, or a reference that matches the names of several items (and
no explicit id), leave it open which one a reference means. Give one of
them its own id.

Fails:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
        id: home
      - name: Offices
        id: home

Passes:

    name: Nespresso
    customer_segments:
      - name: Home coffee lovers
        id: home
      - name: Offices
        id: offices
"""

CODE = "R002"
NAME = "duplicate-id"
SEVERITY = "error"
NEEDS_CANVAS = True
