"""Pride voiced in another's work or in ties (أعرب عن اعتزازه ب، عبر عن فخره ب) is praise
(SUPPORT 051), as thanks and appreciation are; happiness voiced (سعادته) is left out.

The sentences are written for these tests.
"""

from __future__ import annotations

import pytest

from .conftest import event_types


@pytest.mark.parametrize(
    "text",
    [
        "وأعرب وزير الخارجية المغربي عن اعتزازه بالشراكة مع الاتحاد الأوروبي.",
        "وعبر رئيس الحكومة عن فخره بما قدمته فرق الدفاع المدني خلال الفيضانات.",
    ],
)  # fmt: skip
def test_pride_in_another_is_praise(text: str) -> None:
    assert "SUPPORT" in event_types(text)


def test_happiness_voiced_is_no_praise() -> None:
    assert "SUPPORT" not in event_types("وأعرب اللاعب عن سعادته بالفوز في المباراة النهائية.")
