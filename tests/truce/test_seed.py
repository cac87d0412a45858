"""The seed story through the real pipeline, with the 9 September 2016 truce declared.

The article is ours, written in the manner of the seed article (the International Syria
Support Group meeting in New York to save the Kerry–Lavrov truce, air strikes resumed on
Aleppo, the aid convoy hit on 19 September, accusations between Washington and Moscow). The
pipeline codes it; the monitor must show the resumed strikes and the convoy strike as
reported violations at Aleppo on their days, and the US–Russian accusations linked to the truce.

How the other sentences are read:

- «اتهمت الولايات المتحدة روسيا بخرق الهدنة» codes a claimed ASSAULT by Russia: a violation
  one party says the other committed, shown as claimed (the truce brief asks for exactly
  that).
- «ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت القافلة» codes the strike as negated
  (a denial verb governs its أن-clause): it is a denial linked to the convoy strike, not a
  second strike.
"""

from __future__ import annotations

from typing import Any

import pytest

from hadath.model import Article
from hadath.pipeline import Pipeline
from hadath.store import open_store
from hadath.truce.load import get_truce
from hadath.truce.violations import Monitor

SEED_STYLE = """نيويورك - وكالات: اجتمعت المجموعة الدولية لدعم سوريا الثلاثاء في نيويورك برئاسة الولايات المتحدة وروسيا في محاولة لإنقاذ الهدنة التي أعلنها وزير الخارجية الأميركي جون كيري ونظيره الروسي سيرغي لافروف في جنيف في التاسع من أيلول/سبتمبر.

وكان وقف إطلاق النار قد دخل حيز التنفيذ مساء الاثنين 12 أيلول/سبتمبر، غير أن الطيران الروسي والسوري استأنف قصف الأحياء الشرقية لحلب يوم السبت 17 أيلول/سبتمبر، بحسب ناشطين معارضين.

وقصفت طائرات حربية قافلة مساعدات إنسانية قرب حلب مساء الاثنين 19 أيلول/سبتمبر، ما أسفر عن مقتل نحو عشرين مدنيا وموظف في الهلال الأحمر السوري.

واتهمت الولايات المتحدة روسيا بخرق الهدنة، فيما اتهمت موسكو واشنطن بعدم الوفاء بالتزاماتها في الاتفاق.

ونفت وزارة الدفاع الروسية أن تكون طائراتها قد قصفت القافلة.

وقال كيري للصحفيين بعد الاجتماع إن وقف إطلاق النار لم يمت.
"""


@pytest.fixture(scope="module")
def report(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Any]:
    article = Article(
        "seed-style-2016-09-20", SEED_STYLE, title="المجموعة الدولية لدعم سوريا تحاول إنقاذ الهدنة",
        url="https://example.org/seed-style", published="2016-09-20T20:00:00", source="example.org",
    )  # fmt: skip
    coded = Pipeline.default()(article)
    with open_store(tmp_path_factory.mktemp("seed") / "seed.db") as store:
        store.save(coded)
        return Monitor(store.db, get_truce("syria-us-russia-2016-09")).report()


def test_the_resumed_air_strikes_are_a_violation_near_aleppo_on_their_day(report: dict[str, Any]) -> None:
    strikes = [v for v in report["violations"] if v["day"] == "2016-09-17"]
    assert len(strikes) == 1
    (strike,) = strikes
    assert strike["place"]["name"] == "Aleppo" and strike["status"] == "violation"
    assert strike["sides"] == ["government"] and "Russia Air Force" in strike["actors"]


def test_the_convoy_strike_is_a_reported_violation_near_aleppo_on_the_19th(report: dict[str, Any]) -> None:
    (convoy,) = [v for v in report["violations"] if v["day"] == "2016-09-19" and v["modality"] == "asserted"]
    assert convoy["place"]["name"] == "Aleppo"
    # No one is named as the striker: a reported violation by no identified side.
    assert convoy["status"] == "unattributed" and convoy["sides"] == []
    assert "قافلة" in convoy["sentence"]


def test_the_two_strikes_are_the_asserted_violations(report: dict[str, Any]) -> None:
    asserted = [v["day"] for v in report["violations"] if v["modality"] == "asserted"]
    assert asserted == ["2016-09-17", "2016-09-19"]
    # anything else is a breach one side only says the other committed, never a fact
    others = [v for v in report["violations"] if v["modality"] != "asserted"]
    assert all(v["modality"] == "claimed" and v["actors"] == ["Russia"] for v in others)


def test_the_mutual_us_russian_accusations_are_linked_to_the_truce(report: dict[str, Any]) -> None:
    accusations = [a for a in report["accusations"] if a["origin"] == "event" and a["kind"] == "accusation"]
    pairs = {(tuple(a["accuser"]["names"]), tuple(a["accused"]["names"])) for a in accusations}
    assert {(("United States",), ("Russia",)), (("Russia",), ("United States",))} <= pairs
    assert all(a["names_truce"] for a in accusations)


def test_the_russian_denial_is_linked_to_the_convoy_strike(report: dict[str, Any]) -> None:
    (convoy,) = [v for v in report["violations"] if v["day"] == "2016-09-19" and v["modality"] == "asserted"]
    denials = [a for a in report["accusations"] if a["kind"] == "denial" and a["origin"] == "quote"]
    assert any(
        a["accuser"]["sides"] == ["government"] and convoy["id"] in a["violations"] for a in denials
    ), denials


NOUN_SHAPE = """واشنطن - وكالات: قال مسؤول أمريكي إن الاتفاق ما زال صامدا على الرغم من تجدد القصف أمس من قبل طائرات حربية روسية وطائرات النظام على الأحياء الشرقية لحلب.
"""


def test_strikes_told_as_a_verbal_noun_with_an_agent_phrase_are_a_violation(tmp_path) -> None:
    # the act is a verbal noun (تجدد القصف) whose doers come after من قبل, as a force named by
    # its head, a modifier and a country adjective, coordinated with the regime's aircraft
    article = Article("noun-shape", NOUN_SHAPE, published="2016-09-21T10:00:00", source="example.org")
    coded = Pipeline.default()(article)
    with open_store(tmp_path / "noun.db") as store:
        store.save(coded)
        report = Monitor(store.db, get_truce("syria-us-russia-2016-09")).report()
    (strike,) = report["violations"]
    assert strike["status"] == "violation" and strike["sides"] == ["government"]
    assert strike["place"]["name"] == "Aleppo" and strike["day"] == "2016-09-20"
