import pytest

from hadath.text.sentences import find_dateline, parse_dateline, split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s:e] for s, e in split_sentences(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل الوفد. وبدأت المحادثات.", ["وصل الوفد.", "وبدأت المحادثات."]),
        ("قال د. سمير إن الوضع صعب.", ["قال د. سمير إن الوضع صعب."]),
        ("نقلت أ.ف.ب الخبر ثم غادرت.", ["نقلت أ.ف.ب الخبر ثم غادرت."]),
        ("بلغ النمو 3.5 في المئة هذا العام.", ["بلغ النمو 3.5 في المئة هذا العام."]),
        ("وقع الاتفاق في 9.9.2016 بجنيف.", ["وقع الاتفاق في 9.9.2016 بجنيف."]),
        ("بدأ الاجتماع، وانتهى؛ ثم عاد الوزير.", ["بدأ الاجتماع، وانتهى؛ ثم عاد الوزير."]),
        ('وأضاف: "لن نتراجع." ثم غادر.', ['وأضاف: "لن نتراجع."', "ثم غادر."]),
        ("هل انتهت الهدنة؟ لا أحد يعرف", ["هل انتهت الهدنة؟", "لا أحد يعرف"]),
        ("ماذا جرى؟!» سأل الوزير.وغادر", ["ماذا جرى؟!»", "سأل الوزير.", "وغادر"]),
        ("سطر أول بلا نقطة\nسطر ثان", ["سطر أول بلا نقطة", "سطر ثان"]),
        ("بنيويورك..كيري يصل", ["بنيويورك..كيري يصل"]),
        ("فقرة واحدة فقط", ["فقرة واحدة فقط"]),
        ("", []),
    ],
)
def test_split_sentences_on_news_text(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. البند الأول\n2. البند الثاني", ["1. البند الأول", "2. البند الثاني"]),
        ("- نقطة أولى\n- نقطة ثانية", ["- نقطة أولى", "- نقطة ثانية"]),
        ("انتهى عام 2015 م. وبدأ عام جديد", ["انتهى عام 2015 م.", "وبدأ عام جديد"]),
        ("غادر الوفد.وقال الوزير إنه راض", ["غادر الوفد.", "وقال الوزير إنه راض"]),
        ("ص.ب. 120 الرياض", ["ص.ب. 120 الرياض"]),
        ("سنة 300 ق.م. تقريبا", ["سنة 300 ق.م. تقريبا"]),
        (
            'قال: "لن نتراجع عن القرار\nوفي سياق آخر وصل الوفد.',
            ['قال: "لن نتراجع عن القرار', "وفي سياق آخر وصل الوفد."],
        ),
        ("عنوان خبر ذي صلة\nنص الخبر هنا.", ["عنوان خبر ذي صلة", "نص الخبر هنا."]),
        ("زار الوفد موقع في.جي للأخبار", ["زار الوفد موقع في.جي للأخبار"]),
    ],
)
def test_split_sentences_on_lists_eras_and_scraping_losses(text: str, expected: list[str]) -> None:
    assert _sentences(text) == expected


@pytest.mark.parametrize(
    ("text", "dateline", "place", "source"),
    [
        ("دبي - سكاي نيوز عربية: أعلنت الشركة", "دبي - سكاي نيوز عربية:", "دبي", "سكاي نيوز عربية"),
        ("صنعاء-الوئام: قال المتحدث", "صنعاء-الوئام:", "صنعاء", "الوئام"),
        ("الرياض – واس\nأصدر المجلس قرارا.", "الرياض – واس", "الرياض", "واس"),
        ("سامي علي - سبق- جازان: أوضح المتحدث", "سامي علي - سبق- جازان:", "جازان", "سبق"),
        ("عين اليوم – نيويورك\nارتفعت الأسعار.", "عين اليوم – نيويورك", "نيويورك", "عين اليوم"),
    ],
)
def test_parse_dateline_finds_place_and_source(text: str, dateline: str, place: str, source: str) -> None:
    line = parse_dateline(text)
    assert line is not None
    assert text[line.start : line.end] == dateline
    assert line.place and text[line.place[0] : line.place[1]] == place
    assert line.source and text[line.source[0] : line.source[1]] == source
    assert find_dateline(text) == (line.start, line.end)


@pytest.mark.parametrize("text", ["قالت وزارة الصحة: إن الوضع مستقر", "فقرة واحدة بلا سطر تعريف", ""])
def test_find_dateline_ignores_ordinary_openings(text: str) -> None:
    assert find_dateline(text) is None


def test_split_sentences_joins_a_dateline_line_on_request() -> None:
    text = "الرياض – واس\nأصدر المجلس قرارا. ثم انفض."
    assert _sentences(text)[0] == "الرياض – واس"
    joined = [text[s:e] for s, e in split_sentences(text, join_dateline=True)]
    assert joined == ["الرياض – واس\nأصدر المجلس قرارا.", "ثم انفض."]
