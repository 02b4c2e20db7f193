"""The ``extract`` command: a thin layer over the Python API.

    extract corpus/                 extract files and folders into output/facts.sqlite
    extract eval ../shared/devset   precision / recall / F1 against annotated texts

Results and summaries go to stdout, progress to stderr. Exit codes: 0 done
(skipped pages are not failures), 1 nothing could run, 2 bad usage.
"""

from __future__ import annotations

import sys
from pathlib import Path

import click
from click_default_group import DefaultGroup

from .run import run_paths
from .store import StoreError

DEFAULT_DB = "output/facts.sqlite"


@click.group(cls=DefaultGroup, default="run", default_if_no_args=False)
@click.version_option(package_name="chiso")
def main() -> None:
    """Extract administrative-reform index results and procedure counts from Vietnamese pages."""


@main.command("run")
@click.argument("paths", nargs=-1, required=True)
@click.option("--db", default=DEFAULT_DB, show_default=True, help="SQLite database to write.")
@click.option("-q", "--quiet", is_flag=True, help="No progress bar.")
def run_command(paths: tuple[str, ...], db: str, quiet: bool) -> None:
    """Extract PATHS (files or folders; .txt, .html, .htm) into the database."""
    missing = [p for p in paths if not Path(p).exists()]
    if missing:
        fail(f"no such file or folder: {', '.join(missing)}", 2)
    try:
        summary = run_paths(paths, db, quiet=quiet or not sys.stderr.isatty())
    except StoreError as exc:
        fail(str(exc))
    for line in summary.lines():
        click.echo(line)
    click.echo(f"database: {db}")


def fail(message: str, code: int = 1) -> None:
    click.echo(f"extract: {message}", err=True)
    sys.exit(code)


if __name__ == "__main__":
    main()
