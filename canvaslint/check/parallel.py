"""Lint files in worker processes (``--jobs N``), with the same findings as one.

A RunSettings holds rules, and a rule is a module: modules do not pickle.
The workers get every rule once, at start-up, pickled with modules by name
(or file, for a local plugin) and imported again there; each file's
settings travel as indexes into that table. A worker that dies (a crash in
C code) costs nothing: its files are linted again one by one, and the file
that kills its process gets a finding of its own. Kept apart from
``runner`` so that a run without ``--jobs`` never imports multiprocessing.
"""

from __future__ import annotations

import importlib
import importlib.util
import io
import pickle
import sys
import types
from collections.abc import Sequence
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import fields
from typing import Any

from canvaslint.check.crash import internal_error
from canvaslint.check.engine import RunSettings
from canvaslint.check.rule import RuleInfo
from canvaslint.check.runner import SettingsFor, lint_target
from canvaslint.finding import Finding
from canvaslint.read.discovery import STDIN, Target

Portable = tuple[tuple[int, ...], tuple[tuple[str, int], ...], dict[str, Any]]
Job = tuple[Target, Portable]
# A chunk's findings, and what was measured on each file's model (the score).
Done = tuple[list[Finding], dict[str, Any]]
_TABLE: list[RuleInfo] = []
_SETUP_ERROR: list[str] = []


def lint_parallel(targets: Sequence[Target], settings_for: SettingsFor, jobs: int,
                  measured: dict[str, Any] | None = None) -> list[Finding]:
    work = [(t, settings_for(t)) for t in targets]
    keep = measured if measured is not None else {}
    index: dict[int, int] = {}
    table: list[RuleInfo] = []
    portable = [(t, _portable(s, index, table)) for t, s in work if t.path != STDIN]
    try:
        blob = _dumps(table)
    except Exception:  # a rule that cannot go to a worker (a lambda, say): lint here
        return [f for t, s in work for f in lint_target(t, s, measured)]
    findings = [f for t, s in work if t.path == STDIN for f in lint_target(t, s, measured)]
    size = max(1, -(-len(portable) // (jobs * 4)))
    chunks = [portable[i:i + size] for i in range(0, len(portable), size)]
    failed: list[Job] = []
    with ProcessPoolExecutor(min(jobs, len(chunks)), initializer=_start_worker,
                             initargs=(blob,)) as pool:
        futures: list[Future[Done]] = [pool.submit(_lint_chunk, c) for c in chunks]
        for future, chunk in zip(futures, chunks, strict=True):
            try:
                found, measures = future.result()
                findings.extend(found)
                keep.update(measures)
            except BrokenProcessPool:
                failed.extend(chunk)
            except Exception:  # the worker could not load the rules: lint its files here
                findings.extend(f for job in chunk for f in _here(job, table, keep))
    findings.extend(_lint_one_by_one(failed, blob, table, keep))
    return findings


def _here(job: Job, table: Sequence[RuleInfo], measured: dict[str, Any]) -> list[Finding]:
    return lint_target(job[0], _rebuild(job[1], table), measured)


def _lint_one_by_one(jobs: list[Job], blob: bytes, table: Sequence[RuleInfo],
                     measured: dict[str, Any]) -> list[Finding]:
    """After a worker died: each file alone, so the one that kills its worker is known."""
    findings: list[Finding] = []
    pool: ProcessPoolExecutor | None = None
    for job in jobs:
        if pool is None:
            pool = ProcessPoolExecutor(1, initializer=_start_worker, initargs=(blob,))
        try:
            found, measures = pool.submit(_lint_chunk, [job]).result()
            findings.extend(found)
            measured.update(measures)
        except BrokenProcessPool:
            pool.shutdown(wait=True)
            pool = None
            findings.append(internal_error(job[0].display))
        except Exception:
            findings.extend(_here(job, table, measured))
    if pool is not None:
        pool.shutdown(wait=True)
    return findings


def _portable(settings: RunSettings, index: dict[int, int], table: list[RuleInfo]) -> Portable:
    def ref(info: RuleInfo) -> int:
        if id(info) not in index:
            index[id(info)] = len(table)
            table.append(info)
        return index[id(info)]

    rest = {f.name: getattr(settings, f.name) for f in fields(settings)
            if f.name not in ("rules", "catalog")}
    return (tuple(ref(r) for r in settings.rules),
            tuple((code, ref(r)) for code, r in settings.catalog.items()), rest)


def _rebuild(portable: Portable, table: Sequence[RuleInfo]) -> RunSettings:
    rules, catalog, rest = portable
    return RunSettings(rules=[table[i] for i in rules],
                       catalog={code: table[i] for code, i in catalog}, **rest)


def _start_worker(blob: bytes) -> None:
    try:
        _TABLE[:] = pickle.loads(blob)
    except Exception as exc:  # reported by the first chunk; the parent lints it instead
        _SETUP_ERROR.append(f"{type(exc).__name__}: {exc}")


def _lint_chunk(chunk: list[Job]) -> Done:
    if _SETUP_ERROR:
        raise RuntimeError(f"the worker could not load the rules: {_SETUP_ERROR[0]}")
    measured: dict[str, Any] = {}
    found = [f for target, p in chunk for f in lint_target(target, _rebuild(p, _TABLE), measured)]
    return found, measured


class _RulePickler(pickle.Pickler):
    """Pickles modules (rules are modules) by name and file, to import again."""

    def reducer_override(self, obj: Any) -> Any:
        if isinstance(obj, types.ModuleType):
            return _module, (obj.__name__, getattr(obj, "__file__", None))
        return NotImplemented


def _dumps(obj: Any) -> bytes:
    buffer = io.BytesIO()
    _RulePickler(buffer, protocol=pickle.HIGHEST_PROTOCOL).dump(obj)
    return buffer.getvalue()


def _module(name: str, file: str | None) -> types.ModuleType:
    """A module by name, or from its file (a local plugin that is not on the path)."""
    if name in sys.modules:
        return sys.modules[name]
    try:
        return importlib.import_module(name)
    except ImportError:
        if not file:
            raise
    spec = importlib.util.spec_from_file_location(name, file)
    if spec is None or spec.loader is None:
        raise ImportError(f"cannot load the rule module {name} from {file}")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module
