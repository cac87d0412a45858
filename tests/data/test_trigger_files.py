"""The shipped trigger lexicon (data/triggers/*.yaml) and quote cues (data/cues.yaml).

These tests read the files directly with the schema models, so a broken entry is reported
here with its file and lemma, before any loader or matcher sees it.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import cache
from importlib.resources import files
from pathlib import Path

import pytest
import yaml

from hadath.kb.schema import SWITCH_ROOTS, CueRecord, TriggerFile, TriggerRecord
from hadath.model import EVENT_TYPES
from hadath.text.inflect import noun_forms
from hadath.text.normalize import normalize
from tests.conftest import TINY_SWITCHES

DATA = Path(str(files("hadath") / "data"))
TRIGGER_FILES = sorted((DATA / "triggers").glob("*.yaml"))
ARABIC = re.compile(r"[\u0621-\u064A]")
MODE = re.compile(r"^([a-z]+(-[a-z]+)*)?$")
SENTENCE_END = (".", "!", "؟", "?", "»", '"', "”")
MIN_ENTRIES = {
    "ASSAULT": 60, "COERCE": 25, "CONSULT": 20, "REQUEST": 15, "ACCUSE": 25, "AID": 25, "SUPPORT": 25,
    "COOPERATE": 15,
}  # fmt: skip
MIN_ENTRIES_OTHER = 12
MIN_TOTAL = 400


@cache
def load(path: Path) -> TriggerFile:
    """One trigger file, validated."""
    return TriggerFile.model_validate(yaml.safe_load(path.read_text(encoding="utf-8")))


def all_entries() -> list[TriggerRecord]:
    return [e for p in TRIGGER_FILES for e in load(p).entries]


def entry_id(e: TriggerRecord) -> str:
    return f"{e.event_type}:{e.pos}:{e.lemma}"


def core(word: str, present: bool = False) -> str:
    """The letters of a lexicon word that survive inflection, crudely.

    Drops the article, the present-tense prefix and a final weak letter or teh marbuta
    (دعا -> دع، يلتقي -> لتق، زيارة -> زيار), so the check below stays lenient.
    """
    w = normalize(word).split()[0]
    if present:
        w = w[1:]
    if w.startswith("ال") and len(w) > 4:
        w = w[2:]
    if len(w) > 2 and w[-1] in "اويه":
        w = w[:-1]
    return w


def lexical_cores(e: TriggerRecord) -> list[str]:
    """Cores of the words that carry the entry: lemma, present, masdars, plurals, forms."""
    cores = [core(e.lemma)] + [core(w) for w in (*e.masdar, *e.plural, *e.forms)]
    if e.present:
        cores.append(core(e.present, present=True))
    return cores


def test_one_file_per_event_type() -> None:
    assert {p.stem.upper() for p in TRIGGER_FILES} == set(EVENT_TYPES)


@pytest.mark.parametrize("path", TRIGGER_FILES, ids=lambda p: p.name)
def test_file_validates_and_is_named_after_its_type(path: Path) -> None:
    tfile = load(path)
    assert path.stem == tfile.event_type.lower()
    assert all(e.event_type == tfile.event_type for e in tfile.entries)


@pytest.mark.parametrize("path", TRIGGER_FILES, ids=lambda p: p.name)
def test_no_duplicate_lemma_and_pos(path: Path) -> None:
    counts = Counter((e.lemma, e.pos) for e in load(path).entries)
    assert [k for k, n in counts.items() if n > 1] == []


@pytest.mark.parametrize("path", TRIGGER_FILES, ids=lambda p: p.name)
def test_each_type_has_enough_entries(path: Path) -> None:
    tfile = load(path)
    assert len(tfile.entries) >= MIN_ENTRIES.get(tfile.event_type, MIN_ENTRIES_OTHER)


def test_total_entries() -> None:
    assert len(all_entries()) >= MIN_TOTAL


@pytest.mark.parametrize("entry", all_entries(), ids=entry_id)
def test_entry_is_well_formed(entry: TriggerRecord) -> None:
    words = [entry.lemma, entry.present, *entry.masdar, *entry.plural, *entry.objects, *entry.forms]
    assert all(ARABIC.search(w) for w in words if w), "every lexicon word is Arabic"
    assert MODE.match(entry.mode), "modes are lower-case slugs (heavy-weapons)"
    if entry.pos == "noun":
        assert not entry.present and not entry.masdar and not entry.objects
    if entry.pos in ("verb", "light"):
        assert not entry.plural
        assert not entry.present or normalize(entry.present)[0] in "يتنا", "present is 3rd person"


@pytest.mark.parametrize("entry", all_entries(), ids=entry_id)
def test_example_is_an_arabic_sentence(entry: TriggerRecord) -> None:
    example = entry.example.strip()
    assert ARABIC.search(example)
    assert example.endswith(SENTENCE_END)
    assert len(example.split()) >= 4


@pytest.mark.parametrize("entry", all_entries(), ids=entry_id)
def test_example_contains_the_trigger(entry: TriggerRecord) -> None:
    example = normalize(entry.example)
    assert any(c in example for c in lexical_cores(entry)), f"no form of {entry.lemma} in the example"
    if entry.pos == "light":
        assert any(core(o) in example for o in entry.objects), "no object of the light verb in the example"


@pytest.mark.parametrize(
    ("word", "event_type"),
    [
        ("اجتماع", "CONSULT"), ("لقاء", "CONSULT"), ("محادثة", "CONSULT"), ("وساطة", "CONSULT"),
        ("التقى", "CONSULT"), ("استقبل", "CONSULT"), ("زار", "CONSULT"), ("هاتف", "CONSULT"),
        ("قصف", "ASSAULT"), ("غارة", "ASSAULT"), ("هجوم", "ASSAULT"), ("اشتباكات", "ASSAULT"),
        ("اغتال", "ASSAULT"), ("اختطف", "ASSAULT"), ("سيطر", "ASSAULT"), ("شن", "ASSAULT"),
        ("اتهام", "ACCUSE"), ("إدانة", "ACCUSE"), ("استنكر", "ACCUSE"), ("حمل", "ACCUSE"),
        ("تهديد", "THREATEN"), ("توعد", "THREATEN"), ("مظاهرة", "PROTEST"), ("احتجاج", "PROTEST"),
        ("اعتقال", "COERCE"), ("داهم", "COERCE"), ("صادر", "COERCE"), ("عقوبة", "SANCTION"),
        ("قطع", "SANCTION"), ("انسحاب", "RETREAT"), ("هدنة", "RETREAT"), ("أفرج", "RETREAT"),
        ("مساعدة", "AID"), ("استضاف", "AID"), ("دعا", "REQUEST"), ("ناشد", "REQUEST"),
        ("رفض", "REJECT"), ("وافق", "AGREE"), ("تعهد", "AGREE"), ("أشاد", "SUPPORT"),
        ("وقع", "SUPPORT"), ("تعاون", "COOPERATE"), ("حشد", "MOBILIZE"), ("تنازل", "CONCEDE"),
    ],
)  # fmt: skip
def test_named_words_are_covered(word: str, event_type: str) -> None:
    """The words the lexicon was commissioned with are lemmas, masdars or plurals of their type."""
    key = normalize(word)
    heads = {
        normalize(w)
        for e in all_entries()
        if e.event_type == event_type
        for w in (e.lemma, *e.masdar, *e.plural)
    }
    assert key in heads


@pytest.mark.parametrize(
    ("verb", "objects", "event_type"),
    [
        ("شن", ["غارات"], "ASSAULT"), ("عقد", ["اجتماعا"], "CONSULT"), ("وجه", ["اتهامات"], "ACCUSE"),
        ("فرض", ["عقوبات"], "SANCTION"), ("أطلق", ["سراح"], "RETREAT"), ("وقع", ["اتفاقية"], "SUPPORT"),
        ("أجرى", ["محادثات", "اتصالا"], "CONSULT"), ("أطلق", ["صواريخ", "النار"], "ASSAULT"),
    ],
)  # fmt: skip
def test_named_light_verbs_are_covered(verb: str, objects: list[str], event_type: str) -> None:
    entry = next(
        e for e in all_entries() if e.pos == "light" and e.lemma == verb and e.event_type == event_type
    )
    assert set(objects) <= set(entry.objects)


def test_light_verbs_shared_across_types_have_distinct_objects() -> None:
    """A light verb in two types (تبادل الأسرى / تبادل الاتهامات) must not share an object form.

    The matcher takes the first entry whose object it finds, so a shared form would make
    the type depend on file order.
    """
    by_verb: dict[str, list[TriggerRecord]] = {}
    for e in all_entries():
        if e.pos == "light":
            by_verb.setdefault(e.lemma, []).append(e)
    for verb, entries in by_verb.items():
        seen: dict[str, str] = {}
        for e in entries:
            for form in {f for o in e.objects for f in noun_forms(o)}:
                assert seen.setdefault(form, e.event_type) == e.event_type, f"{verb} + {form}"


@cache
def cues() -> list[CueRecord]:
    raw = yaml.safe_load((DATA / "cues.yaml").read_text(encoding="utf-8"))
    return [CueRecord.model_validate(r) for r in raw]


def test_cues_validate_without_duplicates() -> None:
    lemmas = [normalize(c.lemma) for c in cues()]
    assert len(lemmas) == len(set(lemmas))
    assert {"قال", "اكد", "اوضح", "بحسب", "نقلا عن"} <= set(lemmas)


@pytest.mark.parametrize("cue", cues(), ids=lambda c: c.lemma)
def test_cue_is_well_formed(cue: CueRecord) -> None:
    assert all(ARABIC.search(w) for w in (cue.lemma, *cue.forms))
    if cue.kind == "verb":
        # a reporting verb met in the past only (عزا) may leave its present out
        assert normalize(cue.present)[:1] in ("", "ي"), "a reporting verb's present is its 3rd person"
    else:
        # nouns and phrases (بيان، من جهته) list their forms, never a present
        assert not cue.present


def test_entries_inherit_the_files_ultimatum_code() -> None:
    entry = {"lemma": "خطف", "pos": "verb", "cameo": "181", "example": "خطف المسلحون سائقا قرب الحدود."}
    tfile = TriggerFile.model_validate(
        {"event_type": "ASSAULT", "ultimatum_cameo": "138", "entries": [entry]}
    )
    assert tfile.entries[0].ultimatum_cameo == "138"
    assert (
        TriggerFile.model_validate({"event_type": "ASSAULT", "entries": [entry]}).entries[0].ultimatum_cameo
        == ""
    )


@pytest.mark.parametrize("path", [DATA / "triggers" / "assault.yaml", DATA / "triggers" / "coerce.yaml"])
def test_acts_of_force_become_a_threat_of_force_under_a_demand(path: Path) -> None:
    assert {e.ultimatum_cameo for e in load(path).entries} == {"138"}


def test_entries_inherit_the_files_object_recipient() -> None:
    entry = {
        "lemma": "طرد",
        "pos": "light",
        "cameo": "174",
        "objects": ["مسلحين"],
        "example": "طردت الشرطة المسلحين من السوق.",
    }
    tfile = TriggerFile.model_validate({"event_type": "COERCE", "object_recipient": True, "entries": [entry]})
    assert tfile.entries[0].object_recipient
    assert (
        not TriggerFile.model_validate({"event_type": "COERCE", "entries": [entry]})
        .entries[0]
        .object_recipient
    )
    with pytest.raises(ValueError, match="object_recipient"):
        TriggerFile.model_validate({"event_type": "COERCE", "entries": [{**entry, "object_recipient": True}]})


def test_a_light_verbs_party_object_is_the_recipient_for_force_and_aid() -> None:
    flagged = {load(p).event_type for p in TRIGGER_FILES if load(p).object_recipient}
    assert flagged == {"ASSAULT", "COERCE", "AID"}


def test_victims_as_a_light_verbs_object_are_the_recipient_for_aid_only() -> None:
    flagged = {load(p).event_type for p in TRIGGER_FILES if load(p).object_victims}
    assert flagged == {"AID"}


def test_object_victims_is_a_file_field_that_needs_object_recipient() -> None:
    entry = {
        "lemma": "نقل",
        "pos": "light",
        "cameo": "073",
        "objects": ["جرحى"],
        "example": "نقل المسعفون الجرحى إلى مستشفى قريب.",
    }
    tfile = {"event_type": "AID", "object_recipient": True, "object_victims": True, "entries": [entry]}
    assert TriggerFile.model_validate(tfile).entries[0].object_victims
    with pytest.raises(ValueError, match="object_victims needs object_recipient"):
        TriggerFile.model_validate({"event_type": "AID", "object_victims": True, "entries": [entry]})
    with pytest.raises(ValueError, match="sets object_victims"):
        TriggerFile.model_validate(
            {"event_type": "AID", "object_recipient": True, "entries": [{**entry, "object_victims": True}]}
        )


def test_objects_needing_a_recipient_are_objects_of_the_entry() -> None:
    entry = {"lemma": "قدم", "pos": "light", "event_type": "AID", "cameo": "070", "objects": ["مساعدات"]}
    example = "قدمت الكويت مساعدات للأسر النازحة."
    TriggerRecord(**entry, needs_recipient_with=["مساعدات"], example=example)
    with pytest.raises(ValueError, match="no objects"):
        TriggerRecord(**entry, needs_recipient_with=["دعم"], example=example)


def test_a_place_object_is_for_verbs_and_nouns() -> None:
    entry = {
        "lemma": "دخل",
        "event_type": "ASSAULT",
        "cameo": "192",
        "armed_doer": True,
        "place_object": True,
    }
    TriggerRecord(**entry, pos="verb", present="يدخل", example="دخلت كتائب المعارضة حي الوعر فجرا.")
    with pytest.raises(ValueError, match="place_object"):
        TriggerRecord(**entry, pos="light", objects=["المدينة"], example="دخلت الكتائب المدينة.")


def test_possessed_is_for_noun_entries() -> None:
    entry = {"lemma": "شكوى", "event_type": "ACCUSE", "cameo": "114", "possessed": True}
    TriggerRecord(**entry, pos="noun", example="رفعت النقابة شكواها إلى وزير العمل.")
    with pytest.raises(ValueError, match="possessed"):
        TriggerRecord(**entry, pos="verb", present="يشكو", example="شكت النقابة الوزير.")


def test_an_object_sense_is_a_finer_code_of_the_same_type() -> None:
    entry = {
        "lemma": "استخدم",
        "pos": "light",
        "event_type": "ASSAULT",
        "cameo": "190",
        "objects": ["الأسلحة"],
    }
    example = "استخدم المسلحون الأسلحة الثقيلة في الهجوم."
    TriggerRecord(**entry, object_sense={"cameo": "204", "words": ["الكيماوية"]}, example=example)
    with pytest.raises(ValueError, match="object_sense"):
        TriggerRecord(**entry, object_sense={"cameo": "111", "words": ["الكيماوية"]}, example=example)


def test_only_attacks_and_fights_are_read_by_the_rules_of_violence() -> None:
    flagged = {load(p).event_type for p in TRIGGER_FILES if load(p).violence}
    assert flagged == {"ASSAULT"}


def test_violence_is_a_file_field_of_codes_of_armed_violence() -> None:
    entry = {
        "lemma": "كمين",
        "pos": "noun",
        "cameo": "190",
        "example": "نصب مسلحون كمينا لدورية على طريق جبلي.",
    }
    assert (
        TriggerFile.model_validate({"event_type": "ASSAULT", "violence": True, "entries": [entry]})
        .entries[0]
        .violence
    )
    with pytest.raises(ValueError, match="sets violence"):
        TriggerFile.model_validate({"event_type": "ASSAULT", "entries": [{**entry, "violence": True}]})
    arrest = {"lemma": "اعتقل", "pos": "verb", "cameo": "173", "example": "اعتقلت الشرطة ثلاثة مشتبه بهم."}
    with pytest.raises(ValueError, match="violence is for CAMEO"):
        TriggerFile.model_validate({"event_type": "COERCE", "violence": True, "entries": [arrest]})


@pytest.mark.parametrize(
    ("switch", "types"),
    [
        ("giving", {"AID", "SUPPORT"}),
        ("asking", {"REQUEST"}),
        ("side_after_b", {"CONSULT"}),
        ("force", {"ASSAULT", "COERCE"}),
        ("claim", {"ACCUSE"}),
        ("side_after_with", {"AGREE", "CONSULT", "COOPERATE"}),
        ("judging", {"ACCUSE", "SUPPORT", "REJECT"}),
        ("relief", {"AID"}),
    ],
)
def test_the_rules_of_a_switch_read_the_files_that_set_it(switch: str, types: set[str]) -> None:
    assert {load(p).event_type for p in TRIGGER_FILES if getattr(load(p), switch)} == types


def test_the_tiny_knowledge_base_declares_the_switches_its_types_files_set() -> None:
    shipped = {load(p).event_type: {s for s in SWITCH_ROOTS if getattr(load(p), s)} for p in TRIGGER_FILES}
    assert {t: set(s) for t, s in TINY_SWITCHES.items()} == {t: s for t, s in shipped.items() if s}


def _entry(lemma: str, pos: str, cameo: str, example: str) -> dict[str, str]:
    return {"lemma": lemma, "pos": pos, "cameo": cameo, "example": example}


@pytest.mark.parametrize(
    ("switch", "event_type", "entry"),
    [
        ("giving", "AID", _entry("منحة", "noun", "070", "قدمت اليابان منحة للمدارس.")),
        ("asking", "REQUEST", _entry("ناشد", "verb", "100", "ناشد المحافظ السكان الهدوء.")),
        ("side_after_b", "CONSULT", _entry("اجتمع", "verb", "040", "اجتمع الوزير بالسفير.")),
        ("force", "COERCE", _entry("احتجز", "verb", "173", "احتجزت الشرطة سائق الشاحنة.")),
        ("claim", "ACCUSE", _entry("اتهم", "verb", "112", "اتهم النائب الوزير بالتقصير.")),
        ("side_after_with", "COOPERATE", _entry("نسق", "verb", "060", "نسق الجيش مع الشرطة حماية الطرق.")),
        ("relief", "AID", _entry("أغاث", "verb", "073", "أغاث الهلال الأحمر أهالي القرية.")),
        ("judging", "REJECT", _entry("رفض", "verb", "120", "رفض المجلس خطة البلدية.")),
    ],
)
def test_a_switch_is_a_file_field_of_its_own_codes(
    switch: str, event_type: str, entry: dict[str, str]
) -> None:
    assert getattr(
        TriggerFile.model_validate({"event_type": event_type, switch: True, "entries": [entry]}).entries[0],
        switch,
    )
    with pytest.raises(ValueError, match=f"sets {switch}"):
        TriggerFile.model_validate({"event_type": event_type, "entries": [{**entry, switch: True}]})
    threat = {"lemma": "هدد", "pos": "verb", "cameo": "130", "example": "هدد الحزب بمقاطعة الانتخابات."}
    with pytest.raises(ValueError, match=f"{switch} is for CAMEO"):
        TriggerFile.model_validate({"event_type": "THREATEN", switch: True, "entries": [threat]})
