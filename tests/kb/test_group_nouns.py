"""The two tables of group nouns (sector heads, subject nouns) read by one loader."""

from __future__ import annotations

from hadath.kb.names import sector_heads, subject_nouns


def test_a_sector_head_agrees_in_one_gender_and_says_so() -> None:
    heads = sector_heads()
    assert {h.gender for h in heads} == {"m", "f"}
    assert all(h.feminine == (h.gender == "f") for h in heads)
    forces = next(h for h in heads if h.word == "القوات")
    assert forces.feminine and forces.sector == "MIL"


def test_a_subject_noun_may_agree_in_either_gender() -> None:
    genders = {n.gender for n in subject_nouns()}
    assert genders <= {"m", "f", ""} and "" in genders
    assert not any(n.feminine for n in subject_nouns() if n.gender == "")
