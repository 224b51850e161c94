"""Stage 4, report: findings to what a person or a tool reads.

``results`` holds what a run produced; ``formatters`` write text, JSON,
SARIF, GitHub annotations and JUnit; ``render`` draws the canvas as HTML;
``score`` grades it; ``summary`` and ``explain`` are the words around
the findings, in the user's language.
"""
