"""Find, read and validate configuration files.

Looked up from each linted file's folder upwards: ``.canvaslint.yaml``, then
the ``[tool.canvaslint]`` table of ``pyproject.toml``; the first found wins
(README, "Configuration"). A configuration file is validated by ``schemas/config.schema.json``
and every problem is a :class:`ConfigError` naming file, line and column
with a suggestion, never a traceback.
"""

from __future__ import annotations

import difflib
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

from canvaslint.finding import Problem
from canvaslint.messages import Said

YAML_NAME = ".canvaslint.yaml"
PYPROJECT = "pyproject.toml"
KEYS = ("select", "ignore", "extend-select", "fail-on", "severity", "per-file-ignores",
        "rules", "plugins", "report-unused-disables", "infer")


class ConfigError(Exception):
    """A configuration that cannot be used: exit 2 with a located message."""


@dataclass(frozen=True)
class ConfigFile:
    """A read, schema-valid configuration and where its keys are written."""

    path: Path | None
    values: dict[str, Any] = field(default_factory=dict)
    lines: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)
    # Where values are written: a key's value, and each item of a list by its index.
    value_lines: dict[tuple[str, ...], tuple[int, int]] = field(default_factory=dict)

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

    def where_value(self, *keys: str | int) -> str:
        """``file:line:col`` of a value (``fail-on: warnings``, ``ignore: [B01]``), for messages.

        A wrong value is pointed at, not the start of its key's line; where
        the position of the value is not known, the key's is used.
        """
        path = tuple(str(k) for k in keys)
        if self.path is not None:
            for n in range(len(path), 0, -1):
                if path[:n] in self.value_lines:
                    line, col = self.value_lines[path[:n]]
                    return f"{self.path}:{line}:{col}"
        return self.where(*(k for k in path if not k.isdigit()))


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
    """The configuration file in ``folder``, if any.

    A folder that can be listed but not entered raises PermissionError on
    ``is_file``: it holds no configuration we can read, and its canvases get
    their own Y001 when they are read (issue 17).
    """
    yaml_file = Path(folder) / YAML_NAME
    pyproject = Path(folder) / PYPROJECT
    try:
        if yaml_file.is_file():
            return str(yaml_file)
        if not pyproject.is_file():
            return None
    except OSError:
        return None
    if re.search(r"^\[tool\.canvaslint[\].]", _read(pyproject), re.M):
        return str(pyproject)
    return None


def _read(path: Path) -> str:
    return _read_bytes(path).decode("utf-8", errors="replace")


def _read_bytes(path: Path) -> bytes:
    """A regular file of bounded size: a FIFO or a link to /dev/zero is refused (issue 17)."""
    from canvaslint.read import safeio

    try:
        return safeio.read_bytes(str(path), "configuration")
    except safeio.UnsafePath as exc:
        raise ConfigError(*exc.args) from exc
    except OSError as exc:
        raise ConfigError(Said("config.error.cannot-read", path=str(path),
                               reason=exc.strerror)) from exc


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
        at = _toml_value_lines(path, lines)
    else:
        values, lines, at = _load_yaml(path)
    config = ConfigFile(path, values, lines, at)
    _validate(config)
    return config


Lines = dict[tuple[str, ...], tuple[int, int]]


def _load_yaml(path: Path) -> tuple[dict[str, Any], Lines, Lines]:
    from canvaslint.read.loader import load as load_yaml

    raw = _read_bytes(path)
    doc = load_yaml(str(path), raw)
    if doc.problems:
        from canvaslint.messages import words

        code, problem = doc.problems[0]
        line, col, _, _ = doc.span(problem)
        raise ConfigError(f"{path}:{line}:{col}: {words(code, problem)}")
    data = doc.data if doc.data is not None else {}
    at: Lines = {}
    if not isinstance(data, dict):
        raise ConfigError(Said("config.error.not-a-mapping", path=str(path), keys=KEYS[:4]))
    lines: dict[tuple[str, ...], tuple[int, int]] = {}
    for key, value in data.items():
        lines[(key,)] = doc.span(Problem((key,), "", at_key=True))[:2]
        at[(key,)] = doc.span(Problem((key,), ""))[:2]
        items = value if isinstance(value, dict) else {}
        for sub in items:
            lines[(key, sub)] = doc.span(Problem((key, sub), "", at_key=True))[:2]
            at[(key, sub)] = doc.span(Problem((key, sub), ""))[:2]
        for index in range(len(value) if isinstance(value, list) else 0):
            at[(key, str(index))] = doc.span(Problem((key, index), ""))[:2]
        for sub, codes in items.items():
            for index in range(len(codes) if isinstance(codes, list) else 0):
                at[(key, sub, str(index))] = doc.span(
                    Problem((key, sub, index), ""))[:2]
    return data, lines, at


def _toml_value_lines(path: Path, lines: Lines) -> Lines:
    """Where each top-level value of a TOML table starts: after its key's ``=``."""
    found: Lines = {}
    text_lines = _read(path).splitlines()
    for keys, (line, col) in lines.items():
        row = text_lines[line - 1] if 0 < line <= len(text_lines) else ""
        equals = row.find("=", col - 1)
        if len(keys) == 1 and equals >= 0:
            after = row[equals + 1:]
            found[keys] = (line, equals + 2 + len(after) - len(after.lstrip()))
    return found


def _load_toml(path: Path) -> tuple[dict[str, Any], dict[tuple[str, ...], tuple[int, int]]]:
    import tomllib  # only a repository with a pyproject.toml pays for it (1-3 ms)

    text = _read(path)
    try:
        tool = tomllib.loads(text).get("tool", {})
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(Said("config.error.toml", path=str(path), detail=str(exc))) from exc
    # Valid TOML may still say `tool = 1`, or hold the `[tool.canvaslint]` line we
    # looked for inside a multi-line string: a table is needed, or no configuration.
    table = tool.get("canvaslint", {}) if isinstance(tool, dict) else None
    if not isinstance(table, dict):
        where = "`tool`" if not isinstance(tool, dict) else "`tool.canvaslint`"
        raise ConfigError(Said("config.error.not-a-table", path=str(path), where=where))
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

    from canvaslint.read.blocks import load_schema

    validator = Draft202012Validator(load_schema("config.schema.json"))
    errors = sorted(validator.iter_errors(config.values), key=lambda e: list(e.absolute_path))
    if not errors:
        return
    error = errors[0]
    path = [str(p) for p in error.absolute_path]
    if error.validator == "additionalProperties" and not path:
        extra = [k for k in config.values if k not in KEYS]
        key = extra[0] if extra else ""

        close = difflib.get_close_matches(key, KEYS, n=1, cutoff=0.5)
        hint: Said | str = Said("hint.did-you-mean-key", name=close[0]) if close else \
            Said("config.hint.known-keys", keys=KEYS)
        raise ConfigError(Said("config.error.unknown-key", where=config.where(key), key=key,
                               hint=hint))
    where = config.where_value(*path)
    shown = ".".join(p for p in path if not p.isdigit()) or Said("config.the-configuration")
    if error.validator == "enum":

        words = [str(v) for v in error.validator_value]
        close = difflib.get_close_matches(str(error.instance).lower(), words, n=1, cutoff=0.6)
        hint = Said("hint.did-you-mean", value=repr(close[0])) if close else ""
        raise ConfigError(Said("config.error.not-one-of", where=where, name=shown,
                               value=repr(error.instance), hint=hint, words=words))
    if error.validator == "type":
        raise ConfigError(Said("config.error.wrong-type", where=where, name=shown,
                               type=_type_word(error.validator_value)))
    raise ConfigError(f"{where}: `{shown}`: {error.message}")


def _type_word(value: Any) -> Said | str:
    words = {"array": "config.type.array", "object": "config.type.object",
             "string": "config.type.string", "boolean": "config.type.boolean"}
    return Said(words[value]) if isinstance(value, str) and value in words else str(value)
