"""Tiny hand-made gold/system records for the scorer tests (an article we wrote)."""

from __future__ import annotations

from typing import Any

# One short article we wrote: a meeting, then an air strike.
TEXT = (
    "دمشق - وكالات\n"
    "التقى وزير الخارجية السوري فيصل المقداد نظيره الإيراني في دمشق اليوم الأحد.\n"
    "وقصفت طائرات حربية روسية بلدة في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين."
)
MEETING = "التقى وزير الخارجية السوري فيصل المقداد نظيره الإيراني في دمشق اليوم الأحد."
STRIKE = "وقصفت طائرات حربية روسية بلدة في ريف إدلب، ما أدى إلى مقتل خمسة مدنيين."


def arg(text: str, entity: str = "", country: str = "", sector: str = "") -> dict[str, str]:
    """An ARG record."""
    return {"text": text, "entity": entity, "country": country, "sector": sector}


def event(sentence: str, event_type: str, actor: list[dict[str, Any]] | None = None,
          recipient: list[dict[str, Any]] | None = None, **extra: Any) -> dict[str, Any]:  # fmt: skip
    """An EVENT record with the fields the scorer reads."""
    return {"sentence": sentence, "trigger": "", "event_type": event_type, "cameo": "",
            "actor": actor or [], "recipient": recipient or [], "location": None, "date": None,
            **extra}  # fmt: skip


MEKDAD = arg("فيصل المقداد", "Faisal Mekdad", "SYR", "GOV")
RUSSIAN_JETS = arg("طائرات حربية روسية", "Russian Armed Forces", "RUS", "MIL")
DAMASCUS = {"text": "دمشق", "name": "Damascus", "country": "SYR", "lat": 33.51, "lon": 36.29}
IDLIB = {"text": "ريف إدلب", "name": "Idlib", "country": "SYR", "lat": 35.93, "lon": 36.63}


def gold_record() -> dict[str, Any]:
    """The gold annotation of TEXT."""
    return {
        "doc_id": "t1",
        "published": "2021-10-10T10:00:00",
        "text": TEXT,
        "events": [
            event(
                MEETING,
                "CONSULT",
                [MEKDAD],
                [arg("نظيره الإيراني", "Hossein Amir-Abdollahian", "IRN", "GOV")],
                location=DAMASCUS,
                date="2021-10-10",
            ),
            event(
                STRIKE,
                "ASSAULT",
                [RUSSIAN_JETS],
                [arg("خمسة مدنيين", "civilians", "SYR", "CVL")],
                location=IDLIB,
            ),
        ],
        "quotes": [],
        "entities": [
            {"text": "دمشق", "type": "GPE", "entity": "Damascus"},
            {"text": "فيصل المقداد", "type": "PER", "entity": "Faisal Mekdad"},
            {"text": "ريف إدلب", "type": "LOC", "entity": "Idlib countryside"},
        ],
    }
