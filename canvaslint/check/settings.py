"""Merge defaults < configuration file < command line into a file's settings.

One function does the merging (flake8's habit), so the precedence is in one
place: the command line's ``--select`` replaces the file's ``select``;
``--ignore`` and ``--extend-select`` add to the file's lists; ``--fail-on``
replaces ``fail-on``. Every code, prefix or name in the configuration is
checked against the rules that exist, and every rule option against the
rule's own option schema, with a located message and a suggestion.
"""

from __future__ import annotations

import difflib
import fnmatch
import os
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from canvaslint.check.config import ConfigError, ConfigFile
from canvaslint.check.engine import RunSettings
from canvaslint.check.rule import RuleInfo
from canvaslint.check.selection import Selection, matches_any, specificity
from canvaslint.finding import Severity
from canvaslint.messages import Said
from canvaslint.model.infer import InferSettings


@dataclass(frozen=True)
class CommandLine:
    """The options of ``check`` that take part in the merge."""

    select: Sequence[str] = ()
    ignore: Sequence[str] = ()
    extend_select: Sequence[str] = ()
    fail_on: str | None = None
    report_unused: bool | None = None
    infer: bool | None = None   # --infer / --no-infer


@dataclass(frozen=True)
class Resolved:
    """Everything a run needs for the files one configuration governs."""

    config: ConfigFile
    selection: Selection
    severity: dict[str, Severity]
    options: dict[str, dict[str, Any]]
    fail_on: str
    report_unused: bool
    per_file: dict[str, list[str]] = field(default_factory=dict)
    sources: dict[str, str] = field(default_factory=dict)
    infer: InferSettings = field(default_factory=InferSettings)

    def settings_for(self, path: str, rules: Sequence[RuleInfo]) -> RunSettings:
        ignored = self._ignored_for(path)
        enabled = [r for r in rules if self.selection.enabled(r) and not
                   matches_any(ignored, r)]
        return RunSettings(rules=enabled, severity=self.severity, options=self.options,
                           infer=self.infer)

    def _ignored_for(self, path: str) -> list[str]:
        if not self.per_file:
            return []
        try:
            rel = os.path.relpath(os.path.abspath(path), self.config.folder).replace(os.sep, "/")
        except ValueError:  # another drive on Windows
            rel = path
        out: list[str] = []
        for pattern, codes in self.per_file.items():
            if fnmatch.fnmatch(rel, pattern) or fnmatch.fnmatch(os.path.basename(path), pattern):
                out.extend(codes)
        return out


def resolve(config: ConfigFile, cli: CommandLine, rules: Sequence[RuleInfo]) -> Resolved:
    values = config.values
    sources: dict[str, str] = {}

    def pick(key: str, from_cli: Any, default: Any) -> Any:
        if from_cli:
            sources[key] = "command line"
            return from_cli
        if key in values:
            sources[key] = config.where(key)
            return values[key]
        sources[key] = "default"
        return default

    for key in ("select", "ignore", "extend-select"):
        _check_selectors(config, (key,), values.get(key, []), rules)
    _check_selectors(config, (), [*cli.select, *cli.ignore, *cli.extend_select], rules)
    select = pick("select", list(cli.select), ["ALL"])
    ignore = [*values.get("ignore", []), *cli.ignore]
    extend = [*values.get("extend-select", []), *cli.extend_select]
    sources["ignore"] = _joined_source(config, "ignore", bool(cli.ignore))
    sources["extend-select"] = _joined_source(config, "extend-select", bool(cli.extend_select))
    per_file = values.get("per-file-ignores", {})
    for pattern, codes in per_file.items():
        _check_selectors(config, ("per-file-ignores", pattern), codes, rules)
    if per_file:
        sources["per-file-ignores"] = config.where("per-file-ignores")
    return Resolved(
        config=config,
        selection=Selection(select=select, ignore=ignore, extend_select=extend),
        severity=_severities(config, rules, sources),
        options=_options(config, rules, sources),
        fail_on=pick("fail-on", cli.fail_on, "error"),
        report_unused=_report_unused(config, cli, sources),
        per_file={str(k): list(v) for k, v in per_file.items()},
        sources=sources,
        infer=infer_settings(config, cli, sources),
    )


def infer_settings(config: ConfigFile, cli: CommandLine, sources: dict[str, str]) -> InferSettings:
    """``infer: false`` or ``infer: {enabled: .., words: ..}``; the flag wins over the file."""
    value = config.values.get("infer", True)
    enabled = value if isinstance(value, bool) else bool(value.get("enabled", True))
    words = value.get("words", {}) if isinstance(value, dict) else {}
    sources["infer"] = config.where("infer") if "infer" in config.values else "default"
    if cli.infer is not None:
        enabled = cli.infer
        sources["infer"] = "command line"
    return InferSettings(enabled=enabled, words=words)


def _report_unused(config: ConfigFile, cli: CommandLine, sources: dict[str, str]) -> bool:
    if cli.report_unused is not None:
        sources["report-unused-disables"] = "command line"
        return cli.report_unused
    key = "report-unused-disables"
    sources[key] = config.where(key) if key in config.values else "default"
    return bool(config.values.get(key, True))


def _joined_source(config: ConfigFile, key: str, from_cli: bool) -> str:
    parts = [config.where(key)] if key in config.values else []
    if from_cli:
        parts.append("command line")
    return " + ".join(parts) or "default"


def _rule_for(config: ConfigFile, keys: tuple[str, ...], word: str,
              rules: Sequence[RuleInfo]) -> RuleInfo:
    for r in rules:
        if word in (r.code, r.name):
            return r
    raise ConfigError(Said("config.error.not-a-rule", where=config.where(*keys), word=repr(word),
                           hint=_suggest(word, rules)))


def _severities(config: ConfigFile, rules: Sequence[RuleInfo],
                sources: dict[str, str]) -> dict[str, Severity]:
    out: dict[str, Severity] = {}
    for word, level in config.values.get("severity", {}).items():
        rule = _rule_for(config, ("severity", word), word, rules)
        out[rule.code] = Severity.parse(level)
        sources[f"severity.{rule.code}"] = config.where("severity", word)
    return out


def _options(config: ConfigFile, rules: Sequence[RuleInfo],
             sources: dict[str, str]) -> dict[str, dict[str, Any]]:
    out: dict[str, dict[str, Any]] = {}
    for word, options in config.values.get("rules", {}).items():
        rule = _rule_for(config, ("rules", word), word, rules)
        _check_options(config, rule, word, options)
        out[rule.code] = dict(options)
        sources[f"rules.{rule.code}"] = config.where("rules", word)
    return out


def _check_options(config: ConfigFile, rule: RuleInfo, word: str,
                   options: Mapping[str, Any]) -> None:
    where = config.where("rules", word)
    if rule.options_schema is None:
        if options:
            raise ConfigError(Said("config.error.no-options", where=where, code=rule.code,
                                   name=rule.name))
        return
    from jsonschema import Draft202012Validator

    errors = list(Draft202012Validator(dict(rule.options_schema)).iter_errors(dict(options)))
    if not errors:
        return
    error = errors[0]
    if error.validator == "additionalProperties":
        known = sorted(rule.options_schema.get("properties", {}))
        extra = [k for k in options if k not in known]
        close = difflib.get_close_matches(extra[0], known, n=1, cutoff=0.5) if extra else []
        hint = Said("hint.did-you-mean-key", name=close[0]) if close else \
            Said("config.hint.its-options", options=known)
        raise ConfigError(Said("config.error.no-such-option", where=where, code=rule.code,
                               option=extra[0], hint=hint))
    at = "/".join(str(p) for p in error.absolute_path) or "options"
    raise ConfigError(Said("config.error.bad-option", where=where, code=rule.code, at=at,
                           detail=error.message))


def _check_selectors(config: ConfigFile, keys: tuple[str, ...], selectors: Sequence[str],
                     rules: Sequence[RuleInfo]) -> None:
    for index, selector in enumerate(selectors):
        if not any(specificity(selector, r) >= 0 for r in rules):
            where = config.where_value(*keys, index) if keys else Said("config.command-line")
            raise ConfigError(Said("config.error.not-a-selector", where=where,
                                   selector=repr(selector), hint=_suggest(selector, rules)))


def _suggest(word: str, rules: Sequence[RuleInfo]) -> Said | str:
    from canvaslint.check.selection import nearest_rule

    close = nearest_rule(word, rules)
    return Said("hint.did-you-mean-rule", rule=close) if close else ""


def config_for(path: str, explicit: Path | None, no_config: bool) -> ConfigFile:
    """The configuration governing ``path`` (``-`` means the current folder)."""
    from canvaslint.check import config as config_module

    if no_config:
        return config_module.EMPTY
    if explicit is not None:
        return config_module.load(explicit)
    folder = Path.cwd() if path == "-" else Path(path).parent
    found = config_module.find(folder)
    return config_module.load(found) if found is not None else config_module.EMPTY
