"""Context-dependent trigger senses in the shipped lexicon: a word that is an event only with
certain objects (light verbs) stays silent in its other senses, and an event with a telling
object is coded even when the bare verb would need more (a recipient).

The sentences are written for these tests. Each pair shows one entry deciding by its context.
"""

from __future__ import annotations

import pytest

from hadath.events.triggers import TriggerIndex
from hadath.kb import load_kb
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer

from .conftest import default_pipeline, event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # threatening with an act needs no one threatened (the bare verb does)
        ("هدد الرئيس بالانسحاب من المفاوضات إذا استمر القصف.", "THREATEN"),
        # arrests reported with ضبط and أطاح بـ
        ("ضبطت الشرطة ثلاثة مطلوبين في حي شعبي جنوب العاصمة.", "COERCE"),
        ("أطاحت الأجهزة الأمنية بشبكة لتهريب الأسلحة عبر الحدود.", "COERCE"),
        # a sentence passed by a court
        ("قضت محكمة الجنايات بسجن المتهمين سبع سنوات.", "COERCE"),
        # an official arriving somewhere or heading there is on a visit (وصل، توجه alone)
        ("وصل رئيس الوزراء الإيطالي إلى تونس مساء الأحد.", "CONSULT"),
        ("توجهت وزيرة الدفاع الألمانية إلى أربيل صباح اليوم.", "CONSULT"),
        # ground taken back, fighters driven out
        ("استردت القوات الحكومية البلدة من المسلحين بعد قتال عنيف.", "ASSAULT"),
        ("طردت القوات العراقية مسلحي التنظيم من حي الشهداء.", "ASSAULT"),
        ("طردت المقاومة الشعبية الانقلابيين من آخر أحياء المدينة.", "ASSAULT"),
        # منع needs someone barred: the residents, subject of the passive, are
        ("منع سكان القرى الحدودية من العودة إلى منازلهم منذ بدء المعارك.", "COERCE"),
        # a missile intercepted, a siege imposed
        ("اعترضت الدفاعات الجوية صاروخا أطلق من الأراضي اليمنية.", "ASSAULT"),
        ("فرضت الميليشيات حصارا على المدينة منذ ثلاثة أشهر.", "ASSAULT"),
        # a grenade thrown, fighters wiped out told with the masdar
        ("ألقى مجهولون قنبلة يدوية على مركز للشرطة في المدينة ليلة أمس.", "ASSAULT"),
        ("أعلن الجيش القضاء على المسلحين الذين هاجموا نقطة التفتيش.", "ASSAULT"),
        # hostages freed is a release, a town freed is force
        ("حرر الجيش عشرات الرهائن من قبضة الخاطفين.", "RETREAT"),
        # accepting an invitation, an arms embargo, listing under sanctions
        ("لبى وزير الخارجية دعوة نظيره العماني لزيارة مسقط.", "AGREE"),
        ("وقبل الرئيس الكيني دعوة من نظيره الأوغندي لحضور القمة في كمبالا.", "AGREE"),
        ("حظرت الحكومة الألمانية تصدير الأسلحة إلى أطراف النزاع.", "SANCTION"),
        ("أدرجت واشنطن الجماعة على قائمة الإرهاب.", "SANCTION"),
        # rejection expressed, an agreement left
        ("أعربت الحكومة عن رفضها للقرار الأممي الجديد.", "REJECT"),
        ("انسحبت الإدارة الأمريكية من الاتفاق النووي مع إيران.", "REJECT"),
        # an investigation under way
        ("تجري النيابة العامة التحقيق مع ثلاثة موظفين في البلدية.", "ACCUSE"),
        # condemnation by considering an act a violation
        ("اعتبرت الخارجية الأردنية اقتحام المسجد انتهاكا للقانون الدولي.", "ACCUSE"),
        # cooperation halted is a sanction, no arrest
        ("أوقفت الحكومة تعاونها الأمني مع الدولة المجاورة بعد الحادث.", "SANCTION"),
        # a visa waived for another country's citizens eases a measure
        ("ألغت الحكومة التأشيرة المفروضة على مواطني الدول المجاورة.", "CONCEDE"),
    ],
)  # fmt: skip
def test_a_telling_object_makes_the_event(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


def test_a_call_made_in_passing_is_a_request() -> None:
    # the participle داعيا chains a call onto a statement; only a prayer is excluded
    assert "REQUEST" in event_types("وأشاد الوزير بالاتفاق داعيا الأطراف إلى الالتزام به.")


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # the judiciary (القضاء) and ending an ill (القضاء على الفقر) are no force
        ("أحال الوزير الملف إلى القضاء على وجه السرعة.", "ASSAULT"),
        ("تهدف الخطة إلى القضاء على الفقر في المناطق الريفية.", "ASSAULT"),
        # ضبط النفس is restraint, ضبط الأسعار price control
        ("دعا الوزير الطرفين إلى ضبط النفس وتجنب التصعيد.", "COERCE"),
        ("تعمل الوزارة على ضبط الأسعار في الأسواق المحلية.", "COERCE"),
        # قضى is also "spend (time)", استرد "recover (money)", طرد "dismiss (a player)"
        ("قضى اللاعب إجازته في الريف مع عائلته.", "ASSAULT"),
        ("استرد المواطن المبلغ الذي دفعه للشركة.", "ASSAULT"),
        # اعترض على is objecting, not intercepting
        ("اعترض النائب على مشروع الميزانية في جلسة البرلمان.", "ASSAULT"),
        # arriving is a visit only for an official: a plane, two states reaching a point, a
        # sum, or a verb whose subject is in an earlier clause are none
        ("وصلت طائرة ألمانية إلى مطار أربيل مساء الأحد.", "CONSULT"),
        ("وصلت الدولتان إلى تفاهم جديد حول الحدود البحرية.", "CONSULT"),
        ("أعلنت الحكومة خطة إنفاق توجه نحو المدارس الريفية.", "CONSULT"),
        # لبى الاحتياجات is no accepted invitation, أكد alone is a statement
        ("تلبي الخطة احتياجات السكان من المياه.", "AGREE"),
        ("أكد الوزير أهمية الالتزامات الواردة في الخطة.", "AGREE"),
        # العسكرية after دعم is an adjective of something else, not military aid
        ("دعا البرلمان إلى دعم المؤسسة العسكرية في مواجهة الإرهاب.", "AID"),
        # a ban on sales at home is no embargo
        ("منعت البلدية بيع الألعاب النارية في الأسواق.", "SANCTION"),
        # أقلت is أقلّت (carried), no أقال (dismissed); a dismissal asked for is none done
        ("أقلت الطائرة مئة وعشرين راكبا إلى مطار الرياض.", "SANCTION"),
        ("طالب النواب رئيس الحكومة بإقالة وزير النقل.", "SANCTION"),
        # distributing profits or granting a degree is no aid, a new phone is no call
        ("وزعت الشركة أرباحا نقدية على المساهمين عن العام الماضي.", "AID"),
        ("منحت الجامعة الباحث درجة الدكتوراه بامتياز.", "AID"),
        ("كشفت الشركة الكورية عن هاتفها الجديد في معرض برلين.", "CONSULT"),
        # words right after a trigger that make it no event (excluded_after): a prayer,
        # declining to be named, putting out a fire
        ("وختم كلمته داعيا الله أن يحفظ البلاد من كل سوء.", "REQUEST"),
        ("وقال مسؤول رفض الكشف عن هويته إن المفاوضات متعثرة.", "REJECT"),
        # a question left unanswered (declining to confirm, to set a date, to go into
        # details, to comment) rejects nobody; asking not to be named or to pass on greetings
        # asks nothing of anyone
        ("ورفض قائد اللواء تحديد موعد لبدء الهجوم على البلدة.", "REJECT"),
        ("ورفضت الشرطة المحلية تأكيد عدد الموقوفين في الحادث.", "REJECT"),
        ("وامتنع الناطق باسم الجيش عن الخوض في تفاصيل العملية.", "REJECT"),
        ("وامتنعت المتحدثة عن التعقيب على ما نشرته الصحيفة.", "REJECT"),
        # past a subject of five words (SUBJECT_REACH)
        ("ورفضت المتحدثة باسم مكتب رئيس الوزراء التعليق على التقرير.", "REJECT"),
        ("وأضاف ضابط طلب عدم نشر اسمه أن التعزيزات وصلت ليلا.", "REQUEST"),
        ("وفي ختام الزيارة طلب الرئيس التونسي نقل تحياته إلى ملك الأردن.", "REQUEST"),
        # hospitals put on alert for the wounded are no state of emergency imposed
        ("وأعلنت مديرية الصحة حالة الطوارئ في مستشفيات المدينة لاستقبال المصابين.", "COERCE"),
        ("وتمت السيطرة على الحريق بعد ساعتين من اندلاعه.", "ASSAULT"),
        # regaining trust or calm takes no ground; aiming at a goal or an audience is no attack
        ("أشاد الوزير بجهود الحكومة في استعادة الاستقرار في البلاد.", "ASSAULT"),
        ("الفريق استعاد الثقة بعد فوزه الكبير على منافسه.", "ASSAULT"),
        ("أطلقت الوزارة برنامجا يستهدف تطوير مهارات الشباب في المناطق الريفية.", "ASSAULT"),
        # a plot aimed at a country's security or stability, killing «the soul» spoken of
        # as a sin, the fighting season: nothing struck, no one killed, no fight
        ("حذر البيان من مخططات خارجية تستهدف أمن البلاد واستقرارها.", "ASSAULT"),
        ("وتمنع الشرائع السماوية قتل النفس بغير حق كما أكد الخطيب.", "ASSAULT"),
        ("ويعتبر العلماء قتل الأنفس البريئة من أعظم الذنوب.", "ASSAULT"),
        ("تستعد القرى الجبلية لفصل الشتاء بعد انتهاء موسم القتال.", "ASSAULT"),
        # preaching that names a ministry is no call on anyone
        ("استقبل وزير الشؤون الإسلامية والدعوة والإرشاد وفدا من علماء إندونيسيا.", "REQUEST"),
        # centrifuges are no expulsion, capital flight no retreat, preventing accidents no ban
        ("تطالب الدول الغربية إيران بتقليص عدد أجهزة الطرد المركزي في منشأة نطنز.", "COERCE"),
        ("المستثمرون يهربون رؤوس أموالهم إلى الخارج خوفا من الأزمة.", "RETREAT"),
        ("تسعى الحكومة إلى منع وقوع الحوادث المرورية على الطرق السريعة.", "COERCE"),
        # bringing in workers is no troop build-up (استقدام alone)
        ("فتحت وزارة العمل باب استقدام العمالة المنزلية من الفلبين.", "MOBILIZE"),
        # words right before a trigger (excluded_before): the editor-in-chief
        ("قال رئيس تحرير الصحيفة السعودية إن الصحيفة ستتوقف عن الصدور.", "ASSAULT"),
        # the participle صادر (issued), a road junction or an adverb (قاطع), a no-fly zone,
        # a court's penalty
        ("وأكد بيان صادر عن وزارة الداخلية أن التحقيقات مستمرة في الحادث.", "COERCE"),
        ("نفت الوزارة بشكل قاطع وجود أي خلاف مع الشركة المنفذة للمشروع.", "PROTEST"),
        ("بدأت البلدية تنفيذ جسر جديد عند تقاطع شارع الملك فهد مع طريق المطار.", "PROTEST"),
        ("ناقش المجلس إقامة منطقة حظر طيران فوق المناطق الشمالية.", "COERCE"),
        ("وطالب الأهالي بتطبيق أشد العقوبات على المتورطين في الحادث.", "SANCTION"),
        # filling and packing (التعبئة والتغليف، تعبئة الاستمارة) are no mobilization
        ("افتتحت الشركة مصنعا جديدا للتعبئة والتغليف في جدة.", "MOBILIZE"),
        # an act said to be possible or owed is not told as done
        ("وبإمكان الشرطة الألمانية اعتقال المشتبه به فور وصوله إلى برلين.", "COERCE"),
        ("وأكد الوزير أن الحكومة ملزمة بتسليم المطلوبين إلى المحكمة الدولية.", "COOPERATE"),
        ("ويرى الخبراء أن القوات الحكومية قادرة على استعادة المدينة خلال أسابيع.", "ASSAULT"),
        # a number counts nouns: طالب after it is a student, not «demanded»
        ("التحق 240 طالب من دول آسيوية ببرنامج المنح في الجامعة.", "REQUEST"),
        ("استقبلت المدرسة الجديدة ثلاثين طالبا في يومها الأول.", "REQUEST"),
    ],
)  # fmt: skip
def test_another_sense_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # riot police are no riot (the coder would drop the bare noun anyway; the lexicon
        # should not offer it)
        ("أطلقت شرطة مكافحة الشغب الغاز على المحتجين.", "PROTEST"),
        ("أعلنت منظمة التحرير موقفها من الخطة.", "ASSAULT"),
        ("تعثرت المساعي إلى وقف دائم لإطلاق النار.", "ASSAULT"),
        ("تعاقد النادي مع مهاجم برازيلي لتدعيم خط الهجوم.", "ASSAULT"),
        ("ضبطت الجمارك كمية من مادة شديدة الانفجار في المطار.", "ASSAULT"),
        ("يتعين على المتقدمين تعبئة الاستمارة الإلكترونية قبل نهاية الشهر.", "MOBILIZE"),
        # ruling a match or a market takes no ground; a war of the past named by what it freed
        ("فرض المنتخب السعودي سيطرته على مجريات اللقاء في الشوط الثاني.", "ASSAULT"),
        ("تعمل الحكومة على السيطرة على الأسعار قبل حلول شهر رمضان.", "ASSAULT"),
        ("تحدث الكاتب عن دروس حرب تحرير الكويت في كتابه الجديد.", "ASSAULT"),
        # an index or a ministry aiming at a level is no attack
        ("قال المحللون إن المؤشر يستهدف مستوى قياسيا جديدا خلال جلسات الأسبوع المقبل.", "ASSAULT"),
        # a penalty kick is no strike
        ("أحرز المهاجم الهدف الثاني من ضربة جزاء في الدقيقة الأخيرة.", "ASSAULT"),
        # a last-minute winner (هدفا قاتلا) is no fight, dodging taxes no retreat
        ("سجل المهاجم هدفا قاتلا في الدقيقة الأخيرة من المباراة.", "ASSAULT"),
        ("قال المحققون إن الشركة تهرب من الضرائب منذ سنوات.", "RETREAT"),
        # preventing a happening, or a fact that did not stop something, bars no one
        ("تعمل الأجهزة على منع انتشار الظاهرة بين طلاب المدارس في العاصمة.", "COERCE"),
        ("لم يمنع ذلك اللاعبين من مواصلة التدريبات استعدادا للبطولة.", "COERCE"),
        # a ceasefire named with إيقاف, a suicide, arms destroyed under a disarmament deal
        ("اقترح الوسيط إيقاف إطلاق النار في البلدتين مدة أسبوع.", "ASSAULT"),
        ("قالت الشرطة إن السجين حاول قتل نفسه داخل زنزانته.", "ASSAULT"),
        ("أشرفت البعثة الدولية على تدمير الأسلحة الكيماوية التي سلمتها الحكومة.", "ASSAULT"),
        # what follows أن belongs to its own clause, not to the light verb before it
        ("كان الطرف الآخر يعلن أنه ملتزم بوقف القتال ثم يعود إلى القصف.", "RETREAT"),
    ],
)  # fmt: skip
def test_an_expression_around_a_word_offers_no_trigger(text: str, event_type: str) -> None:
    kb = load_kb()
    tokens = Tokenizer(kb.lexicon)(SentenceSplitter()(Article("t", text))).tokens
    assert event_type not in {m.entry.event_type for m in TriggerIndex(kb.triggers).find(tokens)}


@pytest.mark.parametrize(
    "text",
    [
        # a future act of force set against a demand (ما لم، وإلا): an ultimatum
        "وقال الخاطفون في تسجيل مصور إنهم سيقتلون الرهينة خلال 72 ساعة ما لم تدفع حكومته فدية.",
        "وأعلن قائد الميليشيا أن مقاتليه سيقصفون المطار إن لم تنسحب القوات الأجنبية منه.",
    ],
)  # fmt: skip
def test_force_threatened_unless_a_demand_is_met_is_a_threat(text: str) -> None:
    types = event_types(text)
    assert "THREATEN" in types and "ASSAULT" not in types


@pytest.mark.parametrize(
    "text",
    [
        # the senses left out above keep the attack next to them: security men and their
        # headquarters are targets, a man killed is a killing
        "استهدف انتحاري مقر قيادة الأمن في المدينة بسيارة مفخخة.",
        "قتل المسلحون ثلاثة من رجال الأمن عند نقطة تفتيش شرق البلدة.",
        "قاتلت القوات الحكومية المتمردين في الجبال طوال الليل.",
    ],
)
def test_an_attack_beside_an_excluded_sense_is_still_told(text: str) -> None:
    assert "ASSAULT" in event_types(text)


def test_force_announced_with_no_demand_stays_force() -> None:
    assert "ASSAULT" in event_types("وأعلن الجيش أنه سيقصف مواقع المتمردين في الأيام المقبلة.")


@pytest.mark.parametrize(
    "text",
    [
        "وعدّ الوزير الاتفاق خطوة مهمة نحو إنهاء الأزمة.",
        "وعدَّت الحكومة القرار تدخلا في شؤونها الداخلية.",
    ],
)
def test_a_written_shadda_makes_wad_another_word(text: str) -> None:
    # و + عدّ (and considered): a judgement, no promise
    assert not [e for e in default_pipeline()(text, published="2016-09-20").events if e.event_type == "AGREE"]


def test_wad_without_a_shadda_is_still_a_promise() -> None:
    events = default_pipeline()("وعد الوزير بتقديم مساعدات عاجلة للنازحين.", published="2016-09-20").events
    assert [e.event_type for e in events if e.trigger == "وعد"] == ["AGREE"]


def test_an_act_achieved_after_tamakkana_is_still_told() -> None:
    # تمكن (managed to) tells the act done; only words of ability or duty (يمكن، قادرة) do not
    assert "COERCE" in event_types("وتمكنت الشرطة من اعتقال المشتبه به في حي شعبي شرق المدينة.")
