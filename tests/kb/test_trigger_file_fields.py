"""Fields a trigger file sets for all its entries, on entries we wrote."""

from __future__ import annotations

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
