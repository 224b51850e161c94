"""Run a lint over many files: read, load, lint, collect, never lose a file.

Reading a file that cannot be read (a folder, no permission, a named pipe)
is a finding on that file, and so is anything unexpected while linting it:
one file's trouble never costs the findings of the others.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Sequence

from canvaslint.discovery import STDIN, Target
from canvaslint.engine import RunSettings, lint_document
from canvaslint.finding import Finding, Severity
from canvaslint.loader import load

MAX_FILE_BYTES = 64 * 1024 * 1024

SettingsFor = Callable[[Target], RunSettings]


def read_target(target: Target) -> bytes | str:
    """The file's bytes, or a message saying why it cannot be read."""
    if target.path == STDIN:
        return sys.stdin.buffer.read()
    try:
        info = os.stat(target.path)
    except OSError as exc:
        return f"the file cannot be read: {exc.strerror}"
    if stat.S_ISDIR(info.st_mode):
        return "this is a folder, not a file"
    if not stat.S_ISREG(info.st_mode):
        return "this is not a regular file (a pipe or a device?); canvaslint reads only files"
    if info.st_size > MAX_FILE_BYTES:
        return f"the file is {info.st_size // 1_000_000} MB, larger than a canvas can be"
    try:
        with open(target.path, "rb") as handle:
            return handle.read()
    except OSError as exc:
        return f"the file cannot be read: {exc.strerror}"


def lint_target(target: Target, settings: RunSettings) -> list[Finding]:
    raw = read_target(target)
    if isinstance(raw, str):
        return [_file_error(target, raw)]
    try:
        return lint_document(load(target.display, raw), settings)
    except RecursionError:
        return [_file_error(target, "the file nests too deeply to be read")]
    except Exception as exc:  # a bug of ours must still not lose the other files
        return [_file_error(target, f"canvaslint failed on this file ({type(exc).__name__}: "
                                    f"{exc}); please report it")]


def _file_error(target: Target, message: str) -> Finding:
    return Finding(file=target.display, line=1, column=1, code="Y001", end_line=1,
                   end_column=1, name="yaml-syntax", severity=Severity.ERROR, message=message)


def lint_all(targets: Sequence[Target], settings_for: SettingsFor) -> list[Finding]:
    findings: list[Finding] = []
    for target in targets:
        findings.extend(lint_target(target, settings_for(target)))
    return sorted(findings)
