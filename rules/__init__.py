"""The built-in rules of canvaslint, one module per rule.

Installed as ``canvaslint.rules`` and registered one by one in the
``canvaslint.rules`` entry-point group (see ``pyproject.toml``), the same
road a third-party rule takes. The YAML files beside the modules are the
rules' knowledge (tables, word lists), which users can override per rule.
"""
