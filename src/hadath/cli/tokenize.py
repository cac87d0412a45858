"""``hadath tokenize``: show what the event coder sees, one JSON object per sentence."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from hadath.errors import InputError


def read_input(source: str) -> str:
    """The text to tokenize: stdin for ``-``, a file's contents for a path, else the text itself."""
    if source == "-":
        return sys.stdin.read()
    path = Path(source)
    if len(source) < 4096 and "\n" not in source and path.is_file():
        try:
            return path.read_text(encoding="utf-8")
        except UnicodeDecodeError as err:
            raise InputError(str(path), "undecodable") from err
    return source


def tokenize_cli(
    source: Annotated[str, typer.Argument(help="Arabic text, a UTF-8 file, or - for stdin.")],
) -> None:
    """Print sentences with their tokens: offsets, surface, normalized stem, proclitics, enclitic."""
    from hadath.kb import load_kb
    from hadath.text.tokens import analyze

    text = read_input(source)
    for sentence in analyze(text, load_kb().lexicon):
        typer.echo(json.dumps(sentence, ensure_ascii=False))
