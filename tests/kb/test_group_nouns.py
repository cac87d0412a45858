"""The two tables of group nouns (sector heads, subject nouns) read by one loader."""

from __future__ import annotations

from hadath.kb.names import generic_actors, sector_heads, sides_entities, subject_nouns


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


def test_a_dual_standing_for_two_parties_is_marked_in_its_row() -> None:
    """The coder gives the parties named before to the duals marked ``sides`` (الطرفان،
    الرئيسان), read from the column, not from their English names."""
    entities = sides_entities()
    assert {"both sides", "both presidents"} <= entities
    assert all(n.english in entities for n in subject_nouns() if n.sides)
    assert not any(h.sides for h in sector_heads())  # the table has no such column
    # الوزيران is a dual of its own: two ministers, not the two parties told before
    ministers = next(g for g in generic_actors() if g.name == "الوزيران")
    assert not ministers.sides and ministers.entity not in entities
