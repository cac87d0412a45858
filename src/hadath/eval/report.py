"""Render an :class:`~hadath.eval.score.EvalResult` as rich tables or as JSON."""

from __future__ import annotations

import json

from rich.console import Console, Group
from rich.table import Table

from hadath.eval.score import LEVELS, PRF, Accuracy, EvalResult

# Per-type tables show the levels the lead reads most; JSON carries all three.
PER_TYPE_LEVELS: tuple[str, ...] = ("type", "type+actor")


def _pct(value: float | None) -> str:
    return "-" if value is None else f"{value:.3f}"


def _prf_columns(table: Table) -> None:
    for name in ("P", "R", "F1", "tp", "pred", "gold"):
        table.add_column(name, justify="right")


def _prf_cells(prf: PRF) -> list[str]:
    return [_pct(prf.precision), _pct(prf.recall), _pct(prf.f1), str(prf.tp), str(prf.pred), str(prf.gold)]


def _prf_table(title: str, rows: list[tuple[str, PRF]]) -> Table:
    table = Table(title=title, title_justify="left")
    table.add_column("level")
    _prf_columns(table)
    for name, prf in rows:
        table.add_row(name, *_prf_cells(prf))
    return table


def events_table(result: EvalResult) -> Table:
    """Event precision, recall and F1 at the three matching levels."""
    return _prf_table("Events", [(level, result.levels[level]) for level in LEVELS])


def arguments_table(result: EvalResult) -> Table:
    """Location (within 161 km) and date accuracy among type-level matches."""
    table = Table(title="Location and date (among type-level matches)", title_justify="left")
    table.add_column("field")
    table.add_column("accuracy", justify="right")
    table.add_column("correct", justify="right")
    table.add_column("n", justify="right")
    rows: list[tuple[str, Accuracy]] = [("location ≤161 km", result.location), ("date", result.date)]
    for name, acc in rows:
        table.add_row(name, _pct(acc.value), str(acc.correct), str(acc.n))
    return table


def quotes_entities_table(result: EvalResult) -> Table:
    """Quotes, typed entities and untyped entities."""
    return _prf_table(
        "Quotes and entities",
        [
            ("quotes", result.quotes),
            ("entities", result.entities),
            ("entities (untyped)", result.entities_untyped),
        ],
    )


def per_type_table(result: EvalResult) -> Table:
    """Per event type: P/R/F1 at the type and type+actor levels, most frequent gold type first."""
    table = Table(title="Per event type", title_justify="left")
    table.add_column("type")
    for level in PER_TYPE_LEVELS:
        for name in ("P", "R", "F1"):
            table.add_column(f"{name} {level}", justify="right")
    table.add_column("tp", justify="right")
    table.add_column("pred", justify="right")
    table.add_column("gold", justify="right")
    order = sorted(result.per_type.items(), key=lambda kv: (-kv[1]["type"].gold, kv[0]))
    for event_type, prfs in order:
        cells: list[str] = []
        for level in PER_TYPE_LEVELS:
            cells += _prf_cells(prfs[level])[:3]
        base = prfs["type"]
        table.add_row(event_type or "(none)", *cells, str(base.tp), str(base.pred), str(base.gold))
    return table


def articles_table(result: EvalResult) -> Table:
    """Per-article counts: events by level, quotes and entities."""
    table = Table(title="Per article", title_justify="left")
    for name in ("doc_id", "output", "gold ev", "pred ev", *(f"tp {lv}" for lv in LEVELS), "quotes tp/pred/gold",
                 "entities tp/pred/gold"):  # fmt: skip
        table.add_column(name, justify="left" if name == "doc_id" else "right")
    for a in result.articles:
        table.add_row(
            a.doc_id, "yes" if a.has_output else "no", str(a.events["type"].gold), str(a.events["type"].pred),
            *(str(a.events[lv].tp) for lv in LEVELS),
            f"{a.quotes.tp}/{a.quotes.pred}/{a.quotes.gold}",
            f"{a.entities.tp}/{a.entities.pred}/{a.entities.gold}",
        )  # fmt: skip
    return table


def render_tables(result: EvalResult, *, per_article: bool = False) -> Group:
    """All tables as one renderable: events, location/date, quotes/entities, per type."""
    tables: list[Table] = [
        events_table(result), arguments_table(result), quotes_entities_table(result), per_type_table(result),
    ]  # fmt: skip
    if per_article:
        tables.append(articles_table(result))
    return Group(*tables)


def print_report(result: EvalResult, console: Console, *, per_article: bool = False) -> None:
    """Print the tables, with the article coverage line first."""
    console.print(f"articles: {len(result.articles)} gold, {result.with_output} with system output")
    console.print(render_tables(result, per_article=per_article))


def to_json(result: EvalResult, *, per_article: bool = True) -> str:
    """The result as one JSON object (Arabic doc ids unescaped)."""
    return json.dumps(result.to_dict(per_article=per_article), ensure_ascii=False)
