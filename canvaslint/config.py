"""Find, read and validate configuration files.

Looked up from each linted file's folder upwards: ``.canvaslint.yaml``, then
the ``[tool.canvaslint]`` table of ``pyproject.toml``; the first found wins
(cli.md). A configuration file is validated by ``schemas/config.schema.json``
and every problem is a :class:`ConfigError` naming file, line and column
with a suggestion, never a traceback.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from canvaslint.finding import Problem

YAML_NAME = ".canvaslint.yaml"
PYPROJECT = "pyproject.toml"
KEYS = ("select", "ignore", "extend-select", "fail-on", "severity", "per-file-ignores",
        "rules", "plugins", "report-unused-disables")


class ConfigError(Exception):
    """A configuration that cannot be used: exit 2 with a located message."""


@dataclass(frozen=True)
class ConfigFile:
    """A read, schema-valid configuration and where its keys are written."""

    path: Path | None
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)

    @property
    def folder(self) -> Path:
        return self.path.parent if self.path is not None else Path.cwd()

    def where(self, *keys: str) -> str:
        """``file:line:col`` of a key, for messages."""
        if self.path is None:
            return "command line"
        for n in range(len(keys), 0, -1):
            if keys[:n] in self.lines:
                line, col = self.lines[keys[:n]]
                return f"{self.path}:{line}:{col}"
        return str(self.path)


EMPTY = ConfigFile(None)


def find(start: Path) -> Path | None:
    """The configuration that governs files in ``start``: nearest wins."""
    folder = start.resolve()
    for candidate in (folder, *folder.parents):
        found = _in_folder(str(candidate))
        if found is not None:
            return Path(found)
    return None


@cache
def _in_folder(folder: str) -> str | None:
    yaml_file = Path(folder) / YAML_NAME
    if yaml_file.is_file():
        return str(yaml_file)
    pyproject = Path(folder) / PYPROJECT
    if pyproject.is_file() and re.search(r"^\[tool\.canvaslint[\].]",
                                         _read(pyproject), re.M):
        return str(pyproject)
    return None


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc}") from exc


def forget() -> None:
    """Find and read configuration files afresh from now on.

    A ``check`` run reads each once; the language server lives for hours
    while the user edits them, so it forgets them before every lint.
    """
    _in_folder.cache_clear()
    load.cache_clear()


@cache
def load(path: Path) -> ConfigFile:
    """Read and validate one configuration file (cached per run)."""
    if path.name == PYPROJECT:
        values, lines = _load_toml(path)
    else:
        values, lines = _load_yaml(path)
    config = ConfigFile(path, values, lines)
    _validate(config)
    return config


def _load_yaml(path: Path) -> tuple[dict[str, Any], dict[tuple[str, ...], tuple[int, int]]]:
    from canvaslint.loader import load as load_yaml

    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read the configuration: {exc.strerror}") from exc
    doc = load_yaml(str(path), raw)
    if doc.problems:
        _, problem = doc.problems[0]
        line, col, _, _ = doc.span(problem)
        raise ConfigError(f"{path}:{line}:{col}: {problem.message}")
    data = doc.data if doc.data is not None else {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}:1:1: the configuration must be a mapping of keys "
                          f"({', '.join(KEYS[:4])}, ...)")
    lines: dict[tuple[str, ...], tuple[int, int]] = {}
    for key, value in data.items():
        lines[(key,)] = doc.span(Problem((key,), "", at_key=True))[:2]
        if isinstance(value, dict):
            for sub in value:
                lines[(key, sub)] = doc.span(Problem((key, sub), "", at_key=True))[:2]
    return data, lines


def _load_toml(path: Path) -> tuple[dict[str, Any], dict[tuple[str, ...], tuple[int, int]]]:
    import tomllib  # only when a pyproject.toml is found

    text = _read(path)
    try:
        table = tomllib.loads(text).get("tool", {}).get("canvaslint", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from exc
    lines: dict[tuple[str, ...], tuple[int, int]] = {}
    # TOML keeps no positions; find each key's line inside its table by text.
    text_lines = text.splitlines()
    for key in table:
        for number, line in enumerate(text_lines, start=1):
            stripped = line.lstrip()
            if stripped.startswith((f"{key} ", f"{key}=", f'"{key}"')) or \
                    stripped.startswith(f"[tool.canvaslint.{key}]"):
                lines[(key,)] = (number, len(line) - len(stripped) + 1)
                break
    return dict(table), lines


def _validate(config: ConfigFile) -> None:
    from jsonschema import Draft202012Validator

    from canvaslint.schema import load_schema

    validator = Draft202012Validator(load_schema("config.schema.json"))
    errors = sorted(validator.iter_errors(config.values), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    error = errors[0]
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties" and not path:
        extra = [k for k in config.values if k not in KEYS]
        key = extra[0] if extra else ""
        import difflib  # only for a wrong key

        close = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.5)
        hint = f"; did you mean `{close[0]}`?" if close else f"; known keys: {', '.join(KEYS)}"
        raise ConfigError(f"{config.where(key)}: `{key}` is not a configuration key{hint}")
    where = config.where(*path)
    shown = ".".join(path) or "the configuration"
    if error.validator == "enum":
        allowed = ", ".join(str(v) for v in error.validator_value)
        raise ConfigError(f"{where}: `{shown}` is {error.instance!r}; use one of: {allowed}")
    if error.validator == "type":
        raise ConfigError(f"{where}: `{shown}` must be a {_type_word(error.validator_value)}")
    raise ConfigError(f"{where}: `{shown}`: {error.message}")


def _type_word(value: Any) -> str:
    words = {"array": "list", "object": "mapping", "string": "text", "boolean": "true or false"}
    return words.get(value, str(value)) if isinstance(value, str) else str(value)
