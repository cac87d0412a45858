"""A light verb's masdar finds its object one word further than its usual reach past a name
of two words in its genitive, the one who acts (إطلاق [الجيش الإسرائيلي] النار), or past a
part told by a word of quantity and من (تقديم [المزيد من] الأدوية); two other words leave
the object out of reach. Sentences we wrote."""

from __future__ import annotations

from .conftest import event_arguments, event_types


def test_the_object_past_a_two_word_doer_makes_the_act() -> None:
    arguments = event_arguments(
        "وندد البيان بإطلاق الجيش الإسرائيلي النار على الصيادين قرب الشاطئ.", "ASSAULT"
    )
    assert arguments
    actors, _ = arguments[0]
    assert "الجيش الإسرائيلي" in " ".join(actors)


def test_only_a_name_lets_the_object_stand_that_far() -> None:
    assert "AID" in event_types("وبحث المجلس تقديم الأمم المتحدة دعما لموازنة البلدية.")
    # عروض جديدة is no name: دعما three words on is no object of تقديم
    assert "AID" not in event_types("وبحث المجلس تقديم عروض جديدة دعما لموازنة البلدية.")


def test_the_object_past_a_partitive_quantity_makes_the_act() -> None:
    arguments = event_arguments("وتعهدت الحكومة بتقديم المزيد من الأدوية للمستشفيات في الشمال.", "AID")
    assert arguments
    actors, _ = arguments[0]
    assert "الحكومة" in " ".join(actors)
