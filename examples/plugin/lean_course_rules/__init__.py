"""The YAML rules of the lean course, offered as a collection (``RULES``).

``RULES`` is a function so the YAML file is read when canvaslint discovers
rules, not when this package is imported.
"""

from pathlib import Path

from canvaslint.api import RuleInfo


def RULES() -> list[object]:  # noqa: N802 - the name canvaslint looks for
    from canvaslint.api import load_yaml_rules as load_file

    return list(load_file(Path(__file__).parent / "lean.yaml", "canvaslint-lean-course"))


__all__ = ["RULES", "RuleInfo"]
