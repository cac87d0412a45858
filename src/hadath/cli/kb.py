"""``hadath kb``: validate, look up, count and extend the knowledge base."""

from __future__ import annotations

import datetime as dt
import shutil
import tempfile
from pathlib import Path
from typing import Annotated

import typer
import yaml
from rich.console import Console
from rich.table import Table

from hadath.cli.console import err_console
from hadath.errors import DataError
from hadath.kb.cache import CACHE_ENV, cache_dir
from hadath.kb.load import DATA_DIR, LAYOUT, load_knowledge
from hadath.kb.names import build_alias_index
from hadath.kb.query import find_actors, find_places, find_roles, office_holders
from hadath.kb.validate import validate_knowledge

app = typer.Typer(help="Look up, validate and extend the knowledge base.", no_args_is_help=True)
out = Console(highlight=False)  # stdout: the data people asked for

# Where `kb add` puts a file of each kind inside an overlay: the folder of its last pattern.
_ADD_DIRS: dict[str, str] = {kind: patterns[-1].split("/")[0] for kind, patterns in LAYOUT.items()}


@app.command("validate")
def validate_cli(
    dirs: Annotated[
        list[Path] | None, typer.Argument(help="Overlay directories, checked on top of the shipped data.")
    ] = None,
) -> None:
    """Check the shipped data and any overlays; print every problem, exit 1 if there is any."""
    problems = validate_knowledge([DATA_DIR, *(dirs or [])])
    for p in problems:
        typer.echo(str(p))  # one line each, never wrapped: people grep and count them
    err_console.print(f"{len(problems)} problem(s)" if problems else "knowledge base is valid")
    if problems:
        raise typer.Exit(1)


@app.command("lookup")
def lookup_cli(
    name: Annotated[
        str, typer.Argument(help="An Arabic or English name, or a role phrase (وزير الخارجية الأمريكي).")
    ],
    date: Annotated[
        dt.datetime | None,
        typer.Option(help="Day for office holders (YYYY-MM-DD); default today.", formats=["%Y-%m-%d"]),
    ] = None,
    kb_dirs: Annotated[list[Path] | None, typer.Option("--kb", help="Overlay directories.")] = None,
    limit: Annotated[int, typer.Option(help="Most rows per kind.")] = 20,
) -> None:
    """Actors, places and office holders that match NAME, one tab-separated row each."""
    kb = load_knowledge([str(d) for d in kb_dirs or []])
    day = (date or dt.datetime.now()).date()
    rows: list[tuple[str, ...]] = []
    for role in find_roles(kb, name):
        holders = office_holders(kb, role.office.id, role.country, day)
        who = ", ".join(f"{a.name} ({a.id})" for a in holders) or "-"
        rows.append(("office", role.office.id, role.office.name, role.country or "?", f"{day}: {who}"))
    for a in find_actors(kb, name, limit):
        rows.append(("actor", a.id, a.name, a.country, f"{a.type} {a.sector} {' | '.join(a.names[:3])}"))
    for p in find_places(kb, name, limit):
        rows.append(
            (
                "place",
                p.id,
                p.name,
                p.country,
                f"{p.precision} {p.lat:.2f},{p.lon:.2f} {' | '.join(p.names[:3])}",
            )
        )
    if not rows:
        err_console.print(f"nothing matches {name!r}")
        raise typer.Exit(1)
    # One tab-separated row per match: stdout is data, and a terminal table would cut names.
    for row in rows:
        typer.echo("\t".join(row))


@app.command("stats")
def stats_cli(
    kb_dirs: Annotated[list[Path] | None, typer.Option("--kb", help="Overlay directories.")] = None,
) -> None:
    """Record counts per kind (and actors per type), aliases, the data hash and the cache directory."""
    kb = load_knowledge([str(d) for d in kb_dirs or []])
    table = Table("kind", "records")
    for kind in LAYOUT:
        table.add_row(kind, str(len(getattr(kb, kind))))
    for t in ("PER", "ORG", "GPE"):
        table.add_row(f"actors {t}", str(sum(a.type == t for a in kb.actors.values())))
    table.add_row("actors with tenures", str(sum(bool(a.holds) for a in kb.actors.values())))
    table.add_row("lexicon words", str(len(kb.lexicon)))
    table.add_row("aliases (index entries)", str(len(build_alias_index(kb))))
    out.print(table)
    out.print(f"data hash {kb.data_hash}")
    where = cache_dir()
    out.print(f"compiled cache {where if where else 'off'} (${CACHE_ENV})", markup=False)


def _kind_of(path: Path) -> str:
    """The kind of records a file holds, from its suffix and the keys of its first record."""
    if path.suffix == ".tsv":
        return "places"
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, yaml.YAMLError) as err:
        raise DataError(str(path), None, f"cannot read as YAML: {err}") from err
    if isinstance(data, dict) and "entries" in data:
        return "triggers"
    keys = set(data[0]) if isinstance(data, list) and data and isinstance(data[0], dict) else set()
    for kind, marker in (("countries", "iso3"), ("actors", "type"), ("cues", "lemma"), ("offices", "id")):
        if marker in keys:
            return kind
    raise DataError(
        str(path), None, "not a list of actors, offices, countries or cues, a trigger file, or a places .tsv"
    )


@app.command("add")
def add_cli(
    file: Annotated[
        Path, typer.Argument(help="A YAML file of records (or a places .tsv).", exists=True, dir_okay=False)
    ],
    to: Annotated[Path, typer.Option("--to", help="The overlay directory to add it to.")],
) -> None:
    """Validate FILE on top of the shipped data and the overlay, then copy it into the overlay."""
    kind = _kind_of(file)
    target = to / _ADD_DIRS[kind] / file.with_suffix(".tsv" if kind == "places" else ".yaml").name
    if target.exists():
        err_console.print(f"{target} exists; edit it or give the file another name")
        raise typer.Exit(1)
    with tempfile.TemporaryDirectory() as tmp:
        staged = Path(tmp) / target.relative_to(to)
        staged.parent.mkdir(parents=True)
        shutil.copyfile(file, staged)
        layers = [DATA_DIR, *([to] if to.is_dir() else []), Path(tmp)]
        problems = validate_knowledge(layers)
    if problems:
        for p in problems:
            out.print(str(p).replace(str(staged), str(file)), markup=False)
        err_console.print(f"{len(problems)} problem(s); nothing added")
        raise typer.Exit(1)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(file, target)
    err_console.print(f"added {file} as {kind} to {target}")
