"""Where a run's report goes: which format to which file, refused before any lint if unsafe."""


from __future__ import annotations

import os
import sys
from collections.abc import Iterable
from typing import TYPE_CHECKING

from canvaslint.cli.plan import error
from canvaslint.i18n import AllOf
from canvaslint.messages import Said
from canvaslint.read.safeio import UnsafePath
from canvaslint.report.results import Report

if TYPE_CHECKING:

    pass


def use_color(stream: object) -> bool:
    if os.environ.get("NO_COLOR"):
        return False
    if os.environ.get("FORCE_COLOR"):
        return True
    isatty = getattr(stream, "isatty", None)
    return bool(isatty and isatty())


def check_outputs(destinations: list[tuple[str, str | None]], write_baseline: str | None,
                   inputs: list[str]) -> None:
    """Refuse a bad output before linting, so the refusal costs no lint.

    A report path in a folder that does not exist yet (``out/report.sarif``
    on a fresh CI checkout) gets its folder made, as ruff makes its
    ``--output-file`` folder; one that cannot be made stops the run now.
    """
    from canvaslint.read.safeio import check_output

    for target in [t for _, t in destinations if t] + [write_baseline or ""]:
        if not target:
            continue
        folder = os.path.dirname(target)
        if folder and not os.path.isdir(folder):
            if os.path.lexists(folder):
                raise UnsafePath(Said("check.error.folder-is-a-file", path=target,
                                      folder=folder))
            try:
                os.makedirs(folder, exist_ok=True)
            except OSError as exc:
                raise UnsafePath(Said("check.error.folder-not-made", path=target,
                                      folder=folder, reason=exc.strerror)) from exc
        check_output(target, inputs)


def write_report(destinations: list[tuple[str, str | None]], report: Report,
                 inputs: Iterable[str] = (), lang: str | None = None) -> int:
    from canvaslint.report import formatters

    for fmt, target in destinations:
        report.color = fmt == "text" and target is None and use_color(sys.stdout)
        text = formatters.get(fmt)(report)
        if target is None:
            sys.stdout.write(text)
            continue
        status = write_file(target, text, inputs, lang)
        if status:
            return status
    return 0


def write_file(path: str, text: str, inputs: Iterable[str], lang: str | None) -> int:
    """Write one output safely (never over an input, atomically); 0, or 2 and why not."""
    from canvaslint.read import safeio

    try:
        safeio.write_text(path, text, inputs)
    except safeio.UnsafePath as exc:
        return error(exc, lang)
    except OSError as exc:
        return error(Said("error.cannot-write", path=path, reason=exc.strerror), lang)
    return 0


# Line-by-line formats may share standard output; every other format is one document.


LINE_FORMATS = ("text", "github")


def output_plan(formats: list[str], outputs: list[str]) -> list[tuple[str, str | None]]:
    """Pair each ``--format`` with where it goes: a file, or ``None`` for standard output.

    ``--output FORMAT:FILE`` names the format it is for, so several formats can
    be written in one run (as Spectral's ``-o.<format>``); a plain ``--output
    FILE`` is enough when there is one format. A format without an output, or
    with ``-``, goes to standard output, where at most one document format
    (json, sarif, junit, ...) may go, so the stream stays parseable.
    """
    from canvaslint.report.formatters import FORMATS

    wanted = list(dict.fromkeys(formats or ["text"]))
    chosen: dict[str, str] = {}
    for spec in outputs:
        fmt, sep, file = spec.partition(":")
        if not (sep and fmt in FORMATS):
            if len(wanted) > 1:
                raise ValueError(Said("output.error.which-format", spec=spec))
            fmt, file = wanted[0], spec
        if fmt not in wanted:
            raise ValueError(Said("output.error.not-asked", spec=spec, format=fmt))
        if fmt in chosen or not file:
            raise ValueError(Said("output.error.one-file", spec=spec, format=fmt))
        chosen[fmt] = file
    plan = [(fmt, None if chosen.get(fmt, "-") == "-" else chosen[fmt]) for fmt in wanted]
    files = [target for _, target in plan if target is not None]
    if len(set(files)) < len(files):
        raise ValueError(Said("output.error.same-file"))
    on_stdout = [fmt for fmt, target in plan if target is None and fmt not in LINE_FORMATS]
    if len(on_stdout) > 1:
        raise ValueError(Said("output.error.both-stdout", formats=AllOf(on_stdout),
                              last=on_stdout[-1]))
    return plan
