"""``hadath explain``: what the coder matched in one sentence of an article, and why."""

from __future__ import annotations

import json
from typing import Annotated

import typer

from hadath.errors import InputError


def explain_cli(
    file: Annotated[
        str, typer.Argument(help="An article file, as `hadath run` reads it (its first article).")
    ],
    sentence: Annotated[
        int, typer.Option("--sentence", "-s", help="Sentence number, from 0 (as `hadath tokenize` counts).")
    ],
    published: Annotated[
        str | None, typer.Option("--published", help="Publication date (YYYY-MM-DD) when the file has none.")
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the report as JSON.")] = False,
) -> None:
    """Show tokens, trigger candidates, the rule that accepted or rejected each, arguments and
    how they were found, modality, place, date and confidence for one sentence."""
    from hadath.events.explain import explain_lines, explain_sentence
    from hadath.ingest import IngestSettings, read_sources
    from hadath.model import Article

    first = next(iter(read_sources([file], IngestSettings(published=published))), None)
    if first is None:
        raise InputError(file, "empty_text")
    if not isinstance(first, Article):
        raise InputError(first.path, first.reason, first.detail)
    report = explain_sentence(first, sentence, file)
    if as_json:
        typer.echo(json.dumps(report, ensure_ascii=False, indent=2))
    else:
        typer.echo("\n".join(explain_lines(report)))
