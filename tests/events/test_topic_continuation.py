"""A topic noun the event filter keeps goes on with the last act of its type told just before
(coder._continue_topics): the meeting told in full gives its recipient to the talks named after."""

from __future__ import annotations

from hadath.events.coder import _continue_topics
from hadath.model import Actor, Event

HOST = Actor(0, 6, "الأمير", "a prince")
ENVOY = Actor(15, 21, "السفير", "an envoy")
GUESSED = Actor(60, 66, "الجيش", "an army")


def _event(start: int, event_type: str, rule: str, actor: Actor, recipient: list[Actor]) -> Event:
    return Event(
        start,
        start + 40,
        start + 1,
        start + 5,
        "x",
        event_type,
        "040",
        actor=[actor],
        recipient=recipient,
        rule=rule,
    )


def _story(topic_start: int, topic_actor: Actor) -> tuple[list[Event], dict[int, int]]:
    # استقبل الأمير السفير ... / another act / ... ثم جرى في الاجتماع تناول العلاقات
    met = _event(0, "CONSULT", "verb:استقبل:VSO", HOST, [ENVOY])
    between = _event(50, "ASSAULT", "verb:قصف:SVO", GUESSED, [])
    talks = _event(topic_start, "CONSULT", "noun:تناول:noun:topic+story", topic_actor, [])
    starts = [0, 50, 100, 150]
    before = {s: starts[max(0, i - 1)] for i, s in enumerate(starts)}
    return [met, between, talks], before


def test_a_kept_topic_takes_the_recipient_of_the_last_act_of_its_type_two_sentences_back() -> None:
    events, before = _story(100, GUESSED)
    _continue_topics(events, before)
    assert [r.text for r in events[2].recipient] == ["السفير"]


def test_a_topic_three_sentences_after_the_act_takes_nothing() -> None:
    events, before = _story(150, GUESSED)
    _continue_topics(events, before)
    assert events[2].recipient == []


def test_the_topics_own_actor_is_never_its_recipient() -> None:
    events, before = _story(100, ENVOY)
    _continue_topics(events, before)
    assert events[2].recipient == []
