"""The command line: parse options, build the objects, ``run() -> int``.

Click parses; each command hands over to a plain function that returns the
exit code, and only :func:`main` exits (check-jsonschema's habit). Exit 2
is for a run that cannot be done (bad options, a path that does not exist,
a rule that fails to load); a broken canvas is a finding, never exit 2.
"""

from __future__ import annotations

import sys

import click

from canvaslint import __version__

SEVERITY_CHOICES = ["error", "warning", "info", "never"]


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
              type=click.Choice(["text", "json"]), help="Output format.")
@click.option("--output", "-o", type=click.Path(dir_okay=False),
              help="Write the report to this file instead of standard output.")
@click.option("--select", multiple=True, help="Codes, prefixes or names of rules to run.")
@click.option("--ignore", multiple=True, help="Codes, prefixes or names of rules to skip.")
@click.option("--extend-select", multiple=True, help="Add rules to the selection.")
@click.option("--fail-on", type=click.Choice(SEVERITY_CHOICES), default=None,
              help="The lowest severity that makes the exit code 1 [default: error].")
@click.option("--config", "config", type=click.Path(dir_okay=False),
              help="Use this configuration file for every file.")
@click.option("--no-config", is_flag=True, help="Use no configuration file.")
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
def check(paths: tuple[str, ...], formats: tuple[str, ...], output: str | None,
          select: tuple[str, ...], ignore: tuple[str, ...], extend_select: tuple[str, ...],
          fail_on: str | None, config: str | None, no_config: bool, show_config: bool,
          stdin_filename: str | None, statistics: bool, quiet: bool,
          report_unused: bool | None, baseline: str | None, write_baseline: str | None,
          jobs: int) -> None:
    """Lint canvas files and folders (`-` reads standard input)."""
    from canvaslint.check import CheckOptions, run

    if config and no_config:
        raise click.UsageError("--config and --no-config cannot be used together")
    options = CheckOptions(
        paths=list(paths), formats=list(formats), output=output,
        select=_codes(select), ignore=_codes(ignore), extend_select=_codes(extend_select),
        fail_on=fail_on, config=config, no_config=no_config, stdin_filename=stdin_filename,
        statistics=statistics, quiet=quiet, report_unused=report_unused, baseline=baseline,
        write_baseline=write_baseline, show_config=show_config, jobs=jobs,
    )
    sys.exit(run(options))


@cli.command("rules")
def rules_command() -> None:
    """List every rule: code, name, default severity, summary."""
    from canvaslint.explain import list_rules

    sys.exit(list_rules())


@cli.command("rule")
@click.argument("code")
def rule_command(code: str) -> None:
    """Explain one rule: what it checks, why, and examples."""
    from canvaslint.explain import explain

    sys.exit(explain(code))


@cli.command("schema")
def schema_command() -> None:
    """Print the canvas JSON schema (for editors)."""
    from importlib import resources

    text = resources.files("canvaslint.schemas").joinpath("canvas.schema.json").read_text(
        encoding="utf-8")
    click.echo(text, nl=not text.endswith("\n"))


def main() -> None:
    """The console entry point; the only place that exits."""
    cli(prog_name="canvaslint")
