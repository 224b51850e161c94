"""``python -m canvaslint`` does exactly what the ``canvaslint`` command does."""

from canvaslint.cli.main import main

main()
