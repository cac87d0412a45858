import pytest

from hadath.text.clitics import best_segmentation, segmentations
from hadath.text.normalize import normalize

LEXICON = frozenset({"نيويورك", "لافروف", "كيري", "فرانس", "روسيا", "موسكو"})


@pytest.mark.parametrize(
    ("word", "prefixes", "stem", "suffix"),
    [
        ("بنيويورك", ("ب",), "نيويورك", ""),
        ("والولايات", ("و", "ال"), "ولايات", ""),
        ("للأمم", ("ل+ال",), "امم", ""),
        ("لافروف", (), "لافروف", ""),
        ("كيري", (), "كيري", ""),
        ("فرانس", (), "فرانس", ""),
        ("وروسيا", ("و",), "روسيا", ""),
        ("وبالمدينة", ("و", "ب", "ال"), "مدينه", ""),
        ("وزير", (), "وزير", ""),
    ],
)
def test_best_segmentation_keeps_names_whole(
    word: str, prefixes: tuple[str, ...], stem: str, suffix: str
) -> None:
    seg = best_segmentation(normalize(word), LEXICON)
    assert (seg.prefixes, seg.stem, seg.suffix) == (prefixes, stem, suffix)


def test_segmentations_offer_future_and_suffix_readings() -> None:
    readings = {(s.prefixes, s.stem, s.suffix) for s in segmentations(normalize("وسيلتقيه"))}
    assert (("و", "س"), "يلتقي", "ه") in readings


def test_segmentations_restore_teh_marbuta_before_suffix() -> None:
    stems = {s.stem for s in segmentations(normalize("زيارته"))}
    assert "زياره" in stems
