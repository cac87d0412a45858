"""The coder's shortcuts past scans that could find nothing give what the full scans gave."""

from __future__ import annotations

from types import SimpleNamespace

from hadath import Pipeline
from hadath.events.argmodel import _conjoined
from hadath.events.coder import EventCoder, _denied, _particle_ahead
from hadath.events.eventfilter import (
    _bucketed,
    _conjunctions,
    _particle_features,
    _rule_features,
    _rule_parts,
)
from hadath.events.triggers import _ends_with, _once, other_sense_words
from hadath.text.normalize import normalize


def _tokens(text: str) -> list:
    return Pipeline.default()(text, published="2016-09-20").tokens


def test_particle_ahead_stops_at_a_clause_break() -> None:
    tokens = _tokens("جرت محادثات طويلة بين الطرفين")
    assert _particle_ahead(tokens, 1, len(tokens), "between") == 3
    broken = _tokens("جرت محادثات طويلة، بين الطرفين")
    assert _particle_ahead(broken, 1, len(broken), "between") is None
    assert _particle_ahead(tokens, 1, 3, "between") is None  # past the scan's end


def test_phrase_before_a_trigger_takes_its_first_word_with_proclitics() -> None:
    tokens = _tokens("قال رئيس التحرير ولرئيس التحرير رأي")
    words = [t.norm for t in tokens]
    phrase = tuple(normalize("رئيس التحرير").split())
    assert _ends_with(tokens, words.index(normalize("التحرير")) + 1, phrase)
    assert _ends_with(tokens, len(tokens) - 1, phrase)  # ولرئيس: two proclitics
    assert not _ends_with(tokens, 1, phrase)  # too few words before
    assert not _ends_with(tokens, len(tokens), phrase)  # ends with رأي


def test_once_works_the_value_out_once() -> None:
    calls: list[int] = []

    def names() -> frozenset[int]:
        calls.append(1)
        return frozenset({2})

    got = _once(names)
    assert got() == got() == frozenset({2})
    assert calls == [1]
    assert _once(frozenset({3}))() == frozenset({3})


def test_rule_parts_read_entry_rule_and_tags() -> None:
    assert _rule_parts("verb:قصف:VSO+means+model:actor") == ("verb:قصف", "VSO", ("means", "model"))
    assert _rule_parts("noun:هجوم") == ("noun:هجوم", "", ())


def test_rule_features_write_entry_family_rule_and_tags() -> None:
    assert _rule_features("verb:قصف:VSO+means") == (
        "entry=verb:قصف",
        "family=VSO",
        "rule=VSO",
        ("tag=means",),
    )


def test_event_conjunctions_join_the_base_features_in_order() -> None:
    got = _conjunctions(
        "type=ASSAULT", "entry=verb:قصف", "family=VSO", "modality=asserted", "actor=yes", "no", "prefix=و"
    )
    assert got == (
        "type=ASSAULT&family=VSO", "type=ASSAULT&modality=asserted", "type=ASSAULT&actor=yes",
        "type=ASSAULT&twin=no", "family=VSO&actor=yes", "family=VSO&modality=asserted",
        "family=VSO&prefix=و", "entry=verb:قصف&modality=asserted", "entry=verb:قصف&actor=yes",
    )  # fmt: skip


def test_candidate_conjunctions_follow_the_base_features() -> None:
    got = _conjoined(("side=before", "word=other", "sector=GOV"), True, False, "SVO", "ASSAULT")
    assert got[:3] == ("side=before", "word=other", "sector=GOV")
    assert got[3:6] == tuple(f + "&pos=verb&passive=no" for f in got[:3])
    assert "side=before&family=SVO" in got and "sector=GOV&type=ASSAULT" in got
    assert got[-2:] == ("word=other&side=before", "sector=GOV&side=before")


def test_denial_reaches_back_to_the_last_clause_break_only() -> None:
    tokens = _tokens("نفى المتحدث أن تكون الطائرات قصفت القرية")
    words = [t.norm for t in tokens]
    assert _denied(tokens, SimpleNamespace(first=words.index(normalize("قصفت"))))
    assert _denied(tokens, SimpleNamespace(first=1))  # right after the denial verb
    broken = _tokens("نفى المتحدث ذلك، وقصفت الطائرات القرية")
    words = [t.norm for t in broken]
    assert not _denied(broken, SimpleNamespace(first=words.index(normalize("وقصفت"))))
    assert not _denied(broken, SimpleNamespace(first=0))


def test_matches_of_entries_with_no_context_words_skip_the_context_checks() -> None:
    pipeline = Pipeline.default()
    index = pipeline.stage(EventCoder).index
    entries = pipeline.stage(EventCoder).kb.triggers
    with_context = {
        id(e)
        for e in entries
        if e.excluded_after
        or e.excluded_before
        or e.required_after
        or e.excluded_with
        or other_sense_words(e.excluded_with_kind)
    }
    assert index._context_checked == with_context
    assert len(with_context) < len(entries)


def test_count_features_name_their_bucket() -> None:
    assert _bucketed("rank", 0, (0, 1, 2)) == "rank=0"
    assert _bucketed("at", 4, (0, 1, 3, 6, 10, 20)) == "at=6"
    assert _bucketed("events", 9, (1, 2, 3)) == "events=>3"


def test_particle_features_are_the_sorted_kinds_of_the_words_before() -> None:
    got = _particle_features((normalize("لم"), normalize("الطائرات")))
    assert got == tuple(sorted(got)) and "particle=negation" in got
    assert _particle_features(()) == ()
