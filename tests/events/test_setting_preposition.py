"""A name a preposition governs at the opening of a sentence (ومن عمان، وبعد القاهرة) says
where or when what follows is told: it is no topic of the sentence's verbs, so a verb with no
subject after it goes on with who acted, not with the place."""

from __future__ import annotations

import pytest

from tests.events.conftest import event_arguments


@pytest.mark.parametrize(
    ("text", "actor", "recipient"),
    [
        ("وصل كيري إلى عمان مساء الأحد. ومن عمان زار رام الله للقاء عباس.", "كيري", "رام الله"),
        (
            "وصل بلينكن إلى القاهرة الأحد. وبعد القاهرة، سيتوجه بلينكن إلى عمان، ثم يزور تل أبيب.",
            "بلينكن",
            "تل أبيب",
        ),
    ],
)
def test_name_after_opening_preposition_is_no_topic(text: str, actor: str, recipient: str) -> None:
    visits = [actors for actors, recipients in event_arguments(text, "CONSULT") if recipients == [recipient]]
    assert visits == [[actor]]


def test_name_opening_a_sentence_without_preposition_is_still_its_topic() -> None:
    """Without the preposition the opening name is the topic, as before (كيري، وفي ...)."""
    events = event_arguments("وصل المبعوث إلى بغداد. أردوغان، وفي ختام زيارته للكويت، زار الدوحة.", "CONSULT")
    assert any(actors == ["أردوغان"] for actors, _ in events)
