"""canvaslint: a linter for Business Model Canvases written in YAML.

Importing the package does nothing but define the version: the CLI, the
engine and the rules are imported only when a run needs them, so that a
pre-commit run on one file starts fast.
"""

__version__ = "0.1.0"
