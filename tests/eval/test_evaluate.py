"""evaluate() without a system file: the pipeline runs on the gold texts (a stub pipeline here)."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any, ClassVar

import pytest

from hadath.eval import evaluate, run_system
from hadath.eval.gold import read_gold
from hadath.model import Actor, Article, Event
from hadath.pipeline import Pipeline, Stage

from .records import MEETING, gold_record

Writer = Callable[[str, list[dict[str, Any]]], Path]


class MeetingFinder(Stage):
    """Codes one CONSULT event on the first sentence that says «التقى» (a stand-in pipeline)."""

    name: ClassVar[str] = "meeting_finder"

    def process(self, article: Article) -> Article:
        start = article.text.find(MEETING)
        if start >= 0:
            who = article.text.index("فيصل المقداد")
            article.events.append(Event(
                sentence_start=start, sentence_end=start + len(MEETING), trigger_start=start,
                trigger_end=start + 5, trigger="التقى", event_type="CONSULT", cameo="040",
                sentence=MEETING, actor=[Actor(start=who, end=who + 12, text="فيصل المقداد")],
                date=(article.published or "")[:10] or None,
            ))  # fmt: skip
        return article


class Crasher(Stage):
    name: ClassVar[str] = "crasher"

    def process(self, article: Article) -> Article:
        if article.doc_id == "boom":
            raise RuntimeError("stage bug")
        return article


def test_pipeline_output_is_scored_and_saved(write_jsonl: Writer, tmp_path: Path) -> None:
    gold = write_jsonl("gold.jsonl", [gold_record()])
    saved = tmp_path / "system.jsonl"
    result = evaluate(gold, pipeline=Pipeline([MeetingFinder()]), save_system=saved)
    out = result.to_dict()
    assert out["type"]["tp"] == 1 and out["type"]["pred"] == 1 and out["type"]["gold"] == 2
    assert out["type+actor"]["tp"] == 1
    assert out["date_acc"] == {"acc": 1.0, "n": 1}  # published passed through to the article
    records = [json.loads(line) for line in saved.read_text(encoding="utf-8").splitlines()]
    assert records[0]["doc_id"] == "t1" and records[0]["events"][0]["trigger"] == "التقى"
    # The saved file scores the same as the run that made it.
    assert evaluate(gold, saved).to_dict() == out


def test_a_failing_article_counts_as_a_miss(write_jsonl: Writer) -> None:
    gold = write_jsonl("gold.jsonl", [gold_record(), gold_record() | {"doc_id": "boom"}])
    records = run_system(read_gold(gold).values(), Pipeline([Crasher(), MeetingFinder()], on_error="skip"))
    assert [r["doc_id"] for r in records] == ["t1", "boom"]
    assert records[1]["events"] == [] and records[1]["error"] == "pipeline_error"


def test_system_file_and_save_system_do_not_mix(write_jsonl: Writer, tmp_path: Path) -> None:
    gold = write_jsonl("gold.jsonl", [gold_record()])
    with pytest.raises(ValueError, match="save_system"):
        evaluate(gold, gold, save_system=tmp_path / "x.jsonl")
