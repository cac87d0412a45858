import pytest

from hadath.text.inflect import (
    derived_masdars,
    noun_forms,
    participles,
    passive_forms,
    present_forms,
    verb_forms,
)
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


@pytest.mark.parametrize(
    ("lemma", "present", "form"),
    [
        ("قصف", "يقصف", "قصفتما"),
        ("قصف", "يقصف", "قصفتن"),
        ("قصف", "يقصف", "نقصف"),
        ("قصف", "يقصف", "يقصفن"),
        ("قصف", "يقصف", "يقصفوا"),
        ("أكد", "يؤكد", "أكدوا"),
        ("أكد", "يؤكد", "تؤكدان"),
        ("سأل", "يسأل", "سألت"),
        ("قرأ", "يقرأ", "يقرؤون"),
        ("شن", "يشن", "شننا"),
        ("زار", "يزور", "زرنا"),
        ("زار", "يزور", "يزورون"),
        ("رمى", "يرمي", "رموا"),
        ("أعطى", "يعطي", "أعطت"),
        ("هدد", "يهدد", "هددوا"),
        ("انسحب", "ينسحب", "انسحبت"),
        ("استهدف", "يستهدف", "يستهدفون"),
    ],
)
def test_verb_forms_cover_hamzated_doubled_hollow_and_defective_verbs(
    lemma: str, present: str, form: str
) -> None:
    assert normalize(form) in verb_forms(lemma, present)


@pytest.mark.parametrize(
    ("form", "person"), [("قصفوا", 3), ("قصفنا", 1), ("قصفتم", 2), ("يقصفون", 3), ("نقصف", 1)]
)
def test_forms_carry_their_person(form: str, person: int) -> None:
    assert verb_forms("قصف", "يقصف")[form].person == person
    assert (form in verb_forms("قصف", "يقصف", persons=(3,))) == (person == 3)


@pytest.mark.parametrize(
    ("lemma", "present", "form"),
    [("قال", "يقول", "قيل"), ("قال", "يقول", "يقال"), ("باع", "يبيع", "بيع"), ("دعا", "يدعو", "دعي"),
     ("دعا", "يدعو", "يدعى")],
)  # fmt: skip
def test_passive_forms_of_hollow_and_defective_verbs(lemma: str, present: str, form: str) -> None:
    assert normalize(form) in passive_forms(lemma, present)
    assert verb_forms(lemma, present, passive=True)[normalize(form)].voice == "passive"
    assert normalize(form) not in verb_forms(lemma, present) or normalize(form) in present_forms(present)


@pytest.mark.parametrize(
    ("lemma", "present", "form"),
    [("قصف", "يقصف", "قاصف"), ("قصف", "يقصف", "مقصوف"), ("استهدف", "يستهدف", "مستهدف"), ("اتهم", "يتهم", "متهم"),
     ("قال", "يقول", "قائل"), ("رد", "يرد", "مردود"), ("قصف", "يقصف", "مقصوفة")],
)  # fmt: skip
def test_participles(lemma: str, present: str, form: str) -> None:
    assert normalize(form) in participles(lemma, present)


@pytest.mark.parametrize(
    ("lemma", "masdars"),
    [("اتهم", ("اتهام",)), ("انسحب", ("انسحاب",)), ("استهدف", ("استهداف",)), ("أعلن", ("إعلان",)),
     ("شارك", ("مشاركة",)), ("تعاون", ("تعاون",)), ("قصف", ()), ("التقى", ()), ("أدان", ())],
)  # fmt: skip
def test_derived_masdars_only_where_the_pattern_decides(lemma: str, masdars: tuple[str, ...]) -> None:
    assert derived_masdars(lemma) == tuple(normalize(m) for m in masdars)
