"""``check --fix`` and ``check --diff`` over the files of a run.

Each file is read as the lint reads it, fixed in memory, and then either
written back (``--fix``) or shown as a unified diff (``--diff``, which
writes nothing). A written file is the same bytes as before outside the
fixed values: the same encoding and byte-order mark (a file whose bytes
would not come back the same is left alone), the same mode, and it is
replaced atomically (a temporary file beside it, then a rename), so an
interrupted run never leaves half a canvas. A canvas read from standard
input is printed fixed to standard output.
"""

from __future__ import annotations

import codecs
import difflib
import errno
import os
import stat
import sys
import tempfile
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field

from canvaslint.check.engine import RunSettings
from canvaslint.check.fix.apply import fix_text
from canvaslint.read.discovery import STDIN, Target
from canvaslint.read.formats import is_markdown
from canvaslint.read.textio import decode_bytes, encoding_of

_BOMS = (  # longest first: the UTF-32 LE mark starts with the UTF-16 LE one
    (codecs.BOM_UTF32_LE, "utf-32-le"),
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)


@dataclass
class FixRun:
    """What ``--fix`` or ``--diff`` did: problems fixed, files changed, and the exit status."""

    fixed: int = 0
    changed: list[str] = field(default_factory=list)
    status: int = 0
    # The fixed standard input, for the report that follows.
    stdin: bytes | None = None


def fix_all(targets: Sequence[Target], settings_for: Callable[[Target], RunSettings],
            unsafe: bool, diff: bool) -> FixRun:
    from canvaslint.check.runner import read_target

    run = FixRun()
    for target in targets:
        raw = read_target(target)
        if isinstance(raw, str):
            continue  # unreadable: the lint reports why
        if is_markdown(target.display):  # fixes are edits of YAML text
            print(f"canvaslint: --fix leaves the Markdown canvas {target.display} as it is; "
                  "`canvaslint convert` makes a YAML canvas that --fix can repair",
                  file=sys.stderr)
            if target.path == STDIN and not diff:
                run.stdin = raw
                sys.stdout.buffer.write(raw)
                sys.stdout.flush()
            continue
        text, error = decode_bytes(raw)
        encode = _encoder(raw, text) if error is None else None
        if encode is None:
            continue
        try:
            result = fix_text(target.display, text, settings_for(target), unsafe)
        except Exception as exc:  # a bug of ours costs the fixes of this file, nothing more
            print(f"canvaslint: could not fix {target.display} ({type(exc).__name__}: {exc}); "
                  "it is left as it was; please report this", file=sys.stderr)
            continue
        if target.path == STDIN and not diff:
            run.stdin = encode(result.text)
            sys.stdout.buffer.write(run.stdin)
            sys.stdout.flush()
        if result.text == text:
            continue
        run.fixed += result.fixed
        run.changed.append(target.display)
        if diff:
            sys.stdout.write(unified_diff(target.display, text, result.text))
        elif target.path != STDIN:
            try:
                write_atomically(target.path, encode(result.text))
            except OSError as exc:
                print(f"canvaslint: error: cannot write {target.display}: {exc.strerror}",
                      file=sys.stderr)
                run.status = 2
    if diff and run.changed and not run.status:
        run.status = 1
    return run


def _encoder(raw: bytes, text: str) -> Callable[[str], bytes] | None:
    """How to write text back as these bytes were written, or None if that is not sure."""
    prefix, encoding = b"", encoding_of(raw)
    for bom, name in _BOMS:
        if raw.startswith(bom):
            prefix, encoding = bom, name
            break

    def encode(new: str) -> bytes:
        return prefix + new.encode(encoding)

    try:
        return encode if encode(text) == raw else None
    except UnicodeEncodeError:
        return None


def unified_diff(name: str, before: str, after: str) -> str:
    """The diff ``patch -p0`` applies; line endings are shown as the file has them."""
    lines = difflib.unified_diff(before.splitlines(keepends=True),
                                 after.splitlines(keepends=True), name, name)
    missing = "\n\\ No newline at end of file\n"
    return "".join(line if line.endswith(("\n", "\r")) else line + missing for line in lines)


def write_atomically(path: str, data: bytes) -> None:
    """Replace the file (the one a symbolic link points to) in one rename, keeping its mode."""
    real = os.path.realpath(path)
    mode = stat.S_IMODE(os.stat(real).st_mode)
    if not os.access(real, os.W_OK):  # a rename could replace it anyway: respect the mode
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), path)
    handle, temporary = tempfile.mkstemp(dir=os.path.dirname(real) or ".",
                                         prefix=".canvaslint-", suffix=".tmp")
    try:
        with os.fdopen(handle, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, real)
    except BaseException:
        if os.path.exists(temporary):
            os.unlink(temporary)
        raise
