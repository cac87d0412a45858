"""One act told twice in a sentence (an act and the phrase saying how or why it was done) is
one event; sentences we wrote."""

from __future__ import annotations

import pytest

from hadath.events.coder import _general_code

from .conftest import default_pipeline


def _events(text: str) -> list[tuple[str, str]]:
    return [(e.event_type, e.trigger) for e in default_pipeline()(text, published="2016-09-20").events]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a death and the shelling that caused it (ب + noun)
        ("أعلنت الشرطة مقتل ثلاثة مسلحين بقصف مدفعي استهدف مخبأهم في ريف إدلب.", [("ASSAULT", "مقتل")]),
        # a march and the protest it was made as (an accusative masdar: why it was done)
        ("تظاهر آلاف العمال في القاهرة احتجاجا على تأخر الرواتب.", [("PROTEST", "تظاهر")]),
    ],
)
def test_the_means_or_reason_of_an_act_is_that_act(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_of_two_events_for_one_act_the_one_naming_more_is_kept() -> None:
    # the deaths name nobody who acted; the clashes name both sides
    text = "أفادت مصادر محلية بمقتل أربعة مدنيين في اشتباكات بين الجيش السوري ومسلحي المعارضة قرب حمص."
    events = default_pipeline()(text, published="2016-09-20").events
    assert [e.trigger for e in events] == ["اشتباكات"]
    assert {a.entity for a in events[0].actor} == {"Syrian Arab Army", "opposition"}


def test_a_phrase_naming_another_doer_after_min_is_its_own_act() -> None:
    # the army stormed the town; the strikes that backed it were the coalition's
    text = "اقتحم الجيش العراقي البلدة صباح أمس مدعوما بغارات من طيران التحالف الدولي."
    assert _events(text) == [("ASSAULT", "اقتحم"), ("ASSAULT", "بغارات")]


def test_a_doer_after_min_of_an_act_whose_teller_names_none_is_that_acts_doer() -> None:
    # the deaths name no one who killed: the strikes' doer is who did it, one event
    events = default_pipeline()("قتل خمسة مسلحين بغارات من طيران التحالف الدولي قرب الموصل.").events
    assert [(e.trigger, [a.entity for a in e.actor]) for e in events] == [
        ("قتل", ["Combined Joint Task Force – Operation Inherent Resolve"])
    ]


@pytest.mark.parametrize(
    "text",
    [
        # a later step, after ثم or a form of قام, is an act of its own
        "اعتقلت الشرطة الصحفي أمس ثم قامت السلطات بإيداعه في السجن المركزي.",
        "اعتقلت قوات الأمن عشرات المحتجين ثم قامت بإيداعهم في السجن.",
    ],
)
def test_a_later_step_is_not_merged(text: str) -> None:
    assert len(_events(text)) == 2


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a relative clause on the attack's noun says what it aimed at
        (
            "أدانت الحكومة الهجوم الإرهابي الذي استهدف مقرا للشرطة قرب الميناء.",
            [("ACCUSE", "أدانت"), ("ASSAULT", "الهجوم")],
        ),
        # an attributive clause after the noun and its adjectives
        (
            "قالت مصادر طبية إن غارة جوية روسية مكثفة استهدفت المستشفى الميداني في البلدة.",
            [("ASSAULT", "غارة")],
        ),
    ],
)
def test_a_clause_modifying_the_acts_noun_retells_it(text: str, expected: list[tuple[str, str]]) -> None:
    assert _events(text) == expected


def test_a_clause_after_a_coordinated_subject_is_its_own_act() -> None:
    # معارك ... والقوات تتقدم: a new subject after و opens a clause of its own
    assert _events("تدور معارك في المدينة والقوات تتقدم نحو المطار.") == [
        ("ASSAULT", "معارك"),
        ("ASSAULT", "تتقدم"),
    ]


@pytest.mark.parametrize(
    ("text", "victims"),
    [
        # a light verb's act, then what it brought about after ما أدى إلى
        ("وشنت طائرات التحالف غارة على موقع قرب البلدة ما أدى إلى مقتل سبعة من المتمردين.", {"rebels"}),
        # an act's noun, then its outcome after a time phrase between the verb and إلى
        (
            "تبنى التنظيم المتطرف هجوما بعبوة ناسفة أدى مساء الثلاثاء إلى مقتل ثلاثة من رجال الشرطة.",
            {"police"},
        ),
    ],
)
def test_whom_an_outcome_names_the_act_before_it_befell(text: str, victims: set[str]) -> None:
    events = default_pipeline()(text, published="2016-09-20").events
    assert {a.entity for a in events[0].recipient} == victims


def test_a_noun_after_a_plain_preposition_is_no_outcome() -> None:
    # في before the noun, but no verb of outcome: the deaths are told on their own
    text = "قتل خمسة جنود في هجوم على نقطة تفتيش شمال المدينة."
    rules = [e.rule for e in default_pipeline()(text, published="2016-09-20").events]
    assert rules and not any("+result" in r for r in rules)


@pytest.mark.parametrize(
    "text",
    [
        # an act's noun and its light verb, then the deaths it brought after أسفر عن
        "وكان هجوم نفذه مسلحون على حاجز للشرطة قد أسفر عن مقتل أربعة من عناصره.",
        # a verb's act, then what came of it after ما أدى إلى
        "قصفت المدفعية التركية قرية حدودية صباح اليوم ما أدى إلى مقتل تسعة قرويين.",
    ],
)
def test_what_an_act_just_told_brought_about_is_that_act(text: str) -> None:
    triggers = [trigger for _, trigger in _events(text)]
    assert len(triggers) == 1 and triggers[0] != "مقتل"


def test_the_victims_of_a_folded_outcome_join_the_acts_recipients() -> None:
    # the strike's target is the camp's fighters; the dead after أسفرت عن are whom it reached too
    text = "شنت طائرات حربية غارة على معسكر للمتمردين أسفرت عن مقتل عشرين مدنيا من سكان القرية."
    events = default_pipeline()(text, published="2016-09-20").events
    assert len(events) == 1
    assert {"rebels", "civilians"} <= {a.entity for a in events[0].recipient}


def test_an_outcome_far_from_the_last_act_stays_its_own_event() -> None:
    # the shelling is told long before; the deaths came of a fire the sentence has no trigger for
    text = (
        "قصفت الطائرات الحربية أطراف البلدة فجر اليوم ثم عادت إلى قواعدها قبل الظهر بساعات طويلة، "
        "وعند المغيب حصل حريق ضخم قرب سوق الخضار في وسط البلدة القديمة ما أدى إلى مقتل سبعة مدنيين."
    )
    assert [trigger for _, trigger in _events(text)] == ["قصفت", "مقتل"]


def test_the_reach_to_an_outcome_runs_from_the_acts_last_argument() -> None:
    # the raids' trigger is far from the deaths, but their target and place run up to the comma
    text = (
        "شنت مقاتلات التحالف مساء الجمعة سلسلة غارات جوية مركزة استمرت حتى ساعات الفجر الأولى "
        "على مخازن سلاح تابعة للمتمردين الحوثيين في أطراف مدينة صعدة، ما أسفر عن مقتل ثلاثين مسلحا."
    )
    events = default_pipeline()(text, published="2016-09-20").events
    assert [e.trigger for e in events] == ["شنت"]
    assert "مسلحا" in {a.text for a in events[0].recipient}


@pytest.mark.parametrize(
    ("text", "verb"),
    [
        # the verb names no subject of its own: the raids after it are what struck
        (
            "وقال سكان إن المسلحين هاجموا القرية. كما استهدفت غارات التحالف مخازن للمسلحين قرب البلدة.",
            "استهدفت",
        ),
        # the raids opening the sentence are the verb's subject
        ("واستهدفت غارات التحالف مواقع المتمردين في مدينة تعز يوم الجمعة.", "واستهدفت"),
    ],
)
def test_an_act_noun_that_is_its_verbs_subject_is_that_act(text: str, verb: str) -> None:
    # one strike told once: the verb keeps the raids' doer, no event of the noun
    events = default_pipeline()(text, published="2016-09-20").events
    strikes = [e for e in events if e.event_type == "ASSAULT" and e.trigger != "هاجموا"]
    assert [e.trigger for e in strikes] == [verb]
    assert [a.text for a in strikes[0].actor] == ["التحالف"]


def test_coercive_acts_of_different_codes_are_acts_apart() -> None:
    # a seizure of land and a demolition of houses, told as two nouns joined by و: two acts
    # (coerce.yaml sets separate_acts), where a noun right after another of its type would
    # otherwise retell it
    text = "قامت قوات الاحتلال بمصادرة الأراضي وهدم المنازل في القرية."
    assert _events(text) == [("COERCE", "بمصادرة"), ("COERCE", "وهدم")]


@pytest.mark.parametrize(("cameo", "general"), [("17", True), ("170", True), ("173", False), ("1712", False)])
def test_a_types_general_code_names_the_acts_told_with_it(cameo: str, general: bool) -> None:
    assert _general_code(cameo) is general
