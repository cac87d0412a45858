"""Who speaks: titles before a name, the one quoted after عن, descriptions of an earlier
speaker, agencies that relay someone else's words (issue #5), on sentences we wrote."""

from __future__ import annotations

import dataclasses
from importlib.resources import files

import pytest
import yaml

from hadath import Pipeline
from hadath.kb import KnowledgeBase
from hadath.kb.schema import CueRecord
from hadath.mentions.names import known_verb_forms
from hadath.mentions.quotes import QuoteFinder
from hadath.model import Quote
from hadath.text.normalize import normalize


@pytest.fixture(scope="module")
def cue_pipeline(tiny_kb: KnowledgeBase) -> Pipeline:
    rows = yaml.safe_load(files("hadath.data").joinpath("cues.yaml").read_text(encoding="utf-8"))
    return Pipeline.default(dataclasses.replace(tiny_kb, cues=[CueRecord(**row) for row in rows]))


def _last(cue_pipeline: Pipeline, text: str) -> Quote:
    return cue_pipeline(text, published="2016-09-20").quotes[-1]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # an honorific and an office, then the holder's titled name: the office and its holder speak
        (
            "أوضح معالي وزير الصحة الدكتور سامر بن محمد الحربي، أن القافلة وصلت.",
            "وزير الصحة الدكتور سامر بن محمد الحربي",
        ),
        # a pronoun-carrying noun after the name is what he went on with, not his name
        ("وتابع سامر الحربي حديثه بالتأكيد على أن القافلة وصلت.", "سامر الحربي"),
        # a cue whose words a participle says hands its speaker on (وتابع فلان قائلا)
        ("قال لافروف إن الهدنة صامدة. وتابع المصدر الأمني قائلا إن القافلة وصلت.", "المصدر الأمني"),
    ],
)
def test_name_ends_the_speaker(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == (speaker, "القافلة وصلت")


def test_masculine_noun_in_ta_marbuta_after_a_masculine_cue_goes_on_to_the_name(
    cue_pipeline: Pipeline,
) -> None:
    # شدد الداعية الدكتور فلان: a masculine verb's subject is no feminine head (ودعت الهيئة
    # الدول), so the title after the word in ة belongs to the speaker, not the object
    quote = _last(cue_pipeline, "شدد الداعية الدكتور سامر الحربي، على وجوب حماية القافلة.")
    assert quote.speaker is not None and "سامر الحربي" in quote.speaker.text
    assert quote.content == "وجوب حماية القافلة"


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # the title goes on past a comma to the holder's name
        ("وقال رئيس مجلس الشيوخ، الديمقراطي سامر الحربي إن القافلة وصلت.", "سامر الحربي", "القافلة وصلت"),
        # past an adverb inside the title
        (
            "ويرى وزير الداخلية السابق المستقيل حاليا سامر الحربي أن القافلة وصلت.",
            "سامر الحربي",
            "القافلة وصلت",
        ),
        # past a preposition inside the title
        (
            "أكد عضو رئاسة اللجنة العليا للإشراف على تنفيذ خطة الإعمار سامر الحربي أن القافلة وصلت.",
            "سامر الحربي",
            "القافلة وصلت",
        ),
        # a chain of offices longer than a speaker's words may be, before a phrase cue's object
        (
            "وصف رئيس مجلس الأمناء رئيس اللجنة العليا للمتابعة والتنسيق رئيس الهيئة الاستشارية"
            " للتخطيط العمراني الشيخ سامر بن محمد الحربي الهجوم بالعمل الجبان.",
            "الشيخ سامر بن محمد الحربي",
            "بالعمل الجبان",
        ),
    ],
)
def test_long_title_goes_on_to_its_holder(
    cue_pipeline: Pipeline, text: str, speaker: str, content: str
) -> None:
    quote = _last(cue_pipeline, text)
    assert quote.speaker.text.endswith(speaker)
    assert quote.content == content


@pytest.mark.parametrize(
    "text",
    [
        # a name after a preposition, or after a word carrying a pronoun, is the one addressed
        "قال رئيس مجلس الشيوخ للنائب سامر الحربي إن القافلة وصلت.",
        "قال رئيس مجلس الشيوخ لنظيره سامر الحربي إن القافلة وصلت.",
        "قال رئيس مجلس الشيوخ خلال لقائه سامر الحربي إن القافلة وصلت.",
    ],
)
def test_name_after_the_title_addressed_is_not_its_holder(cue_pipeline: Pipeline, text: str) -> None:
    quote = _last(cue_pipeline, text)
    assert quote.speaker.text.startswith("رئيس مجلس الشيوخ")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a manner adverb after the name ends it
        ("ونفى سامر الحربي بشدة أن تكون القافلة قد تأخرت.", "سامر الحربي"),
        ("ونفى سامر الحربي بقوة أن تكون القافلة قد تأخرت.", "سامر الحربي"),
        # a pronoun opening an aside about the speaker ends the name
        ("وقال سامر الحربي وهو أحد قادة المعارضة إن القافلة تأخرت.", "سامر الحربي"),
        ("وقالت سلمى الحربي وهي من مواليد المدينة إن القافلة تأخرت.", "سلمى الحربي"),
    ],
)
def test_adverb_or_aside_after_the_name_ends_it(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    assert _last(cue_pipeline, text).speaker.text == speaker


def test_reply_adverb_is_no_speaker(cue_pipeline: Pipeline) -> None:
    # ردا على سؤال says why he spoke: the subject is dropped, the earlier speaker goes on
    text = "قال سامر الحربي إن الهدنة صامدة. وقال ردا على سؤال: «القافلة وصلت»."
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", "القافلة وصلت")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a noun carrying his pronoun after a cue with no subject is what he said
        (
            "قال سامر الحربي إن الهدنة صامدة. وأكد حرصه على متابعة وصول القوافل.",
            "حرصه على متابعة وصول القوافل",
        ),
        (
            "قال سامر الحربي إن الهدنة صامدة. وجدد دعمه للجهود الإنسانية في المدينة.",
            "دعمه للجهود الإنسانية في المدينة",
        ),
    ],
)
def test_possessed_noun_after_the_cue_is_what_was_said(
    cue_pipeline: Pipeline, text: str, content: str
) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", content)


@pytest.mark.parametrize("speaker", ["شقيقه", "نائبه", "مصادره"])
def test_possessed_kin_title_or_source_still_speaks(cue_pipeline: Pipeline, speaker: str) -> None:
    text = f"استقبل سامر الحربي الوفد. وقال {speaker} إن القافلة وصلت."
    assert _last(cue_pipeline, text).speaker.text == speaker


def test_name_governed_inside_the_speaker_words_is_someone_else(cue_pipeline: Pipeline) -> None:
    text = "وأكدت مصادر عسكرية في القوات الموالية للرئيس سامر الحربي أن القافلة وصلت."
    quote = _last(cue_pipeline, text)
    assert quote.speaker.text.startswith("مصادر عسكرية")
    assert quote.content == "القافلة وصلت"


@pytest.mark.parametrize(
    ("text", "speaker", "entity"),
    [
        # the one a report quotes after عن, up to the comma, however long the aside after it
        (
            "ونقلت رويترز عن سامر الحربي، وهو أحد الباحثين في مركز للدراسات الاستراتيجية بدمشق منذ سنوات طويلة، قوله إن القافلة وصلت.",
            "سامر الحربي",
            "سامر الحربي",
        ),
        # an official no list knows, with the identity of the body he is in
        (
            "ونقلت رويترز عن مصدر مسؤول في الجيش السوري قوله إن القافلة وصلت.",
            "مصدر مسؤول في الجيش السوري",
            "Syrian Arab Army",
        ),
    ],
)
def test_the_one_quoted_after_an(cue_pipeline: Pipeline, text: str, speaker: str, entity: str) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.speaker.entity, quote.content) == (speaker, entity, "القافلة وصلت")


def test_statement_issued_by_someone_no_list_knows(cue_pipeline: Pipeline) -> None:
    quote = _last(cue_pipeline, "وأوضح بيان صادر عن مكتب الإغاثة المحلي أن القافلة وصلت.")
    assert (quote.speaker.text, quote.content) == ("مكتب الإغاثة المحلي", "القافلة وصلت")


def test_agency_relays_the_words_of_another(cue_pipeline: Pipeline) -> None:
    text = "وذكرت رويترز أن الجيش السوري يؤكد أن القافلة وصلت."
    quotes = cue_pipeline(text, published="2016-09-20").quotes
    assert [(q.speaker.entity, q.content) for q in quotes] == [("Syrian Arab Army", "القافلة وصلت")]


def test_description_of_an_earlier_speaker(cue_pipeline: Pipeline) -> None:
    text = "قال مصدر مطلع في الجيش السوري إن الهدنة صامدة. وأضاف المصدر أن القافلة وصلت."
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.speaker.entity, quote.content) == (
        "المصدر",
        "Syrian Arab Army",
        "القافلة وصلت",
    )


@pytest.mark.parametrize(
    "text",
    [
        # a feminine object after a masculine cue is what was described, not who spoke
        "قال لافروف إن الهدنة صامدة. ووصف هذه الاتهامات بأنها باطلة.",
        "قال لافروف إن الهدنة صامدة. ودعا السلطات إلى فتح المعابر.",
        # a plural demonstrative opens a definite phrase as the article does: what was criticised
        "قال لافروف إن الهدنة صامدة. وانتقد هؤلاء المدونين لأنهم نشروا شائعات.",
        # a name after a side word (أمام البرلمان) is where it was said, not who said it
        "قال لافروف إن الهدنة صامدة. ووصف الاتفاق أمام البرلمان الروسي بأنه متوازن.",
        # a cue inside what was said does not change who spoke last
        "قال لافروف إن الهدنة صامدة، مؤكدا أن الجيش السوري أكد التزامه بها. وأضاف أن القافلة وصلت.",
    ],
)
def test_object_after_the_cue_is_not_the_speaker(cue_pipeline: Pipeline, text: str) -> None:
    assert _last(cue_pipeline, text).speaker.entity == "Sergey Lavrov"


def test_known_name_before_the_cue_speaks(cue_pipeline: Pipeline) -> None:
    text = "وقال سامر الحربي إن الهدنة صامدة. لكن روسيا انتقدت الولايات المتحدة لعدم التزامها بالهدنة."
    assert _last(cue_pipeline, text).speaker.entity == "Russia"


def test_family_name_after_a_phrase_cue_speaks(cue_pipeline: Pipeline) -> None:
    # a definite word in the form of a relative adjective is a family name, not an object
    quote = _last(cue_pipeline, "قال لافروف إن الهدنة صامدة. وأكد الحربي أن القافلة وصلت.")
    assert (quote.speaker.text, quote.content) == ("الحربي", "القافلة وصلت")


def test_statement_after_a_phrase_cue_speaks(cue_pipeline: Pipeline) -> None:
    quote = _last(cue_pipeline, "قال لافروف إن الهدنة صامدة. كما دعا البيان إلى فتح المعابر.")
    assert (quote.speaker.text, quote.content) == ("البيان", "فتح المعابر")


@pytest.mark.parametrize(
    "text",
    [
        # a feminine cue never has a masculine singular head noun for subject: the party is asked
        "قالت روسيا إن الهدنة صامدة. كما طالبت الحزب بتسليم سلاحه إلى الجيش.",
        "قالت روسيا إن الهدنة صامدة، ودعت المجلس العسكري إلى احترامها.",
    ],
)
def test_masculine_object_of_a_feminine_cue_is_not_the_speaker(cue_pipeline: Pipeline, text: str) -> None:
    assert _last(cue_pipeline, text).speaker.entity == "Russia"


def test_unlisted_antecedent_of_a_relative_before_the_cue_speaks(cue_pipeline: Pipeline) -> None:
    # the relative clause's verb has the noun before التي for subject, with its adjective
    quote = _last(cue_pipeline, "ورحب لافروف بنشر الدراسات الغربية التي أكدت أن القافلة وصلت.")
    assert (quote.speaker.text, quote.content) == ("الدراسات الغربية", "القافلة وصلت")


def test_relative_of_the_other_gender_leaves_the_cue_its_subject(cue_pipeline: Pipeline) -> None:
    # التي and a masculine verb: the verb has a subject of its own after it
    quote = _last(cue_pipeline, "ونشرت روسيا الخطة التي أعلن لافروف أنها جاهزة.")
    assert quote.speaker.entity == "Sergey Lavrov"


def test_joined_cue_of_the_other_gender_goes_on_inside_the_content(cue_pipeline: Pipeline) -> None:
    # ويهدد cannot have the sources (أفادت) for subject: the group in what was said threatens
    quotes = cue_pipeline(
        "وأفادت مصادر محلية أن التنظيم يحتجز مئات المدنيين ويهدد بإعدامهم.", published="2016-09-20"
    ).quotes
    assert [q.content for q in quotes] == ["التنظيم يحتجز مئات المدنيين ويهدد بإعدامهم"]


def test_joined_cue_with_its_own_subject_opens_a_statement(cue_pipeline: Pipeline) -> None:
    text = "وقالت روسيا إن القافلة وصلت، ويؤكد المتحدث باسمها أن الطريق آمن."
    quotes = cue_pipeline(text, published="2016-09-20").quotes
    assert [q.content for q in quotes] == ["القافلة وصلت", "الطريق آمن"]


def test_person_before_an_office_speaks_not_its_body(cue_pipeline: Pipeline) -> None:
    # الحكومة is the genitive of the office عضو that the person named before it holds
    text = "وشارك في النقاش لافروف عضو الحكومة الروسية حيث قال: إن القافلة وصلت."
    assert _last(cue_pipeline, text).speaker.entity == "Sergey Lavrov"


def test_adjective_of_a_venue_noun_is_not_the_speaker() -> None:
    # صحفي after مؤتمر says what kind of conference it was; the shipped lists read it as a group
    text = "وفي ختام الزيارة التقى لافروف نظيره السوري طويلا، ثم تحدث في مؤتمر صحفي قائلا: «القافلة وصلت»."
    quote = Pipeline.default()(text, published="2016-09-20").quotes[-1]
    assert quote.speaker.text == "لافروف"


@pytest.mark.parametrize(
    "text",
    [
        # a verb joined by و goes on with the earlier verb's subject, not with its object
        "وفي دمشق أمس، التقى الوزير سامر الحربي وفد الحكومة السورية، وقال إن القافلة وصلت.",
        # and so does a participle of how one spoke
        "وفي دمشق أمس، التقى الوزير سامر الحربي وفد الحكومة السورية، مؤكدا أن القافلة وصلت.",
        # an office that opens the subject: the person its words end with
        "وفي دمشق أمس، التقى نائب رئيس الوزراء سامر الحربي وفد الحكومة السورية، وقال إن القافلة وصلت.",
    ],
)
def test_joined_cue_goes_on_with_the_earlier_verbs_subject(cue_pipeline: Pipeline, text: str) -> None:
    quote = _last(cue_pipeline, text)
    assert quote.speaker.text.endswith("سامر الحربي")
    assert quote.content == "القافلة وصلت"


def test_cue_with_a_clause_of_its_own_keeps_the_nearest_name(cue_pipeline: Pipeline) -> None:
    # no و, no participle: the verb nearest before is not the one the cue goes on from
    text = "وفي دمشق أمس، التقى الوزير سامر الحربي وفد الحكومة السورية التي قالت إن القافلة وصلت."
    assert _last(cue_pipeline, text).speaker.text == "الحكومة السورية"


def test_known_person_after_an_unlisted_titled_subject_is_that_subject(cue_pipeline: Pipeline) -> None:
    # an honorific and an office no list knows, then the known person they name
    text = "ومن جهته، التقى معالي المشرف العام على القافلة الدكتور سيرغي لافروف بالمتطوعين، مؤكدا أن القافلة وصلت."
    assert _last(cue_pipeline, text).speaker.text.endswith("سيرغي لافروف")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a noun of what was said (kind matter) after a cue with no subject opens the words said
        (
            "قال سامر الحربي إن الهدنة صامدة. وأكد أهمية فتح الطريق أمام شاحنات الدواء.",
            "أهمية فتح الطريق أمام شاحنات الدواء",
        ),
        (
            "قال سامر الحربي إن الهدنة صامدة. وشدد على ضرورة إخلاء الجرحى قبل حلول الليل.",
            "ضرورة إخلاء الجرحى قبل حلول الليل",
        ),
        (
            "قال سامر الحربي إن الهدنة صامدة. ونفى وجود مقاتلين داخل مخيم النازحين.",
            "وجود مقاتلين داخل مخيم النازحين",
        ),
    ],
)
def test_noun_of_what_was_said_is_no_speaker(cue_pipeline: Pipeline, text: str, content: str) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", content)


def test_accusations_denied_are_no_speaker(cue_pipeline: Pipeline) -> None:
    # نفى اتهامات بأنه: the accusations are what he denied; he is the sentence's subject
    text = "قال سامر الحربي إن الهدنة صامدة. ونفى اتهامات بأنه عرقل مرور القافلة."
    assert _last(cue_pipeline, text).speaker.text == "سامر الحربي"


def test_object_pronoun_after_a_participle_opens_what_was_said(cue_pipeline: Pipeline) -> None:
    # مناشدا إياه: the one appealed to is in what was said, the speaker goes on
    text = "وقال سامر الحربي إن الشعب يقف مع الفنان، مناشدا إياه القدوم للبرنامج."
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", "إياه القدوم للبرنامج")


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        # a noun of where words are said as a genitive inside the title (مؤتمر، الحوار) is
        # no adjunct: the title goes on to its holder's name
        (
            "أكد عضو اللجنة المشرفة على تنفيذ توصيات الحوار الأهلي سامر الحربي أن القافلة وصلت.",
            "سامر الحربي",
        ),
        ("وقال رئيس مؤتمر القبائل الشيخ سامر الحربي إن القافلة وصلت.", "سامر الحربي"),
    ],
)
def test_venue_noun_inside_a_title_goes_on(cue_pipeline: Pipeline, text: str, speaker: str) -> None:
    assert _last(cue_pipeline, text).speaker.text.endswith(speaker)


def test_venue_noun_after_a_preposition_still_ends_the_title(cue_pipeline: Pipeline) -> None:
    # في المؤتمر opens where he spoke: the name after it is someone else's
    text = "وقال رئيس اللجنة في المؤتمر مع سامر الحربي إن القافلة وصلت."
    assert _last(cue_pipeline, text).speaker.text.startswith("رئيس اللجنة")


@pytest.mark.parametrize(
    ("text", "content"),
    [
        # a phrase opening right after the cue: the name inside it is not who speaks
        (
            "قال سامر الحربي إن الهدنة صامدة. ودعا إلى حماية الطبيب خالد العمري من التهديدات.",
            "حماية الطبيب خالد العمري من التهديدات",
        ),
        (
            "قال سامر الحربي إن الهدنة صامدة. وطالب بمحاسبة الوزير خالد العمري على التأخير.",
            "بمحاسبة الوزير خالد العمري على التأخير",
        ),
    ],
)
def test_phrase_right_after_the_cue_names_no_speaker(cue_pipeline: Pipeline, text: str, content: str) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == ("سامر الحربي", content)


@pytest.mark.parametrize(
    ("text", "speaker", "content"),
    [
        # a second definite noun phrase after a feminine body is the phrase cue's object
        ("وحثت الهيئة الدول الأعضاء على دعم القافلة.", "الهيئة", "الدول الأعضاء على دعم القافلة"),
        # a body's head after a bare name is the object too (no name takes it after it)
        ("وطالب أبو خالد البرلمان العراقي بمحاسبة الوزير.", "أبو خالد", "البرلمان العراقي بمحاسبة الوزير"),
        # the people a count names speak, past its partitive من
        ("وعبر عدد من السكان عن امتنانهم للمبادرة الجديدة.", "عدد من السكان", "امتنانهم للمبادرة الجديدة"),
        ("وقال بعض من الأهالي إن المياه انقطعت منذ يومين.", "بعض من الأهالي", "المياه انقطعت منذ يومين"),
        # after إلا أن/غير أن the words before the cue are its own subject, with the article
        # or without, not a party named earlier in the sentence
        (
            "شنت الطائرات التركية غارات على مواقع في الجبال، غير أن المحللين يؤكدون أن القرى تضررت.",
            "المحللين",
            "القرى تضررت",
        ),
        (
            "وأعلنت الحكومة أن الخطة ستبدأ قريبا، إلا أن منظمات أهلية أوضحت أن الخطة لا تكفي.",
            "منظمات أهلية",
            "الخطة لا تكفي",
        ),
        # جاء فيها after a tweet: the one named before, whose tweet it is
        (
            "أعادت الصحيفة نشر تغريدة للكاتب سامر الحربي، جاء فيها أن المشروع تأخر كثيرا.",
            "سامر الحربي",
            "المشروع تأخر كثيرا",
        ),
        # an unowned statement: the one named before it in the sentence issued it
        (
            "وتحدث كيري عن الاتصال بين الرئيسين، وجاء في بيان: أن التعاون سيستمر.",
            "كيري",
            "التعاون سيستمر",
        ),
        # a definite venue noun alone speaks itself
        ("وجاء في التقرير أن اللجنة ستجتمع الأسبوع المقبل.", "التقرير", "اللجنة ستجتمع الأسبوع المقبل"),
        # وكالة opens an agency no list knows, though the event coder stops at it
        (
            "ذكرت وكالة أنباء محلية أن الطائرة هبطت بسلام في المطار.",
            "وكالة أنباء محلية",
            "الطائرة هبطت بسلام في المطار",
        ),
        (
            "أغلقت الشرطة الطريق الساحلي مساء الجمعة، حسبما أوردت وكالة أنباء محلية.",
            "وكالة أنباء محلية",
            "أغلقت الشرطة الطريق الساحلي مساء الجمعة",
        ),
    ],
)
def test_speaker_and_what_was_said(cue_pipeline: Pipeline, text: str, speaker: str, content: str) -> None:
    quote = _last(cue_pipeline, text)
    assert (quote.speaker.text, quote.content) == (speaker, content)


def test_a_title_takes_a_body_after_it(cue_pipeline: Pipeline) -> None:
    quote = _last(cue_pipeline, "وطالب عضو البرلمان سامر الحربي بمحاسبة الوزير.")
    assert (quote.speaker.text, quote.content) == ("عضو البرلمان سامر الحربي", "بمحاسبة الوزير")


def test_came_in_without_a_venue_is_no_quote(cue_pipeline: Pipeline) -> None:
    assert not cue_pipeline("جاء في المدينة أن الأسعار ارتفعت.", published="2015-08-01").quotes


def test_a_head_of_a_speakers_name_is_no_speaker_stop(tiny_kb: KnowledgeBase) -> None:
    # وكالة is an attribution particle to the event coder, but opens an agency's name
    finder = QuoteFinder(tiny_kb, known_verb_forms(tiny_kb))
    assert normalize("وكالة") not in finder.speaker_stops
    assert {normalize("بحسب"), normalize("في"), normalize("الذي")} <= finder.speaker_stops
