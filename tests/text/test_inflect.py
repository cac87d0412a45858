import pytest

from hadath.text.inflect import noun_forms, verb_forms
from hadath.text.normalize import normalize


@pytest.mark.parametrize(
    ("lemma", "present", "form"),
    [
        ("قصف", "يقصف", "قصفت"),
        ("قصف", "يقصف", "قصفوا"),
        ("قصف", "يقصف", "تقصفان"),
        ("قصف", "يقصف", "يقصفون"),
        ("التقى", "يلتقي", "التقت"),
        ("التقى", "يلتقي", "التقوا"),
        ("التقى", "يلتقي", "التقيا"),
        ("التقى", "يلتقي", "يلتقون"),
        ("التقى", "يلتقي", "يلتق"),
        ("دعا", "يدعو", "دعت"),
        ("دعا", "يدعو", "دعوا"),
        ("دعا", "يدعو", "تدعو"),
        ("دعا", "يدعو", "يدعون"),
        ("قال", "يقول", "قلت"),
        ("قال", "يقول", "يقل"),
        ("أدان", "يدين", "أدانت"),
        ("رد", "يرد", "رددنا"),
        ("اتهم", "يتهم", "تتهمان"),
    ],
)
def test_verb_forms_cover_news_inflections(lemma: str, present: str, form: str) -> None:
    assert normalize(form) in verb_forms(lemma, present)


@pytest.mark.parametrize(
    ("lemma", "plurals", "form"),
    [
        ("غارة", ["غارات"], "غارات"),
        ("غارة", [], "غارتين"),
        ("اجتماع", ["اجتماعات"], "اجتماعا"),
        ("لقاء", [], "لقاء"),
        ("هجوم", ["هجمات"], "هجمات"),
    ],
)
def test_noun_forms_cover_dual_plural_and_tanween(lemma: str, plurals: list[str], form: str) -> None:
    assert normalize(form) in noun_forms(lemma, plurals)
