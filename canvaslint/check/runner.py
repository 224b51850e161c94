"""Run a lint over many files: read, load, lint, collect, never lose a file.

Reading a file that cannot be read (a folder, no permission, a named pipe,
a link loop, a file far bigger than a canvas) is a finding on that file,
and so is anything unexpected while linting it: one file's trouble never
costs the findings of the others. With ``jobs`` above one, worker
processes lint chunks of files; a worker that dies (a crash in C code)
costs nothing either: its files are linted again one by one, and the file
that kills its process gets a finding of its own.
"""

from __future__ import annotations

import errno
import operator
import os
import stat
import sys
from collections.abc import Callable, Sequence
from dataclasses import fields
from typing import Any

from canvaslint.check.engine import RunSettings, lint_document
from canvaslint.finding import Finding, Severity
from canvaslint.messages import Said
from canvaslint.read.discovery import STDIN, Target
from canvaslint.read.formats import load_canvas
from canvaslint.read.loader import paused_gc

# A big canvas is 100 kB; 10,000 items in every block, the benchmark's largest, 19 MB.
MAX_FILE_BYTES = 32 * 1024 * 1024

SettingsFor = Callable[[Target], RunSettings]
# Standard input as first read, with the stream it came from.
_STDIN: list[tuple[object, bytes | Said]] = []
# The order of findings is the order Finding's own comparison gives, as a fast key.
ORDER = operator.attrgetter(*(f.name for f in fields(Finding) if f.compare))


def read_target(target: Target, lang: str | None = None) -> bytes | str:
    """The file's bytes, or a message saying why it cannot be read (in ``lang``, else English)."""
    raw = _read(target)
    return raw.in_(lang or "en") if isinstance(raw, Said) else raw


def _read(target: Target) -> bytes | Said:
    if target.path == STDIN:  # read once: the score reads it again after the lint
        stream = getattr(sys.stdin, "buffer", None)
        if stream is None:  # `canvaslint check - <&-`: there is no standard input
            return Said("read.error.stdin-closed")
        if not _STDIN or _STDIN[0][0] is not stream:  # a new stream (tests swap them)
            try:
                data = _bounded(stream.read(MAX_FILE_BYTES + 1))
            except OSError as exc:
                data = Said("read.error.stdin-unreadable", reason=exc.strerror or str(exc))
            _STDIN[:] = [(stream, data)]
        return _STDIN[0][1]
    try:  # non-blocking, so a named pipe cannot hang the run; checked on the open file
        fd = os.open(target.path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        return _unopened(target.path, exc)
    try:
        return _read_open(target.path, fd)
    except OSError as exc:
        return Said("read.error.unreadable", reason=exc.strerror)
    finally:
        os.close(fd)


def remember_stdin(data: bytes) -> None:
    """What later reads of standard input see (the canvas as ``--fix`` left it)."""
    _STDIN[:] = [(sys.stdin.buffer, data)]


def _read_open(path: str, fd: int) -> bytes | Said:
    info = os.fstat(fd)
    if stat.S_ISDIR(info.st_mode):
        return _folder(path)
    if not stat.S_ISREG(info.st_mode):
        return Said("read.error.not-regular")
    if info.st_size > MAX_FILE_BYTES:
        return _too_big(info.st_size)
    data = bytearray()
    while len(data) <= MAX_FILE_BYTES:  # the size may have changed since: read no more
        chunk = os.read(fd, 1 << 20)
        if not chunk:
            break
        data += chunk
    return _bounded(bytes(data))


def _unopened(path: str, exc: OSError) -> Said:
    if os.path.isdir(path):
        return Said("read.error.folder-unreadable", reason=exc.strerror)
    if os.path.islink(path) and exc.errno == errno.ELOOP:
        return Said("read.error.link-loop")
    if os.path.islink(path) and exc.errno == errno.ENOENT:
        return Said("read.error.dangling-link", target=os.readlink(path))
    return Said("read.error.unreadable", reason=exc.strerror)


def _folder(path: str) -> Said:
    try:
        with os.scandir(path):  # as discovery lists folders
            pass
    except OSError as exc:
        return Said("read.error.folder-unreadable", reason=exc.strerror)
    return Said("read.error.folder")


def _bounded(data: bytes) -> bytes | Said:
    return data if len(data) <= MAX_FILE_BYTES else _too_big(len(data))


def _too_big(size: int) -> Said:
    more = Said("read.more-than") if size > MAX_FILE_BYTES + 1 else ""
    megabyte = 1024 * 1024  # the unit of MAX_FILE_BYTES, so the limit reads "32 MB"
    return Said("read.error.too-big", more=more, size=f"{size / megabyte:.0f}",
                limit=MAX_FILE_BYTES // megabyte)


def lint_target(target: Target, settings: RunSettings,
                measured: dict[str, Any] | None = None) -> list[Finding]:
    raw = read_target(target, settings.lang)
    if isinstance(raw, str):
        return [file_error(target, raw)]

    def lint() -> list[Finding]:
        doc = load_canvas(target.display, raw)
        if measured is None:
            return lint_document(doc, settings)
        return lint_document(doc, settings, measured=measured)

    return guarded(target, lint, settings.lang)


def guarded(target: Target, lint: Callable[[], list[Finding]],
            lang: str | None = None) -> list[Finding]:
    """The findings of ``lint``, or one finding saying why it could not be done.

    A failure of canvaslint's own code is X002 (internal-error), in ``lang``
    (``--lang``; the canvas's own language is not known once reading failed).

    The language server lints its buffers through here too, so an editor
    sees the same finding a ``check`` run gives for the same trouble.
    """
    try:
        with paused_gc():  # a big canvas is millions of acyclic objects: no cycles to find
            return lint()
    except RecursionError:
        return [file_error(target, Said("read.error.too-deep").in_(lang or "en"))]
    except MemoryError:
        return [file_error(target, Said("read.error.no-memory").in_(lang or "en"))]
    except Exception as exc:  # a bug of ours must still not lose the other files
        from canvaslint.check.crash import internal_error

        return [internal_error(target.display, exc, lang or "en")]


def file_error(target: Target, message: str) -> Finding:
    return Finding(file=target.display, line=1, column=1, code="Y001", end_line=1,
                   end_column=1, name="yaml-syntax", severity=Severity.ERROR, message=message)


def usable_cores() -> int:
    """The cores this process may run on (its affinity, where the system tells)."""
    affinity = getattr(os, "sched_getaffinity", None)
    return len(affinity(0)) if affinity else (os.cpu_count() or 1)


def lint_all(targets: Sequence[Target], settings_for: SettingsFor, jobs: int = 1,
             measured: dict[str, Any] | None = None) -> list[Finding]:
    """Every target's findings, sorted; the same whatever ``jobs`` is.

    ``measured`` receives each file's ``RunSettings.measure``, by display name.
    """
    findings: list[Finding] = []
    jobs = min(jobs, usable_cores())  # --jobs 500 must not start 500 processes
    if jobs > 1 and len(targets) > 1:
        from canvaslint.check.parallel import lint_parallel  # its imports cost a plain run nothing

        findings = lint_parallel(targets, settings_for, jobs, measured)
    else:
        for target in targets:
            findings.extend(lint_target(target, settings_for(target), measured))
    return sorted(findings, key=ORDER)
