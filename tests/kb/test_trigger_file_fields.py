"""Fields a trigger file sets for all its entries, on entries we wrote."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

from hadath.events.triggers import other_sense_words
from hadath.kb import KnowledgeBase
from hadath.kb.schema import TriggerFile


def _protest_file(**entry_fields: object) -> TriggerFile:
    entry = {
        "lemma": "احتج",
        "pos": "verb",
        "cameo": "140",
        "example": "احتج الطلاب أمام الجامعة على رفع الرسوم.",
        **entry_fields,
    }
    return TriggerFile.model_validate({"event_type": "PROTEST", "from_doer": True, "entries": [entry]})


def test_an_entry_inherits_its_files_from_doer() -> None:
    assert _protest_file().entries[0].from_doer


def test_an_entry_may_set_from_doer_otherwise_than_its_file() -> None:
    assert not _protest_file(from_doer=False).entries[0].from_doer


def test_an_entry_inherits_its_files_genitive_doer() -> None:
    entry = {"lemma": "زار", "pos": "verb", "cameo": "042", "example": "زار الوزير القاهرة أمس."}
    consult = TriggerFile.model_validate({"event_type": "CONSULT", "genitive_doer": True, "entries": [entry]})
    assert consult.entries[0].genitive_doer


def test_an_entry_names_a_shared_list_of_other_sense_words_by_its_kind() -> None:
    # مصرع in a sentence about a crash or a flood: the accident list of other_senses.tsv
    assert _protest_file(excluded_with_kind="accident").entries[0].excluded_with_kind == "accident"
    assert {"مروري", "السيول", "الزلزال"} <= set(other_sense_words("accident"))
    # a game: the sport list, shared by a meeting, a tour, readiness and leaving out
    assert {"مباراة", "الملعب", "كأس"} <= set(other_sense_words("sport"))
    assert other_sense_words("") == ()
    with pytest.raises(ValidationError, match=r"no kind of other_senses\.tsv"):
        _protest_file(excluded_with_kind="weather")


def test_the_types_a_switch_is_set_for_are_read_from_their_files() -> None:
    entry = {"lemma": "طالب", "pos": "verb", "cameo": "100", "example": "طالب النواب الحكومة بالاستقالة."}
    request = TriggerFile.model_validate({"event_type": "REQUEST", "asking": True, "entries": [entry]})
    kb = KnowledgeBase(triggers=[*request.entries, *_protest_file().entries])
    assert kb.types_switched("asking") == {"REQUEST"}
    assert kb.types_switched("violence") == frozenset()


def test_past_needs_none_is_for_a_verb_that_needs_a_recipient() -> None:
    assert _protest_file(needs_recipient=True, past_needs_none=True).entries[0].past_needs_none
    with pytest.raises(ValidationError, match="past_needs_none"):
        _protest_file(past_needs_none=True)


def test_object_call_is_normalized_with_the_object_then_words() -> None:
    entry = _protest_file(object_call=["إلى", "ل"], object_then=["على"]).entries[0]
    assert entry.object_call_norm == ("الي", "ل", "علي")
    with pytest.raises(ValidationError, match="object_call and object_noun are for verb entries only"):
        _protest_file(pos="noun", object_call=["إلى"])


def test_object_noun_is_for_verb_entries_only() -> None:
    assert _protest_file(object_noun=True).entries[0].object_noun
    with pytest.raises(ValidationError, match="object_call and object_noun are for verb entries only"):
        _protest_file(pos="noun", object_noun=True)


def test_object_call_takes_single_words() -> None:
    # each word is compared with one token: a phrase would never open the call
    with pytest.raises(ValidationError, match="object_call takes single words"):
        _protest_file(object_call=["إلى الحوار"])


def test_required_past_subject_is_for_a_verb_with_required_after() -> None:
    assert _protest_file(required_after=["على"], required_past_subject=True).entries[0].required_past_subject
    with pytest.raises(
        ValidationError, match="required_past_subject is for verb entries with required_after"
    ):
        _protest_file(required_past_subject=True)
    with pytest.raises(
        ValidationError, match="required_past_subject is for verb entries with required_after"
    ):
        _protest_file(pos="noun", required_after=["على"], required_past_subject=True)
