"""The command line: parse options, build the objects, ``run() -> int``.

Click parses; each command hands over to a plain function that returns the
exit code, and only :func:`main` exits (check-jsonschema's habit). Exit 2
is for a run that cannot be done (bad options, a path that does not exist,
a rule that fails to load); a broken canvas is a finding, never exit 2.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from canvaslint import __version__
from canvaslint.data import shipped
from canvaslint.messages import LANGUAGES
from canvaslint.report.formatters import FORMATS

SEVERITY_CHOICES = ["error", "warning", "info", "never"]
F = TypeVar("F", bound=Callable[..., Any])
# The languages canvaslint speaks: those with a message catalog.
LANGUAGE = click.Choice(LANGUAGES)


def _options(*options: Callable[[F], F]) -> Callable[[F], F]:
    """Several options as one decorator, so commands that share them declare them once."""
    def apply(func: F) -> F:
        for option in reversed(options):
            func = option(func)
        return func
    return apply


# Which rules run: the same three options for `check` and `render`.
_selection = _options(
    click.option("--select", multiple=True, help="Codes, prefixes or names of rules to run."),
    click.option("--ignore", multiple=True, help="Codes, prefixes or names of rules to skip."),
    click.option("--extend-select", multiple=True, help="Add rules to the selection."),
)
_no_config = click.option("--no-config", is_flag=True, help="Use no configuration file.")
_no_plugins = click.option(
    "--no-plugins", is_flag=True,
    help="Do not load the configuration's plugins (for untrusted repositories).")


def _codes(value: tuple[str, ...]) -> list[str]:
    """``--select CR,CS --select B001`` -> ``["CR", "CS", "B001"]``."""
    return [code.strip() for part in value for code in part.split(",") if code.strip()]


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, "--version", prog_name="canvaslint")
def cli() -> None:
    """canvaslint: lint Business Model Canvases written in YAML."""


@cli.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "formats", multiple=True, default=["text"], show_default=True,
              type=click.Choice(list(FORMATS)),
              help="Output format; repeat it for several reports in one run.")
@click.option("--output", "-o", "outputs", multiple=True, metavar="[FORMAT:]FILE",
              help="Write the report to FILE instead of standard output; with several "
                   "formats, FORMAT:FILE (for example sarif:canvaslint.sarif).")
@_selection
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="The lowest severity that makes the exit code 1 [default: error].")
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="Use this configuration file for every file.")
@_no_config
@click.option("--show-config", is_flag=True,
              help="Print the resolved configuration for each file and where it came from.")
@click.option("--stdin-filename", help="The name findings carry when reading `-`.")
@click.option("--statistics", is_flag=True, help="Print a count per rule at the end.")
@click.option("--quiet", "-q", is_flag=True, help="Findings only, no summary line.")
@click.option("--report-unused-disables/--no-report-unused-disables", "report_unused",
              default=None, help="Report suppressions that suppress nothing (X001) [on].")
@click.option("--baseline", type=click.Path(dir_okay=False),
              help="Report only findings that are not in this baseline file.")
@click.option("--write-baseline", type=click.Path(dir_okay=False),
              help="Record today's findings in this baseline file and exit 0.")
@click.option("--jobs", "-j", type=click.IntRange(min=1), default=1, show_default=True,
              help="Files linted in parallel.")
@_no_plugins
@click.option("--lang", type=LANGUAGE, default=None,
              help="Language of the messages [default: the canvas's own language].")
@click.option("--infer/--no-infer", "infer", default=None,
              help="Read facts (relationship types, b2b/b2c...) from the notes' words where "
                   "the field is not written [on].")
@click.option("--fix", is_flag=True,
              help="Repair what canvaslint is sure of in the files, then report what is left "
                   "(with `-`, print the fixed canvas).")
@click.option("--diff", is_flag=True,
              help="Print the changes --fix would make, write nothing; exit 1 if there are any.")
@click.option("--unsafe-fixes", is_flag=True,
              help="Also apply (or show) the fixes that change what the canvas says.")
@click.option("--show-source", is_flag=True,
              help="Under each finding, its line of the canvas with a caret, and the rule's "
                   "documentation.")
def check(paths: tuple[str, ...], formats: tuple[str, ...], outputs: tuple[str, ...],
          select: tuple[str, ...], ignore: tuple[str, ...], extend_select: tuple[str, ...],
          fail_on: str | None, config: str | None, no_config: bool, show_config: bool,
          stdin_filename: str | None, statistics: bool, quiet: bool,
          report_unused: bool | None, baseline: str | None, write_baseline: str | None,
          jobs: int, no_plugins: bool, lang: str | None, infer: bool | None, fix: bool,
          diff: bool, unsafe_fixes: bool, show_source: bool) -> None:
    """Lint canvas files and folders (`-` reads standard input)."""
    from canvaslint.cli.check import run
    from canvaslint.cli.plan import CheckOptions

    if config and no_config:
        raise click.UsageError("--config and --no-config cannot be used together")
    options = CheckOptions(
        paths=list(paths), formats=list(formats), outputs=list(outputs),
        select=_codes(select), ignore=_codes(ignore), extend_select=_codes(extend_select),
        fail_on=fail_on, config=config, no_config=no_config, stdin_filename=stdin_filename,
        statistics=statistics, quiet=quiet, report_unused=report_unused, baseline=baseline,
        write_baseline=write_baseline, show_config=show_config, jobs=jobs,
        no_plugins=no_plugins, lang=lang, infer=infer, fix=fix, diff=diff,
        unsafe_fixes=unsafe_fixes, show_source=show_source,
    )
    sys.exit(run(options))


@cli.command("infer")
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="Take the `infer` words from this configuration file.")
@_no_config
def infer_command(paths: tuple[str, ...], config: str | None, no_config: bool) -> None:
    """Show the facts read from each canvas's words, and why a rule could fire."""
    from canvaslint.cli.infer import run as show_inferred

    sys.exit(show_inferred(list(paths), config, no_config))


_with_plugin_options = _options(
    click.option("--config", "config", type=click.Path(dir_okay=False),
                 help="Take plugins from this configuration file."),
    click.option("--no-plugins", is_flag=True, help="Built-in and installed rules only."),
    click.option("--lang", type=LANGUAGE, default="en",
                 show_default=True, help="Language of the explanations."),
)


@cli.command("rules")
@_with_plugin_options
@click.option("--markdown", is_flag=True, help="The full rule reference as Markdown.")
def rules_command(config: str | None, no_plugins: bool, lang: str, markdown: bool) -> None:
    """List every rule: code, name, default severity, summary."""
    from canvaslint.report.explain import list_rules

    sys.exit(list_rules(config, no_plugins, lang, markdown))


@cli.command("rule")
@click.argument("code")
@_with_plugin_options
def rule_command(code: str, config: str | None, no_plugins: bool, lang: str) -> None:
    """Explain one rule: what it checks, why, and examples."""
    from canvaslint.report.explain import explain

    sys.exit(explain(code, config, no_plugins, lang))


@cli.command("schema")
@click.option("--lang", type=LANGUAGE, default="en", show_default=True,
              help="Also accept this language's keys and values (for Dutch or Russian canvases).")
def schema_command(lang: str) -> None:
    """Print the canvas JSON schema (for editors)."""
    text = shipped("canvaslint.schemas", "canvas.schema.json").read_text(
        encoding="utf-8")
    if lang != "en":
        from canvaslint.i18n import localized_schema

        text = json.dumps(localized_schema(json.loads(text), lang), indent=2,
                          ensure_ascii=False) + "\n"
    click.echo(text, nl=not text.endswith("\n"))


@cli.command("init")
@click.argument("path", required=False, type=click.Path())
@click.option("--lang", type=LANGUAGE, default="en", show_default=True,
              help="Language of the starter's comments and example.")
@click.option("--force", is_flag=True, help="Overwrite an existing file.")
def init_command(path: str | None, lang: str, force: bool) -> None:
    """Write a commented starter canvas (default: canvas.yaml)."""
    from canvaslint.cli.init import init

    sys.exit(init(path, lang, force))


@cli.command("convert")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--output", "-o", type=click.Path(dir_okay=False), default=None,
              help="The YAML canvas to write (default: standard output).")
@click.option("--lang", type=LANGUAGE, default="en", show_default=True,
              help="The language of the YAML's keys and vocabulary words.")
@click.option("--force", is_flag=True, help="Overwrite an existing output file.")
def convert_command(file: str, output: str | None, lang: str, force: bool) -> None:
    """Write a Markdown or bmml canvas as the equivalent YAML canvas."""
    from canvaslint.cli.convert import run

    sys.exit(run(file, output, lang, force))


@cli.command("render")
@click.argument("file", type=click.Path())
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="The HTML file to write (`-` for standard output) "
                   "[default: the file's name with .html, in the current folder].")
@_selection
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="Use this configuration file.")
@_no_config
@click.option("--stdin-filename", help="The name the page shows when reading `-`.")
@_no_plugins
@click.option("--lang", type=LANGUAGE, default=None,
              help="Language of the page and its findings [default: the canvas's own language].")
def render_command(file: str, output: str | None, select: tuple[str, ...],
                   ignore: tuple[str, ...], extend_select: tuple[str, ...], config: str | None,
                   no_config: bool, stdin_filename: str | None, no_plugins: bool,
                   lang: str | None) -> None:
    """Draw a canvas as the nine-block picture, findings marked on their notes."""
    from canvaslint.cli.plan import CheckOptions
    from canvaslint.cli.render import run

    if config and no_config:
        raise click.UsageError("--config and --no-config cannot be used together")
    options = CheckOptions(
        select=_codes(select), ignore=_codes(ignore), extend_select=_codes(extend_select),
        config=config, no_config=no_config, stdin_filename=stdin_filename,
        no_plugins=no_plugins, lang=lang,
    )
    sys.exit(run(file, output, options))


@cli.command("server")
@click.option("--stdio", is_flag=True, help="Talk over standard input and output (the default).")
def server_command(stdio: bool) -> None:
    """Run the language server for editors (LSP over stdio); needs canvaslint[lsp]."""
    from canvaslint.server import serve

    sys.exit(serve())


class Interrupted(BaseException):
    """Ctrl-C. Not a KeyboardInterrupt, which click turns into "Aborted!" and exit 1."""


def _interrupted(signum: int, frame: object) -> None:
    raise Interrupted


def main() -> None:
    """The console entry point; the only place that exits.

    The environment's faults end here as a message and exit 2, never as a
    traceback or an exit 1 that reads as "findings" (issue 17): a current
    folder that was deleted, a standard output that is full or closed, one
    that cannot encode the canvas's words (they are escaped instead), and
    Ctrl-C, which exits 130 as shells expect.
    """
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # an ASCII terminal gets \u0431, not a traceback
            reconfigure(errors="backslashreplace")
    signal.signal(signal.SIGINT, _interrupted)
    try:
        os.getcwd()
    except OSError:
        _fail("the current folder no longer exists (deleted or unmounted?): "
              "cd into a folder and run again", 2)
    status: int | str | None = 0
    try:
        try:
            cli(prog_name="canvaslint")
        except SystemExit as exc:
            status = exc.code
        if sys.stdout is not None:
            sys.stdout.flush()
    except Interrupted:
        _fail("interrupted", 130)
    except OSError as exc:
        if sys.stdout is not None:  # nothing more may reach it, not even at exit
            with open(os.devnull, "w") as null:
                os.dup2(null.fileno(), sys.stdout.fileno())
        _fail(f"cannot write the output: {exc.strerror or exc}", 2)
    sys.exit(status)


def _fail(message: str, status: int) -> None:
    with contextlib.suppress(OSError):  # stderr may be gone too: the status still says it
        print(f"canvaslint: error: {message}", file=sys.stderr)
    sys.exit(status)
