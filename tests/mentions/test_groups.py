"""Forces named by a head noun and a country adjective, or by their owner in the genitive;
groups of people named by a common noun and a plural demonym."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from hadath.kb.lexicon import LEXICON_TABLES, table_problems
from hadath.mentions.groups import GROUP_WORDS_FILE, NisbaTable, covered_tokens, group_cues, group_words
from hadath.model import Article, Mention, Token


def _actors(pipeline, text: str) -> list[tuple[str, str]]:
    article: Article = pipeline(text, published="2016-09-20")
    return [(m.text, m.entity) for m in article.mentions if m.kind == "actor"]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # modifiers between the head and the adjective, which may agree with the modifier
        ("حلقت طائرات حربية روسية فوق المدينة.", [("طائرات حربية روسية", "Russia aircraft")]),
        ("حلقت طائرات العدوان الروسي فوق المدينة.", [("طائرات العدوان الروسي", "Russia aircraft")]),
        # a single warship of a state is that state's too (a lone aircraft is not: it often
        # carries aid, and the aid's giver is the state, not its air force)
        ("هبطت طائرة شحن روسية في المطار.", []),
        ("وأطلقت سفينة حربية سورية قذائف على القارب.", [("سفينة حربية سورية", "Syria warship")]),
        # the conjunction stays outside the span
        (
            "حلقت الطائرات الروسية والطائرات الحربية السورية.",
            [("الطائرات الروسية", "Russia aircraft"), ("الطائرات الحربية السورية", "Syria aircraft")],
        ),
        # three words between head and adjective are too many: no group
        ("حلقت طائرات كثيرة فوق المدينة الروسية.", []),
        # a plural demonym is the people of that state
        ("تظاهر آلاف السوريين في دمشق.", [("السوريين", "Syria people"), ("دمشق", "Syria")]),
        ("وقال سوريون إن القصف مستمر.", [("سوريون", "Syria people")]),
        # ل fused to the article keeps the word whole (للسوريين, not ريين)
        ("وقدم الهلال الأحمر مساعدات للسوريين في المخيم.", [("للسوريين", "Syria people")]),
        # "النظام" with a country adjective is that state's government
        ("اتهم النظام السوري روسيا.", [("النظام السوري", "Syria government"), ("روسيا", "Russia")]),
        # a head before a named force leaves it as it is (the marker reads through the head)
        ("حلقت طائرات قوات النظام فوق حلب.", [("قوات النظام", "Syrian Arab Army")]),
        # a side, a ministry, a mission or a weapon branch of a state, by its adjective
        ("وقال الجانب الروسي إن المحادثات بناءة.", [("الجانب الروسي", "Russia government")]),
        ("ونفت الخارجية الأمريكية صحة التقرير.", [("الخارجية الأمريكية", "United States foreign ministry")]),
        ("وقصفت المدفعية السورية قرى الريف.", [("المدفعية السورية", "Syria artillery")]),
        # two aircraft: the dual of the head and of the feminine adjective
        ("وهبطت طائرتان روسيتان في المطار.", [("طائرتان روسيتان", "Russia aircraft")]),
        # a common noun that is also a head (المقاتلات) is taken in whole by the group
        (
            "وقصفت المقاتلات الحربية الروسية مواقع في الجبال.",
            [("المقاتلات الحربية الروسية", "Russia fighter jets")],
        ),
        ("وتعرضت القرية لقصف بدبابات سورية.", [("دبابات سورية", "Syria tanks")]),
        # one helicopter or two, and fighter jets without the article
        ("وحلقت مروحية روسية فوق الوادي.", [("مروحية روسية", "Russia helicopter")]),
        ("وأطلقت مروحيتان روسيتان النار على الجسر.", [("مروحيتان روسيتان", "Russia helicopters")]),
        ("وقصفت مقاتلات روسية أطراف البلدة.", [("مقاتلات روسية", "Russia fighter jets")]),
        # a court, a delegation, a community abroad and the press of a state, by its adjective
        ("وأصدرت محكمة روسية حكما بسجنه.", [("محكمة روسية", "Russia court")]),
        ("ووصل الوفد السوري إلى المطار.", [("الوفد السوري", "Syria delegation")]),
        ("واحتفلت الجالية السورية بالعيد.", [("الجالية السورية", "Syria community")]),
        ("وانتقد الإعلام الروسي الخطة.", [("الإعلام الروسي", "Russia media")]),
        ("وتناولت الصحف الأمريكية القضية.", [("الصحف الأمريكية", "United States newspapers")]),
        # companies and hospitals of a state, by its adjective, a company's own name between
        ("وتنافست شركة روسية على بناء الجسر.", [("شركة روسية", "Russia company")]),
        ("وفاز عرض شركة بوينغ الأمريكية بالمناقصة.", [("شركة بوينغ الأمريكية", "United States company")]),
        ("وتعمل الشركات الروسية في الحقول الشمالية.", [("الشركات الروسية", "Russia companies")]),
        ("ووصلت الأدوية إلى المستشفيات السورية أمس.", [("المستشفيات السورية", "Syria hospitals")]),
    ],
)
def test_force_groups(tiny_pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(tiny_pipeline, text) == expected


def test_an_adjective_that_is_a_common_word_names_its_state_only_in_a_phrase(tiny_kb) -> None:
    # المالي is "financial" far more often than "Malian": no bare reading, no group
    import dataclasses

    from hadath import Pipeline
    from hadath.kb.schema import CountryRecord

    mali = CountryRecord(iso3="MLI", name="Mali", names=["مالي"], adjectives=["المالي"],
                         adjectives_feminine=["المالية"], bare_adjective=False, lat=17.6, lon=-4.0)  # fmt: skip
    kb = dataclasses.replace(tiny_kb, countries=tiny_kb.countries | {"MLI": mali})
    article = Pipeline.default(kb)("أعلنت السلطات المالية تقديم الدعم المالي.", published="2016-09-20")
    assert [m.entity for m in article.mentions if m.kind == "actor"] == ["authorities"]


def _overlapping(tokens: list[Token], mentions: list[Mention]) -> set[int]:
    return {i for i, t in enumerate(tokens) for m in mentions if t.start < m.end and m.start < t.end}


@given(
    st.lists(st.integers(min_value=1, max_value=6), min_size=1, max_size=12),
    st.lists(st.tuples(st.integers(0, 60), st.integers(0, 8)), max_size=6),
)
def test_covered_tokens_are_the_tokens_a_mention_overlaps(
    widths: list[int], spans: list[tuple[int, int]]
) -> None:
    tokens, at = [], 0
    for width in widths:
        tokens.append(Token(at, at + width, "x", "x"))
        at += width + 1  # one space between tokens
    mentions = [Mention(start, start + length, "", "actor") for start, length in spans]
    assert covered_tokens(tokens, mentions) == _overlapping(tokens, mentions)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a common noun of people and a sound plural demonym: one group, the noun's sector
        (
            "قتل الجنود السوريون ثلاثة مسلحين.",
            [("الجنود السوريون", "Syria soldiers"), ("مسلحين", "armed men")],
        ),
        ("وصل الدبلوماسيون الروس إلى دمشق.", [("الدبلوماسيون الروس", "Russia diplomats"), ("دمشق", "Syria")]),
        ("قتل مدنيون سوريون في القصف.", [("مدنيون سوريون", "Syria civilians")]),
        (
            "ووصل المسؤولون الأمريكيون إلى موسكو.",
            [("المسؤولون الأمريكيون", "United States officials"), ("موسكو", "Russia")],
        ),
        # a broken plural demonym; a people without a state leaves the noun as it is
        ("وصل جنود روس إلى حلب.", [("جنود روس", "Russia soldiers")]),
        ("هاجم مقاتلين أكراد القرية.", [("مقاتلين أكراد", "fighters")]),
        # a noun and a demonym that differ in definiteness are two things: the soldiers killed Syrians
        ("قتل الجنود سوريين.", [("الجنود", "soldiers"), ("سوريين", "Syria people")]),
        # a conjunction on the demonym starts another group
        ("قتل الجنود والسوريون.", [("الجنود", "soldiers"), ("السوريون", "Syria people")]),
        # one of them, by the country adjective in the singular, definite or not
        ("وأطلق الخاطفون سراح الرهينة الروسي أمس.", [("الرهينة الروسي", "Russia hostages")]),
        ("وأصيب جندي سوري في القصف.", [("جندي سوري", "Syria soldiers")]),
        # a singular noun listed among a plural row's forms (مفاوض) with a singular nisba
        ("وصرح مفاوض روسي بأن الجولة انتهت.", [("مفاوض روسي", "Russia negotiators")]),
        # an adjective among several (each side its own state) leaves the noun as it is
        ("واجتمع الجانبان الروسي والأمريكي أمس.", [("الجانبان", "both sides")]),
    ],
)
def test_plural_groups(tiny_pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(tiny_pipeline, text) == expected


def test_a_plural_group_is_unnamed_and_not_listed_among_entities(tiny_pipeline) -> None:
    article: Article = tiny_pipeline("قتل الجنود الروس مدنيين سوريين في حلب.", published="2016-09-20")
    groups = [m for m in article.mentions if m.rule == "plural-group"]
    assert [(m.text, m.label) for m in groups] == [("الجنود الروس", ""), ("مدنيين سوريين", "")]
    assert [e["text"] for e in article.entities()] == ["حلب"]


def test_group_words_are_well_formed() -> None:
    from pathlib import Path

    import yaml

    assert table_problems(GROUP_WORDS_FILE, LEXICON_TABLES[GROUP_WORDS_FILE], frozenset()) == []
    shipped = Path(__file__).parents[2] / "src/hadath/data/countries.yaml"
    known = {c["iso3"] for c in yaml.safe_load(shipped.read_text(encoding="utf-8"))}
    words = group_words()
    assert {iso3 for iso3 in words.demonyms.values() if iso3} <= known
    assert {"عناصر", "مقاتلو", "قاده"} <= words.members  # normalized: قادة -> قاده
    assert {"تابعه", "مواليه", "موالين"} <= words.links  # without the article: التابعة -> تابعه


def _events(pipeline, text: str) -> list[tuple[str, list[str], list[str]]]:
    article: Article = pipeline(text, published="2016-09-20")
    return [(e.event_type, [a.text for a in e.actor], [r.text for r in e.recipient]) for e in article.events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the verb agrees with the force's head, not with its owner (قصفت طائرات النظام)
        ("قصفت طائرات النظام مدينة حلب.", [("ASSAULT", ["النظام"], ["مدينة حلب"])]),
        # members in construct: the owner acts
        ("اعتقل عناصر داعش ثلاثة مدنيين.", [("COERCE", ["داعش"], ["مدنيين"])]),
        ("قتل مقاتلو داعش ثلاثة مدنيين.", [("ASSAULT", ["داعش"], ["مدنيين"])]),
        # the remnants of a force are that force (فلول)
        ("قتل فلول داعش أربعة مدنيين.", [("ASSAULT", ["داعش"], ["مدنيين"])]),
        # ... and is the recipient when the members are
        ("اعتقلت الشرطة قادة داعش.", [("COERCE", ["الشرطة"], ["داعش"])]),
        # armed men of a tribe are no civilians: they act, named by the head
        ("قتل مسلحو القبائل ثلاثة مدنيين.", [("ASSAULT", ["مسلحو"], ["مدنيين"])]),
        # a force's head with the conjunction joins its owner to the name before it
        ("قصفت الطائرات الروسية وطائرات النظام حلب.", [("ASSAULT", ["الطائرات الروسية", "النظام"], ["حلب"])]),
        # a head that carries the article is no construct: two groups
        ("قتل المقاتلون المدنيين.", [("ASSAULT", ["المقاتلون"], ["المدنيين"])]),
    ],
)
def test_an_owner_acts_through_its_forces_and_members(tiny_pipeline, text: str, expected: list) -> None:
    assert _events(tiny_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a counted singular adjective of a people: the accusative after 11-99, the genitive after 1000
        ("أفرجت السلطات عن 35 أمريكيا.", [("السلطات", "authorities"), ("أمريكيا", "United States people")]),
        ("وتجمع نحو ألف سوري أمام السفارة.", [("سوري", "Syria people")]),
        # a counted common noun, read through its sound plural (متمردين)
        ("وأسر الجيش 14 متمردا.", [("الجيش", "army"), ("متمردا", "rebels")]),
        # a broken plural demonym after a count
        ("أفرجت الشرطة عن سبعة روس.", [("الشرطة", "police"), ("روس", "Russia people")]),
        # the people after من are who is counted: the noun before it is no group of its own
        ("وأسر الجيش 14 متمردا من القبيلة.", [("الجيش", "army"), ("القبيلة", "tribes")]),
        # no count before the accusative: an adverb or an adjective, no group
        ("وصل الوفد متأخرا.", []),
        # a counted sound plural no list knows: people, read as civilians
        ("وطعن رجل خمسة متسوقين في السوق.", [("متسوقين", "civilians")]),
        # "others" after a number and a plural multiplier are no people of their own
        ("وأصيب أربعة آخرون في الحادث.", []),
        ("ونزح ثلاثة ملايين عن ديارهم.", []),
    ],
)
def test_counted_groups(tiny_pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(tiny_pipeline, text) == expected


def test_group_cues_are_the_heads_demonyms_and_counted_words_of_a_sentence(tiny_kb, tiny_pipeline) -> None:
    article = tiny_pipeline("رحبت القوات التركية بعودة 12 سوريا وآلاف السوريين إلى قراهم.")
    tokens = [t for t in article.tokens if t.sentence == 0]
    words = [article.text[t.start : t.end] for t in tokens]
    cues = group_cues(tokens, NisbaTable(tiny_kb))
    assert [words[i] for i, _ in cues.heads] == ["القوات"]
    assert [(words[i], iso3) for i, iso3 in cues.demonyms] == [("السوريين", "SYR")]
    assert [words[i] for i in cues.counted] == ["سوريا", "السوريين"]  # after 12 and آلاف
    assert cues.duals == []
    # asked again, the notes on the word forms give the same cues
    assert group_cues(tokens, NisbaTable(tiny_kb)) == cues


def test_group_cues_list_the_words_written_as_a_dual(tiny_kb, tiny_pipeline) -> None:
    # a dual with a conjunction is one; with the article or a pronoun it is none
    article = tiny_pipeline("وصل مراقبان وطبيبان إلى المستشفيين لزيارة مرضاهما.")
    tokens = [t for t in article.tokens if t.sentence == 0]
    words = [article.text[t.start : t.end] for t in tokens]
    cues = group_cues(tokens, NisbaTable(tiny_kb))
    assert [words[i] for i in cues.duals] == ["مراقبان", "وطبيبان"]


def test_a_counted_group_is_what_befell(tiny_pipeline) -> None:
    # the coder takes the counted people as the object of the act, with its doer as actor
    assert _events(tiny_pipeline, "واعتقلت الشرطة 14 متمردا في المدينة.") == [
        ("COERCE", ["الشرطة"], ["متمردا"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a dual of people with no number, read through its singular as a counted noun is
        ("وأصيب متمردان في الاشتباك قرب الحدود.", [("متمردان", "rebels")]),
        ("وأسرت الشرطة جنديين عند المعبر.", [("الشرطة", "police"), ("جنديين", "soldiers")]),
        # a country adjective in the dual after it gives the people's country
        ("وعاد جنديان سوريان إلى ثكنتهما.", [("جنديان سوريان", "Syria soldiers")]),
        # a dual after an indefinite dual noun describes it: no people of its own
        ("ووقع تفجيران انتحاريان في السوق.", []),
        # a word that only ends as a dual names no people
        ("ونشر المتمردون بيان إدانة للقصف.", [("المتمردون", "rebels")]),
    ],
)
def test_dual_groups(tiny_pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(tiny_pipeline, text) == expected


def test_a_dual_group_is_what_befell(tiny_pipeline) -> None:
    # two people killed are the act's target, counted as a number would count them
    assert _events(tiny_pipeline, "وقتل متمردان في قصف للجيش على القرية.") == [
        ("ASSAULT", ["للجيش"], ["متمردان"])
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وأشاد شعراء المدينة بالمبادرة.", [("شعراء", "poets")]),
        ("واستقبلت العيادة 40 مراجعا خلال اليوم.", [("مراجعا", "visitors")]),
        ("وأحالت الشرطة المشتبه بهم إلى النيابة.", [("الشرطة", "police"), ("المشتبه بهم", "suspects")]),
        ("ولاذ الجناة بالفرار بعد الحادث.", [("الجناة", "perpetrators")]),
        ("واستأنف المفاوضون محادثاتهم في جنيف.", [("المفاوضون", "negotiators")]),
        # the name Saudi news gives militants, and its variants
        ("وأحبطت الشرطة مخططا لأفراد الفئة الضالة.", [("الشرطة", "police"), ("الفئة الضالة", "militants")]),
        ("وحذر الخطيب من الفئة الباغية.", [("الفئة الباغية", "militants")]),
        # infants and girls as victims
        ("ونقل الرضيع إلى المستشفى بعد الحريق.", [("الرضيع", "infants")]),
        ("وأنقذ المسعفون فتاتين من الغرق.", [("المسعفون", "paramedics"), ("فتاتين", "girls")]),
        # the Gulf states as one group, not the Gulf as a place
        ("وتعهدت دول الخليج العربي بتمويل إعادة الإعمار.", [("دول الخليج العربي", "Gulf states")]),
    ],
)
def test_common_nouns_of_people(tiny_pipeline, text: str, expected: list[tuple[str, str]]) -> None:
    assert _actors(tiny_pipeline, text) == expected


@pytest.mark.parametrize(
    ("text", "adjective", "kept"),
    [
        # a nisba after a definite noun, or after a speaker noun, describes that noun
        ("وعمت الفرحة الشارع الكردي بعد النتائج.", "الكردي", False),
        ("ونقل مراسلنا عن مصدر عسكري أن الطريق أغلق.", "عسكري", False),
        ("وتحدث الوزير عن الدعم العسكري للمزارعين.", "العسكري", False),
        # after a verb or a noun in construct, the word names people of its own
        ("وأصيب مدني برصاصة طائشة.", "مدني", True),
        ("وأعلن الجيش مقتل عسكري في الكمين.", "عسكري", True),
        # after the head of a name no list knows, the adjective is the only word that says who
        ("وتحدث الزعيم الكردي أمام أنصاره.", "الكردي", True),
    ],
)
def test_a_nisba_after_its_noun_is_its_adjective(
    tiny_pipeline, text: str, adjective: str, kept: bool
) -> None:
    assert (adjective in [name for name, _ in _actors(tiny_pipeline, text)]) is kept
