"""Local rules named by a configuration's ``plugins:`` list.

Loading a plugin runs its code, so this is a security decision, taken as
flake8 (local plugins) and ESLint (configs are code) take it: a plugin is
code the repository runs, as trusted as its build scripts. It happens only
when a configuration asks for it (never because of a canvas), only for the
configuration at the repository root or one named by ``--config`` (a
sub-folder's ``plugins:`` is ignored with a warning, so a pull request that
adds ``docs/.canvaslint.yaml`` runs nothing), and ``--no-plugins`` turns it
off on every command, for CI on pull requests from forks (docs/security.md).
An entry
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

from canvaslint.check.config import ConfigFile
from canvaslint.check.registry import PluginError, rules_of
from canvaslint.check.rule import RuleInfo


def load(config: ConfigFile, explicit: Path | None = None) -> list[RuleInfo]:
    """The rules of every plugin the configuration names, if it may name any."""
    if config.path is None or not config.values.get("plugins"):
        return []
    if not trusted(config.path, explicit):
        _warn_ignored(config.path)
        return []
    return list(_load(config.path, tuple(config.values.get("plugins", []))))


def trusted(path: Path, explicit: Path | None) -> bool:
    """The configuration named by ``--config``, or the one at the repository root."""
    if explicit is not None and path.resolve() == explicit.resolve():
        return True
    folder = path.resolve().parent
    # The root of the repository the run is in, or of the one the file is in (a
    # `.git` folder beside the configuration): a pull request cannot add a `.git`
    # folder, and a submodule's `.git` is a file, so neither lets one in. The
    # second is what an editor's server needs, started outside the project.
    return folder == repository_root() or (folder / ".git").is_dir()


def repository_root() -> Path:
    """The nearest folder upwards from here holding ``.git``; without one, this folder."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


@cache
def _warn_ignored(path: Path) -> None:
    print(f"canvaslint: warning: {path} names plugins, which were not loaded: plugins load "
          f"only from the configuration at the repository root ({repository_root()}) or "
          "from --config (see docs/security.md)", file=sys.stderr)


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
        from canvaslint.check.yamlrules import load_file

        path = folder / spec
        return [_yaml_info(r, spec) for r in load_file(path, spec)]
    module = _module_from_file(folder / spec) if spec.endswith(".py") else _import(folder, spec)
    return rules_of(module, spec)


def _yaml_info(rule: object, origin: str) -> RuleInfo:
    from canvaslint.check.registry import as_rule

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
