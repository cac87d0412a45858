"""PLOVER context and size from the words of an event's sentence (sentences written for these tests)."""

from __future__ import annotations

from pathlib import Path

import pytest

from hadath.errors import DataError
from hadath.export.plover import plover_record
from hadath.export.plover_fields import event_context, event_size, plover_cues_problems, read_cues


def test_shipped_cues_are_valid() -> None:
    assert plover_cues_problems() == []


@pytest.mark.parametrize(
    ("sentence", "labels"),
    [("انفجرت سيارة مفخخة قرب مقر الجيش في المدينة", ["military", "terrorism"]),
     ("دعت المنظمة إلى إيصال المساعدات الإنسانية للنازحين", ["humanitarian", "migration"]),
     ("صوت البرلمان على قانون الانتخابات الجديد", ["election", "legislative"]),
     ("التقى الوزير نظيره في العاصمة", [])],
)  # fmt: skip
def test_context_labels_from_cue_words(sentence: str, labels: list[str]) -> None:
    assert event_context(sentence) == labels


@pytest.mark.parametrize(
    ("sentence", "size"),
    [("قتل 12 شخصا في غارة على السوق", 12),
     ("قتل ١٥ مدنيا وأصيب 40 آخرون بجروح", 15),  # Arabic-Indic digits; "آخرون" counts no one
     ("أسفر الهجوم عن مقتل خمسة وعشرين جنديا", 25),
     ("تظاهر ثلاثة آلاف متظاهر أمام الوزارة", 3000),
     ("اعتقلت الشرطة 1,200 محتج خلال يومين", 1200),
     ("قتل عشرة أشخاص وجرح 30 شخصا في الانفجار", 30),  # the largest count is the size
     ("التقى الوزير 3 من المسؤولين", None)],
)  # fmt: skip
def test_size_counts_people_near_the_trigger(sentence: str, size: int | None) -> None:
    assert event_size(sentence, 0) == size


def test_size_ignores_counts_far_from_the_trigger() -> None:
    far = "قصفت الطائرات الموقع " + "ثم " * 20 + "وكان 50 شخصا قد غادروا المدينة قبل أسبوع"
    assert event_size(far, 0) is None
    assert event_size(far, far.index("50")) == 50


def test_plover_record_carries_context_and_size() -> None:
    sentence = "قتل 7 مدنيين في تفجير انتحاري"
    row = {"doc_id": "d", "position": 0, "event_type": "ASSAULT", "mode": "", "sentence": sentence,
           "sentence_start": 100, "sentence_end": 100 + len(sentence), "trigger_start": 100,
           "trigger_end": 103, "trigger": "قتل"}  # fmt: skip
    record = plover_record(row)
    assert record["context"] == ["terrorism"] and record["size"] == 7


def test_bad_cues_file_is_one_line_naming_it(tmp_path: Path) -> None:
    bad = tmp_path / "plover.yaml"
    bad.write_text("contexts: {Military: [جيش]}\nsize: {trigger_reach: 5, number_reach: 2, people: [قتيل]}\n",
                   encoding="utf-8")  # fmt: skip
    with pytest.raises(DataError) as err:
        read_cues(bad)
    assert str(bad) in str(err.value) and "Military" in str(err.value)
