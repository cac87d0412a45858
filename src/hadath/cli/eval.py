"""``hadath eval``: score system output (or the pipeline itself) against a gold file."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from hadath.eval import evaluate
from hadath.eval.report import print_report, to_json


def eval_cli(
    gold: Annotated[Path, typer.Argument(help="Gold JSONL file (gold guideline format).")],
    system: Annotated[
        Path | None,
        typer.Option("--system", help="System output JSONL; without it the pipeline runs on the gold texts."),
    ] = None,
    json_out: Annotated[
        bool, typer.Option("--json", help="Print one JSON object instead of tables.")
    ] = False,
    save_system: Annotated[
        Path | None,
        typer.Option("--save-system", help="Write the pipeline's records to this JSONL file."),
    ] = None,
    per_article: Annotated[bool, typer.Option("--per-article", help="Add the per-article table.")] = False,
    corpus: Annotated[
        Path | None,
        typer.Option(
            "--corpus", help="The corpus an offsets-only gold file (bench/gold/*.jsonl) was drawn from."
        ),
    ] = None,
) -> None:
    """Score events, arguments, places, dates, quotes and entities against gold."""
    if system is not None and save_system is not None:
        raise typer.BadParameter(
            "--save-system needs the pipeline to run; drop --system", param_hint="--save-system"
        )
    result = evaluate(gold, system, save_system=save_system, corpus=corpus)
    # stdout carries this command's data: the tables or the JSON object.
    if json_out:
        typer.echo(to_json(result))
        return
    # Piped tables keep their columns instead of folding to 80 characters.
    print_report(result, Console(width=None if sys.stdout.isatty() else 140), per_article=per_article)
