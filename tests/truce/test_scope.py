"""The scope rules as pure functions over event rows: area, days, acts, sides, exemptions."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

from hadath.store.search import index_terms
from hadath.truce.load import get_truce, read_truce
from hadath.truce.scope import Scope, distance_km, inside

GAZA_RING = get_truce("gaza-2014-08").scope.polygons[0]


def row(**fields: Any) -> dict[str, Any]:
    """An event row as the monitor decodes it; fields override an asserted air strike on Aleppo."""
    base: dict[str, Any] = {
        "id": 1, "event_type": "ASSAULT", "mode": "aerial", "cameo": "195", "modality": "asserted",
        "date": "2016-09-18", "sentence": "",
        "location": {"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16, "kb_id": "170063",
                     "precision": "city"},
        "actor": [{"entity": "Russia Air Force", "country": "RUS", "sector": "MIL", "kb_id": "hd:rus/air_force"}],
        "recipient": [],
    }  # fmt: skip
    base.update(fields)
    return base


@pytest.fixture(scope="module")
def sept() -> Scope:
    return get_truce("syria-us-russia-2016-09").scope


@pytest.fixture
def local(tmp_path: Path) -> Scope:
    """A truce whose area is a radius, a polygon and a governorate, and nothing else."""
    data = {
        "id": "test-local", "name": "Local test truce", "start": "2016-09-13", "end": "2016-09-20",
        "area": {
            "places": [{"place": "172059", "radius_km": 10}],  # Zabadani
            "admin1": ["hd:adm1/sy/06/daraa"],
            "polygons": [[[37.0, 36.0], [37.4, 36.0], [37.4, 36.4], [37.0, 36.4]]],  # around Aleppo
        },
        "parties": [{"id": "gov", "name": "Government", "members": ["SYR MIL", "RUS MIL"]}],
        "sources": [{"title": "Written for the tests"}],
    }  # fmt: skip
    path = tmp_path / "local.yaml"
    path.write_text(yaml.safe_dump(data), encoding="utf-8")
    return read_truce(path).scope


def test_point_in_polygon() -> None:
    square = [(0.0, 0.0), (2.0, 0.0), (2.0, 2.0), (0.0, 2.0)]
    assert inside(1, 1, square) and not inside(3, 1, square) and not inside(1, -0.5, square)
    concave = [(0, 0), (4, 0), (4, 4), (2, 1), (0, 4)]  # a notch cut into the top
    assert inside(1, 1, concave) and not inside(2, 3, concave)
    assert inside(34.47, 31.50, GAZA_RING)  # Gaza city (lon, lat)
    assert not inside(34.60, 31.52, GAZA_RING)  # Sderot, across the fence
    assert not inside(35.20, 31.90, GAZA_RING)  # Ramallah


def test_distance() -> None:
    assert distance_km(36.20, 37.16, 36.20, 37.16) == 0
    assert 300 < distance_km(36.20, 37.16, 33.51, 36.29) < 320  # Aleppo to Damascus


def test_a_strike_in_scope_is_a_violation_of_its_side(sept: Scope) -> None:
    verdict = sept.decide(row())
    assert verdict.status == "violation" and verdict.sides == ("government",) and verdict.reported
    assert verdict.area == "SYR" and verdict.act == "ASSAULT"


@pytest.mark.parametrize(
    ("fields", "status"),
    [
        ({"date": "2016-09-12"}, "out_of_time"),  # the day it started, at sunset
        ({"date": "2016-10-03"}, "out_of_time"),
        ({"date": "2016-W37"}, "undated"),
        ({"date": None}, "undated"),
        ({"location": None}, "unplaced"),
        ({"location": {"name": "Arsal", "country": "LBN", "lat": 34.18, "lon": 36.42, "precision": "city"}},
         "out_of_area"),
        ({"event_type": "CONSULT"}, "not_forbidden"),
        ({"modality": "negated"}, "modality"),
        ({"modality": "future"}, "modality"),
        ({"actor": [{"entity": "Islamic State", "sector": "REB", "kb_id": "Q2429253"}]}, "exempted"),
        ({"recipient": [{"entity": "Jabhat Fatah al-Sham", "country": "SYR", "sector": "REB",
                         "kb_id": "hd:syr/jabhat_fatah_al_sham"}]}, "exempted"),
        ({"actor": [{"entity": "Turkish Army", "country": "TUR", "sector": "MIL"}]}, "not_party"),
        ({"actor": []}, "unattributed"),
        ({"actor": [{"entity": "gunmen", "sector": "UAF"}]}, "unattributed"),
    ],
)  # fmt: skip
def test_statuses(sept: Scope, fields: dict[str, Any], status: str) -> None:
    assert sept.decide(row(**fields)).status == status


def test_a_claimed_strike_stays_claimed_and_counts(sept: Scope) -> None:
    opposition = [{"entity": "armed opposition", "country": "SYR", "sector": "REB"}]
    verdict = sept.decide(row(modality="claimed", actor=opposition))
    assert verdict.status == "violation" and verdict.sides == ("opposition",)


def test_a_strike_on_an_exempted_group_and_civilians_is_not_exempted(sept: Scope) -> None:
    targets = [{"entity": "Islamic State", "kb_id": "Q2429253"}, {"entity": "civilians", "sector": "CVL"}]
    assert sept.decide(row(recipient=targets)).status == "violation"


def test_ids_decide_before_patterns_and_the_most_specific_pattern_wins() -> None:
    yemen = get_truce("yemen-coalition-2015-07").scope
    resistance = {
        "entity": "Popular Resistance",
        "country": "YEM",
        "sector": "REB",
        "kb_id": "hd:yem/popular_resistance",
    }
    assert yemen.classify(resistance) == ("side", "coalition")  # an id, though YEM REB is the Houthis'
    assert yemen.classify({"entity": "rebels", "country": "YEM", "sector": "REB"}) == ("side", "houthis")
    assert yemen.classify({"entity": "army", "country": "YEM", "sector": "MIL"}) == ("side", "coalition")
    assert yemen.classify({"entity": "rebels", "sector": "REB"}) == ("unknown", None)
    assert yemen.classify({"entity": "Egypt", "country": "EGY", "kb_id": "Q79"}) == ("other", None)


@pytest.mark.parametrize(
    ("place", "area"),
    [
        ({"name": "Madaya", "country": "SYR", "lat": 33.69, "lon": 36.10, "precision": "city"}, "Az Zabadani +10 km"),
        ({"name": "Aleppo", "country": "SYR", "lat": 36.2, "lon": 37.16, "precision": "city"}, "polygon 1"),
        ({"name": "Tafas", "country": "SYR", "lat": 32.74, "lon": 36.07, "kb_id": "163806", "precision": "city"},
         "Daraa Governorate"),
        ({"name": "Daraa Governorate", "country": "SYR", "lat": 32.9, "lon": 36.2, "kb_id": "hd:adm1/sy/06/daraa",
          "precision": "admin1"}, "Daraa Governorate"),
    ],
)  # fmt: skip
def test_area_radius_polygon_and_admin1(local: Scope, place: dict[str, Any], area: str) -> None:
    assert local.area_of(place) == area


def test_area_leaves_out_far_and_coarse_places(local: Scope) -> None:
    homs = {"name": "Homs", "country": "SYR", "lat": 34.73, "lon": 36.71, "precision": "city"}
    assert local.area_of(homs) is None
    # "Syria" has a centre, but a country is no point inside a radius or polygon.
    syria = {"name": "Syria", "country": "SYR", "lat": 36.1, "lon": 37.1, "precision": "country"}
    assert local.area_of(syria) is None


def test_forbidden_acts_with_words_and_cameo(sept: Scope) -> None:
    halt = row(event_type="SANCTION", cameo="162", mode="")
    assert sept.decide(halt).act == "aid obstruction"
    sentence = "علقت الحكومة إدخال المساعدات إلى حلب."
    freeze = row(event_type="SANCTION", cameo="160", mode="", sentence=sentence)
    assert sept.decide(freeze, frozenset(index_terms(sentence).split())).act == "aid obstruction"
    assert sept.decide(row(event_type="SANCTION", cameo="163", mode="")).status == "not_forbidden"


def test_truce_words_in_any_clitic_form(sept: Scope) -> None:
    for sentence in ("اتهم الجيش المعارضة بخرق الهدنة", "وللهدنة شروط", "دعا إلى احترام وقف إطلاق النار"):
        assert sept.names_truce(frozenset(index_terms(sentence).split())), sentence
    assert not sept.names_truce(frozenset(index_terms("قصفت الطائرات المدينة").split()))


def test_links_of_accusations_and_denials(sept: Scope) -> None:
    us = [{"entity": "United States", "country": "USA", "sector": "GOV", "kb_id": "Q30"}]
    russia = [{"entity": "Russia", "country": "RUS", "sector": "GOV", "kb_id": "Q159"}]
    accuse = row(event_type="ACCUSE", actor=us, recipient=russia)
    link = sept.link(accuse, "2016-09-20", frozenset())
    assert link is not None
    assert (link.kind, link.accuser, link.accused) == ("accusation", ("us",), ("government",))
    assert sept.link(accuse, "2016-09-01", frozenset()) is None  # before the truce
    assert sept.link(accuse, "2016-10-08", frozenset()) is not None  # within the week after its end
    egypt = [{"entity": "Egypt", "country": "EGY", "kb_id": "Q79"}]
    third = row(event_type="ACCUSE", actor=egypt, recipient=egypt)
    assert sept.link(third, "2016-09-20", frozenset()) is None
    denial = row(event_type="REJECT", actor=russia, recipient=[])
    assert sept.link(denial, "2016-09-20", frozenset()).kind == "denial"  # type: ignore[union-attr]
