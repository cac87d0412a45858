"""The learned argument chooser: candidate features, the choice, the model file and its training."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from hadath.errors import DataError
from hadath.events.argmodel import ArgChooser, ArgModel, Slot, describe, model_problems, read_model
from hadath.events.coder import (
    MODEL_TAG,
    RESIDENTS_TAG,
    EventCoder,
    _without_model_role,
    model_roles,
    rules_arguments,
)
from hadath.model import Actor, Event
from hadath.text.normalize import normalize
from tests.loading import load_module

from .conftest import default_pipeline, event_arguments

SCRIPT = Path(__file__).resolve().parents[2] / "scripts" / "train_argmodel.py"
TRAINED = {"data": "invented", "events": {"actor": 1}, "l2": 1.0, "command": "test", "date": "2026-11-29"}


class Recorder(ArgChooser):
    """Keeps what the coder hands the chooser and changes nothing."""

    def __init__(self) -> None:
        self.calls: list[tuple[Any, ...]] = []

    def revise(self, *args: Any) -> tuple[list[Actor], list[Actor], str]:  # type: ignore[override]
        self.calls.append(args)
        return args[-2], args[-1], ""


def recorded(text: str) -> list[tuple[Any, ...]]:
    """The chooser's inputs for each coded event of ``text`` (the shipped chooser put back)."""
    coder = default_pipeline().stage(EventCoder)
    shipped, coder.chooser = coder.chooser, Recorder()
    try:
        default_pipeline()(text, published="2016-09-20")
        return coder.chooser.calls
    finally:
        coder.chooser = shipped


def model(recipient: dict[str, float], fill: float | None = 0.0, margin: float | None = None) -> ArgModel:
    return ArgModel.model_validate(
        {
            "margin": {"actor": None, "recipient": margin},
            "fill": {"actor": None, "recipient": fill},
            "weights": {"recipient": recipient},
            "trained": TRAINED,
        }
    )


SANCTIONS = "وفرضت الإدارة الأمريكية عقوبات اقتصادية جديدة على إيران."


def test_a_name_after_ala_has_its_word_side_and_the_rules_choice() -> None:
    (call,) = recorded(SANCTIONS)
    view, trig, ctx, units, rule, event_type, actors, recipients = call
    found = describe(Slot(view, trig, ctx, units, rule, event_type), actors, recipients)
    iran = next(c for c in found if c.actors and c.actors[0].text == "إيران")
    assert {f"word={normalize('على')}", "side=after", "rules=recipient", "state=yes"} <= set(iran.features)
    assert found[-1].unit is None and "nobody=yes" in found[-1].features  # the choice of nobody


def test_the_model_fills_the_recipient_after_ala_where_the_rules_found_none() -> None:
    (call,) = recorded(SANCTIONS)
    *where, actors, _ = call
    chooser = ArgChooser(model({f"word={normalize('على')}": 2.0}))
    new_actors, new_recipients, tag = chooser.revise(*where, actors, [])
    assert [r.text for r in new_recipients] == ["إيران"]
    assert new_actors is actors
    assert tag == MODEL_TAG + "recipient"


def test_a_name_behind_the_recipients_preposition_is_never_made_the_actor() -> None:
    # a model that would take the name after على for the actor may not: على marks whom فرض reaches
    (call,) = recorded(SANCTIONS)
    *where, actors, _ = call
    eager = ArgModel.model_validate(
        {
            "margin": {"actor": 0.0, "recipient": None},
            "fill": {"actor": 0.0, "recipient": None},
            "weights": {"actor": {f"word={normalize('على')}": 5.0}},
            "trained": TRAINED,
        }
    )
    new_actors, _, _ = ArgChooser(eager).revise(*where, actors, [])
    assert "إيران" not in [a.text for a in new_actors]


def test_nobody_stays_when_it_beats_every_name() -> None:
    (call,) = recorded(SANCTIONS)
    *where, actors, _ = call
    chooser = ArgChooser(model({f"word={normalize('على')}": 2.0, "nobody=yes": 3.0}))
    assert chooser.revise(*where, actors, []) == (actors, [], "")


def test_the_rules_choice_stays_without_a_margin() -> None:
    (call,) = recorded(SANCTIONS)
    *where, actors, recipients = call
    chooser = ArgChooser(model({"side=inside": 5.0}))  # prefers the actor's name, were it allowed
    assert chooser.revise(*where, actors, recipients) == (actors, recipients, "")


def test_rules_arguments_hide_what_the_model_chose() -> None:
    iran = Actor(0, 5, "إيران", "Iran", "IRN", "GOV", "")
    event = Event(0, 10, 0, 3, "فرض", "SANCTION", "163", actor=[iran], recipient=[iran])
    event.rule = f"light:فرض:VSO{MODEL_TAG}recipient"
    assert rules_arguments(event) == ([iran], [])
    event.rule = "light:فرض:VSO"
    assert rules_arguments(event) == ([iran], [iran])


def test_a_tag_after_the_models_is_no_role_it_chose() -> None:
    # قصفت ... بلدة: the chooser named the doer, then the town's people became the recipient
    town = Actor(20, 30, "بلدة سراقب", "residents of Saraqib", "SYR", "CVL", "")
    jets = Actor(5, 15, "طائرات حربية", "warplanes", "", "MIL", "")
    event = Event(0, 40, 0, 4, "قصفت", "ASSAULT", "195", actor=[jets], recipient=[town])
    event.rule = f"verb:قصف:dropped{MODEL_TAG}actor{RESIDENTS_TAG}"
    assert model_roles(event.rule) == ["actor"]
    assert rules_arguments(event) == ([], [])
    assert model_roles("verb:قصف:VSO") == []


def test_a_role_taken_back_from_the_model_keeps_the_tags_after_it() -> None:
    # the one reader of the tag: a role taken out of it leaves the later tags as they were
    rule = f"verb:قصف:VSO{MODEL_TAG}actor,recipient{RESIDENTS_TAG}"
    assert _without_model_role(rule, "recipient") == f"verb:قصف:VSO{MODEL_TAG}actor{RESIDENTS_TAG}"
    assert _without_model_role(f"verb:قصف:VSO{MODEL_TAG}recipient{RESIDENTS_TAG}", "recipient") == (
        f"verb:قصف:VSO{RESIDENTS_TAG}"
    )
    assert _without_model_role("verb:قصف:VSO", "recipient") == "verb:قصف:VSO"


def test_the_shipped_model_passes_its_schema() -> None:
    assert model_problems() == []


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"weights": {"recipient": {"colour=red": 1.0}}}, "unknown feature"),
        ({"margin": {"speaker": 1.0}}, "unknown roles"),
        ({"fill": {"actor": "often"}}, "fill.actor"),
    ],
)
def test_a_bad_model_file_is_one_data_error(tmp_path: Path, change: dict[str, Any], reason: str) -> None:
    raw = {"margin": {}, "fill": {}, "weights": {}, "trained": TRAINED} | change
    path = tmp_path / "argmodel.yaml"
    path.write_text(json.dumps(raw, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(DataError, match=reason):
        read_model(path)


def _event(text: str, sentence: str, trigger: str, kind: str, actor: str, recipient: str) -> dict[str, Any]:
    def arg(name: str) -> list[dict[str, str]]:
        return [{"text": name, "entity": "", "country": "", "sector": ""}]

    return {"sentence": sentence, "trigger": trigger, "event_type": kind, "cameo": "", "mode": "",
            "modality": "asserted", "actor": arg(actor), "recipient": arg(recipient), "location": None,
            "date": None, "date_text": None}  # fmt: skip


def test_the_training_script_runs_on_a_tiny_gold_file(tmp_path: Path) -> None:
    first = "وفرضت الإدارة الأمريكية عقوبات اقتصادية جديدة على إيران."
    second = "وقصفت الطائرات الروسية مواقع لتنظيم داعش قرب مدينة الرقة."
    text = f"{first} {second}"
    record = {"doc_id": "invented-1", "published": "2016-09-20", "title": "", "text": text, "quotes": [],
              "entities": [], "events": [_event(text, first, "وفرضت", "SANCTION", "الإدارة الأمريكية", "إيران"),
                                         _event(text, second, "وقصفت", "ASSAULT", "الطائرات الروسية", "داعش")]}  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text(json.dumps(record, ensure_ascii=False) + "\n", encoding="utf-8")
    script = _script()
    out = tmp_path / "argmodel.yaml"
    assert script.main([str(gold), "--folds", "1", "--write", str(out)]) == 0
    written = read_model(out)
    assert written.fill == {"actor": 0.0, "recipient": 0.0} and written.weights["recipient"]


def test_the_training_script_cross_validates_the_margins(tmp_path: Path) -> None:
    # two invented articles, so that each fold has one to test on
    first = "وفرضت الإدارة الأمريكية عقوبات اقتصادية جديدة على إيران."
    second = "وهاجمت الطائرات التركية مواقع لحزب العمال الكردستاني شمال العراق."
    records = [
        {"doc_id": f"invented-{k}", "published": "2016-09-20", "title": "", "text": text, "quotes": [],
         "entities": [], "events": [_event(text, text, trigger, kind, actor, recipient)]}
        for k, (text, trigger, kind, actor, recipient) in enumerate(
            [(first, "وفرضت", "SANCTION", "الإدارة الأمريكية", "إيران"),
             (second, "وهاجمت", "ASSAULT", "الطائرات التركية", "حزب العمال الكردستاني")]
        )
    ]  # fmt: skip
    gold = tmp_path / "gold.jsonl"
    gold.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "argmodel.yaml"
    assert _script().main([str(gold), "--folds", "2", "--tune", "--write", str(out)]) == 0
    assert set(read_model(out).margin) == {"actor", "recipient"}


def test_the_shipped_chooser_fills_the_target_named_before_an_act_noun() -> None:
    # who suffers the attack is named before its noun, with no earlier verb governing it
    text = "وتعرض الجيش العراقي لهجوم عنيف شنه مسلحون قرب الموصل."
    assert (["مسلحون"], ["الجيش العراقي"]) in event_arguments(text, "ASSAULT")


def test_choosing_describes_only_names_that_may_take_a_role() -> None:
    # the second sentence's noun carries the first sentence's subject, which takes no role here
    calls = recorded("قصفت الطائرات الروسية مواقع المسلحين في حلب. وأسفر القصف عن مقتل عشرة مدنيين.")
    for view, trig, ctx, units, rule, event_type, actors, recipients in calls:
        slot = Slot(view, trig, ctx, units, rule, event_type)
        every, choosable = (
            describe(slot, actors, recipients),
            describe(slot, actors, recipients, choosable_only=True),
        )
        assert [c.unit for c in choosable] == [c.unit for c in every if c.roles or c.unit is None]
    assert any(
        len(describe(Slot(*c[:6]), c[6], c[7])) > len(describe(Slot(*c[:6]), c[6], c[7], choosable_only=True))
        for c in calls
    )


def _script() -> Any:
    return load_module("train_argmodel", SCRIPT)


def test_a_margin_is_chosen_only_when_it_is_surely_better_than_the_rules() -> None:
    script = _script()
    tally = {
        None: script.Tally(right=100),
        0.0: script.Tally(right=110, gained=40, lost=30),  # most right, but within noise
        1.0: script.Tally(right=108, gained=10, lost=2),  # fewer changes, surely better
    }
    assert script.best_margin(tally) == 1.0
    tally[1.0] = script.Tally(right=103, gained=6, lost=3)
    assert script.best_margin(tally) is None  # nothing beats the rules by more than noise
