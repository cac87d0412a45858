"""Quotes that accuse, threaten, reject or demand also tell that act, by the speaker."""

from __future__ import annotations

from hadath.events.quote_events import find_act, quote_acts
from hadath.model import Article


def _acts(pipeline, text: str) -> list[tuple[str, list[str], list[str], str]]:
    article: Article = pipeline(text, published="2016-09-20")
    for e in article.events:
        assert article.text[e.trigger_start : e.trigger_end] == e.trigger
    return [
        (e.event_type, [a.entity for a in e.actor], [r.entity for r in e.recipient], e.trigger)
        for e in article.events
        if e.rule.startswith("quote:")
    ]


def test_a_quote_calling_an_act_a_war_crime_is_an_accusation_by_the_speaker(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وقال كيري إن ما تفعله روسيا في حلب جريمة حرب.")
    assert found == [("ACCUSE", ["John Kerry"], ["Russia"], "جريمة حرب")]


def test_a_quote_threatening_a_response_is_a_threat(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وأكد لافروف أن واشنطن ستدفع الثمن.")
    assert found == [("THREATEN", ["Sergey Lavrov"], ["United States"], "ستدفع الثمن")]


def test_no_second_event_when_the_coder_told_the_act(tiny_pipeline) -> None:
    # اتهم is already an ACCUSE trigger in this sentence
    assert _acts(tiny_pipeline, "اتهم كيري روسيا وقال إنها ارتكبت جريمة حرب في حلب.") == []


def test_the_phrase_outside_any_quote_is_no_act(tiny_pipeline) -> None:
    assert _acts(tiny_pipeline, "وقعت مجزرة في حلب أمس.") == []


def test_phrases_match_across_clitics_and_the_longest_first() -> None:
    assert all(len(a.words) >= len(b.words) for a, b in zip(quote_acts(), quote_acts()[1:], strict=False))
    assert find_act([]) is None


def test_calling_words_provocative_is_criticism(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وقال كيري إن تصريحات لافروف استفزازية.")
    assert found == [("ACCUSE", ["John Kerry"], ["Sergey Lavrov"], "استفزازية")]


def test_saying_someone_must_act_is_a_demand(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وقال كيري إنه يجب على روسيا وقف الغارات.")
    assert found == [("REQUEST", ["John Kerry"], ["Russia"], "يجب على")]


def test_the_one_asked_is_named_right_after_the_demand(tiny_pipeline) -> None:
    # not the first name of the content (داعش), and an unnamed body counts
    found = _acts(tiny_pipeline, "وقال كيري إنه يجب على المجتمع الدولي دعم الحرب على تنظيم داعش.")
    assert [(kind, recipients) for kind, _, recipients, _ in found] == [
        ("REQUEST", ["international community"])
    ]


def test_a_duty_the_speaker_takes_on_asks_no_one(tiny_pipeline) -> None:
    # علينا: what the speaker's own side must do is no demand of another party
    found = _acts(tiny_pipeline, "وقال كيري إنه يتعين علينا مضاعفة الجهود لوقف الغارات في سوريا.")
    assert [kind for kind, *_ in found if kind == "REQUEST"] == []


def test_violations_a_party_commits_are_an_accusation_but_counted_violations_are_not(tiny_pipeline) -> None:
    # انتهاكاتها names whose violations they are; a report's tally of violations accuses no one
    found = _acts(tiny_pipeline, "وقال كيري إن روسيا تواصل انتهاكاتها في حلب.")
    assert [(kind, trigger) for kind, _, _, trigger in found] == [("ACCUSE", "انتهاكاتها")]
    assert _acts(tiny_pipeline, "وقال كيري إن الانتهاكات بلغت رقما قياسيا في حلب.") == []


def test_a_definite_label_with_no_one_named_describes_a_known_act(tiny_pipeline) -> None:
    # هذا العمل الإرهابي: the speaker speaks of the act already told, he accuses no one
    found = _acts(tiny_pipeline, "وقال المحافظ إن هذا العمل الإرهابي الجبان لن يوقف حركة السوق.")
    assert found == []


def test_the_same_label_without_the_article_still_accuses(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وقال المحافظ إن ما جرى في السوق عمل إرهابي جبان.")
    assert [kind for kind, _, _, _ in found] == ["ACCUSE"]


def test_a_definite_label_with_a_party_named_still_accuses(tiny_pipeline) -> None:
    found = _acts(tiny_pipeline, "وقال كيري إن المجازر التي ترتكبها روسيا في حلب لن تمر.")
    assert found == [("ACCUSE", ["John Kerry"], ["Russia"], "المجازر")]
