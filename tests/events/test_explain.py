"""Why a sentence gave its events: the coder's trace and ``hadath explain`` (sentences written
for these tests)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from hadath.cli.app import app
from hadath.errors import InputError
from hadath.events.coder import (
    BODIES_WHY,
    CONTINUED_WHY,
    FOE_WHY,
    JUDGED_WHY,
    RESIDENTS_WHY,
    STORY_DOER_WHY,
    STRUCK_WHY,
    EventCoder,
)
from hadath.events.explain import explain_lines, explain_sentence
from hadath.model import Article

from .conftest import default_pipeline

TEXT = (
    "قصفت قوات النظام مدينة حلب أمس.\n"
    "لم يلتق جون كيري سيرغي لافروف في دمشق.\n"
    "ومع وقف القصف قال كيري إن الاعتقال مستمر.\n"
)

runner = CliRunner()


def _report(pipeline: Any, index: int) -> dict[str, Any]:
    return explain_sentence(Article(doc_id="t", text=TEXT, published="2016-09-20"), index, "t.txt", pipeline)


def _trigger(report: dict[str, Any], text: str) -> dict[str, Any]:
    return next(t for t in report["triggers"] if t["text"] == text)


def test_coded_event_with_arguments_place_date_and_confidence(tiny_pipeline: Any) -> None:
    report = _report(tiny_pipeline, 0)
    assert report["sentence"]["text"].startswith("قصفت")
    assert [t["text"] for t in report["tokens"]][:2] == ["قصفت", "قوات"]
    strike = _trigger(report, "قصفت")
    assert strike["decision"] == "coded" and strike["entry"]["lemma"] == "قصف"
    assert strike["entry"]["file"] == "triggers/assault.yaml"
    (actor,) = [a for a in strike["arguments"] if a["role"] == "actor"]
    assert actor["names"][0]["entity"] == "Syrian Arab Army" and actor["names"][0]["kb_id"] == "hd:syr_army"
    event = strike["event"]
    assert event["location"]["name"] == "Aleppo" and event["date"] == "2016-09-19"
    terms = {t["feature"]: t["value"] for t in event["confidence_model"]["terms"]}
    assert terms["trigger"] == "verb" and terms["actor"] == "kb" and 0 < event["confidence"] < 1


def test_negation_is_shown_with_its_particle(tiny_pipeline: Any) -> None:
    meet = _trigger(_report(tiny_pipeline, 1), "يلتق")
    assert meet["event"]["modality"] == "negated"
    assert {"word": "لم", "kinds": ["negation"]} in meet["modality_cues"]


def test_rejections_say_which_rule(tiny_pipeline: Any, monkeypatch: pytest.MonkeyPatch) -> None:
    # The rules' own rejections: with the learned filter on, a topic noun becomes a candidate it judges.
    monkeypatch.setattr(tiny_pipeline.stage(EventCoder), "filter", None)
    report = _report(tiny_pipeline, 2)
    shelling = _trigger(report, "القصف")
    assert shelling["decision"] == "rejected" and "stopped or absent" in shelling["reason"]
    arrest = _trigger(report, "الاعتقال")
    assert arrest["decision"] == "rejected" and "no actor" in arrest["reason"]
    text = "\n".join(explain_lines(report))
    assert "rejected: names an act stopped or absent" in text and "events from this sentence: 0" in text


def test_trace_is_removed_after_explaining(tiny_pipeline: Any) -> None:
    _report(tiny_pipeline, 0)
    assert next(s for s in tiny_pipeline.stages if s.name == "events").trace is None


def test_sentence_out_of_range_is_an_input_error(tiny_pipeline: Any) -> None:
    with pytest.raises(InputError) as err:
        _report(tiny_pipeline, 9)
    assert str(err.value) == "t.txt: no sentence 9: the article has 3 (0 to 2)"


def test_cli_text_json_and_errors(tmp_path: Path) -> None:
    article = tmp_path / "a.txt"
    article.write_text(TEXT, encoding="utf-8")
    result = runner.invoke(app, ["explain", str(article), "--sentence", "1", "--published", "2016-09-20"])
    assert result.exit_code == 0, result.output
    assert "trigger candidates:" in result.stdout and "modality: negated" in result.stdout
    result = runner.invoke(app, ["explain", str(article), "-s", "0", "--json"])
    assert json.loads(result.stdout)["sentence"]["index"] == 0
    missing = runner.invoke(app, ["explain", str(tmp_path / "none.txt"), "-s", "0"])
    assert isinstance(missing.exception, InputError) and "none.txt: no such file" in str(missing.exception)


@pytest.mark.parametrize(
    ("text", "word", "decision", "reason"),
    [
        # a trigger word inside a name the knowledge base knows
        ("اجتمع ممثلو المجموعة الدولية لدعم سوريا في فيينا.", "لدعم", "dropped",
         "inside the name 'المجموعة الدولية لدعم سوريا'"),
        # a number counts the noun spelled like the verb (students, not «demanded»)
        ("التقى الرئيس نحو 300 طالب في قاعة الجامعة.", "طالب", "dropped",
         "a number before it counts a noun spelled like the verb طالب"),
        # place_object: entering «into force» reaches no place
        ("دخل القرار الجديد حيز التطبيق صباح الاثنين.", "دخل", "dropped",
         "دخل needs a place after it"),
        # armed_doer, judged before coding: the name next to the verb bears no arms
        ("دخلت منظمة الصحة العالمية مدينة درعا أمس.", "دخلت", "dropped",
         "دخل needs an armed doer; 'منظمة الصحة العالمية', the name next to it, is no armed force"),
        # armed_doer, judged in the clause: nobody is named as the doer
        ("أغرقت السيول الجارفة قرى عديدة في الوادي.", "أغرقت", "rejected",
         "أغرق needs an armed doer named with it; no doer is named with it"),
        # what is asked for is the content of the verb before it
        ("طالبت المعارضة بإطلاق سراح المعتقلين فورا.", "بإطلاق سراح", "dropped",
         "the content of the verb طالب before it"),
        # the grip an act ends, after من
        ("عاد السكان إلى الحي بعد خلاصه من سيطرة العصابات.", "سيطرة", "dropped",
         "a hold after 'من'"),
    ],
)  # fmt: skip
def test_each_drop_reason_is_its_own(text: str, word: str, decision: str, reason: str) -> None:
    report = explain_sentence(
        Article(doc_id="t", text=text, published="2016-09-20"), 0, "t.txt", default_pipeline()
    )
    trigger = _trigger(report, word)
    assert (trigger["decision"], trigger["reason"][: len(reason)]) == (decision, reason)
    assert f"      {decision}: {reason}" in "\n".join(explain_lines(report))


def _argument_lines(report: dict[str, Any], role: str) -> list[str]:
    return [line for line in explain_lines(report) if line.startswith(f"      {role}: ")]


def test_a_town_read_as_its_people_is_explained_by_its_rule(tiny_pipeline: Any) -> None:
    # قصفت ... مدينة حلب: no recipient is named, so the town's people are (+residents), which
    # the report says was a rule, not an event folded into this one
    report = _report(tiny_pipeline, 0)
    (added,) = [a for a in _trigger(report, "قصفت")["arguments"] if a["added_by"]]
    assert added["role"] == "recipient" and added["names"][0]["entity"] == "residents of Aleppo"
    (line,) = _argument_lines(report, "recipient")
    assert line.endswith(f"; added by a rule: {RESIDENTS_WHY}") and "folded" not in line


def test_the_body_counted_victims_come_from_is_explained_by_its_rule() -> None:
    text = "خلف القصف عشرات الجرحى من المدنيين في البلدة."
    report = explain_sentence(
        Article(doc_id="t", text=text, published="2016-09-20"), 0, "t.txt", default_pipeline()
    )
    (line,) = _argument_lines(report, "recipient")
    assert "'المدنيين'" in line and line.endswith(f"; added by a rule: {BODIES_WHY}")
    assert "folded" not in line


def test_a_thing_struck_is_explained_by_its_rule() -> None:
    # هاجم مسلحون فندقا: no party is struck, so the hotel is the recipient (+struck), given
    # after the trace of the clause: the report names its words and its rule, not a folded event
    text = "هاجم مسلحون فندقا في وسط المدينة."
    report = explain_sentence(
        Article(doc_id="t", text=text, published="2016-09-20"), 0, "t.txt", default_pipeline()
    )
    trigger = _trigger(report, "هاجم")
    (added,) = [a for a in trigger["arguments"] if a["added_by"]]
    assert (added["role"], added["names"][0]["text"]) == ("recipient", "فندقا")
    assert trigger["rule"].endswith("+struck")
    (line,) = _argument_lines(report, "recipient")
    assert line.startswith("      recipient: 'فندقا' ") and line.endswith(f"; added by a rule: {STRUCK_WHY}")
    assert "folded" not in line


def test_a_doer_carried_from_the_story_is_explained_by_its_rule() -> None:
    # the second attack names no doer: the armed force of the first is carried to it
    # (+story-doer) once the events are merged and judged; the report names the doer and that
    # rule, not an event of the sentence folded into this one
    text = (
        "هاجم مسلحون من حركة الشباب قاعدة للجيش الصومالي قرب مقديشو صباح الأحد.\n"
        "وقتل خمسة أطفال جراء الغارات.\n"
    )
    report = explain_sentence(
        Article(doc_id="t", text=text, published="2016-09-20"), 1, "t.txt", default_pipeline()
    )
    trigger = _trigger(report, "وقتل")
    (added,) = [a for a in trigger["arguments"] if a["added_by"]]
    assert (added["role"], added["names"][0]["text"]) == ("actor", "حركة الشباب")
    assert trigger["rule"].endswith("+story-doer")
    (line,) = _argument_lines(report, "actor")
    assert line.startswith("      actor: 'حركة الشباب' ") and line.endswith(
        f"; added by a rule: {STORY_DOER_WHY}"
    )
    assert "folded" not in line


@pytest.mark.parametrize(
    ("text", "word", "name", "why"),
    [
        # a judging verb's object made by someone: its maker is the recipient
        ("استنكرت الحكومة الأردنية البيان الذي أصدره حزب الله أمس.", "استنكرت", "حزب الله", JUDGED_WHY),
        # ground taken with a fight in the sentence: taken from the side fought
        ("استعاد الجيش العراقي قرية شمال الموصل إثر اشتباكات عنيفة مع مقاتلي داعش.", "استعاد", "داعش",
         FOE_WHY),
        # (the second sentence) the talks go on with whom the king received just before
        ("استقبل الملك عبدالله الثاني الرئيس الفرنسي في عمان. وبحث الملك عبدالله الثاني العلاقات الثنائية.",
         "وبحث", "الرئيس الفرنسي", CONTINUED_WHY),
    ],
)  # fmt: skip
def test_a_recipient_given_after_the_clause_is_explained_by_its_rule(
    text: str, word: str, name: str, why: str
) -> None:
    article = Article(doc_id="t", text=text, published="2016-09-20")
    index = text.count(". ")  # the sentence of the last trigger
    report = explain_sentence(article, index, "t.txt", default_pipeline())
    trigger = _trigger(report, word)
    added = [a for a in trigger["arguments"] if a["added_by"]]
    assert [(a["role"], a["names"][0]["text"], a["added_by"]) for a in added] == [("recipient", name, why)]
    line = next(x for x in explain_lines(report) if x.startswith(f"      recipient: {name!r} "))
    assert line.endswith(f"; added by a rule: {why}")
