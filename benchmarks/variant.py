"""Run ``canvaslint`` with one of its speed tricks taken out, to weigh the trick.

    python benchmarks/variant.py VARIANT [canvaslint arguments...]

Each variant undoes one trick from outside, by replacing a function before
the command runs, so the code under test is the code users run and no
switch for benchmarking lives in canvaslint itself. ``as-is`` runs through
the same wrapper with nothing replaced: the fair baseline. See
benchmarks/tricks.py, which times them, and benchmarks/README.md.
"""

from __future__ import annotations

import ast
import contextlib
import gc
import importlib
import json
import os
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent


def _replace(owner: Any, name: str, value: Any) -> None:
    """Replace what canvaslint has, never add: a renamed trick must stop the benchmark."""
    if not hasattr(owner, name):
        raise SystemExit(f"{getattr(owner, '__name__', owner)}.{name} is gone: update "
                         "benchmarks/variant.py")
    setattr(owner, name, value)


def no_freeze() -> None:
    _replace(gc, "freeze", lambda: None)


def no_gc_pause() -> None:
    from canvaslint.check import runner
    from canvaslint.read import loader

    _replace(loader, "paused_gc", contextlib.nullcontext)
    _replace(runner, "paused_gc", contextlib.nullcontext)


def no_gc_tuning() -> None:
    no_freeze()
    no_gc_pause()


def importlib_metadata() -> None:
    from canvaslint.check import entrypoints

    _replace(entrypoints, "_plain_folders", lambda: None)  # hands over to importlib.metadata


def jsonschema_only() -> None:
    from canvaslint.model import _fastschema

    _replace(_fastschema, "is_valid", lambda data: False)  # always jsonschema, on all the data
    _replace(_fastschema, "prune", lambda data: data)


def _fast_validator(validate: Callable[[Any], Any], exception: type[Exception]) -> None:
    from canvaslint.model import _fastschema

    def is_valid(data: Any) -> bool:
        try:
            validate(data)
        except exception:
            return False
        return True

    _replace(_fastschema, "is_valid", is_valid)


def _draft07() -> dict[str, Any]:
    """The canvas schema as fastjsonschema reads it (it knows drafts 4, 6 and 7)."""
    schema: dict[str, Any] = json.loads((ROOT / "schemas" / "canvas.schema.json").read_text())
    return {**schema, "$schema": "http://json-schema.org/draft-07/schema#"}


def fastjsonschema_compiled() -> None:
    import fastjsonschema

    _fast_validator(fastjsonschema.compile(_draft07()), fastjsonschema.JsonSchemaException)


def fastjsonschema_generated() -> None:
    """fastjsonschema's code written once to a file (as a build step would) and imported."""
    import fastjsonschema

    folder = Path(os.environ.get("CANVASLINT_BENCH_WORK", tempfile.gettempdir())) / "fjs"
    target = folder / "canvas_fjs.py"
    if not target.exists():
        folder.mkdir(parents=True, exist_ok=True)
        target.write_text(fastjsonschema.compile_to_code(_draft07()), encoding="utf-8")
    sys.path.insert(0, str(folder))
    module = importlib.import_module("canvas_fjs")
    entry = min((n for n in vars(module) if n.startswith("validate")), key=len)  # the root
    _fast_validator(getattr(module, entry), module.JsonSchemaValueException)


def lazy_imports() -> list[str]:
    """Every module that canvaslint imports inside a function rather than at the top."""
    found: set[str] = set()
    for path in [*ROOT.glob("canvaslint/**/*.py"), *ROOT.glob("rules/*.py")]:
        for func in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if not isinstance(func, (ast.FunctionDef, ast.AsyncFunctionDef)):
                continue
            for node in ast.walk(func):
                if isinstance(node, ast.Import):
                    found.update(alias.name for alias in node.names)
                elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
                    found.add(node.module)
    return sorted(found)


def eager_imports() -> None:
    """What imports at the top of every module would load: all of them, at start-up."""
    for name in lazy_imports():
        with contextlib.suppress(ImportError):
            importlib.import_module(name)


def pure_python_yaml() -> None:
    import yaml

    from canvaslint.read import loader

    _replace(loader, "Loader", yaml.SafeLoader)


def pure_python_stemmer() -> None:
    """snowballstemmer's own Python stemmers, as without PyStemmer (its C build)."""
    if "snowballstemmer" in sys.modules:
        raise SystemExit("snowballstemmer was imported before the variant could hide PyStemmer")
    sys.modules["Stemmer"] = None  # type: ignore[assignment]  # `import Stemmer` fails


VARIANTS: dict[str, Callable[[], None]] = {
    "as-is": lambda: None,
    "no-gc-freeze": no_freeze,
    "no-gc-pause": no_gc_pause,
    "no-gc-tuning": no_gc_tuning,
    "importlib-metadata": importlib_metadata,
    "jsonschema-only": jsonschema_only,
    "fastjsonschema-compiled": fastjsonschema_compiled,
    "fastjsonschema-generated": fastjsonschema_generated,
    "eager-imports": eager_imports,
    "pure-python-yaml": pure_python_yaml,
    "pure-python-stemmer": pure_python_stemmer,
}


def main() -> int:
    name = sys.argv[1]
    VARIANTS[name]()
    sys.argv = ["canvaslint", *sys.argv[2:]]
    from canvaslint.cli.main import main as canvaslint

    return canvaslint()


if __name__ == "__main__":
    sys.exit(main())
