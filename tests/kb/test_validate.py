"""The validator: the shipped data is clean, and each kind of problem is caught."""

from __future__ import annotations

import pytest

from hadath.kb.load import DATA_DIR
from hadath.kb.validate import validate_knowledge
from tests.lexicon_text import serve_rows

from .conftest import WriteLayer, places_tsv

COUNTRIES = """
- {iso3: AAA, name: Aland, names: [ألاند], capital: "1", lat: 1.0, lon: 2.0}
- {iso3: BBB, name: Beland, names: [بيلاند], adjectives: [البيلاندي], lat: 3.0, lon: 4.0}
"""
OFFICES = """
- {id: foreign_minister, name: foreign minister, sector: GOV, names: [وزير الخارجية]}
"""
GAZETTEER = places_tsv(
    "1 | Alcity | مدينة ألف | AAA | 1.00 | 2.00 | city | 100 | ",
)


def _actor(aid: str, names: str, extra: str = "", country: str = "AAA") -> str:
    return f"- {{id: {aid}, name: {aid}, type: PER, country: {country}, names: [{names}]{extra}}}\n"


def _problems(write_layer: WriteLayer, files: dict[str, str]) -> list[str]:
    base = {"countries.yaml": COUNTRIES, "offices.yaml": OFFICES, "gazetteer/places.tsv": GAZETTEER}
    return [str(p) for p in validate_knowledge([write_layer({**base, **files})])]


def test_validate_shipped_kb_has_no_problems() -> None:
    problems = validate_knowledge([DATA_DIR])
    assert problems == [], "\n".join(str(p) for p in problems[:20])


def test_validate_clean_tiny_layer(write_layer: WriteLayer) -> None:
    assert _problems(write_layer, {"actors/a.yaml": _actor("hd:per/a", "أحمد")}) == []


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        ({"actors/a.yaml": "- {id: hd:per/a, name: A, type: XYZ, names: [أ]}\n"}, "a.yaml:1: type:"),
        ({"actors/a.yaml": "- {id: Q1x, name: A, type: PER, names: [أ]}\n"}, "a.yaml:1: id:"),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد") + _actor("hd:per/a", "محمد")},
            "a.yaml:2: id: hd:per/a already defined",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", country="ZZZ")},
            "country: hd:per/a: unknown country ZZZ",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", ", holds: [{office: pope, start: 2010-01-01}]")},
            "holds.office: hd:per/a: unknown office pope",
        ),
        (
            {
                "actors/a.yaml": _actor(
                    "hd:per/a",
                    "أحمد",
                    ", holds: [{office: foreign_minister, start: 2010-01-01, end: 2014-01-01}]",
                )
                + _actor("hd:per/b", "محمد", ", holds: [{office: foreign_minister, start: 2013-06-01}]")
            },
            "a.yaml:2: holds: hd:per/b holds foreign_minister of AAA from 2013-06-01",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أَحمد") + _actor("hd:per/b", "احمد")},
            "'احمد' is also a name of hd:per/a",
        ),
        (
            {"actors/a.yaml": "- {id: hd:per/a, name: A, type: PER, names: [Ahmad]}\n"},
            "a.yaml:1: names: Value error, Arabic name",
        ),
        (
            {
                "countries.yaml": COUNTRIES
                + "- {iso3: CCC, name: C, names: [سي], adjectives: [the C], lat: 0, lon: 0}\n"
            },
            "adjectives: no Arabic letter in 'the C'",
        ),
        (
            {
                "gazetteer/places.tsv": places_tsv(
                    "1 | Alcity | مدينة ألف | ZZZ | 1.00 | 2.00 | city | 100 | "
                )
            },
            "places.tsv:2: country: 1: unknown country ZZZ",
        ),
        (
            {
                "gazetteer/places.tsv": places_tsv(
                    "1 | Alcity | مدينة ألف | AAA | 1.00 | 2.00 | city | 100 | 99"
                )
            },
            "admin1: 1: unknown place 99",
        ),
        (
            {"gazetteer/places.tsv": places_tsv("2 | Other | مدينة باء | AAA | 1.00 | 2.00 | city | 100 | ")},
            "capital: AAA: capital 1 not in the gazetteer",
        ),
        (
            {
                "gazetteer/places.tsv": places_tsv(
                    "1 | A | مدينة ألف | AAA | 1 | 2 | city | 1 | ",
                    "2 | B | مدينة الف | AAA | 1 | 2 | city | 1 | ",
                )
            },
            "is also a name of 1",
        ),
        ({"gazetteer/places.tsv": "id\tname\n1\tA\n"}, "places.tsv:1: header must be"),
        ({"actors/a.yaml": "- id: [\n"}, "a.yaml:2: not valid YAML"),
        (
            {
                "triggers/assault.yaml": "event_type: ASSAULT\nentries:\n- {lemma: قصف, pos: verb, event_type: ASSAULT, cameo: '04', example: قصف الجيش المدينة}\n"
            },
            "assault.yaml:3: ",
        ),
        (
            {
                "triggers/coerce.yaml": "event_type: COERCE\nentries:\n- {lemma: احتجز, pos: verb, cameo: '173', doer_sense: {cameo: '181'}, example: احتجز المسلحون الرعاة}\n"
            },
            "doer_sense needs sectors or entities",
        ),
    ],
)
def test_validate_catches(write_layer: WriteLayer, files: dict[str, str], expected: str) -> None:
    problems = _problems(write_layer, files)
    assert any(expected in p for p in problems), problems


def _held(start: str, end: str = "") -> str:
    """A foreign-minister tenure as the ``holds`` field of :func:`_actor`'s extra."""
    until = f", end: {end}" if end else ""
    return f"{{office: foreign_minister, start: {start}{until}}}"


@pytest.mark.parametrize(
    ("files", "expected"),
    [
        (  # a key twice in one layer, across two files
            {"actors/a.yaml": _actor("hd:per/a", "أحمد"), "actors/b.yaml": _actor("hd:per/a", "محمد")},
            "b.yaml:1: id: hd:per/a already defined at",
        ),
        (  # one person, one office, two overlapping tenures
            {
                "actors/a.yaml": _actor(
                    "hd:per/a",
                    "أحمد",
                    f", holds: [{_held('2010-01-01', '2014-01-01')}, {_held('2012-01-01')}]",
                )
            },
            "holds: hd:per/a: foreign_minister held twice",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", f", holds: [{_held('2014-01-01', '2010-01-01')}]")},
            "holds.0: Value error, tenure of foreign_minister ends before it starts",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", f", holds: [{_held('2016-13-01')}]")},
            "a.yaml:1: not a valid date '2016-13-01'",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", f", holds: [{_held('2106-01-01')}]")},
            "hd:per/a: foreign_minister date 2106-01-01 out of range",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", ", valid_from: 2015-01-01, valid_to: 2014-01-01")},
            "valid_to: hd:per/a: valid_to 2014-01-01 before valid_from",
        ),
        (
            {
                "actors/a.yaml": _actor(
                    "hd:per/a", "أحمد", f", valid_from: 2015-01-01, holds: [{_held('2012-01-01')}]"
                )
            },
            "outside the actor's validity",
        ),
        (
            {"actors/a.yaml": _actor("hd:per/a", "أحمد", ", sector: XYZ")},
            "sector: Value error, unknown PLOVER sector",
        ),
        (
            {"offices.yaml": OFFICES + "- {id: envoy, name: envoy, sector: XYZ, names: [مبعوث]}\n"},
            "sector: envoy: unknown PLOVER sector 'XYZ'",
        ),
        (
            {
                "offices.yaml": OFFICES
                + "- {id: top_diplomat, name: top diplomat, sector: GOV, names: [وزير الخارجية]}\n"
            },
            "is also a name of foreign_minister",
        ),
        (
            {"countries.yaml": COUNTRIES.replace("capital:", "qid: X12, capital:")},
            "qid: AAA: not a Wikidata id 'X12'",
        ),
        (
            {
                "gazetteer/places.tsv": places_tsv(
                    "1 | Alcity | مدينة ألف | AAA | 1 | 2 | city | 100 | ",
                    "2 | Town | بلدة باء | AAA | 1 | 2 | city | 10 | 1",
                )
            },
            "admin1: 2: 1 is a city, not admin1",
        ),
        (
            {
                "triggers/assault.yaml": "event_type: ASSAULT\nentries:\n"
                "- {lemma: قصف, pos: verb, cameo: '04', example: قصف الجيش المدينة}\n"
            },
            "CAMEO 04 maps to CONSULT, not ASSAULT",
        ),
        (
            {
                "triggers/assault.yaml": "event_type: ASSAULT\nultimatum_cameo: '172'\nentries:\n"
                "- {lemma: قصف, pos: verb, cameo: '190', example: قصف الجيش المدينة}\n"
            },
            "ultimatum_cameo 172 is no THREATEN code",
        ),
    ],
)
def test_validate_rejects_bad_dates_codes_and_duplicates(
    write_layer: WriteLayer, files: dict[str, str], expected: str
) -> None:
    problems = _problems(write_layer, files)
    assert any(expected in p for p in problems), problems


def test_validate_ambiguous_names_are_allowed_when_listed(write_layer: WriteLayer) -> None:
    amb = ", ambiguous: [المالكي]"
    files = {"actors/a.yaml": _actor("hd:per/a", "المالكي", amb) + _actor("hd:per/b", "المالكي", amb)}
    assert _problems(write_layer, files) == []


def test_validate_reports_every_problem_at_once(write_layer: WriteLayer) -> None:
    files = {
        "actors/a.yaml": "- {id: hd:per/a, name: A, type: XYZ, names: [أ]}\n"
        + _actor("hd:per/b", "ب", country="ZZZ")
    }
    assert len(_problems(write_layer, files)) == 2


def test_validate_lexicon_tables_are_sound() -> None:
    from hadath.kb.validate import lexicon_problems

    assert [str(p) for p in lexicon_problems()] == []


def test_validate_lexicon_table_catches_bad_rows(monkeypatch: pytest.MonkeyPatch) -> None:
    from hadath.kb import lexicon

    schema = lexicon.TableSchema(3, frozenset({"month"}), arabic=(1,), integer=(2,))
    serve_rows(monkeypatch, "# comment\nmonth\tيناير\t1\nweek\tyes\tx\n")
    problems = lexicon.table_problems("x.tsv", schema, frozenset())
    assert [line for line, _ in problems] == [3, 3, 3]
    assert any("unknown kind" in m for _, m in problems)


def test_validate_catches_an_other_sense_kind_with_no_words(
    write_layer: WriteLayer, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the schema knows the kind accident; the table served here has no row of it
    entry = "- {lemma: صرع, masdar: [مصرع], pos: noun, cameo: '18', excluded_with_kind: accident, example: لقي الجندي مصرعه في الاشتباك}\n"
    files = {"triggers/assault.yaml": "event_type: ASSAULT\nentries:\n" + entry}
    assert not any("excluded_with_kind" in p for p in _problems(write_layer, files))
    serve_rows(monkeypatch, "# no words of any kind\n")
    problems = _problems(write_layer, files)
    assert any("excluded_with_kind: 'accident' has no words in" in p for p in problems), problems
