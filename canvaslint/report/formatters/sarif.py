"""The sarif format: SARIF 2.1.0 as GitHub code scanning reads it.

Every known rule goes into ``tool.driver.rules`` with its summary, its
explanation (the rule's docstring, examples included) and its default level,
so code scanning can show the "why" next to an alert. Every finding becomes a
result with a region; paths are relative to the repository root and carry
``uriBaseId: %SRCROOT%``, which is what code scanning matches against the
checked-out files. Columns count characters (``columnKind``), and end columns
are exclusive, as canvaslint's own findings are.

``partialFingerprints`` use the baseline's key (file, rule, data path without
list positions, item name), so an alert survives edits that move lines.
"""

from __future__ import annotations

import hashlib
import json
from collections import Counter
from pathlib import Path
from typing import Any
from urllib.parse import quote

from canvaslint import __version__
from canvaslint.check import baseline, ruledoc
from canvaslint.check.rule import RuleInfo
from canvaslint.finding import Finding, Severity
from canvaslint.report.results import Report

SCHEMA_URI = ("https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/"
              "sarif-schema-2.1.0.json")
SRCROOT = "%SRCROOT%"
LEVELS = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "note"}
Json = dict[str, Any]


def render(report: Report) -> str:
    root = source_root()
    rules = _descriptors(report)
    index = {rule["id"]: i for i, rule in enumerate(rules)}
    seen: Counter[str] = Counter()
    results = [_result(f, index, root, seen) for f in report.findings]
    run: Json = {
        "tool": {"driver": {
            "name": "canvaslint",
            "version": __version__,
            "semanticVersion": __version__,
            "rules": rules,
        }},
        "originalUriBaseIds": {SRCROOT: {"uri": root.as_uri().rstrip("/") + "/"}},
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    body = {"$schema": SCHEMA_URI, "version": "2.1.0", "runs": [run]}
    return json.dumps(body, indent=2, ensure_ascii=False) + "\n"


def source_root() -> Path:
    """The repository root above the working folder (``.git``), or the working folder."""
    here = Path.cwd().resolve()
    for folder in (here, *here.parents):
        if (folder / ".git").exists():
            return folder
    return here


def _descriptors(report: Report) -> list[Json]:
    rules = [_descriptor(info) for _, info in sorted(report.rules.items())]
    known = set(report.rules)
    # A finding of a rule outside the catalog (X000 rule-crashed) still needs a descriptor.
    for f in report.findings:
        if f.code not in known:
            known.add(f.code)
            rules.append(_bare_descriptor(f))
    return rules


def _descriptor(info: RuleInfo) -> Json:
    doc = ruledoc.parse(info.doc or info.summary)
    first = doc.text.split("\n\n")[0].strip() or info.summary
    descriptor: Json = {
        "id": info.code,
        "name": info.name,
        "shortDescription": {"text": info.summary or info.name},
        "fullDescription": {"text": " ".join(first.split())},
        "help": {"text": _help_text(doc), "markdown": _help_markdown(info, doc)},
        "defaultConfiguration": {"level": LEVELS[info.severity]},
    }
    uri = ruledoc.help_uri(info.code, info.origin)
    if uri:
        descriptor["helpUri"] = uri
    if info.origin != "canvaslint":
        descriptor["properties"] = {"origin": info.origin}
    return descriptor


def _bare_descriptor(f: Finding) -> Json:
    return {
        "id": f.code,
        "name": f.name or f.code,
        "shortDescription": {"text": f.name or f.code},
        "fullDescription": {"text": f.name or f.code},
        "help": {"text": f.name or f.code},
        "defaultConfiguration": {"level": LEVELS[f.severity]},
    }


def _help_text(doc: ruledoc.RuleDoc) -> str:
    parts = [doc.text]
    if doc.fails.strip():
        parts.append("Fails:\n\n" + _indent(doc.fails))
    if doc.passes.strip():
        parts.append("Passes:\n\n" + _indent(doc.passes))
    return "\n\n".join(p for p in parts if p).rstrip() + "\n"


def _help_markdown(info: RuleInfo, doc: ruledoc.RuleDoc) -> str:
    parts = [f"**{info.code} {info.name}**", doc.text]
    if doc.fails.strip():
        parts.append(f"Fails:\n\n```yaml\n{doc.fails.rstrip()}\n```")
    if doc.passes.strip():
        parts.append(f"Passes:\n\n```yaml\n{doc.passes.rstrip()}\n```")
    return "\n\n".join(p for p in parts if p) + "\n"


def _indent(text: str) -> str:
    return "\n".join(f"    {line}" if line else "" for line in text.rstrip().splitlines())


def _result(f: Finding, index: dict[str, int], root: Path, seen: Counter[str]) -> Json:
    artifact = _artifact(f.file, root)
    return {
        "ruleId": f.code,
        "ruleIndex": index[f.code],
        "level": LEVELS[f.severity],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {"artifactLocation": artifact,
                                            "region": _region(f)}}],
        "partialFingerprints": {"canvaslint/v1": _fingerprint(artifact["uri"], f, seen)},
    } | ({"properties": {"cause": dict(zip(("ruleId", "line", "column"), f.cause,
                                               strict=True))}} if f.cause else {})


def _artifact(file: str, root: Path) -> Json:
    """A path relative to the repository root, or an absolute ``file:`` URI outside it."""
    path = Path(file)
    absolute = (path if path.is_absolute() else Path.cwd() / path).resolve()
    try:
        relative = absolute.relative_to(root)
    except ValueError:
        return {"uri": absolute.as_uri()}
    return {"uri": quote(relative.as_posix()), "uriBaseId": SRCROOT}


def _region(f: Finding) -> Json:
    line, column = max(f.line, 1), max(f.column, 1)
    region = {"startLine": line, "startColumn": column}
    if f.end_line >= line:
        end_column = f.end_column if f.end_line > line else max(f.end_column, column)
        region |= {"endLine": f.end_line, "endColumn": max(end_column, 1)}
    return region


def _fingerprint(uri: str, f: Finding, seen: Counter[str]) -> str:
    """The baseline's key, with the path from the root: stable across moved lines and
    across the folder canvaslint ran in. A repeat of the same key gets its own number."""
    text = "\x1f".join((uri, *baseline.key(f)[1:]))
    seen[text] += 1
    return hashlib.sha256(f"{text}\x1f{seen[text]}".encode()).hexdigest()[:32]
