import pytest

from hadath.kb import KnowledgeBase
from hadath.mentions.entities import EntityMatcher
from hadath.mentions.names import NameChunker
from hadath.model import Article
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _names(kb: KnowledgeBase, text: str) -> list[tuple[str, str]]:
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text))))
    article = NameChunker.from_kb(kb)(article)
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    return [(m.text, m.ref) for m in article.mentions if m.ref.startswith("unknown:")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("استقبل الدكتور سامر بن خالد العتيبي وفدا.", [("الدكتور سامر بن خالد العتيبي", "unknown:PER:")]),
        ("صرح اللواء أحمد الحربي للصحفيين.", [("اللواء أحمد الحربي", "unknown:PER:MIL")]),
        # foreign ranks, clergy and feminine titles open a name too
        ("صرح الجنرال توماس ميلر للصحفيين.", [("الجنرال توماس ميلر", "unknown:PER:MIL")]),
        ("وقال الحاخام يوسف ليفي في كلمة إن الوضع خطير.", [("الحاخام يوسف ليفي", "unknown:PER:REL")]),
        ("وكانت الدكتورة هند السالم أول المتحدثين.", [("الدكتورة هند السالم", "unknown:PER:")]),
        # an under-secretary's office: its ministry, then the holder's name
        (
            "وأوضح وكيل وزارة الصحة للشؤون الفنية سامي الشهري أن الحملة مستمرة.",
            [("وكيل وزارة الصحة للشؤون الفنية سامي الشهري", "unknown:PER:GOV:")],
        ),
        ("أعلنت وزارة الصحة العامة عن حملة.", [("وزارة الصحة العامة", "unknown:ORG:GOV")]),
        ("ووزعت جمعية البر الخيرية سلالا غذائية.", [("جمعية البر الخيرية", "unknown:ORG:NGO")]),
        # a bare head noun names nobody in particular
        ("وأكدت الوزارة أن العمل مستمر.", []),
        # a known name is never swallowed by a chunk
        ("التقى الدكتور كيري بالصحفيين.", []),
        # a name stops at a particle or a known verb
        ("قال الشيخ سالم في بيان إن الحوار مستمر.", [("الشيخ سالم", "unknown:PER:")]),
        # an office phrase with a country adjective, then maybe the holder's name
        (
            "وصل وزير الزراعة السوري سمير حداد إلى بيروت.",
            [("وزير الزراعة السوري سمير حداد", "unknown:PER:GOV:SYR")],
        ),
        ("وقال مسؤول أمريكي إن المحادثات مستمرة.", [("مسؤول أمريكي", "unknown:PER:GOV:USA")]),
        # the complement gives the sector: a party leader is a party's
        (
            "التقى زعيم الحزب الروسي نواف كريم الصحفيين.",
            [("زعيم الحزب الروسي نواف كريم", "unknown:PER:PTY:RUS")],
        ),
        # a time word after the phrase is no name; a phrase with neither name nor country is nobody
        ("وصل وزير الزراعة السوري مساء أمس.", [("وزير الزراعة السوري", "unknown:PER:GOV:SYR")]),
        ("وقال وزير الزراعة إن الموسم جيد.", []),
    ],
)
def test_name_chunker_finds_unknown_people_and_organisations(
    tiny_kb: KnowledgeBase, text: str, expected: list
) -> None:
    assert _names(tiny_kb, text) == expected


def test_an_office_holders_name_is_the_entity(tiny_pipeline) -> None:
    article = tiny_pipeline(Article("t", "التقى وزير الزراعة السوري سمير حداد نظيره في دمشق."))
    assert {"text": "سمير حداد", "type": "PER", "entity": "سمير حداد"} in article.entities()
    assert all(e["text"] != "وزير الزراعة السوري سمير حداد" for e in article.entities())
    (meeting,) = article.events
    assert (meeting.actor[0].country, meeting.actor[0].sector) == ("SYR", "GOV")


def test_unknown_names_act_in_events(tiny_pipeline) -> None:
    article = tiny_pipeline("اعتقلت شرطة المرور عشرات المتظاهرين أمس.", published="2016-09-20")
    (event,) = article.events
    assert [a.text for a in event.actor] == ["شرطة المرور"]
    assert event.actor[0].sector == "COP"
