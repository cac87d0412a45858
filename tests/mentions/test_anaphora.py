"""Words that refer back to a name told in full: an organisation's head noun, a person's surname."""

from __future__ import annotations

from hadath.model import Article


def _anaphors(pipeline, text: str) -> list[tuple[str, str, str]]:
    article: Article = pipeline(text, published="2016-09-20")
    return [(m.text, m.entity, m.label) for m in article.mentions if m.rule.startswith("anaphora")]


def test_a_surname_alone_is_the_person_named_before(tiny_pipeline) -> None:
    found = _anaphors(tiny_pipeline, "وصل الدكتور سامي الخطيب إلى حلب. وقال الخطيب إن الوضع صعب.")
    assert found == [("الخطيب", "سامي الخطيب", "PER")]


def test_a_conjunction_stays_outside_the_surname(tiny_pipeline) -> None:
    found = _anaphors(tiny_pipeline, "وصل الدكتور سامي الخطيب إلى حلب. والتقى والخطيب وفدا.")
    assert [text for text, _, _ in found] == ["الخطيب"]


def test_a_head_noun_with_the_article_is_the_organisation(tiny_pipeline) -> None:
    found = _anaphors(tiny_pipeline, "أعلن تنظيم الدولة مسؤوليته. وقال التنظيم إنه سيواصل.")
    assert found == [("التنظيم", "Islamic State", "")]


def test_no_anaphor_before_the_full_name_nor_without_the_article(tiny_pipeline) -> None:
    assert _anaphors(tiny_pipeline, "قال التنظيم إنه سيواصل. وأعلن تنظيم الدولة مسؤوليته.") == []
    assert _anaphors(tiny_pipeline, "أعلن تنظيم الدولة مسؤوليته. وقال تنظيم آخر إنه بريء.") == []


def test_a_short_common_word_is_no_surname(tiny_pipeline) -> None:
    # "علي" is also the preposition على once normalized: never a surname on its own
    assert _anaphors(tiny_pipeline, "وصل الدكتور حسن علي إلى حلب. وسيطر الجيش على المدينة.") == []


def test_a_short_surname_of_a_foreign_name_is_the_person_named_before(tiny_pipeline) -> None:
    # three letters are enough after a foreign given name; after an Arabic one they are a word
    found = _anaphors(tiny_pipeline, "أوقفت السلطات مارك ديب في المطار. وقال ديب للمحققين إنه بريء.")
    assert found == [("ديب", "مارك ديب", "PER")]
    assert _anaphors(tiny_pipeline, "وصل الدكتور سالم نور إلى حلب. وقال نور إن الوضع صعب.") == []


def test_an_honorific_with_a_pronoun_is_the_person_last_named(tiny_pipeline) -> None:
    found = _anaphors(tiny_pipeline, "وصل كيري إلى جنيف. وأكد معاليه أن الهدنة صامدة، وشكر سموه الوفد.")
    assert found == [("معاليه", "John Kerry", ""), ("سموه", "John Kerry", "")]


def test_a_surname_is_the_holder_named_after_a_known_office(tiny_pipeline) -> None:
    text = "وقال وزير الخارجية الأمريكي السابق جون ميلر إن الاتفاق سيئ. وأضاف ميلر أن البديل أسوأ."
    assert _anaphors(tiny_pipeline, text) == [("ميلر", "جون ميلر", "PER")]


def test_an_honorific_is_the_last_person_named_with_a_title_it_agrees_with(tiny_pipeline) -> None:
    # the ambassador named last is no minister: معاليه is the minister who received him
    text = (
        "استقبل معالي وزير الزراعة الدكتور سعد الهاجري في مكتبه السفير الدكتور جيمس كارتر. "
        "وبحث معاليه مع الضيف سبل دعم المزارعين."
    )
    assert _anaphors(tiny_pipeline, text) == [("معاليه", "سعد الهاجري", "")]


def test_a_prince_is_his_highness_though_a_president_is_named_after_him(tiny_pipeline) -> None:
    text = "وصل الأمير فهد بن ناصر إلى العاصمة، والتقى فيها الرئيس الدكتور كمال منصور. ثم غادر سموه مساء أمس."
    assert _anaphors(tiny_pipeline, text) == [("سموه", "فهد بن ناصر", "")]


def test_a_name_right_after_its_office_keeps_the_office_title(tiny_pipeline) -> None:
    # وزير الخارجية الأمريكي، then جون كيري: the name told right after the office is the
    # minister, so معاليه is he and not the king named last
    text = "التقى وزير الخارجية الأمريكي جون كيري مساء الأحد الملك منصور بن راشد. وأشاد معاليه بالدعم."
    assert _anaphors(tiny_pipeline, text) == [("معاليه", "John Kerry", "")]


def test_the_demonstratives_are_spelled_as_normalized_words() -> None:
    # why: they are compared with Token.norm; a hamza spelling (هؤلاء) would never match
    from hadath.mentions.anaphora import DEMONSTRATIVES, DEMONSTRATIVES_F, DEMONSTRATIVES_PLURAL
    from hadath.text.normalize import normalize

    assert all(normalize(word) == word for word in (*DEMONSTRATIVES, *DEMONSTRATIVES_PLURAL))
    assert set(DEMONSTRATIVES_F) <= DEMONSTRATIVES


def test_a_surname_that_is_also_a_given_name_opens_no_new_name(tiny_pipeline) -> None:
    # عثمان could open a name with a family name after it: after سالم عثمان it is his surname,
    # and the verbal noun after it is no family name
    text = "وصل وزير المالية سالم عثمان إلى عمان. ورفض عثمان التوقيع على الاتفاق مع الدائنين."
    assert _anaphors(tiny_pipeline, text) == [("عثمان", "سالم عثمان", "PER")]
