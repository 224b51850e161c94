"""Reading the files that steer a run, and writing reports, in a repository we do not trust.

A baseline or a configuration is read like a canvas: only a regular file
(a FIFO would hang the run, ``/dev/zero`` would fill the memory), at most
:data:`MAX_BYTES`, opened without blocking. A report, a baseline or a page
is written atomically (a temporary file beside it, then a rename), never
through a symbolic link (a committed ``canvaslint.sarif -> plans/shop.canvas.yaml``
must not let CI overwrite the canvas), never onto anything but a regular
file, and never onto a file the same run reads (issue 17).
"""

from __future__ import annotations

import contextlib
import os
import stat
from collections.abc import Iterable

from canvaslint.messages import Said

MAX_BYTES = 32 * 1024 * 1024  # as for a canvas: far more than any baseline or configuration


class UnsafePath(OSError):
    """A file canvaslint will not read or write; the message says why."""


def read_bytes(path: str, what: str) -> bytes:
    """The bytes of a regular file of at most MAX_BYTES, or UnsafePath / OSError."""
    fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise UnsafePath(Said("safeio.error.not-regular-read", path=path, what=_what(what)))
        data = bytearray()
        while len(data) <= MAX_BYTES:
            chunk = os.read(fd, 1 << 20)
            if not chunk:
                break
            data += chunk
        if len(data) > MAX_BYTES:
            raise UnsafePath(Said("safeio.error.too-large", path=path, what=_what(what),
                                  mb=MAX_BYTES // (1024 * 1024)))
        return bytes(data)
    finally:
        os.close(fd)


def _what(what: str) -> Said | str:
    """The file read, as the message names it (``configuration``, ``de configuratie``)."""
    ids = {"configuration": "safeio.what.configuration", "baseline": "safeio.what.baseline"}
    return Said(ids[what]) if what in ids else what


def same_file(a: os.stat_result, b: os.stat_result) -> bool:
    return (a.st_dev, a.st_ino) == (b.st_dev, b.st_ino)


def check_output(path: str, inputs: Iterable[str] = ()) -> None:
    """Refuse an output path that is a link, not a regular file, or one of the run's inputs."""
    try:
        info = os.lstat(path)
    except FileNotFoundError:
        return
    if stat.S_ISLNK(info.st_mode):
        raise UnsafePath(Said("safeio.error.link", path=path))
    if not stat.S_ISREG(info.st_mode):
        raise UnsafePath(Said("safeio.error.not-regular-write", path=path))
    for source in inputs:
        try:
            if same_file(os.stat(source), info):
                raise UnsafePath(Said("safeio.error.is-an-input", path=path, source=source))
        except FileNotFoundError:
            continue


def write_text(path: str, text: str, inputs: Iterable[str] = ()) -> None:
    """Write ``text`` to ``path`` atomically, after :func:`check_output`."""
    check_output(path, inputs)
    folder = os.path.dirname(path) or "."
    import tempfile  # only a run that writes pays for it (4 ms: shutil, random)

    fd, temporary = tempfile.mkstemp(dir=folder, prefix=f".{os.path.basename(path)}.",
                                     suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(temporary, 0o666 & ~umask)  # as open() would have made it, not mkstemp's 0600
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
