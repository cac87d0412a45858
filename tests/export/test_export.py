"""The export formats and the DataFrame: fields, offsets, filters, empty stores."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path
from typing import Any

import pandas as pd
import pyarrow.parquet as pq
import pytest

from hadath.export import FORMATS, to_frame, write_export
from hadath.export.cameo import CAMEO_COLUMNS
from hadath.export.rows import FLAT_COLUMNS, article_rows, flat_row, store_rows
from hadath.model import Article
from hadath.store import Store, open_store


def _plover(store: Store, **filters: str) -> list[dict[str, Any]]:
    out = io.StringIO()
    write_export(store, "plover-json", out, **filters)
    return [json.loads(line) for line in out.getvalue().splitlines()]


def test_plover_fields_and_offsets(store: Store, articles: list[Article]) -> None:
    visit, shelling = _plover(store)
    assert visit["id"] == "visit-0"
    assert visit["date"] == "2015-03-01"
    assert visit["event"] == ["CONSULT"]
    assert visit["mode"] == ["visit"]
    assert visit["context"] == []
    assert visit["quad_code"] == 1
    assert visit["cameo"] == "042"
    (actor,) = visit["actor"]
    assert actor["code"] == "SAU" and actor["sector"] == "GOV" and actor["identifier_id"] == "Q1"
    text = articles[0].text
    assert text[actor["start"] : actor["end"]] == actor["actor_text"] == "وزير الخارجية السعودي"
    assert visit["recipient"][0]["identifier_text"] == "Iraq prime minister"
    loc = visit["event_loc"]
    assert (loc["name"], loc["latitude"], loc["longitude"], loc["cc3"]) == ("Baghdad", 33.34, 44.4, "IRQ")
    assert loc["geo_precision"] == "city"
    info = visit["text_info"]
    assert text[info["trigger_start"] : info["trigger_end"]] == info["trigger"] == "زار"
    assert text[info["start"] : info["end"]] == visit["event_text"][0]
    assert visit["cite_info"]["url"] == "https://example.org/v"
    assert shelling["date"] == "2015-03-05"  # no event date: the publication day
    assert shelling["event_loc"] is None
    assert shelling["recipient"] == []
    assert shelling["mode"] == []


@pytest.mark.parametrize(
    ("filters", "expected"),
    [
        ({}, ["visit-0", "shelling-0"]),
        ({"event_type": "ASSAULT"}, ["shelling-0"]),
        ({"date_from": "2015-03-01", "date_to": "2015-03-01"}, ["visit-0"]),
        ({"actor": "saudi foreign minister"}, ["visit-0"]),
        ({"country": "IRQ"}, ["visit-0"]),
        ({"actor_country": "SAU"}, ["visit-0"]),
        ({"q": "المسلحين"}, ["shelling-0"]),
        ({"q": "وبغداد"}, ["visit-0"]),
        ({"event_type": "PROTEST"}, []),
    ],
)
def test_filters_select_events(store: Store, filters: dict[str, str], expected: list[str]) -> None:
    assert [r["id"] for r in _plover(store, **filters)] == expected


def test_cameo_tsv(store: Store) -> None:
    out = io.StringIO()
    assert write_export(store, "cameo-tsv", out) == 2
    rows = list(csv.DictReader(io.StringIO(out.getvalue()), delimiter="\t"))
    assert list(rows[0]) == list(CAMEO_COLUMNS)
    visit, shelling = rows
    assert (visit["Date"], visit["Year"], visit["Month"], visit["Day"]) == ("20150301", "2015", "03", "01")
    assert (visit["SourceActorFull"], visit["SourceActorEntity"], visit["SourceActorRole"]) == (
        "SAUGOV",
        "SAU",
        "GOV",
    )
    assert visit["TargetActorFull"] == "IRQGOV"
    assert (visit["EventCode"], visit["EventRootCode"], visit["QuadClass"]) == ("042", "04", "1")
    assert (visit["Lat"], visit["Lon"], visit["LocationName"]) == ("33.34", "44.4", "Baghdad")
    assert shelling["SourceActorFull"] == "MIL"
    assert shelling["TargetActorFull"] == ""
    assert "Goldstein" not in out.getvalue()


def test_csv_round_trips_arabic(store: Store) -> None:
    out = io.StringIO()
    write_export(store, "csv", out)
    rows = list(csv.DictReader(io.StringIO(out.getvalue())))
    assert list(rows[0]) == list(FLAT_COLUMNS)
    assert rows[0]["sentence"].startswith("زار وزير الخارجية")
    assert rows[1]["sentence"].endswith("ضحايا.")  # a comma inside the sentence is quoted


def test_parquet_has_typed_columns(store: Store) -> None:
    out = io.BytesIO()
    assert write_export(store, "parquet", out) == 2
    table = pq.read_table(io.BytesIO(out.getvalue()))
    assert table.column_names == list(FLAT_COLUMNS)
    assert str(table.schema.field("place_lat").type) == "double"
    assert table.column("place_lat").to_pylist() == [33.34, None]
    assert table.column("actor_text").to_pylist() == ["وزير الخارجية السعودي", "القوات"]


def test_to_frame_store_and_articles_agree(store: Store, articles: list[Article]) -> None:
    from_store = to_frame(store)
    from_articles = to_frame(articles)
    assert list(from_store.columns) == list(FLAT_COLUMNS)
    # Only a store knows which canonical event each mention reports.
    cluster = ["cluster_id", "sources"]
    pd.testing.assert_frame_equal(from_store.drop(columns=cluster), from_articles.drop(columns=cluster))
    assert from_store["sources"].tolist() == [1, 1] and from_articles["cluster_id"].isna().all()
    assert from_store["event_type"].tolist() == ["CONSULT", "ASSAULT"]
    assert from_store["place_lat"].dtype == "float64"


def test_to_frame_filters_and_empty(store: Store, tmp_path: Path) -> None:
    assert to_frame(store, event_type="ASSAULT")["doc_id"].tolist() == ["shelling"]
    with open_store(tmp_path / "empty.db") as empty:
        frame = to_frame(empty)
    assert frame.empty
    assert list(frame.columns) == list(FLAT_COLUMNS)
    with pytest.raises(TypeError):
        to_frame([], event_type="ASSAULT")


def test_rows_from_articles_match_rows_from_store(store: Store, articles: list[Article]) -> None:
    keys = ("doc_id", "position", "event_type", "actor", "location", "published")
    stored = [{k: r[k] for k in keys} for r in store_rows(store)]
    built = [{k: r[k] for k in keys} for r in article_rows(articles)]
    assert stored == built
    assert flat_row(store_rows(store)[0])["actor_kb_id"] == "Q1"


@pytest.mark.parametrize("fmt", sorted(FORMATS))
def test_every_format_writes_an_empty_store(tmp_path: Path, fmt: str) -> None:
    with open_store(tmp_path / "empty.db") as empty:
        out = io.BytesIO() if fmt == "parquet" else io.StringIO()
        assert write_export(empty, fmt, out) == 0
