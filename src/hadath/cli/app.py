"""The root ``hadath`` command; one module per sub-command, each a thin shell."""

from __future__ import annotations

import sys

import typer

from hadath.cli import eval as eval_cmd
from hadath.cli import explain as explain_cmd
from hadath.cli import explain_sentence as explain_sentence_cmd
from hadath.cli import export as export_cmd
from hadath.cli import kb as kb_cmd
from hadath.cli import run as run_cmd
from hadath.cli import serve as serve_cmd
from hadath.cli import tokenize as tokenize_cmd
from hadath.cli import truce as truce_cmd
from hadath.cli.console import configure_logging
from hadath.errors import HadathError

app = typer.Typer(
    name="hadath",
    help="Arabic news to event data: who did what to whom, where and when.",
    no_args_is_help=True,
    add_completion=False,
    pretty_exceptions_enable=False,
)
app.command("run")(run_cmd.run_cli)
app.command("eval")(eval_cmd.eval_cli)
app.command("export")(export_cmd.export_cli)
app.command("explain")(explain_sentence_cmd.explain_cli)
app.command("explain-cluster")(explain_cmd.explain_cluster_cli)
app.command("serve")(serve_cmd.serve_cli)
app.command("tokenize")(tokenize_cmd.tokenize_cli)
app.add_typer(kb_cmd.app, name="kb")
app.add_typer(truce_cmd.app, name="truce")


@app.callback()
def root(
    verbose: bool = typer.Option(False, "--verbose", "-v", help="Log more detail."),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="Log only errors."),
    debug: bool = typer.Option(False, "--debug", help="Show tracebacks."),
) -> None:
    """Arabic news to event data."""
    configure_logging(verbose=verbose, quiet=quiet, debug=debug)


def main() -> None:
    """Console entry point: a HadathError is one line on stderr, never a traceback."""
    try:
        app()
    except HadathError as err:
        from hadath.cli.console import err_console, state

        if state.debug:
            raise
        err_console.print(f"[red]error[/red]: {err}", highlight=False, markup=True)
        sys.exit(2)
