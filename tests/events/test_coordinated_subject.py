"""A verb joined by و with no subject of its own: the name just before it is often the object
of the verb before it in the chain, so the chain's subject acts, when the verb agrees with it.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_arguments


@pytest.mark.parametrize(
    "text",
    [
        "واستغل التنظيم المتطرف غياب الدولة بأن استولى على مدينتين وأعدم سجناء وشن هجمات على مقار حكومية.",
        "وسيطر التنظيم على بلدتين في الصحراء، وقتل بعض الرهائن، وشن هجمات على ثكنات الجيش.",
    ],
)
def test_object_of_the_previous_verb_is_not_the_next_verbs_subject(text: str) -> None:
    attacks = event_arguments(text, "ASSAULT")
    waged = attacks[-1][0]
    assert waged and all("التنظيم" in a for a in waged)


def test_a_verb_with_its_own_subject_keeps_it() -> None:
    text = "وقصفت الطائرات مواقع المسلحين وأعدم التنظيم سجناء في المدينة."
    assert any("التنظيم" in " ".join(actors) for actors, _ in event_arguments(text, "ASSAULT"))
