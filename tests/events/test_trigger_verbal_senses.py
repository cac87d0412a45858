"""Senses of the statement-like triggers (aid, agreement, threats, ...): the words right after
a trigger, or a missing recipient, tell an event from an everyday use of the same word.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # warning someone of the consequences is a threat, even with no one warned found
        ("حذرت وزارة الخارجية من عواقب أي اعتداء على بعثتها في العاصمة.", "THREATEN"),
        ("وحذر بيان الجماعة من انتقام لن يتأخر إذا استمرت الاعتقالات.", "THREATEN"),
        # an agreement reached on something (الاتفاق على) is the act of agreeing
        ("وانتهت المحادثات بين إثيوبيا وكينيا إلى الاتفاق على ترسيم الحدود المشتركة.", "AGREE"),
        # the wrong one names another's act with (ما وصفته بتدخل) is an accusation
        ("وسحبت الحكومة سفيرها احتجاجا على ما وصفته بتدخل جارتها في شؤونها الداخلية.", "ACCUSE"),
        ("وقال الحزب إنه صعد هجماته بسبب ما وصفه بخروق الجيش للهدنة.", "ACCUSE"),
        # a particle ends the subject: the words after it are no sense of the verb
        ("ورفض البرلمان مشروع القانون بعد التعليق عليه.", "REJECT"),
        # a veto used is a rejection, its gloss in parentheses is not coded again
        ("استخدمت روسيا حق النقض (الفيتو) ضد مشروع القرار الأمريكي.", "REJECT"),
    ],
)  # fmt: skip
def test_a_telling_context_makes_the_event(text: str, event_type: str) -> None:
    assert event_type in event_types(text)


@pytest.mark.parametrize(
    ("text", "event_type"),
    [
        # keeping silent or neutral is no commitment
        ("إلا أن المتحدث باسم الوزارة التزم الصمت إزاء أسئلة الصحفيين.", "AGREE"),
        # sharing an opinion is no agreement
        ("ووافقه الرأي عضو المجلس البلدي السابق خالد العتيبي.", "AGREE"),
        # being consistent with, sharing an opinion: no agreement
        ("تتفق هذه الإجراءات مع المعايير الدولية لحماية البيانات.", "AGREE"),
        ("واتفق معه في ذلك الباحث في الشؤون الإيرانية علي نوري.", "AGREE"),
        # the agreement as a thing: what it stipulates, an agreement already made
        ("وينص الاتفاق على انسحاب القوات الأجنبية خلال ستة أشهر.", "AGREE"),
        # a club signing a player is no cooperation between actors
        ("وتعاقد نادي الهلال مع المهاجم البرازيلي لمدة ثلاثة مواسم.", "COOPERATE"),
        # طالب the student
        ("وتضم الجامعة أكثر من عشرين ألف طالب وطالبة في كلياتها.", "REQUEST"),
        # و + عدّ أن: "and he considered that", not a promise
        ("وأشاد رئيس الكتلة بالقرار، وعد أن الخطوة جاءت في الاتجاه الصحيح.", "AGREE"),
        # a warning of risks (weather, the economy) names no one threatened
        ("حذرت هيئة الأرصاد من أمطار غزيرة على المرتفعات الجنوبية.", "THREATEN"),
        ("وحذر الخبير الاقتصادي من أن ارتفاع الأسعار سيضر بالأسواق.", "THREATEN"),
        # searching for, being related to, a television interview: no meeting or call
        ("أعلنت الشرطة أنها تبحث عن شهود عيان للحادث الذي وقع فجر أمس.", "CONSULT"),
        ("ويتصل هذا الملف بقضايا الأمن الداخلي للبلاد.", "CONSULT"),
        ("وقال الوزير في لقاء تلفزيوني إن الحكومة ماضية في الإصلاحات.", "CONSULT"),
        # و + عيد (a feast), not وعيد (a threat)
        ("شارك الأطفال في فعاليات صيف وعيد المدينة الترفيهية.", "THREATEN"),
        # granting a right (to operate, to vote) is no asylum
        ("منحت الهيئة شركة الطيران الجديدة حق التشغيل من المطار الإقليمي.", "AID"),
        # what a danger is, or endangering security, is no threat made to anyone
        ("وقال القائد إن الجماعات المسلحة في المنطقة لا تشكل تهديدا للقوات الحكومية.", "THREATEN"),
        ("وقال المسؤول إن كل المنظمات التي تهدد أمن تركيا ستلاحق قضائيا.", "THREATEN"),
        ("وتعهدت فرنسا بمساعدة مالي على مواجهة تهديد حلفاء تنظيم القاعدة.", "THREATEN"),
        # readiness to cooperate is the intent (AGREE), not cooperation done
        ("وأعلن الحزب استعداده للتعاون مع الحكومة في تنفيذ الخطة الأمنية.", "COOPERATE"),
        # any such act (أي وساطة) is none that took place; what prompted someone is no call
        ("وقال الرئيس إنه مستعد للتعامل مع أي وساطة بين الحكومة والمعارضة.", "CONSULT"),
        ("ورفضت الحركة أي حوار مع الحكومة قبل الإفراج عن المعتقلين.", "CONSULT"),
        ("وأغلقت الشرطة الطرق المؤدية إلى الساحة، مما دعا المتظاهرين إلى التجمع أمام البرلمان.", "REQUEST"),
        # declining to give details, ruling out that something is so: no rejection
        ("وامتنعوا عن ذكر أسماء الموقوفين في القضية.", "REJECT"),
        ("ولم يستبعد أن تكون الخلية مرتبطة بجماعة خارجية.", "REJECT"),
        # what a measure amounts to (بما يخالف) is no act of defiance
        ("وقال المحامي إن الشركة نفذت الأعمال بما يخالف الشروط المتفق عليها.", "REJECT"),
        # the veto named as a right, glossed in parentheses, not used
        ("وتملك فرنسا حق النقض (الفيتو) في مجلس الأمن الدولي.", "REJECT"),
        # cooperation as a topic, a need or a goal, and the club of that name
        ("وبحث الوزيران سبل تعزيز التعاون بين البلدين في مجال الطاقة.", "COOPERATE"),
        ("وشدد البيان على ضرورة التنسيق بين الأجهزة الأمنية في الولايات.", "COOPERATE"),
        ("وانتقل المهاجم الشاب من النصر إلى التعاون بعقد لمدة موسمين.", "COOPERATE"),
        # a meeting named again as scheduled (المقرر عقده), who chairs a summit: no meeting
        ("وأرجئ الاجتماع المقرر عقده في جدة بين الوزراء العرب إلى موعد لاحق.", "CONSULT"),
        ("وأكدت مصر رئيسة القمة العربية الحالية أهمية وحدة الصف.", "CONSULT"),
        # declining to take part is no apology
        ("وكان المنتخب الأردني قد اعتذر عن عدم المشاركة في البطولة الآسيوية.", "SUPPORT"),
        # looking forward to something other than cooperation or relations is a hope
        ("ويتطلع الفريق إلى تحقيق الفوز في المباراة المقبلة.", "AGREE"),
        # the same senses past a subject written after the verb
        ("ورفض المتحدث باسم وزارة الخارجية التعليق على التقارير.", "REJECT"),
        ("وامتنع الناطق باسم الشرطة عن ذكر أسماء الموقوفين.", "REJECT"),
        ("ولم يستبعد وزير الداخلية أن تكون الخلية مرتبطة بجماعة خارجية.", "REJECT"),
        ("واعتذر المنتخب الأردني عن عدم المشاركة في البطولة الآسيوية.", "SUPPORT"),
    ],
)  # fmt: skip
def test_another_sense_is_no_event(text: str, event_type: str) -> None:
    assert event_type not in event_types(text)
