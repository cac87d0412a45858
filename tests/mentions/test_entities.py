import pytest

from hadath.kb import KnowledgeBase
from hadath.mentions.entities import EntityMatcher, FocusFinder, focus_country
from hadath.model import Article, Mention
from hadath.text.sentences import SentenceSplitter
from hadath.text.tokens import Tokenizer


def _mentions(kb: KnowledgeBase, text: str, published: str = "2016-09-20") -> list[tuple[str, str, str]]:
    article = Article("t", text, published=published)
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(article)))
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    return [(m.text, m.ref.split(":")[0], m.entity) for m in article.mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("وصل كيري بنيويورك.", [("كيري", "actor", "John Kerry"), ("نيويورك", "place", "New York City")]),
        (
            "والولايات المتحدة وروسيا",
            [("الولايات المتحدة", "country", "United States"), ("روسيا", "country", "Russia")],
        ),
        ("التقى وزير الخارجية الروسي", [("وزير الخارجية الروسي", "office", "Sergey Lavrov")]),
        ("وزير خارجية الولايات المتحدة", [("وزير خارجية الولايات المتحدة", "office", "John Kerry")]),
        ("هاجم تنظيم الدولة بلدة", [("تنظيم الدولة", "actor", "Islamic State")]),
        ("بحسب وكالة رويترز", [("رويترز", "actor", "Reuters")]),
        ("قتل مدنيين", [("مدنيين", "generic", "civilians")]),
        ("سيرجي لافروف", [("سيرجي لافروف", "actor", "Sergey Lavrov")]),
    ],
)
def test_entity_matcher_finds_names_across_clitics(tiny_kb: KnowledgeBase, text: str, expected: list) -> None:
    assert _mentions(tiny_kb, text) == expected


def test_entity_matcher_resolves_office_by_date(tiny_kb: KnowledgeBase) -> None:
    # Kerry left office on 2017-01-20; no holder is known in the tiny KB after that.
    found = _mentions(tiny_kb, "قال وزير الخارجية الأمريكي", published="2018-05-01")
    assert found == [("وزير الخارجية الأمريكي", "office", "Minister of Foreign Affairs of United States")]


def test_entity_matcher_marks_news_agencies_as_sources(tiny_kb: KnowledgeBase) -> None:
    article = Article("t", "ذكرت رويترز الخبر.")
    article = EntityMatcher(tiny_kb)(Tokenizer()(SentenceSplitter()(article)))
    assert [m.kind for m in article.mentions] == ["source"]


@pytest.mark.parametrize(
    ("text", "entity", "country", "sector"),
    [
        ("قصفت القوات الروسية مواقع.", "Russia armed forces", "RUS", "MIL"),
        ("دعا الشعب السوري إلى الصبر.", "Syria people", "SYR", "CVL"),
        ("نفت الحكومة الأمريكية ذلك.", "United States government", "USA", "GOV"),
    ],
)
def test_entity_matcher_names_state_parts_by_adjective(
    tiny_kb: KnowledgeBase, text: str, entity: str, country: str, sector: str
) -> None:
    from hadath.kb.index import Candidate
    from hadath.resolve.actors import ActorResolver

    article = EntityMatcher(tiny_kb)(Tokenizer()(SentenceSplitter()(Article("t", text))))
    (mention,) = [m for m in article.mentions if m.ref.startswith("group:")]
    kind, _, ref = mention.ref.partition(":")
    ident = ActorResolver(tiny_kb).identity(Candidate(kind, ref, ""))
    assert (ident.entity, ident.country, ident.sector) == (entity, country, sector)
    assert mention.label == ""  # acts in events, but is not a named entity


def test_entity_matcher_finds_definite_common_nouns(tiny_kb: KnowledgeBase) -> None:
    assert ("المتظاهرون", "generic", "protesters") in _mentions(tiny_kb, "فرقت الشرطة المتظاهرون أمس.")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("ودعا المجتمع الدولي إلى التهدئة.", ("المجتمع الدولي", "generic", "international community")),
        ("وشنت المقاتلات غارات ليلية.", ("المقاتلات", "generic", "fighter jets")),
        ("وأعلنت القوات المسلحة حالة التأهب.", ("القوات المسلحة", "generic", "armed forces")),
        ("وقال مسؤولون إن الطريق مغلق.", ("مسؤولون", "generic", "officials")),
        ("وتظاهر آلاف الأكراد في المدينة.", ("الأكراد", "generic", "Kurds")),
        # groups of people, construct forms of sound plurals, and multi-word groups
        ("وطوق رجال الأمن الحي بعد البلاغ.", ("رجال الأمن", "generic", "security forces")),
        ("واعتقل أفراد الأمن المشتبه به.", ("أفراد الأمن", "generic", "security forces")),
        ("وانسحب مقاتلو الفصيل من التلة.", ("مقاتلو", "generic", "fighters")),
        ("واشتبك رجال القبائل مع المهاجمين.", ("رجال القبائل", "generic", "tribesmen")),
        ("وطالب مشرعون بفرض عقوبات جديدة.", ("مشرعون", "generic", "lawmakers")),
        ("وأحرق متطرفون مسجدا في القرية.", ("متطرفون", "generic", "extremists")),
        ("ووقعت القوى الكبرى اتفاقا مع طهران.", ("القوى الكبرى", "generic", "world powers")),
        ("وضبطت الدورية مهربين قرب الحدود.", ("مهربين", "generic", "smugglers")),
        # a state by the epithet news gives it, and authorities named by a common noun
        ("وأدانت السلطنة الهجوم على السفارة.", ("السلطنة", "generic", "Oman")),
        ("وهدد الكيان الصهيوني بالرد.", ("الكيان الصهيوني", "generic", "Israel")),
        ("وباشرت الجهات الأمنية التحقيق في الحادث.", ("الجهات الأمنية", "generic", "security authorities")),
        ("وأحالت الجهات المختصة القضية إلى النيابة.", ("الجهات المختصة", "generic", "authorities")),
        # civilian groups that events happen to
        ("واستهدف التفجير المصلين في المسجد.", ("المصلين", "generic", "worshippers")),
        ("ودعت الشرطة المواطنين والمقيمين إلى الإبلاغ.", ("المقيمين", "generic", "residents")),
        ("واحتجز المسلحون عشرات السياح.", ("السياح", "generic", "tourists")),
        # kin named by a pronoun, both sides of a talk, and groups named by what they do
        ("واعتقلت الشرطة والده أمس.", ("والده", "generic", "parent")),
        ("وبحث الجانبان سبل التعاون.", ("الجانبان", "generic", "both sides")),
        ("وأغلق مئات السائقين الطرق احتجاجا.", ("السائقين", "generic", "drivers")),
        ("وقتل داعشي ثلاثة أطفال.", ("داعشي", "generic", "Islamic State militants")),
        ("وأجلت السفارة العالقين في المطار.", ("العالقين", "generic", "stranded people")),
        ("وطالبت الأسرة باعتقال القتلة.", ("القتلة", "generic", "killers")),
        # doers named by what they did or do: attackers, defendants, sit-in protesters, tweeters
        ("وفر المهاجمون بعد تبادل لإطلاق النار.", ("المهاجمون", "generic", "attackers")),
        ("واعترف المتهمين بتهريب الأسلحة.", ("المتهمين", "generic", "defendants")),
        ("ورفع المعتصمون لافتات أمام الوزارة.", ("المعتصمون", "generic", "protesters")),
        ("وانتقد مغردون قرار البلدية.", ("مغردون", "generic", "Twitter users")),
        ("ويرى محللون أن الأزمة ستطول.", ("محللون", "generic", "analysts")),
        ("وسرق مجرمون محلا للذهب.", ("مجرمون", "generic", "criminals")),
        ("وخطف مقنعون تاجرا في الحي.", ("مقنعون", "generic", "masked gunmen")),
        ("وناقش المجتمعون خطة العام المقبل.", ("المجتمعون", "generic", "meeting participants")),
        ("وتجمع مواطنو البلدة أمام المحافظة.", ("مواطنو", "generic", "civilians")),
        ("وأصيب شخصان في الحادث.", ("شخصان", "generic", "civilians")),
        ("وطاردت الشرطة المحتلين للمبنى.", ("المحتلين", "generic", "occupation forces")),
        # people named by their trade or role, with a sector of their own
        ("وأفرجت المحكمة عن الصحافيين الثلاثة.", ("الصحافيين", "generic", "journalists")),
        ("وشارك إعلاميون في جولة داخل المصنع.", ("إعلاميون", "generic", "journalists")),
        ("وعالج الأطباء المصابين في الخيام.", ("الأطباء", "generic", "doctors")),
        ("وأضرب الممرضون عن العمل يومين.", ("الممرضون", "generic", "nurses")),
        ("وطالب المعلمون بزيادة رواتبهم.", ("المعلمون", "generic", "teachers")),
        ("والتقى الوزير مستثمرين من الخليج.", ("مستثمرين", "generic", "investors")),
        ("وأغلق التجار محلاتهم احتجاجا.", ("التجار", "generic", "merchants")),
        ("وانتقد السياسيون قرار الحكومة.", ("السياسيون", "generic", "politicians")),
        ("وفاز إسلاميون بمقاعد البلدية.", ("إسلاميون", "generic", "Islamists")),
        ("وخطف المسلحون أجانب من الفندق.", ("أجانب", "generic", "foreigners")),
        # armed groups and members named by a noun and the adjective of what they are
        ("وتقاتل القوات جماعات إسلامية في الجنوب.", ("جماعات إسلامية", "generic", "Islamist militants")),
        ("وقصفت الطائرات مواقع الجماعات المتشددة.", ("الجماعات المتشددة", "generic", "Islamist militants")),
        ("وتسيطر جماعات معارضة على التلال.", ("جماعات معارضة", "generic", "armed opposition")),
        ("وطردت القوات العناصر الانقلابية من الحي.", ("العناصر الانقلابية", "generic", "militants")),
        ("وزرعت عناصر تكفيرية عبوة على الطريق.", ("عناصر تكفيرية", "generic", "militants")),
        # the adjective of a movement after a noun of its men or arms names the movement
        ("واستهدفت الغارة تعزيزات حوثية على الطريق الساحلي.", ("حوثية", "generic", "Houthis")),
        # a dual of security men
        ("وأوقف رجلا أمن السيارة عند الحاجز.", ("رجلا أمن", "generic", "security forces")),
        # a state's bodies and forces named by a common noun alone: the article's country owns them
        ("ونفذت سلطات الأمن حملة تفتيش في السوق.", ("سلطات الأمن", "generic", "security authorities")),
        ("وطوقت قوى أمنية مبنى البلدية فجرا.", ("قوى أمنية", "generic", "security forces")),
        ("ونشرت السلطات الوحدات الأمنية حول الملعب.", ("الوحدات الأمنية", "generic", "security forces")),
        ("وتقدمت قوات حكومية نحو الجسر الشرقي.", ("قوات حكومية", "generic", "government forces")),
        ("وحلقت المروحيات فوق الوادي طوال الليل.", ("المروحيات", "generic", "helicopters")),
        ("وقصف الطيران مخزنا للذخيرة قرب التلال.", ("الطيران", "generic", "air force")),
        ("وأصدرت الوزارة تعميما للمدارس الخاصة.", ("الوزارة", "generic", "ministry")),
        # civil aviation is a state's authority, not its air force
        ("ومنعت هيئة الطيران المدني رحلتين.", ("الطيران المدني", "generic", "civil aviation authority")),
    ],
)
def test_common_nouns_name_unnamed_actors(tiny_kb: KnowledgeBase, text: str, expected: tuple) -> None:
    assert expected in _mentions(tiny_kb, text)


def test_the_kingdom_alone_is_saudi_arabia_but_a_longer_name_wins(tiny_kb: KnowledgeBase) -> None:
    import dataclasses

    from hadath.kb.schema import CountryRecord

    assert ("المملكة", "generic", "Saudi Arabia") in _mentions(tiny_kb, "ورحبت المملكة بالقرار.")
    morocco = CountryRecord(iso3="MAR", name="Morocco", names=["المغرب", "المملكة المغربية"],
                            adjectives=["المغربي"], adjectives_feminine=["المغربية"], lat=32.0, lon=-6.0)  # fmt: skip
    kb = dataclasses.replace(tiny_kb, countries=tiny_kb.countries | {"MAR": morocco})
    found = _mentions(kb, "وزار المملكة المغربية وفد.")
    assert [m for m in found if m[0].startswith("المملكة")] == [("المملكة المغربية", "country", "Morocco")]


def _entities(kb: KnowledgeBase, actors: list, places: list, text: str) -> list[tuple[str, str]]:
    import dataclasses

    kb = dataclasses.replace(
        kb, actors=kb.actors | {a.id: a for a in actors}, places=kb.places | {p.id: p for p in places}
    )
    article = EntityMatcher(kb)(Tokenizer()(SentenceSplitter()(Article("t", text, published="2016-09-20"))))
    for m in article.mentions:
        assert article.text[m.start : m.end] == m.text
    return [(e["text"], e["type"]) for e in article.entities()]


def test_a_known_persons_titles_and_lineage_join_the_mention_but_not_the_name(tiny_kb: KnowledgeBase) -> None:
    from hadath.kb.schema import ActorRecord

    king = ActorRecord(id="hd:king", name="King Fahd", type="PER", country="SYR", sector="GOV",
                       names=["الملك فهد"])  # fmt: skip
    ousted = ActorRecord(id="hd:ousted", name="Ousted Leader", type="PER", country="SYR", sector="GOV",
                         names=["المخلوع سالم"])  # fmt: skip
    found = _entities(
        tiny_kb, [king, ousted], [], "وكان جلالة الملك فهد بن عبدالله آل نمر قد التقى المخلوع سالم."
    )
    assert found == [("فهد بن عبدالله آل نمر", "PER"), ("سالم", "PER")]


def test_a_place_named_by_a_facility_head_is_a_facility(tiny_kb: KnowledgeBase) -> None:
    from hadath.kb.schema import PlaceRecord

    airport = PlaceRecord(id="999001", name="Aleppo Airport", names=["مطار حلب الدولي"], country="SYR",
                          lat=36.18, lon=37.22, precision="sub-city")  # fmt: skip
    found = _entities(tiny_kb, [], [airport], "وهبطت الطائرة في مطار حلب الدولي قادمة من حلب.")
    assert found == [("مطار حلب الدولي", "FAC"), ("حلب", "GPE")]


def test_the_kingdom_alone_is_listed_as_a_state(tiny_kb: KnowledgeBase) -> None:
    import dataclasses

    from hadath.kb.schema import CountryRecord

    saudi = CountryRecord(iso3="SAU", name="Saudi Arabia", names=["السعودية"], adjectives=["السعودي"],
                          adjectives_feminine=["السعودية"], lat=24.0, lon=45.0)  # fmt: skip
    kb = dataclasses.replace(tiny_kb, countries=tiny_kb.countries | {"SAU": saudi})
    assert _entities(kb, [], [], "ورحبت المملكة بالقرار.") == [("المملكة", "GPE")]


def test_an_organisations_descriptor_is_not_its_name_when_the_rest_is_one(tiny_kb: KnowledgeBase) -> None:
    from hadath.kb.schema import ActorRecord

    group = ActorRecord(id="hd:grp", name="Some Group", type="ORG", sector="REB",
                        names=["النصرة", "جبهة النصرة", "تنظيم النصرة", "تنظيم الجبهة"])  # fmt: skip
    found = _entities(tiny_kb, [group], [], "وهاجم تنظيم النصرة القرية، ثم انسحب تنظيم الجبهة منها.")
    assert found == [("النصرة", "ORG"), ("تنظيم الجبهة", "ORG")]


def test_a_name_with_a_fused_lam_is_listed_once_when_also_written_plain(tiny_kb: KnowledgeBase) -> None:
    from hadath.kb.schema import ActorRecord

    council = ActorRecord(id="hd:cl", name="Council", type="ORG", sector="GOV", names=["المجلس الوطني"])
    found = _entities(tiny_kb, [council], [], "ووجه الوفد الشكر للمجلس الوطني، وأشاد بدور المجلس الوطني.")
    assert found == [("المجلس الوطني", "ORG")]


def test_a_known_government_named_by_its_head_noun_is_no_listed_entity(tiny_kb: KnowledgeBase) -> None:
    from hadath.kb.schema import ActorRecord

    government = ActorRecord(id="hd:gov", name="Government of Syria", type="ORG", country="SYR", sector="GOV",
                             names=["الحكومة السورية"])  # fmt: skip
    assert _entities(tiny_kb, [government], [], "وأعلنت الحكومة السورية الحداد.") == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # people counted by a number from 11 on take the accusative singular
        ("وقتل 20 مدنياً في القصف.", ("مدنياً", "generic", "civilians")),
        ("وأعلن الجيش مقتل 25 مسلحا قرب الحدود.", ("مسلحا", "generic", "armed men")),
        ("وأسفر الهجوم عن إصابة 13 جندياً.", ("جندياً", "generic", "soldiers")),
        ("واعتقلت الشرطة 14 ناشطا في العاصمة.", ("ناشطا", "generic", "activists")),
        ("وأوقفت الشرطة 16 عنصرا في المداهمة.", ("عنصرا", "generic", "members")),
        # quantified and collective groups
        ("ودعت الوزارة كل الأطراف إلى ضبط النفس.", ("كل الأطراف", "generic", "parties")),
        ("وحث المبعوث الأطراف المتحاربة على الحوار.", ("الأطراف المتحاربة", "generic", "parties")),
        ("وناشدت الحكومة الدول المانحة الوفاء بتعهداتها.", ("الدول المانحة", "generic", "donors")),
        ("وشكر الوزير الدول الشقيقة على دعمها.", ("الدول الشقيقة", "generic", "friendly countries")),
        ("واجتمع رئيس البرلمان مع رؤساء الكتل السياسية.", ("الكتل السياسية", "generic", "political blocs")),
        # unnamed groups named by what they are or do
        ("واشتبكت الجماعات المسلحة مع الجيش.", ("الجماعات المسلحة", "generic", "armed groups")),
        ("وقتلت العناصر الإرهابية ثلاثة حراس.", ("العناصر الإرهابية", "generic", "militants")),
        ("وانسحب مقاتلو ثلاثة فصائل من البلدة.", ("فصائل", "generic", "factions")),
        ("وقصفت مدفعية الاحتلال منازل المواطنين.", ("الاحتلال", "generic", "Israeli occupation")),
        ("وطالبت الأقليات بحقوقها في الدستور.", ("الأقليات", "generic", "minorities")),
        ("ورفع الوزير الشكر للقيادة الرشيدة.", ("للقيادة الرشيدة", "generic", "leadership")),
        # the rebellion named for the rebels who wage it
        ("وطهرت الكتائب الوادي من فلول التمرد.", ("التمرد", "generic", "rebels")),
        # shelled homes stand for the people who live in them
        ("وسقطت القذائف على أحياء سكنية شرق المدينة.", ("أحياء سكنية", "generic", "residents")),
    ],
)
def test_groups_no_name_tells_are_units_an_event_can_take(
    tiny_kb: KnowledgeBase, text: str, expected: tuple
) -> None:
    assert expected in _mentions(tiny_kb, text)


@pytest.mark.parametrize(
    "text",
    ["وندد المجلس بالهجوم الذي وصفه بأنه كان عملا انتحاريا.", "وشكلت الدول تحالفا عسكريا لمواجهة الإرهاب."],
)
def test_an_accusative_singular_with_no_number_is_an_adjective(tiny_kb: KnowledgeBase, text: str) -> None:
    assert not [m for m in _mentions(tiny_kb, text) if m[1] == "generic"]


def test_the_focus_country_follows_the_articles_mentions(tiny_kb: KnowledgeBase) -> None:
    def country(iso3: str) -> Mention:
        return Mention(0, 4, "بلد", "actor", "GPE", f"country:{iso3}")

    article = Article("d", "بلد بلد بلد")
    article.mentions = [country("SAU"), country("SAU"), country("YEM")]
    assert focus_country(article, tiny_kb) == "SAU"
    article.mentions += [country("YEM"), country("YEM")]
    assert focus_country(article, tiny_kb) == "YEM"
    assert FocusFinder(tiny_kb)(article).focus == "YEM"
    article.mentions = []
    assert FocusFinder(tiny_kb)(article).focus == ""


def test_the_pipeline_counts_the_focus_once_its_mentions_are_final(tiny_pipeline) -> None:
    article = tiny_pipeline("وصل لافروف إلى دمشق، ثم غادر دمشق متجها إلى موسكو.")
    assert article.focus == focus_country(article, tiny_pipeline.stage(FocusFinder).kb) == "SYR"


def test_a_counted_sound_plural_is_the_group_the_index_knows_with_the_article(tiny_kb: KnowledgeBase) -> None:
    import dataclasses

    from hadath.kb.schema import ActorRecord

    group = ActorRecord(id="hd:grp", name="Test Movement", type="ORG", sector="REB", names=["الحراكيين"])
    kb = dataclasses.replace(tiny_kb, actors=tiny_kb.actors | {group.id: group})
    assert ("حراكيين", "actor", "Test Movement") in _mentions(kb, "وقتل 7 حراكيين في الاشتباك.")
    # with no count, a sound plural (or a dual) without the article is still its people, read
    # by the same lists (mentions.groups.uncounted_groups)
    assert ("حراكيين", "actor", "Test Movement") in _mentions(kb, "وقتل حراكيين في الاشتباك.")


def test_an_uncounted_member_noun_stays_no_group(tiny_kb: KnowledgeBase) -> None:
    # عنصرا with no count is an adverb or an element, and عناصر alone stays a noun of members
    assert not [m for m in _mentions(tiny_kb, "ويعد الماء عنصرا أساسيا للحياة.") if m[1] == "generic"]


def test_alias_head_prefilter_keeps_every_reading_an_alias_starts(tiny_pipeline) -> None:
    """The quick test before a word's readings are listed never hides an alias's first word:
    every first word, with the clitics a reading strips (و، ف، ب، ل، ك، لل، ال)."""
    from hadath.kb.index import first_word_forms
    from hadath.mentions.entities import EntityMatcher

    index = tiny_pipeline.stage(EntityMatcher).index
    heads = index._first_words
    for head in sorted(heads):
        bare = head.removeprefix("ال")
        for word in (head, "و" + head, "ب" + head, "وب" + head, "لل" + bare, "وال" + bare, "فك" + bare):
            if any(form in heads for form, _ in first_word_forms(word)):
                assert index._may_head(word), word
