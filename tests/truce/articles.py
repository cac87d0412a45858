"""Articles written for the truce tests, with their events coded by hand.

They tell the September 2016 ceasefire in Syria (the shipped record
``syria-us-russia-2016-09``, days 13 September to 2 October 2016). The events are set by
hand, as the coder should read each sentence, so the tests check the monitor's rules and not
the coder; ``test_seed.py`` runs a whole article through the real pipeline. Every span is
found with ``str.index``, so offsets always agree with the text.
"""

from __future__ import annotations

from dataclasses import dataclass

from hadath.model import Actor, Article, Event, Place, Quote

TRUCE = "syria-us-russia-2016-09"


@dataclass(frozen=True, slots=True)
class Who:
    """An argument: its words in the sentence and its identity."""

    text: str
    entity: str
    country: str = ""
    sector: str = ""
    kb_id: str = ""


RUSSIAN_JETS = Who("طائرات حربية روسية", "Russia Air Force", "RUS", "MIL", "hd:rus/air_force")
RUSSIAN_JETS_2 = Who("مقاتلات روسية", "Russia Air Force", "RUS", "MIL", "hd:rus/air_force")
SYRIAN_ARMY = Who("الجيش السوري", "Syrian Arab Army", "SYR", "MIL", "hd:syr/army")
SYRIAN_JETS = Who("طائرات حربية سورية", "Syrian Arab Air Force", "SYR", "MIL")
OPPOSITION = Who("فصائل المعارضة", "armed opposition", "SYR", "REB")
OPPOSITION_SPOKESMAN = Who("المتحدث باسم المعارضة", "opposition", "SYR", "OPP")
ISLAMIC_STATE = Who("تنظيم داعش", "Islamic State", "", "REB", "Q2429253")
JFS = Who("جبهة فتح الشام", "Jabhat Fatah al-Sham", "SYR", "REB", "hd:syr/jabhat_fatah_al_sham")
WASHINGTON = Who("واشنطن", "United States", "USA", "GOV", "Q30")
MOSCOW = Who("موسكو", "Russia", "RUS", "GOV", "Q159")
RUSSIA_MOD = Who(
    "وزارة الدفاع الروسية", "Ministry of Defence of Russia", "RUS", "MIL", "hd:rus/defence_ministry"
)
TURKISH_ARMY = Who("الجيش التركي", "Turkish Army", "TUR", "MIL", "hd:tur/army")
CIVILIANS = Who("مدنيين", "civilians", "", "CVL")

ALEPPO = ("حلب", "Aleppo", "SYR", 36.20, 37.16, "170063", "city")
ALEPPO_WEST = ("حلب الغربية", "Aleppo", "SYR", 36.20, 37.16, "170063", "city")
IDLIB = ("إدلب", "Idlib", "SYR", 35.93, 36.63, "169389", "city")
DEIR_EZZOR = ("دير الزور", "Deir ez-Zor", "SYR", 35.34, 40.14, "170794", "city")
ARSAL = ("عرسال", "Arsal", "LBN", 34.18, 36.42, "", "city")
JARABULUS = ("جرابلس", "Jarabulus", "SYR", 36.82, 38.01, "169179", "city")


def _span(text: str, part: str, start: int = 0) -> tuple[int, int]:
    at = text.index(part, start)
    return at, at + len(part)


def _actor(text: str, who: Who, start: int) -> Actor:
    a, b = _span(text, who.text, start)
    return Actor(a, b, who.text, who.entity, who.country, who.sector, who.kb_id)


def event(
    text: str, sentence: str, trigger: str, event_type: str, cameo: str, *, actor: tuple[Who, ...] = (),
    recipient: tuple[Who, ...] = (), place: tuple[str, str, str, float, float, str, str] | None = None,
    date: str | None = None, modality: str = "asserted", mode: str = "", confidence: float = 0.8,
) -> Event:  # fmt: skip
    """An event whose spans lie inside ``sentence`` within ``text``."""
    s_start, s_end = _span(text, sentence)
    t_start, t_end = _span(text, trigger, s_start)
    location = None
    if place:
        p_start, p_end = _span(text, place[0], s_start)
        location = Place(p_start, p_end, place[0], place[1], place[2], place[3], place[4], place[5], place[6])
    return Event(
        sentence_start=s_start, sentence_end=s_end, trigger_start=t_start, trigger_end=t_end,
        trigger=trigger, event_type=event_type, cameo=cameo, sentence=sentence, mode=mode,
        modality=modality,  # type: ignore[arg-type]
        actor=[_actor(text, a, s_start) for a in actor], recipient=[_actor(text, r, s_start) for r in recipient],
        location=location, date=date, date_precision="day" if date else "", quad_class=4 if cameo >= "14" else 3,
        confidence=confidence, rule="test",
    )  # fmt: skip


def quote(text: str, cue: str, content: str, speaker: Who) -> Quote:
    c_start, c_end = _span(text, cue)
    q_start, q_end = _span(text, content, c_end)
    return Quote(
        cue_start=c_start, cue_end=c_end, cue=cue, content_start=q_start, content_end=q_end, content=content,
        speaker=_actor(text, speaker, c_start), rule="test",
    )  # fmt: skip


def article(doc_id: str, text: str, source: str, published: str, title: str = "") -> Article:
    return Article(
        doc_id, text, title=title, url=f"https://{source}/{doc_id}", published=published, source=source
    )


# -- one strike, two outlets -----------------------------------------------------------------

STRIKE_A = "قصفت طائرات حربية روسية حي الشعار في حلب فجر الأحد ما أدى إلى مقتل مدنيين."
STRIKE_B = "قصفت مقاتلات روسية حي الشعار شرقي حلب فجر الأحد وأفاد مسعفون بسقوط قتلى."


def strike_a() -> Article:
    text = f"حلب - وكالات: {STRIKE_A} وقال سكان إن الغارات هي الأعنف منذ بدء الهدنة."
    a = article("truce-strike-a", text, "agency.test", "2016-09-18T09:00:00", "غارات روسية على حلب")
    a.events = [
        event(text, STRIKE_A, "قصفت", "ASSAULT", "195", actor=(RUSSIAN_JETS,), recipient=(CIVILIANS,),
              place=ALEPPO, date="2016-09-18", mode="aerial", confidence=0.9),
    ]  # fmt: skip
    return a


def strike_b() -> Article:
    text = f"بيروت - مراسلنا: {STRIKE_B} وتعد هذه الغارات خرقا جديدا لوقف إطلاق النار."
    a = article("truce-strike-b", text, "daily.test", "2016-09-18T13:00:00", "قصف على حلب")
    a.events = [
        event(text, STRIKE_B, "قصفت", "ASSAULT", "195", actor=(RUSSIAN_JETS_2,), place=ALEPPO,
              date="2016-09-18", mode="aerial", confidence=0.7),
    ]  # fmt: skip
    return a


# -- outside the area, before the start, exempted, not a party -------------------------------

ARSAL_S = "قصفت طائرات حربية سورية أطراف بلدة عرسال اللبنانية الثلاثاء."
BEFORE_S = "قصف الجيش السوري بلدات في ريف إدلب صباح الأحد قبل ساعات من بدء الهدنة."
ISIS_S = "شن تنظيم داعش هجوما على مواقع الجيش السوري في دير الزور الأربعاء."
JFS_S = "قصفت طائرات حربية روسية مقرات جبهة فتح الشام في إدلب الأربعاء."
TURKEY_S = "قصف الجيش التركي مواقع قرب جرابلس السبت."


def others() -> Article:
    text = f"دمشق - وكالات: {ARSAL_S} {BEFORE_S} {ISIS_S} {JFS_S} {TURKEY_S}"
    a = article("truce-others", text, "agency.test", "2016-09-24T10:00:00", "حصاد الأسبوع")
    a.events = [
        event(text, ARSAL_S, "قصفت", "ASSAULT", "195", actor=(SYRIAN_JETS,), place=ARSAL, date="2016-09-20"),
        event(text, BEFORE_S, "قصف", "ASSAULT", "195", actor=(SYRIAN_ARMY,), place=IDLIB, date="2016-09-11"),
        event(text, ISIS_S, "هجوما", "ASSAULT", "190", actor=(ISLAMIC_STATE,), recipient=(SYRIAN_ARMY,),
              place=DEIR_EZZOR, date="2016-09-21"),
        event(text, JFS_S, "قصفت", "ASSAULT", "195", actor=(RUSSIAN_JETS,), recipient=(JFS,), place=IDLIB,
              date="2016-09-21"),
        event(text, TURKEY_S, "قصف", "ASSAULT", "195", actor=(TURKISH_ARMY,), place=JARABULUS, date="2016-09-24"),
    ]  # fmt: skip
    return a


# -- a claim by one side, its denial, accusations between the sponsors ------------------------

CLAIM_S = "وقالت وزارة الدفاع الروسية إن فصائل المعارضة قصفت أحياء حلب الغربية بقذائف الهاون الخميس."
DENIAL_S = "ونفى المتحدث باسم المعارضة في حلب قصف الأحياء الغربية."
ACCUSE_US_S = "واتهمت واشنطن موسكو بخرق الهدنة."
ACCUSE_RU_S = "فيما اتهمت موسكو واشنطن بعدم الوفاء بالتزاماتها في اتفاق وقف إطلاق النار."


def claims() -> Article:
    text = f"موسكو - وكالات: {CLAIM_S} {DENIAL_S} {ACCUSE_US_S} {ACCUSE_RU_S}"
    a = article("truce-claims", text, "wire.test", "2016-09-22T18:00:00", "اتهامات متبادلة")
    a.events = [
        event(text, CLAIM_S, "قصفت", "ASSAULT", "195", actor=(OPPOSITION,), place=ALEPPO_WEST, date="2016-09-22",
              modality="claimed", confidence=0.6),
        event(text, DENIAL_S, "نفى", "REJECT", "1213", actor=(OPPOSITION_SPOKESMAN,), place=ALEPPO,
              date="2016-09-22"),
        event(text, ACCUSE_US_S, "اتهمت", "ACCUSE", "112", actor=(WASHINGTON,), recipient=(MOSCOW,),
              date="2016-09-22"),
        event(text, ACCUSE_RU_S, "اتهمت", "ACCUSE", "112", actor=(MOSCOW,), recipient=(WASHINGTON,),
              date="2016-09-22"),
    ]  # fmt: skip
    a.quotes = [quote(text, "ونفى", "قصف الأحياء الغربية", OPPOSITION_SPOKESMAN)]
    return a


# -- the aid convoy, by no one named ---------------------------------------------------------

CONVOY_S = "وقصفت طائرات مجهولة قافلة مساعدات إنسانية قرب حلب مساء الاثنين."


def convoy() -> Article:
    text = f"جنيف - وكالات: {CONVOY_S} وطالبت الأمم المتحدة بالتحقيق في الهجوم."
    a = article("truce-convoy", text, "agency.test", "2016-09-20T08:00:00", "قصف قافلة المساعدات")
    a.events = [
        event(text, CONVOY_S, "وقصفت", "ASSAULT", "190", place=ALEPPO, date="2016-09-19", confidence=0.8),
    ]  # fmt: skip
    return a


def truce_articles() -> list[Article]:
    """Every article of the truce tests, in publication order."""
    return [strike_a(), strike_b(), convoy(), claims(), others()]
