"""A form that is both a past verb and its masdar (دهم، قصف) is the masdar when it is the
genitive of a bare noun (حملة دهم): such a noun is followed by its genitive, not by a verb.
Sentences we wrote."""

from __future__ import annotations

from .conftest import default_pipeline


def _events(text: str) -> list[tuple[str, str, str]]:
    article = default_pipeline()(text, published="2016-09-20")
    return [(e.event_type, e.trigger, e.rule) for e in article.events]


def test_the_raid_an_arrest_was_made_in_is_that_arrest() -> None:
    # the arrests and the raiding campaign they were made during are one act
    events = _events("احتجزت الشرطة المحلية ستة رجال خلال حملة دهم ليلية في أطراف البلدة.")
    assert [(kind, trigger) for kind, trigger, _ in events] in ([("COERCE", "احتجزت")], [("COERCE", "دهم")])
    assert all(":noun" in rule for _, trigger, rule in events if trigger == "دهم")


def test_a_masdar_after_a_bare_noun_is_no_verb_of_its_own() -> None:
    # قصف after موجة is the shelling the wave was made of, not "he shelled"
    events = _events("تحدث السكان عن موجة قصف طالت الأحياء الشرقية ليلة الجمعة.")
    assert [rule for _, trigger, rule in events if trigger == "قصف"] != []
    assert all(":noun" in rule for _, trigger, rule in events if trigger == "قصف")


def test_a_form_only_a_verb_has_stays_a_verb_after_such_a_noun() -> None:
    # قصفت carries the verb's ending: the patrol did the shelling
    events = _events("أعلن الجيش أن دورية عسكرية قصفت مواقع المسلحين قرب الحدود.")
    assert any(trigger == "قصفت" and ":noun" not in rule for _, trigger, rule in events)
