"""Local rules named by a configuration's ``plugins:`` list.

Loading a plugin runs its code, so this is a security decision: it happens
only when a configuration file asks for it (never because of a canvas), and
``--no-plugins`` turns it off, for CI on untrusted pull requests. An entry
is a Python module name (imported with the configuration's folder first on
the path), a ``.py`` file, or a YAML rule file, relative to the
configuration file. A plugin that fails to load stops the run (exit 2).
"""

from __future__ import annotations

import importlib
import importlib.util
import sys
from functools import cache
from pathlib import Path
from types import ModuleType

from canvaslint.config import ConfigFile
from canvaslint.registry import PluginError, rules_of
from canvaslint.rule import RuleInfo


def load(config: ConfigFile) -> list[RuleInfo]:
    """The rules of every plugin the configuration names."""
    if config.path is None:
        return []
    return list(_load(config.path, tuple(config.values.get("plugins", []))))


@cache
def _load(config_path: Path, specs: tuple[str, ...]) -> tuple[RuleInfo, ...]:
    folder = config_path.parent
    rules: list[RuleInfo] = []
    for spec in specs:
        where = f"{config_path}: plugin {spec!r}"
        try:
            rules.extend(_load_one(folder, spec))
        except PluginError as exc:
            raise PluginError(f"{where}: {exc}") from exc
    return tuple(rules)


def _load_one(folder: Path, spec: str) -> list[RuleInfo]:
    if spec.endswith((".yaml", ".yml")):
        from canvaslint.yamlrules import load_file

        path = folder / spec
        return [_yaml_info(r, spec) for r in load_file(path, spec)]
    module = _module_from_file(folder / spec) if spec.endswith(".py") else _import(folder, spec)
    return rules_of(module, spec)


def _yaml_info(rule: object, origin: str) -> RuleInfo:
    from canvaslint.registry import as_rule

    return as_rule(rule, origin)


def _import(folder: Path, name: str) -> ModuleType:
    sys.path.insert(0, str(folder))
    try:
        return importlib.import_module(name)
    except (Exception, SystemExit) as exc:  # its own failure; an exit must not end the run
        raise PluginError(f"failed to import: {type(exc).__name__}: {exc}") from exc
    finally:
        sys.path.remove(str(folder))


def _module_from_file(path: Path) -> ModuleType:
    if not path.is_file():
        raise PluginError(f"no such file: {path}")
    name = f"canvaslint_local_{abs(hash(str(path)))}_{path.stem}"
    spec = importlib.util.spec_from_file_location(name, path)
    if spec is None or spec.loader is None:
        raise PluginError(f"cannot load {path} as Python")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    try:
        spec.loader.exec_module(module)
    except (Exception, SystemExit) as exc:  # its own failure; an exit must not end the run
        del sys.modules[name]
        raise PluginError(f"failed to load: {type(exc).__name__}: {exc}") from exc
    return module
