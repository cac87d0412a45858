"""MinHash signatures find republished copies and nothing else."""

from __future__ import annotations

from hadath.dedup import minhash
from hadath.dedup.settings import default_settings

COPIES = default_settings().copies
STORY = (
    "أعلنت وزارة الصحة في العاصمة أن فرقها الطبية عالجت مئات المصابين خلال الأسبوع الماضي "
    "وأن المستشفيات الميدانية استقبلت حالات جديدة بعد موجة الحر التي ضربت المنطقة الشرقية "
    "ودعت المواطنين إلى تجنب الخروج في ساعات الظهيرة وشرب كميات كافية من الماء"
)
OTHER = (
    "افتتح المعرض الدولي للكتاب أبوابه أمس بمشاركة مئات دور النشر من عشرين دولة "
    "ويستمر عشرة أيام تقام خلالها ندوات وأمسيات شعرية وورش عمل للأطفال والشباب"
)


def test_copy_with_small_edits_is_similar() -> None:
    edited = "العاصمة - واس: " + STORY.replace("أعلنت", "وأعلنت") + " وفق ما ذكر بيان رسمي"
    a, b = minhash.signature(STORY, COPIES), minhash.signature(edited, COPIES)
    assert a is not None and b is not None
    assert minhash.similarity(a, b) >= 0.5
    assert set(minhash.band_keys(a, COPIES)) & set(minhash.band_keys(b, COPIES))


def test_spelling_variants_do_not_hide_a_copy() -> None:
    variant = STORY.replace("الطبية", "الطبيه").replace("إلى", "الى")
    a, b = minhash.signature(STORY, COPIES), minhash.signature(variant, COPIES)
    assert a is not None and b is not None
    assert minhash.similarity(a, b) == 1.0


def test_different_stories_are_not_similar() -> None:
    a, b = minhash.signature(STORY, COPIES), minhash.signature(OTHER, COPIES)
    assert a is not None and b is not None
    assert minhash.similarity(a, b) < 0.1


def test_text_shorter_than_a_shingle_has_no_signature() -> None:
    assert minhash.signature("خبر قصير", COPIES) is None


def test_signature_round_trips_through_text() -> None:
    sig = minhash.signature(STORY, COPIES)
    assert sig is not None
    back = minhash.from_text(minhash.to_text(sig))
    assert back is not None and back.tolist() == sig.tolist()
    assert minhash.to_text(None) == "" and minhash.from_text("") is None


def test_signatures_are_stable_across_calls() -> None:
    first = minhash.signature(STORY, COPIES)
    second = minhash.signature(STORY, COPIES)
    assert first is not None and second is not None
    assert minhash.to_text(first) == minhash.to_text(second)


def test_an_extended_copy_contains_the_story() -> None:
    extended = STORY + " " + OTHER + " " + OTHER.replace("المعرض", "المهرجان")
    size_a = minhash.shingles(STORY, COPIES.shingle_words).size
    size_b = minhash.shingles(extended, COPIES.shingle_words).size
    a, b = minhash.signature(STORY, COPIES), minhash.signature(extended, COPIES)
    assert a is not None and b is not None
    jaccard = minhash.similarity(a, b)
    assert jaccard < COPIES.min_containment
    assert minhash.containment(jaccard, size_a, size_b) >= COPIES.min_containment


def test_containment_of_nothing_is_zero() -> None:
    assert minhash.containment(0.5, 0, 10) == 0.0
    assert minhash.containment(1.0, 10, 10) == 1.0
