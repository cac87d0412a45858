"""scripts/gold_offsets.py and hadath.eval.offsets: gold to offsets-only and back, exactly,
with one-line errors.

The article below is written for this test (no corpus text): a repeated word ("قال",
"الرياض") checks that each span is taken where the guideline places it.
"""

from __future__ import annotations

import gzip
import json
import re
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from hadath.errors import DataError
from hadath.eval.gold import read_gold
from tests.loading import load_module

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "gold_offsets.py"

TEXT = (
    "الرياض - واس\n"
    "قال وزير الخارجية إن الوفد وصل أمس. "
    "واستقبل الوزير في الرياض اليوم الثلاثاء نظيره العماني، وقال إن البلدين اتفقا على التعاون."
)
SECOND = "واستقبل الوزير في الرياض اليوم الثلاثاء نظيره العماني، وقال إن البلدين اتفقا على التعاون."
MINISTER = {"text": "الوزير", "entity": "Adel al-Jubeir", "country": "SAU", "sector": "GOV"}
OMANI = {"text": "نظيره العماني", "entity": "Yusuf bin Alawi bin Abdullah", "country": "OMN", "sector": "GOV"}


def _event(trigger: str, event_type: str, cameo: str, **extra: Any) -> dict[str, Any]:
    """One event on the second sentence of TEXT."""
    return {
        "sentence": SECOND,
        "trigger": trigger,
        "event_type": event_type,
        "cameo": cameo,
        "mode": "",
        "modality": "asserted",
        "actor": [MINISTER],
        "recipient": [OMANI],
        "location": {"text": "الرياض", "name": "Riyadh", "country": "SAU", "lat": 24.71, "lon": 46.68},
        "date": "2015-08-11",
        "date_text": "اليوم الثلاثاء",
        **extra,
    }


GOLD: dict[str, Any] = {
    "doc_id": "t-offsets-1",
    "published": "2015-08-11T10:00:00",
    "title": "الوزير يستقبل نظيره",
    "text": TEXT,
    "events": [
        _event("استقبل", "CONSULT", "042"),
        _event("اتفقا", "AGREE", "030", location=None, date=None, date_text=None),
    ],
    "quotes": [
        {
            "speaker": MINISTER,
            "cue": "قال",
            "content": "البلدين اتفقا على التعاون",
            "direct": False,
        }
    ],
    "entities": [
        {"text": "الرياض", "type": "GPE", "entity": "Riyadh"},
        {"text": "واس", "type": "ORG", "entity": "Saudi Press Agency"},
    ],
}


@pytest.fixture(scope="module")
def tool() -> ModuleType:
    """The script, loaded as a module."""
    return load_module("gold_offsets", SCRIPT)


def _write(path: Path, records: list[dict[str, Any]]) -> Path:
    """Write JSONL (gzipped when the name ends in .gz)."""
    data = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records)
    if path.suffix == ".gz":
        with gzip.open(path, "wt", encoding="utf-8") as handle:
            handle.write(data)
    else:
        path.write_text(data, encoding="utf-8")
    return path


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    """A two-article corpus in the corpus's shape."""
    other = {"id": "t-other", "title": "x", "text": "نص آخر.", "published": "2015-08-01T00:00:00"}
    mine = {"id": GOLD["doc_id"], "title": GOLD["title"], "text": TEXT, "published": GOLD["published"]}
    return _write(tmp_path / "corpus.jsonl.gz", [other, mine])


def test_strip_keeps_labels_and_no_text(tool: ModuleType, tmp_path: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [GOLD])
    assert tool.main(["strip", str(gold), str(tmp_path / "off.jsonl")]) == 0
    raw = (tmp_path / "off.jsonl").read_text(encoding="utf-8")
    assert not re.search("[\u0600-\u06ff]", raw)
    stored = json.loads(raw)
    assert "text" not in stored and "title" not in stored
    assert stored["published"] == GOLD["published"]
    event = stored["events"][0]
    assert event["event_type"] == "CONSULT" and event["actor"][0]["entity"] == "Adel al-Jubeir"
    start = TEXT.index(SECOND)
    assert event["sentence"] == [start, start + len(SECOND)]
    # "الرياض" first occurs in the dateline; the place is the one inside the sentence.
    assert event["location"]["text"][0] > start
    assert stored["entities"][0]["text"] == [0, len("الرياض")]
    # "قال" first opens the article; the cue is the one just before the quoted content.
    cue = stored["quotes"][0]["cue"]
    assert TEXT[cue[0] : cue[1]] == "قال" and cue[0] > start


def test_round_trip_reproduces_the_records_exactly(tool: ModuleType, tmp_path: Path, corpus: Path) -> None:
    gold = _write(tmp_path / "gold.jsonl", [GOLD])
    offsets, joined = tmp_path / "off.jsonl", tmp_path / "joined.jsonl"
    assert tool.main(["strip", str(gold), str(offsets)]) == 0
    assert tool.main(["join", str(corpus), str(offsets), str(joined)]) == 0
    assert joined.read_bytes() == gold.read_bytes()


def _fails(tool: ModuleType, argv: list[str], capsys: pytest.CaptureFixture[str]) -> str:
    """Run a command that must fail; return its one error line."""
    assert tool.main(argv) == 1
    err = capsys.readouterr().err.strip()
    assert "\n" not in err and "Traceback" not in err
    return err


def test_missing_doc_id_is_one_line(
    tool: ModuleType, tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    offsets = _write(tmp_path / "off.jsonl", [{"doc_id": "t-absent", "published": "", "events": []}])
    err = _fails(tool, ["join", str(corpus), str(offsets), str(tmp_path / "o.jsonl")], capsys)
    assert str(offsets) in err and "t-absent" in err and "not in" in err


def test_offset_beyond_the_text_is_one_line(
    tool: ModuleType, tmp_path: Path, corpus: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    bad = {"doc_id": GOLD["doc_id"], "published": "", "entities": [{"text": [5, 9999], "type": "GPE"}]}
    offsets = _write(tmp_path / "off.jsonl", [bad])
    err = _fails(tool, ["join", str(corpus), str(offsets), str(tmp_path / "o.jsonl")], capsys)
    assert str(offsets) in err and "beyond the text" in err


def test_span_not_in_text_and_missing_file_are_one_line(
    tool: ModuleType, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    broken = {**GOLD, "entities": [{"text": "دمشق", "type": "GPE", "entity": "Damascus"}]}
    gold = _write(tmp_path / "gold.jsonl", [broken])
    err = _fails(tool, ["strip", str(gold), str(tmp_path / "o.jsonl")], capsys)
    assert str(gold) in err and "not in the text" in err
    missing = tmp_path / "absent.jsonl"
    assert str(missing) in _fails(tool, ["strip", str(missing), str(tmp_path / "o.jsonl")], capsys)


def test_read_gold_joins_offsets_only_files_and_passes_full_ones(
    tool: ModuleType, tmp_path: Path, corpus: Path
) -> None:
    full = _write(tmp_path / "gold.jsonl", [GOLD])
    offsets = tmp_path / "off.jsonl"
    assert tool.main(["strip", str(full), str(offsets)]) == 0
    assert read_gold(offsets, corpus) == read_gold(full) == read_gold(full, corpus)
    with pytest.raises(DataError, match="offsets-only gold file needs --corpus"):
        read_gold(offsets)
