"""Shared fixtures: a tiny hand-written knowledge base, so stage tests stay put as the real KB grows."""

from __future__ import annotations

import datetime as dt
import os
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import settings

from hadath.kb import KnowledgeBase
from hadath.kb.schema import (
    ActorRecord,
    CountryRecord,
    CueRecord,
    OfficeRecord,
    PlaceRecord,
    Tenure,
    TriggerRecord,
)

settings.register_profile("hadath", deadline=None, max_examples=60)
settings.load_profile("hadath")


def pytest_addoption(parser: pytest.Parser) -> None:
    parser.addoption("--slow", action="store_true", default=False, help="run slow tests")


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    if config.getoption("--slow"):
        return
    skip = pytest.mark.skip(reason="slow: run with --slow")
    for item in items:
        if "slow" in item.keywords:
            item.add_marker(skip)


# The type-wide switches (schema.SWITCH_ROOTS) the shipped trigger file of each type sets, which
# every trigger of the tiny knowledge base of that type declares as its file would give it
# (tests/data/test_trigger_files.py holds this table to the files)
TINY_SWITCHES: dict[str, tuple[str, ...]] = {
    "ACCUSE": ("claim", "judging"),
    "AGREE": ("side_after_with",),
    "AID": ("giving", "relief"),
    "ASSAULT": ("violence", "force"),
    "COERCE": ("force", "separate_acts"),
    "CONSULT": ("side_after_b", "side_after_with"),
    "COOPERATE": ("side_after_with",),
    "REJECT": ("judging",),
    "REQUEST": ("asking",),
    "SUPPORT": ("giving", "judging"),
}


def _trigger(lemma: str, event_type: str, cameo: str, pos: str = "verb", **kw: object) -> TriggerRecord:
    # genitive_doer=True stands for the field its file sets for the types whose genitive acts
    switches = dict.fromkeys(TINY_SWITCHES.get(event_type, ()), True)
    return TriggerRecord(
        lemma=lemma, pos=pos, event_type=event_type, cameo=cameo, example="مثال عربي.", **switches, **kw
    )


def build_tiny_kb() -> KnowledgeBase:
    """Three states, a few people and places, thirteen triggers and two cues."""
    countries = {
        "USA": CountryRecord(iso3="USA", name="United States", names=["الولايات المتحدة", "أمريكا"],
                             adjectives=["الأمريكي", "الأميركي"], adjectives_feminine=["الأمريكية"],
                             capital="4140963", capital_names=["واشنطن"], lat=39.8, lon=-98.6),
        "RUS": CountryRecord(iso3="RUS", name="Russia", names=["روسيا"], adjectives=["الروسي"],
                             adjectives_feminine=["الروسية"], capital="524901", capital_names=["موسكو"],
                             lat=61.5, lon=105.3),
        "SYR": CountryRecord(iso3="SYR", name="Syria", names=["سوريا", "سورية"], adjectives=["السوري"],
                             adjectives_feminine=["السورية"], capital="170654", capital_names=["دمشق"],
                             lat=35.0, lon=38.5),
    }  # fmt: skip
    actors = [
        ActorRecord(id="Q22316", name="John Kerry", type="PER", country="USA", sector="GOV",
                    names=["جون كيري", "كيري"], holds=[Tenure(office="foreign_minister", start=dt.date(2013, 2, 1), end=dt.date(2017, 1, 20))]),
        ActorRecord(id="Q48064", name="Sergey Lavrov", type="PER", country="RUS", sector="GOV",
                    names=["سيرغي لافروف", "سيرجي لافروف", "لافروف"],
                    holds=[Tenure(office="foreign_minister", start=dt.date(2004, 3, 9))]),
        ActorRecord(id="Q2607", name="Islamic State", type="ORG", sector="REB", names=["داعش", "تنظيم الدولة"]),
        ActorRecord(id="Q15", name="Reuters", type="ORG", sector="MED", names=["رويترز"], source=True),
        ActorRecord(id="hd:syr_army", name="Syrian Arab Army", type="ORG", country="SYR", sector="MIL",
                    names=["الجيش السوري", "قوات النظام"]),
    ]  # fmt: skip
    places = [
        PlaceRecord(id="170063", name="Aleppo", names=["حلب"], country="SYR", lat=36.2, lon=37.16, precision="city", population=1602264),
        PlaceRecord(id="170654", name="Damascus", names=["دمشق"], country="SYR", lat=33.51, lon=36.29, precision="city", population=1569394),
        PlaceRecord(id="5128581", name="New York City", names=["نيويورك"], country="USA", lat=40.71, lon=-74.01, precision="city", population=8175133),
        PlaceRecord(id="163843", name="Syria", names=["سوريا", "سورية"], country="SYR", lat=35.0, lon=38.5, precision="country"),
    ]  # fmt: skip
    offices = {"foreign_minister": OfficeRecord(id="foreign_minister", name="Minister of Foreign Affairs", sector="GOV",
                                                names=["وزير الخارجية"], construct_names=["وزير خارجية"])}  # fmt: skip
    triggers = [
        _trigger("التقى", "CONSULT", "040", present="يلتقي", masdar=["لقاء"], genitive_doer=True),
        _trigger("اجتماع", "CONSULT", "040", pos="noun", plural=["اجتماعات"], genitive_doer=True),
        _trigger(
            "زار",
            "CONSULT",
            "042",
            present="يزور",
            masdar=["زيارة"],
            mode="visit",
            destination=True,
            genitive_doer=True,
        ),
        _trigger("ناسفة", "ASSAULT", "183", pos="noun", forms=["ناسف"], object_word=True),
        _trigger("حرر", "ASSAULT", "192", present="يحرر", masdar=["تحرير"], from_party="recipient"),
        _trigger(
            "عقد",
            "CONSULT",
            "040",
            pos="light",
            present="يعقد",
            objects=["اجتماع", "لقاء", "محادثات"],
            genitive_doer=True,
        ),
        _trigger("اتهم", "ACCUSE", "112", present="يتهم", masdar=["اتهام"], genitive_doer=True),
        _trigger("هدد", "THREATEN", "130", present="يهدد", masdar=["تهديد"], genitive_doer=True),
        _trigger("قصف", "ASSAULT", "195", present="يقصف", masdar=["قصف"], mode="aerial"),
        _trigger("قتل", "ASSAULT", "190", present="يقتل"),
        _trigger("دعا", "REQUEST", "100", present="يدعو", masdar=["دعوة"], genitive_doer=True),
        _trigger("اعتقل", "COERCE", "173", present="يعتقل", masdar=["اعتقال"], mode="arrest"),
        _trigger(
            "تبادل",
            "ACCUSE",
            "112",
            pos="light",
            present="يتبادل",
            objects=["اتهامات"],
            reciprocal=True,
            genitive_doer=True,
        ),
    ]
    cues = [CueRecord(lemma="قال", present="يقول"), CueRecord(lemma="أكد", present="يؤكد")]
    return KnowledgeBase(
        actors={a.id: a for a in actors}, offices=offices, countries=countries,
        places={p.id: p for p in places}, triggers=triggers, cues=cues,
    )  # fmt: skip


@pytest.fixture(scope="session")
def tiny_kb() -> KnowledgeBase:
    return build_tiny_kb()


@pytest.fixture(scope="session")
def tiny_pipeline(tiny_kb: KnowledgeBase):
    from hadath import Pipeline

    return Pipeline.default(tiny_kb)


def chromium_path() -> str | None:
    """The system Chromium: ``$HADATH_CHROMIUM``, Debian's ``/usr/bin/chromium``, or one on PATH."""
    for candidate in (os.environ.get("HADATH_CHROMIUM"), "/usr/bin/chromium", shutil.which("chromium"),
                      shutil.which("chromium-browser")):  # fmt: skip
        if candidate and os.access(candidate, os.X_OK):
            return candidate
    return None


@pytest.fixture(scope="session")
def browser() -> Iterator[Any]:
    """One Chromium for every browser test of the session (Playwright's sync API allows one per thread)."""
    sync_api = pytest.importorskip(
        "playwright.sync_api", reason="the playwright package is not installed", exc_type=ImportError
    )
    path = chromium_path()
    if path is None:
        pytest.skip(
            "no Chromium: install Debian's chromium (apt-get install chromium) or set HADATH_CHROMIUM"
        )
    with sync_api.sync_playwright() as playwright:
        try:
            launched = playwright.chromium.launch(executable_path=path, args=["--no-sandbox"])
        except Exception as err:  # any launch failure means no usable browser here
            pytest.skip(f"Chromium at {path} does not start: {str(err).splitlines()[0]}")
        yield launched
        launched.close()
