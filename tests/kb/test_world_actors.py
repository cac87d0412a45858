"""Actors beyond the Arab states: office holders by date, renamed groups, sources, aliases.

Issue #4 ("Actors", second half): Iran, Turkey, Israel, the P5, Europe and other states,
armed groups with their renamings, IGOs, NGOs and news outlets.
"""

from __future__ import annotations

import datetime as dt
import itertools

import pytest

from hadath.kb.index import Candidate
from hadath.kb.load import load_knowledge
from hadath.kb.names import build_alias_index
from hadath.kb.query import find_roles, office_holders
from hadath.kb.schema import ActorRecord
from hadath.resolve.actors import ActorResolver


def _holders(phrase: str, day: str) -> list[str]:
    kb = load_knowledge()
    roles = find_roles(kb, phrase)
    assert roles, phrase
    role = roles[0]
    on = dt.date.fromisoformat(day)
    return [a.name for a in office_holders(kb, role.office.id, role.country, on)]


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("وزير الخارجية الأميركي", "2016-09-20", "John Kerry"),
        ("وزير الخارجية الأميركي", "2018-06-01", "Mike Pompeo"),
        ("وزير الخارجية الأمريكي", "2004-03-01", "Colin Powell"),
        ("وزير الخارجية الأمريكي", "2007-06-01", "Condoleezza Rice"),
        ("وزير الدفاع الأمريكي", "2005-01-01", "Donald Rumsfeld"),
        ("مستشار الأمن القومي الأمريكي", "2018-06-01", "John Bolton"),
        ("المندوب الأمريكي", "2016-03-01", "Samantha Power"),
        ("المندوب الروسي", "2016-03-01", "Vitaly Churkin"),
        ("رئيس الوزراء الإسرائيلي", "2004-05-01", "Ariel Sharon"),
        ("وزير الدفاع الإسرائيلي", "2006-08-01", "Amir Peretz"),
        ("رئيس الاستخبارات التركية", "2015-01-01", "Hakan Fidan"),
        ("وزير الداخلية الإيراني", "2015-01-01", "Abdolreza Rahmani Fazli"),
        ("رئيس الوزراء البريطاني", "2003-03-20", "Tony Blair"),
        ("وزير الخارجية الفرنسي", "2003-02-14", "Dominique de Villepin"),
        ("رئيس الوزراء الإيطالي", "2009-01-01", "Silvio Berlusconi"),
        ("رئيس الوزراء الباكستاني", "2019-01-01", "Imran Khan"),
        ("وزير الخارجية الأفغاني", "2023-01-01", "Amir Khan Muttaqi"),
        ("الرئيس الأوكراني", "2022-03-01", "Volodymyr Zelenskyy"),
    ],
)
def test_office_holder_on_date(phrase: str, day: str, holder: str) -> None:
    assert _holders(phrase, day) == [holder]


@pytest.mark.parametrize(
    ("day", "envoy"),
    [
        ("2012-05-01", "Kofi Annan"),
        ("2013-06-01", "Lakhdar Brahimi"),
        ("2016-09-20", "Staffan de Mistura"),
        ("2020-01-01", "Geir Pedersen"),
    ],
)
def test_un_envoy_for_syria_by_date(day: str, envoy: str) -> None:
    assert _holders("المبعوث الأممي إلى سوريا", day) == [envoy]


@pytest.mark.parametrize(
    ("phrase", "day", "holder"),
    [
        ("الأمين العام لحلف الناتو", "2006-01-01", "Jaap de Hoop Scheffer"),
        ("الأمين العام لمنظمة التعاون الإسلامي", "2010-01-01", "Ekmeleddin İhsanoğlu"),
        ("الممثل الأعلى للسياسة الخارجية في الاتحاد الأوروبي", "2005-01-01", "Javier Solana"),
    ],
)
def test_igo_office_holder_on_date(phrase: str, day: str, holder: str) -> None:
    assert _holders(phrase, day) == [holder]


# Renamed groups are one record per name, each valid for its period; the end of one is the
# start of the next.
CHAINS = [
    ("hd:syr/al_nusra_front", "hd:syr/jabhat_fatah_al_sham", "hd:syr/hts"),
    ("hd:org/jamaat_al_tawhid_wal_jihad", "hd:org/al_qaeda_in_iraq", "hd:org/islamic_state_of_iraq"),
    ("hd:org/new_syrian_army", "hd:org/maghawir_al_thawra", "hd:org/syrian_free_army"),
]


@pytest.mark.parametrize("chain", CHAINS)
def test_renamed_group_periods_meet(chain: tuple[str, ...]) -> None:
    actors = load_knowledge().actors
    records = [actors[i] for i in chain]
    for before, after in itertools.pairwise(records):
        assert before.valid_to is not None
        assert before.valid_to == after.valid_from, (before.id, after.id)


@pytest.mark.parametrize(
    ("old", "new", "renamed"),
    [
        ("hd:syr/al_nusra_front", "hd:syr/jabhat_fatah_al_sham", "2016-07-28"),
        ("hd:org/al_qaeda_in_iraq", "hd:org/islamic_state_of_iraq", "2006-10-15"),
        ("hd:org/gspc", "hd:org/aqim", "2007-01-24"),
    ],
)
def test_renamed_group_chosen_by_date(old: str, new: str, renamed: str) -> None:
    resolver = ActorResolver(load_knowledge())
    cands = (Candidate("actor", new, "ORG"), Candidate("actor", old, "ORG"))
    day = dt.date.fromisoformat(renamed)
    assert resolver.choose(cands, day - dt.timedelta(days=30)).ref == old
    assert resolver.choose(cands, day + dt.timedelta(days=30)).ref == new


def _actor(name: str) -> ActorRecord:
    kb = load_knowledge()
    refs = [c.ref for c in build_alias_index(kb).lookup(name) if c.kind == "actor"]
    assert len(refs) == 1, (name, refs)
    return kb.actors[refs[0]]


@pytest.mark.parametrize(
    ("name", "english"),
    [
        ("الحرس الثوري", "Islamic Revolutionary Guard Corps"),
        ("فيلق القدس", "Quds Force"),
        ("القيادة المركزية الأمريكية", "United States Central Command"),
        ("البنتاغون", "United States Department of Defense"),
        ("الكرملين", "Kremlin"),
        ("جماعة نصرة الإسلام والمسلمين", "Jama'at Nasr al-Islam wal-Muslimin"),
        ("حركة النجباء", "Harakat Hezbollah al-Nujaba"),
        ("ألوية العمالقة", "Giants Brigades"),
        ("الهلال الأحمر التركي", "Turkish Red Crescent"),
        ("بعثة الأمم المتحدة لمساعدة العراق", "United Nations Assistance Mission for Iraq"),
        ("سيرجي ناريشكين", "Sergey Naryshkin"),
        ("ترمب", "Donald Trump"),
        # the six powers that negotiated with Iran, by their count
        ("الدول الست الكبرى", "P5+1"),
        ("مجموعة 5 + 1", "P5+1"),
    ],
)
def test_names_resolve(name: str, english: str) -> None:
    assert _actor(name).name == english


@pytest.mark.parametrize(
    "name", ["رويترز", "وكالة مهر", "قناة العالم", "هيئة البث الإسرائيلية", "وكالة الأنباء الجزائرية"]
)
def test_news_outlets_are_sources(name: str) -> None:
    actor = _actor(name)
    assert actor.source and actor.sector == "MED"


@pytest.mark.parametrize(
    "text",
    [
        "أفاد",  # آفاد (Turkish disaster agency) normalizes to the verb
        "ولايتي",
        "اليوم السابع",  # «لليوم السابع على التوالي»
        "المصري اليوم",  # «الرئيس المصري اليوم»
        "بغداد اليوم",
        "العربي الجديد",
        "السومرية",
        "الجبهة الجنوبية",
        "الحزام الأمني",
        "قوة الردع",
        "أبو منصور",
        "مشرف",  # «supervisor»
        "الفاو",  # the Faw peninsula, not FAO
    ],
)
def test_common_phrases_are_not_actor_names(text: str) -> None:
    cands = build_alias_index(load_knowledge()).lookup(text)
    assert not [c for c in cands if c.kind == "actor"], text
