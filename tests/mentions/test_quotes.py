"""Quotes: cue, content and speaker, on sentences we wrote."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(
    ("text", "speaker", "content", "direct"),
    [
        ("وقال كيري إن الهدنة لم تمت.", "John Kerry", "الهدنة لم تمت", False),
        ('وقال لافروف: "سنواصل العمل مع شركائنا".', "Sergey Lavrov", "سنواصل العمل مع شركائنا", True),
        # a speaker no list knows is named by the words between cue and content
        ("وقال سامر الحربي إن القافلة وصلت.", "سامر الحربي", "القافلة وصلت", False),
        ("وأكدت مصادر عسكرية أن الهجوم صد.", "مصادر عسكرية", "الهجوم صد", False),
        # the sentence opens with its speaker
        ('"كيري" وفي تصريحات مقتضبة للصحفيين، أكد أنه سيلتقي لافروف.', "John Kerry", "سيلتقي لافروف", False),
    ],
)
def test_quote_finder_speaker_and_content(
    tiny_pipeline, text: str, speaker: str, content: str, direct: bool
) -> None:
    article = tiny_pipeline(text, published="2016-09-20")
    (quote,) = article.quotes
    assert (quote.speaker.entity, quote.content, quote.direct) == (speaker, content, direct)
    assert article.text[quote.content_start : quote.content_end] == quote.content
    assert article.text[quote.speaker.start : quote.speaker.end] == quote.speaker.text


def test_cue_prefilter_keeps_every_cue_the_verb_readings_find(tiny_pipeline) -> None:
    """The quick test before a word's verb readings never hides a cue form they would find:
    every cue form, with a conjunction, the future marker or an object pronoun on."""
    from hadath.events.triggers import verb_readings
    from hadath.mentions.quotes import QuoteFinder
    from hadath.text.clitics import reading_stems

    finder = tiny_pipeline.stage(QuoteFinder)
    forms = list(finder.cue_of)
    words = {w for f in forms for w in (f, "و" + f, "ف" + f, "س" + f, f + "ه", f + "ها", "و" + f + "هم")}
    for word in sorted(words):
        if any(stem in finder.cue_of for stem, _, _ in verb_readings(word, finder.lexicon)):
            assert finder._may_be_cue(word, reading_stems(word)), word
