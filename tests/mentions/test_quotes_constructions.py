"""Quote constructions (issue #5), on sentences we wrote, with the shipped cue list."""

from __future__ import annotations

import dataclasses
from importlib.resources import files

import pytest
import yaml

from hadath import Pipeline
from hadath.kb import KnowledgeBase
from hadath.kb.schema import CueRecord
from hadath.model import Article


@pytest.fixture(scope="module")
def cue_pipeline(tiny_kb: KnowledgeBase) -> Pipeline:
    rows = yaml.safe_load(files("hadath.data").joinpath("cues.yaml").read_text(encoding="utf-8"))
    return Pipeline.default(dataclasses.replace(tiny_kb, cues=[CueRecord(**row) for row in rows]))


def _said(article: Article) -> list[tuple[str, str, bool]]:
    return [(q.speaker.entity if q.speaker else "", q.content, q.direct) for q in article.quotes]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a participle continues the sentence's speaker and ends the first content
        (
            "وقال كيري إن الهدنة صامدة، مشيرا إلى أن المساعدات ستصل قريبا.",
            [("John Kerry", "الهدنة صامدة", False), ("John Kerry", "المساعدات ستصل قريبا", False)],
        ),
        # a dropped subject in the next sentence is the previous speaker
        (
            "قال لافروف إن المحادثات مثمرة. وأضاف أن اللقاء المقبل سيعقد في جنيف.",
            [
                ("Sergey Lavrov", "المحادثات مثمرة", False),
                ("Sergey Lavrov", "اللقاء المقبل سيعقد في جنيف", False),
            ],
        ),
        # quoted words run over a full stop until the marks close
        (
            "وقال كيري: «لن نتراجع. سنواصل العمل مع الجميع».",
            [("John Kerry", "لن نتراجع. سنواصل العمل مع الجميع", True)],
        ),
        # بينهم after a comma is the preposition with its pronoun, inside what was said
        (
            "وقال كيري إن خمسة أشخاص، بينهم طفلان، أصيبوا في الحادث.",
            [("John Kerry", "خمسة أشخاص، بينهم طفلان، أصيبوا في الحادث", False)],
        ),
        # a phrase cue: what was said is the phrase after the speaker
        (
            "أشاد لافروف بالدور الذي أداه الوسطاء.",
            [("Sergey Lavrov", "بالدور الذي أداه الوسطاء", False)],
        ),
        # a demand or a warning in a phrase is reported speech too (and the coder's event)
        (
            "دعا لافروف الأطراف كافة إلى وقف القتال.",
            [("Sergey Lavrov", "الأطراف كافة إلى وقف القتال", False)],
        ),
        # what was affirmed or pointed to may be a noun phrase too
        ("وأكد كيري دعمه الكامل للهدنة.", [("John Kerry", "دعمه الكامل للهدنة", False)]),
        ("وأشار لافروف إلى تحسن الأوضاع.", [("Sergey Lavrov", "تحسن الأوضاع", False)]),
        (
            "وحث كيري الأطراف على العودة إلى المفاوضات.",
            [("John Kerry", "الأطراف على العودة إلى المفاوضات", False)],
        ),
        (
            "أعرب كيري عن قلقه من تدهور الأوضاع الإنسانية.",
            [("John Kerry", "قلقه من تدهور الأوضاع الإنسانية", False)],
        ),
        # a name after a preposition is not the speaker (قال للصحفيين)
        (
            "قال كيري للصحفيين إن الاتفاق قريب.",
            [("John Kerry", "الاتفاق قريب", False)],
        ),
    ],
)
def test_constructions(cue_pipeline: Pipeline, text: str, expected: list[tuple[str, str, bool]]) -> None:
    article = cue_pipeline(text, published="2016-09-20")
    assert _said(article) == expected
    for q in article.quotes:
        assert article.text[q.content_start : q.content_end] == q.content


def test_person_after_a_title_is_the_speaker(cue_pipeline: Pipeline) -> None:
    # a title with a place inside it, then the person who holds it, up to the comma
    article = cue_pipeline("وأوضح رئيس البعثة في جنيف الدكتور سامر الحربي، أن القافلة وصلت.")
    (quote,) = article.quotes
    assert quote.speaker.text == "الدكتور سامر الحربي"
    assert quote.content == "القافلة وصلت"


def test_nested_cue_stays_inside_the_content(cue_pipeline: Pipeline) -> None:
    # the outer words keep the nested cue; its named subject gives a quote of its own
    article = cue_pipeline("قال كيري إن لافروف أكد له أن الهدنة صامدة.")
    assert _said(article) == [
        ("John Kerry", "لافروف أكد له أن الهدنة صامدة", False),
        ("Sergey Lavrov", "الهدنة صامدة", False),
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a pronoun: the outer speaker reports his own words
        "قال كيري إنه أكد أن الهدنة صامدة.",
        # a present form holds a view, it reports no words
        "قال كيري إن لافروف يرى أن الهدنة صامدة.",
        # words in quotation marks are the speaker's own, no report of someone else's
        "قال كيري: «لافروف أكد لي أن الهدنة صامدة».",
        # a cue opening a relative clause inside reported words names a thing, no statement
        "قال كيري إن الاتفاق الذي أعلنه لافروف أمس صامد.",
        # a phrase after the outer cue: the verb of a relative clause has its subject elsewhere
        "وأعرب كيري عن ترحيبه بالتصريحات التي أكد فيها لافروف أن الهدنة صامدة.",
    ],
)
def test_no_nested_quote_without_a_named_speaker_in_reported_words(cue_pipeline: Pipeline, text: str) -> None:
    assert [who for who, _, _ in _said(cue_pipeline(text))] == ["John Kerry"]


def test_nested_quote_of_a_name_right_after_the_cue(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline("وقال كيري إنه خلال اللقاء قال لافروف إن الهدنة صامدة.")
    assert _said(article)[-1] == ("Sergey Lavrov", "الهدنة صامدة", False)
    assert article.quotes[-1].rule == "quote:nested"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the أن comes after a long title and adjuncts
        (
            "وأكد المتحدث باسم الهيئة الوطنية للإغاثة سامر الحربي في تصريح صحفي بثته القناة الرسمية مساء أمس أن القافلة وصلت.",
            "المتحدث باسم الهيئة الوطنية للإغاثة سامر الحربي",
            "القافلة وصلت",
        ),
        # a name in quotation marks is passed on the way to the content
        ("وقال سامر الحربي لـ«الصحيفة» إن القافلة وصلت.", "سامر الحربي", "القافلة وصلت"),
        ("وذكرت صحيفة «النهار» أن القافلة وصلت.", "صحيفة «النهار»", "القافلة وصلت"),
    ],
)
def test_content_far_after_the_cue(cue_pipeline: Pipeline, text: str, speaker: str, content: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content) == (speaker, content)


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an outlet in quotation marks after لـ is told, it does not speak
        ("وأكد لـ«الصحيفة» سامر الحربي أن القافلة وصلت.", "سامر الحربي"),
        # a name inside an adjunct after the cue is not the speaker
        ("قال لافروف إن الهدنة صامدة. وأكد في تصريح صحفي أن القافلة وصلت.", "لافروف"),
        # the cue أبان is written like إبان; its أن still opens the content
        ("قال لافروف إن الهدنة صامدة. وأبان أن القافلة وصلت.", "لافروف"),
    ],
)
def test_speaker_past_outlets_and_adjuncts(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.text, quote.content) == (speaker, "القافلة وصلت")


@pytest.mark.parametrize(
    "text",
    [
        # an أن that belongs to the word before it is not the cue's clause
        "وقال سامر الحربي شيئا آخر بعد أن وصلت القافلة.",
        # first-person forms are a speaker's own words, not a cue
        "نؤكد دائما أن القافلة وصلت.",
        # the writer's own remark, nobody's words
        "يذكر أن القافلة وصلت إلى المدينة قبل يومين.",
        "ويشار إلى أن القافلة وصلت إلى المدينة.",
        # a negated saying, a cue after لـ, a resumptive pronoun for what was announced
        "ولم يشر كيري إلى الهدنة.",
        "وصلت طائرة لنقل المساعدات إلى المدينة.",
        "وصل الوفد في الزيارة التي أعلن عنها كيري أمس.",
        "الجدير ذكره أن القافلة وصلت إلى المدينة.",
        # بين inside a clause is the preposition, not the verb بيّن, with or without و
        "عقد اجتماع بينها وبين الوفد الروسي: المحادثات مستمرة.",
        # a two-letter present form (تر of رأى) is a letter pair in other words
        "أصيب اللاعب بقطع في وتر الساق: إما الراحة أو الجراحة.",
        # بين inside a clause is the preposition, not the verb بيّن
        "جرى الاتفاق بين الطرفين أن تصل القافلة غدا.",
    ],
)
def test_not_a_statement(cue_pipeline: Pipeline, text: str) -> None:
    assert cue_pipeline(text, published="2016-09-20").quotes == []


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("وبين سامر الحربي أن القافلة وصلت.", "سامر الحربي"),
        # a time word before the speaker is passed, one after it ends the speaker's words
        ("قال أمس سامر الحربي إن القافلة وصلت.", "سامر الحربي"),
        ("قال سامر الحربي أمس إن القافلة وصلت.", "سامر الحربي"),
    ],
)
def test_speaker_words_around_adjuncts(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content) == (speaker, "القافلة وصلت")


def test_noun_in_ta_marbuta_is_no_cue(cue_pipeline: Pipeline) -> None:
    # تابعة is an adjective, not the verb تابع with a pronoun
    article = cue_pipeline("وأعلنت هيئة تابعة للحكومة أن القافلة وصلت.", published="2016-09-20")
    assert [(q.cue, q.content) for q in article.quotes] == [("وأعلنت", "القافلة وصلت")]


def test_side_phrase_names_no_speaker(cue_pipeline: Pipeline) -> None:
    # حول starts a side phrase: the dropped subject is the previous speaker
    text = "قال لافروف إن الهدنة صامدة. وقال حول قضية المعابر: إن القافلة وصلت."
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.text, quote.content) == ("لافروف", "القافلة وصلت")


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # a topic word puts the speaker of a cue with ف before it
        ("تحدث عدد من السكان عن الحصار. أما سامر الحربي فقال إن القافلة وصلت.", "سامر الحربي", "سامر الحربي"),
        # a relative pronoun right before the cue stands for the speaker
        (
            "نشر الجيش السوري بيانا. وهاجم تنظيم الدولة الذي أكد أن القافلة وصلت.",
            "تنظيم الدولة",
            "Islamic State",
        ),
        # a statement named as the speaker speaks for whoever issued it
        ("وأكد بيان صادر عن الجيش السوري أن القافلة وصلت.", "الجيش السوري", "Syrian Arab Army"),
    ],
)
def test_speaker_before_the_cue_or_behind_a_statement(
    cue_pipeline: Pipeline, text: str, speaker: str, entity: str
) -> None:
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.text, quote.speaker.entity, quote.content) == (speaker, entity, "القافلة وصلت")


def test_a_known_person_opening_the_speaker_words_speaks(cue_pipeline: Pipeline) -> None:
    # the leader named after بزعامة ends the words but describes the member, who speaks
    text = "وصرح لافروف العضو في اللجنة المشتركة بزعامة كيري بأن القافلة وصلت."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content) == ("Sergey Lavrov", "القافلة وصلت")


def test_phrase_after_a_phrase_cue_names_no_speaker(cue_pipeline: Pipeline) -> None:
    # أشاد بموقف: the ب-phrase is what was praised; the speaker is the previous one
    text = "قال لافروف إن الهدنة صامدة. وأشاد بموقف الوسطاء."
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.entity, quote.content) == ("Sergey Lavrov", "بموقف الوسطاء")


@pytest.mark.parametrize(
    "text",
    [
        "أعلن كيري سيطرة القوات على المعبر، بينما أكد لافروف أن القافلة وصلت.",
        "أعلن كيري سيطرة القوات على المعبر، من جهته أكد لافروف أن القافلة وصلت.",
        "أعلن كيري سيطرة القوات على المعبر. وكان لافروف قد أكد أن القافلة وصلت.",
    ],
)
def test_cue_after_a_connective_opens_a_new_statement(cue_pipeline: Pipeline, text: str) -> None:
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.entity, quote.content) == ("Sergey Lavrov", "القافلة وصلت")


def test_title_runs_to_the_phrase_of_a_phrase_cue(cue_pipeline: Pipeline) -> None:
    text = "نوه رئيس البعثة في جنيف الدكتور سامر الحربي بالدور الذي أداه الوسطاء."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content) == ("الدكتور سامر الحربي", "بالدور الذي أداه الوسطاء")


def test_phrase_cue_at_the_end_of_a_sentence_says_nothing(cue_pipeline: Pipeline) -> None:
    assert cue_pipeline("وأشاد كيري.", published="2016-09-20").quotes == []


def test_name_after_a_preposition_inside_the_speaker_is_someone_else(cue_pipeline: Pipeline) -> None:
    text = "وقالت مصادر عسكرية موالية للافروف إن القافلة وصلت."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert quote.speaker.entity != "Sergey Lavrov"
    assert quote.speaker.text.startswith("مصادر عسكرية")


def test_population_before_a_dropped_subject_is_talked_about(cue_pipeline: Pipeline) -> None:
    # أوضاع السوريين: a population named before وأوضح is not who speaks; the previous speaker is
    text = "قال لافروف إن الهدنة صامدة. وتابع الوفد أوضاع السوريين، وأوضح أن القافلة وصلت."
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.entity, quote.content) == ("Sergey Lavrov", "القافلة وصلت")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an agency that reports in its own name speaks; one that quotes someone does not
        ("ذكرت رويترز أن القافلة وصلت.", "Reuters"),
        ("نقلت رويترز عن لافروف قوله إن القافلة وصلت.", "Sergey Lavrov"),
    ],
)
def test_agency_speaks_only_in_its_own_name(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content) == (speaker, "القافلة وصلت")


def test_quotation_marks_inside_a_phrase_are_its_words(cue_pipeline: Pipeline) -> None:
    text = 'ودعا كيري إلى وقف القتال وإلى "احترام الهدنة" في كل المدن.'
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert quote.content.startswith("وقف القتال")


def test_phrase_cue_without_a_known_name_keeps_its_title_as_speaker(cue_pipeline: Pipeline) -> None:
    text = "وكشف المتحدث باسم الهيئة سامر الحربي، في تصريح له اليوم عن وصول القافلة."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert quote.speaker.text == "المتحدث باسم الهيئة سامر الحربي"
    assert quote.content.endswith("وصول القافلة")
    assert not quote.content.startswith("المتحدث")


def test_quotation_marks_far_into_a_phrase_are_its_words(cue_pipeline: Pipeline) -> None:
    text = 'قال كيري إن الهدنة صامدة، مؤكدا في هذا الصدد إحباط العديد من محاولات التهريب عبر المنافذ "البرية والبحرية".'
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert quote.content.startswith("في هذا الصدد") or quote.content.startswith("إحباط")


def test_plural_cue_carries_its_subject(cue_pipeline: Pipeline) -> None:
    # أعلنوا: the subject is in the verb, so what follows is what was announced, not a speaker
    text = "قال لافروف إن الهدنة صامدة. وأعلنوا قيام هيئة جديدة للإغاثة."
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert quote.content == "قيام هيئة جديدة للإغاثة"
    assert quote.speaker is None or quote.speaker.text != "قيام هيئة جديدة للإغاثة"


def test_fronted_subject_no_list_knows(cue_pipeline: Pipeline) -> None:
    text = "قال لافروف إن الهدنة صامدة، لكن المسؤول الحكومي قال إن القافلة وصلت."
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert (quote.speaker.text, quote.content) == ("المسؤول الحكومي", "القافلة وصلت")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # verbs of belief, observation and expectation report what someone holds to be so
        ("اعتقد سامر الحربي أن القافلة وصلت.", "القافلة وصلت"),
        ("ولاحظ الباحثون أن القافلة وصلت.", "القافلة وصلت"),
        ("واكتشف المحققون أن القافلة وصلت.", "القافلة وصلت"),
        ("واستبعد سامر الحربي أن تصل القافلة قبل الخميس.", "تصل القافلة قبل الخميس"),
        ("ورجح سامر الحربي أن القافلة وصلت.", "القافلة وصلت"),
        ("وتمنى سامر الحربي أن تصل القافلة سالمة.", "تصل القافلة سالمة"),
        ("واستدرك سامر الحربي أن القافلة وصلت متأخرة.", "القافلة وصلت متأخرة"),
        # phrase cues: what was touched on or appealed for
        ("وتطرق سامر الحربي إلى أوضاع النازحين في المخيمات.", "أوضاع النازحين في المخيمات"),
        ("وناشد لافروف المنظمات الدولية إرسال المساعدات.", "المنظمات الدولية إرسال المساعدات"),
        # what is judged likely, or asked about, with no أن: the complement
        ("ورجح الأهالي تأخر القافلة بسبب الأمطار.", "تأخر القافلة بسبب الأمطار"),
        ("وتساءل سامر الحربي عن أسباب تأخر القافلة.", "أسباب تأخر القافلة"),
    ],
)
def test_more_reporting_verbs(cue_pipeline: Pipeline, text: str, content: str) -> None:
    quote = cue_pipeline(text, published="2016-09-20").quotes[-1]
    assert quote.content == content


def test_remark_in_quotation_marks_before_the_clause_is_passed(cue_pipeline: Pipeline) -> None:
    text = "وأكد لافروف في بيان «تلقت الصحيفة نسخة منه» أن القافلة وصلت."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content, quote.direct) == ("Sergey Lavrov", "القافلة وصلت", False)


@pytest.mark.parametrize(
    "text",
    [
        # لكنه and لأنه give a contrast or a reason, not what was said
        "وأكد لافروف دعم بلاده للمبادرة لكنها تواجه صعوبات كبيرة.",
        "وقال لافروف كلاما كثيرا لأنه يريد التهدئة.",
    ],
)
def test_contrast_or_reason_is_no_reported_clause(cue_pipeline: Pipeline, text: str) -> None:
    quotes = cue_pipeline(text, published="2016-09-20").quotes
    assert all(not q.content.startswith(("تواجه", "يريد")) for q in quotes)


def test_purpose_lam_fused_to_a_cue_reports_nothing(cue_pipeline: Pipeline) -> None:
    # لنقل (to carry) is read as one word; its لـ of purpose still makes it no saying
    assert cue_pipeline("وصلت طائرة لنقل المساعدات إلى المدينة: القافلة وصلت.").quotes == []


@pytest.mark.parametrize(
    "text",
    [
        # بيّن written with its shadda is the verb; after a connective it opens a statement
        "وبيّن مدير الحملة سامر الحربي أن القافلة وصلت.",
        "من جهته بين المدير الإقليمي للحملة سامر الحربي، أن القافلة وصلت.",
    ],
)
def test_bayyana_as_a_verb_before_its_speaker(cue_pipeline: Pipeline, text: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content) == ("سامر الحربي", "القافلة وصلت")


def test_a_report_is_where_words_were_said(cue_pipeline: Pipeline) -> None:
    # في تقرير opens an adjunct of the cue (a venue), as في بيان does: the speaker is the name before
    text = "وأكد سامر الحربي في تقرير رفعه إلى الوزارة أن القافلة وصلت."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", "القافلة وصلت")


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # an attribution phrase opening the sentence: the one cited says the rest
        (
            "وبحسب وزارة الداخلية، فإن نحو مئة شخص غادروا البلاد.",
            "وزارة الداخلية",
            "نحو مئة شخص غادروا البلاد",
        ),
        # the preposition of وفقا لـ written on the source is none of its name
        (
            "ووفقا لمدير المستشفى، فقد استقبلت الطوارئ عشرين مصابا خلال الليل.",
            "مدير المستشفى",
            "استقبلت الطوارئ عشرين مصابا خلال الليل",
        ),
        # ... past فقد, a word of kind opener in cues.yaml
        (
            "وبحسب مدير المستشفى، فقد استقبلت الطوارئ عشرين مصابا خلال الليل.",
            "مدير المستشفى",
            "استقبلت الطوارئ عشرين مصابا خلال الليل",
        ),
        # closing it: the one cited says the clause before
        (
            "وقتل خمسة أشخاص في الانفجار، بحسب مصدر في الشرطة.",
            "مصدر في الشرطة",
            "وقتل خمسة أشخاص في الانفجار",
        ),
    ],
)
def test_attribution_phrase_cites_a_speaker(
    cue_pipeline: Pipeline, text: str, speaker: str, content: str
) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content, quote.rule) == (speaker, content, "quote:attribution")


@pytest.mark.parametrize(
    ("text", "entity", "content"),
    [
        # the words before an attribution after a comma are the source's
        (
            "سقطت قذيفتان على حي سكني في المدينة، بحسب الجيش السوري.",
            "Syrian Arab Army",
            "سقطت قذيفتان على حي سكني في المدينة",
        ),
        # بحسب ما and a reporting verb before the source
        (
            "وتأخرت القافلة، بحسب ما أفادت مصادر في الجيش السوري.",
            "Syrian Arab Army",
            "وتأخرت القافلة",
        ),
        # حسبما and a reporting verb before the source
        (
            "تأجل اجتماع اللجنة إلى الأسبوع المقبل، حسبما أعلن لافروف.",
            "Sergey Lavrov",
            "تأجل اجتماع اللجنة إلى الأسبوع المقبل",
        ),
        # كما with a reporting verb closes the words as well
        (
            "انسحبت الدوريات من الطريق الساحلي، كما أكد كيري.",
            "John Kerry",
            "انسحبت الدوريات من الطريق الساحلي",
        ),
        # a source noun no list knows as a name still speaks
        (
            "تضررت ثلاثة منازل في القصف، وفقا لمصدر في الجيش السوري.",
            "Syrian Arab Army",
            "تضررت ثلاثة منازل في القصف",
        ),
        # an attribution opening the sentence: the words after its source and the comma
        (
            "وبحسب الجيش السوري، فإن الطريق إلى المطار أعيد فتحه.",
            "Syrian Arab Army",
            "الطريق إلى المطار أعيد فتحه",
        ),
    ],
)
def test_attribution_after_the_words(cue_pipeline: Pipeline, text: str, entity: str, content: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content, quote.direct) == (entity, content, False)


@pytest.mark.parametrize(
    "text",
    [
        # a rule or a plan is nobody's words
        "وتأخرت القافلة بحسب القانون.",
    ],
)
def test_attribution_phrase_without_a_speaker_is_no_quote(cue_pipeline: Pipeline, text: str) -> None:
    quotes = cue_pipeline(text, published="2016-09-20").quotes
    assert all(q.rule != "quote:attribution" for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        # no comma before it, and no one named: a manner, not a source
        "تصرف الموظفون بحسب التعليمات المكتوبة.",
        # after the comma a noun of what is meant, or a noun with a pronoun, names no source
        "وزعت المساعدات على الأسر، وفقا لحاجة كل أسرة.",
        "يعمل السائق في المدينة، حسب وقته وبسيارته.",
    ],
)
def test_attribution_naming_no_source(cue_pipeline: Pipeline, text: str) -> None:
    assert cue_pipeline(text, published="2016-09-20").quotes == []


def test_attribution_source_is_the_title_holder(cue_pipeline: Pipeline) -> None:
    # the source's title goes on to the person who holds it
    text = "تراجعت الاشتباكات في الضواحي، بحسب قائد هذه الوحدة العقيد سامر الحربي."
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.text, quote.content) == ("العقيد سامر الحربي", "تراجعت الاشتباكات في الضواحي")


def test_verb_of_an_attribution_opens_no_quote(cue_pipeline: Pipeline) -> None:
    # كما أعلن فلان: the verb names the source of the words before it, nothing after it
    article = cue_pipeline("أغلقت المعابر الحدودية ليومين، كما أعلن الجيش السوري.", published="2016-09-20")
    assert [(q.cue, q.content) for q in article.quotes] == [("كما", "أغلقت المعابر الحدودية ليومين")]


def test_attribution_after_a_quote_adds_none(cue_pipeline: Pipeline) -> None:
    # the cue's quote reaches the attribution: the words are Kerry's, told by the army
    article = cue_pipeline("قال كيري إن الهدنة صامدة، بحسب الجيش السوري.", published="2016-09-20")
    assert [q.speaker.entity for q in article.quotes] == ["John Kerry"]


@pytest.mark.parametrize(
    ("text", "entity", "content"),
    [
        # a verb that needs عن: a cue where عن follows its speaker's words
        ("وعبر كيري عن قلقه من تأخر القافلة.", "John Kerry", "قلقه من تأخر القافلة"),
        ("وتحدث لافروف عن فرص نجاح المحادثات.", "Sergey Lavrov", "فرص نجاح المحادثات"),
    ],
)
def test_cue_that_needs_its_preposition(cue_pipeline: Pipeline, text: str, entity: str, content: str) -> None:
    (quote,) = cue_pipeline(text, published="2016-09-20").quotes
    assert (quote.speaker.entity, quote.content) == (entity, content)


@pytest.mark.parametrize("text", ["عبر المسلحون الحدود ليلا.", "تحدث الحوادث غالبا في الشتاء."])
def test_cue_without_its_preposition_is_none(cue_pipeline: Pipeline, text: str) -> None:
    # عبر the crossing, تحدث what happens: no عن, no statement
    assert cue_pipeline(text, published="2016-09-20").quotes == []


def test_quotation_after_an_running_past_a_full_stop(cue_pipeline: Pipeline) -> None:
    # the marks after إن close in the next sentence: one direct quote, and the participle after
    # it goes on with its speaker, not with a name inside what was quoted
    article = cue_pipeline(
        "وقال كيري إن «القافلة وصلت إلى المدينة. أما لافروف فهو في جنيف»، مضيفا أن الطريق آمن."
    )
    assert _said(article) == [
        ("John Kerry", "القافلة وصلت إلى المدينة. أما لافروف فهو في جنيف", True),
        ("John Kerry", "الطريق آمن", False),
    ]


def test_quotation_after_an_closing_inside_the_sentence_is_part_of_the_clause(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline('وقال كيري إن "الخطة" لا تكفي لوقف القتال.')
    assert _said(article) == [("John Kerry", '"الخطة" لا تكفي لوقف القتال', False)]


def test_attribution_after_a_joined_clause_takes_it_from_the_quote_before(cue_pipeline: Pipeline) -> None:
    # a clause joined by و after a comma, then an attribution: that clause is the source's words
    article = cue_pipeline("وقال كيري إن القافلة وصلت، وشهدت المدينة هدوءا، بحسب مصادر عسكرية.")
    assert [(q.speaker.text if q.speaker else "", q.content) for q in article.quotes] == [
        ("كيري", "القافلة وصلت"),
        ("مصادر عسكرية", "وشهدت المدينة هدوءا"),
    ]


def test_attribution_after_a_joined_phrase_leaves_the_quote_whole(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline("وقال كيري إن القافلة وصلت، وفي المدينة، بحسب مصادر عسكرية.")
    assert [q.content for q in article.quotes] == ["القافلة وصلت، وفي المدينة، بحسب مصادر عسكرية"]


@pytest.mark.parametrize(
    "text",
    [
        "وتطالب الحكومة بالإفراج عن المعتقلين.",
        "ويشير الارتفاع إلى تحسن الأوضاع في المدينة.",
        "كيري يحذر من تصعيد جديد في الشمال.",
    ],
)
def test_present_cue_with_a_phrase_says_nothing(cue_pipeline: Pipeline, text: str) -> None:
    # a present form with only a phrase after it is a stance, an indication or a headline
    assert cue_pipeline(text).quotes == []


def test_present_cue_with_a_clause_is_a_quote(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline("ويؤكد كيري أن الهدنة صامدة.")
    assert _said(article) == [("John Kerry", "الهدنة صامدة", False)]


@pytest.mark.parametrize(
    "text",
    ["وقتل عشرة منذ إعلان الجيش بدء العملية.", "وتم الإعلان عن هدنة جديدة في المدينة."],
)
def test_masdar_of_announcing_is_no_cue(cue_pipeline: Pipeline, text: str) -> None:
    # إعلان is mostly a noun inside a clause or a document's name, not words reported
    assert cue_pipeline(text).quotes == []


def test_participle_after_a_fronted_attribution_goes_on_with_its_source(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline("وبحسب مصادر عسكرية، فإن القافلة وصلت إلى المدينة، مضيفة أن الطريق آمن.")
    assert [(q.speaker.text if q.speaker else "", q.content) for q in article.quotes] == [
        ("مصادر عسكرية", "القافلة وصلت إلى المدينة"),
        ("مصادر عسكرية", "الطريق آمن"),
    ]


def test_honorific_pronoun_speaker_is_given_by_the_name_it_stands_for(cue_pipeline: Pipeline) -> None:
    # as the guideline gives a pronoun: the earlier mention's words, not سموه
    article = cue_pipeline("ووصل الأمير فيصل بن سامر إلى المدينة أمس. وقال سموه إن الزيارة ناجحة.")
    (quote,) = article.quotes
    assert quote.speaker is not None
    assert "فيصل بن سامر" in quote.speaker.text
    assert article.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_name_and_colon_opening_a_line_is_a_headline_quote(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline(
        "وصلت القافلة إلى المدينة أمس.\nكيري: الهدنة صامدة في الشمال\nوعاد الهدوء إلى المدينة."
    )
    assert _said(article) == [("John Kerry", "الهدنة صامدة في الشمال", False)]


@pytest.mark.parametrize(
    "text",
    ["واشنطن - رويترز: وصلت القافلة إلى المدينة.", "وصلت القافلة. وفي الطريق كيري: الهدنة صامدة."],
)
def test_colon_after_no_name_opening_a_line_is_no_headline_quote(cue_pipeline: Pipeline, text: str) -> None:
    assert cue_pipeline(text).quotes == []


def test_noun_of_what_was_said_after_a_clause_cue_opens_a_phrase(cue_pipeline: Pipeline) -> None:
    article = cue_pipeline("وزار كيري المدينة أمس، مبينا استمرار الدعم للقافلة.")
    assert _said(article) == [("John Kerry", "استمرار الدعم للقافلة", False)]


def test_words_nobody_is_found_to_say_are_no_quote(cue_pipeline: Pipeline) -> None:
    # a cue with no subject, no name before it and no earlier speaker: "who said what" has no
    # who, so nothing is reported
    assert cue_pipeline("ويرى أن الطريق الجديد أقصر من القديم بكثير.", published="2016-09-20").quotes == []
