"""The one stderr console and logging set-up; stdout carries data only."""

from __future__ import annotations

import logging
from dataclasses import dataclass

from rich.console import Console
from rich.logging import RichHandler

err_console = Console(stderr=True)


@dataclass(slots=True)
class CliState:
    debug: bool = False


state = CliState()


def configure_logging(*, verbose: bool = False, quiet: bool = False, debug: bool = False) -> None:
    state.debug = debug
    level = (
        logging.DEBUG if debug else logging.INFO if verbose else logging.ERROR if quiet else logging.WARNING
    )
    logging.basicConfig(
        level=level,
        format="%(message)s",
        handlers=[RichHandler(console=err_console, show_path=False, show_time=False)],
        force=True,
    )
