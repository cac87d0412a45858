"""Everyday senses of trigger words in general news, which code no event: lodging in the hotel
trade, a blood donor, a road joining two towns, a bank's loans, a people's solidarity, the
pilgrimage to Medina, cooperation named as a topic, a football match, a date falling on a day;
and forms of a verb that are mostly another word (وعدن is و + عدن, فائدتها is no أيدت + ها).

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from hadath.events.triggers import TriggerIndex
from hadath.kb import load_kb
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # الإيواء in the hotel trade: lodging let to guests, no shelter given
        ("ضبط مفتشو الهيئة مخالفات في عدد من منشآت الإيواء بمدينة أبها.", "AID"),
        ("ارتفعت نسبة إشغال الإيواء السياحي في الطائف خلال الصيف.", "AID"),
        # a blood donor gives to no party
        ("دعا المستشفى المواطنين إلى التبرع بالدم لمصابي الحادث.", "AID"),
        # a highway joins two towns, no parties
        ("يربطها خط سريع بمدينة الطائف منذ عشرين عاما.", "COOPERATE"),
        # loans in banking and housing are no aid
        ("ارتفع رصيد القروض العقارية التي قدمتها المصارف المحلية خلال العام الماضي.", "AID"),
        # solidarity in a statement, no joint act
        ("وقال إن هذا الحادث لن يزيد أبناء الوطن إلا تكاتفا ووحدة.", "COOPERATE"),
        # partnership and cooperation named as a topic to develop
        ("ناقش الوزيران سبل تطوير الشراكة بين البلدين في مجال الطاقة.", "COOPERATE"),
        ("استعرض الجانبان فرص التعاون بين الشركات في البلدين.", "COOPERATE"),
        # الحج والعمرة والزيارة: the pilgrimage to Medina, no visit between parties
        ("أعلنت الوزارة خطة جديدة لخدمة ضيوف الحج والعمرة والزيارة.", "CONSULT"),
        # وعد with أن past its subject is و + عدّ (considered)
        ("وعد الوزير أن النتائج تعكس جهود العاملين في القطاع.", "AGREE"),
        # أيده الله: a blessing after a ruler's name
        ("ويأتي المشروع ضمن توجيهات خادم الحرمين الشريفين أيده الله لتطوير المدينة.", "SUPPORT"),
        # the short present يود is يودّ (wishes)
        ("قال الوزير إنه يود أن يرى المشروع مكتملا قبل نهاية العام.", "SUPPORT"),
        # a game between two teams (a word of the match anywhere in the sentence), no meeting
        ("يلتقي الفريقان مساء الجمعة على ملعب المدينة في ختام الموسم.", "CONSULT"),
        ("غاب المهاجم عن اللقاء الودي الذي خاضه فريقه أمام ضيفه التركي.", "CONSULT"),
        # a coach leaving a player out of the squad
        ("استبعد المدرب المهاجم الشاب من تشكيلة المباراة المقبلة بسبب الإصابة.", "REJECT"),
        # the words of a game shared by these entries (other_senses.tsv, kind sport)
        ("استبعد الاتحاد المحلي الحارس الدولي من نهائي الكأس بسبب إيقافه.", "REJECT"),
        ("يقوم المنتخب بجولة في آسيا يخوض خلالها مباراتين.", "CONSULT"),
        # the art of dialogue and a press interview are no talks
        ("تعلم الطلاب في المخيم الصيفي مهارات الحوار مع الآخرين.", "CONSULT"),
        ("وقال الوزير في حوار صحفي مع مجلة أسبوعية إن الخطة ستنفذ قريبا.", "CONSULT"),
        # a date falls on, scholars concur, results beat the forecast
        ("ويوافق هذا العام مرور عشرين عاما على تأسيس الجمعية.", "AGREE"),
        ("اتفق الباحثون أن الظاهرة تعود إلى تغير المناخ في المنطقة.", "AGREE"),
        ("خالفت أرباح الشركة التوقعات في الربع الثاني من العام.", "REJECT"),
    ],
)  # fmt: skip
def test_an_everyday_sense_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # وعدن: the city after و, not the verb
        ("تقع القاعدة الجوية بين لحج وعدن على الطريق الساحلي.", "AGREE"),
        # فائدتها: ف + فائدة, not ف + أيدت
        ("تساءل الكاتب عن مدى فائدتها للاقتصاد المحلي.", "SUPPORT"),
        # قتلاهم: the noun قتلى (their dead) with a pronoun, with و too, not قتلا + هم
        ("وطالب الأهالي بتسليم جثث قتلاهم إلى ذويهم.", "ASSAULT"),
        ("شارك المئات في تشييع جرحاهم وقتلاهم في البلدة.", "ASSAULT"),
    ],
)  # fmt: skip
def test_a_form_that_is_mostly_another_word_is_no_trigger(text: str, event_type: str) -> None:
    kb = load_kb()
    tokens = Tokenizer(kb.lexicon)(SentenceSplitter()(Article("t", text))).tokens
    assert event_type not in {m.entry.event_type for m in TriggerIndex(kb.triggers).find(tokens)}


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the verb of support, past and present, and a promise still made with بأن
        ("أيدت الحكومة الأردنية قرار مجلس الأمن بشأن الهدنة.", "SUPPORT"),
        ("وجماعات مسلحة تؤيدها الحكومة التركية في شمال البلاد.", "SUPPORT"),
        ("ووعد الرئيس بأن حكومته ستفرج عن المعتقلين قبل العيد.", "AGREE"),
        # a loan given by one state to another is still aid
        ("قدمت السعودية قرضا ميسرا للحكومة اليمنية لدعم البنك المركزي.", "AID"),
        # a minister ruling out talks is still a refusal
        ("استبعد وزير الدفاع إجراء أي محادثات مع المتمردين قبل إلقاء السلاح.", "REJECT"),
        # a meeting in a sentence with no word of a match
        ("التقى وزير الخارجية السعودي نظيره الفرنسي في باريس أمس.", "CONSULT"),
        # a visit without the pilgrimage before it
        ("قام وزير الخارجية الأردني بزيارة إلى القاهرة أمس.", "CONSULT"),
        # shells fired across a border, people killed told as falling
        ("أصيب مواطنان إثر سقوط مقذوفات أطلقتها الميليشيات على قرية حدودية.", "ASSAULT"),
        ("سقط ثلاثة قتلى وعشرات الجرحى في مدينة تعز مساء أمس.", "ASSAULT"),
    ],
)  # fmt: skip
def test_the_event_sense_stays(text: str, event_type: str) -> None:
    assert event_type in event_types(text)
