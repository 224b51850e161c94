"""What pytest itself calls: the check that this checkout is what the tests import."""

from __future__ import annotations

import importlib.util
import os

import pytest

# A built-in rule that writes an English sentence instead of a message id fails the
# run (and the CLI's subprocesses, which inherit it): its words belong in the catalogs.
os.environ["CANVASLINT_STRICT_MESSAGES"] = "1"


def pytest_configure(config: pytest.Config) -> None:
    """Stop at once, in one line, when the suite cannot test this checkout.

    ``python -m pytest`` puts the repository first on ``sys.path``, so with a
    non-editable install the checkout's ``canvaslint/`` hides the installed
    one, and ``rules/`` (installed as ``canvaslint.rules``) is nowhere.
    """
    if importlib.util.find_spec("canvaslint.rules") is None:
        pytest.exit("canvaslint is not installed from this checkout: run the README's "
                    "python -m pip install -e '.[test]' && python -m pytest", returncode=2)
