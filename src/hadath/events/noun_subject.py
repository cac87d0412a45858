"""A verb's subject named by a common noun of a body or a group that no list makes a mention.

``وطلبت الشركات مهلة``، ``واتفق الرئيسان على``، ``ويطالب أهالي المدينة بـ``: the noun right
after the verb is its subject, but no mention covers it (as an object, a genitive or a topic such
nouns name no one, so they are no mentions), and the coder took a name further on, or carried
who acted before. Here the noun becomes an argument unit of its own, for the subject slot only:
no mention is added, so entities and recipients stay as they were.

A verb with no subject in reach and none to carry (the story's first, as a lede opens: دعت
الممثلة الفرنسية ...، استنكر علماء المدينة) takes any noun after it (:func:`lede_subject`), when
neither the rules nor the learned chooser named anyone. Neither kind of subject is carried on
to a later verb whose subject is dropped.

The nouns are the organisation heads of ``name_heads.tsv`` (لجنة، مجلس), the sector heads of
``sector_heads.tsv`` (الشعب، الإدارة) and ``subject_nouns.tsv`` (النواب، الأطراف، الرئيسان).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from hadath.events.arguments import Unit, is_nisba_adjective
from hadath.events.particles import is_any_particle
from hadath.kb.names import sector_heads, subject_nouns
from hadath.mentions.groups import bare_stem
from hadath.mentions.names import function_words, name_heads
from hadath.model import Mention, Token
from hadath.resolve.actors import Identity
from hadath.text.clitics import PREPOSITIONS, has_article, no_clitic_but_article, without_article
from hadath.text.normalize import normalize
from hadath.text.numbers import is_count_word

NOUN_SUBJECT_RULE = "subject-noun"  # the rule of the unit's mention, for the trace and tests
LEDE_SUBJECT_RULE = "subject-lede"  # any noun after a story's first verb (lede_subject)
NOMINATIVE_PLURAL = "ون"  # the ending of a sound masculine plural as a subject (accusative: ين)


class NounReading(NamedTuple):
    """What a noun of a body or group says of the subject it names (from a row of
    subject_nouns.tsv, sector_heads.tsv or name_heads.tsv)."""

    gender: str  # "m", "f", or "" (either)
    sector: str
    english: str  # "" for an organisation head: the words themselves name it
    singular: bool = False  # an organisation head: feminine written with a teh marbuta, else masculine
    # whether it may name the subject in construct, without the article (أهالي المدينة); a
    # sector head there is mostly another word (نظام الدفع: a system)
    construct: bool = True


@cache
def _nouns() -> dict[str, NounReading]:
    """Every such noun, normalized and without the article: the shipped subject nouns first,
    then the sector heads and the one-word organisation heads they do not list."""
    nouns: dict[str, NounReading] = {}
    for row in subject_nouns():
        nouns.setdefault(normalize(row.word), NounReading(row.gender, row.sector, row.english))
    for head in sector_heads():
        words = normalize(head.word).split()
        if len(words) == 1:
            nouns.setdefault(
                without_article(words[0]),
                NounReading(head.gender, head.sector, head.english, construct=False),
            )
    for word, sector in name_heads().orgs.items():
        nouns.setdefault(without_article(word), NounReading("", sector, "", singular=True))
    return nouns


def noun_subject(
    tokens: Sequence[Token],
    k: int,
    units: Sequence[Unit],
    verb_gender: str,
    feminine: frozenset[int],
    text: str,
) -> Unit | None:
    """The subject unit a body's or group's noun at token ``k`` (right after a verb) makes, or
    None. The noun has no clitic but the article, no name covers it, and it agrees with the
    verb's gender (``verb_gender``, "" when the form does not say; ``feminine``: the tokens
    written with a teh marbuta). It has the article, or ends as a nominative plural (آخرون),
    or opens a construct (أهالي المدينة); a name in construct after it (قيادة التحالف) is the
    subject the coder already reads: None then."""
    if not _open_word(tokens, k, units):
        return None
    tok = tokens[k]
    noun = _nouns().get(bare_stem(tok))
    if noun is None or tok.norm in function_words():
        return None
    last = k
    if not has_article(tok) and not tok.norm.endswith(NOMINATIVE_PLURAL):
        genitive = next((u for u in units if u.first == k + 1), None)
        if genitive is not None and (genitive.is_actor or noun.singular):
            return None  # a body's head before a place (جامعة تبوك) is the coder's _body_of_place
        if not noun.construct or (
            genitive is None and not (k + 1 < len(tokens) and has_article(tokens[k + 1]))
        ):
            return None
        last = genitive.last if genitive is not None else k + 1
    last = _past_adjectives(tokens, last)
    gender = noun.gender or ("f" if k in feminine else "m" if noun.singular else "")
    if verb_gender and gender and verb_gender != gender:
        return None  # دعا الحكومة: the noun is the object
    return _subject_unit(text, tokens, k, last, NOUN_SUBJECT_RULE, noun.sector, noun.english)


def lede_subject(tokens: Sequence[Token], k: int, units: Sequence[Unit], text: str) -> Unit | None:
    """The subject unit any noun at token ``k`` makes, right after a verb with no subject to
    carry: a word with no clitic but the article, no function word, particle or number, that
    no name covers; in construct (no article) with the word or the name after it."""
    if not _open_word(tokens, k, units):
        return None
    tok = tokens[k]
    if _function_word(tok.norm) or is_count_word(tok.norm):
        return None
    last = k
    if not has_article(tok) and k + 1 < len(tokens) and tokens[k + 1].is_word:
        genitive = next((u for u in units if u.first == k + 1), None)
        last = genitive.last if genitive is not None else k + 1
    return _subject_unit(text, tokens, k, _past_adjectives(tokens, last), LEDE_SUBJECT_RULE)


def _open_word(tokens: Sequence[Token], k: int, units: Sequence[Unit]) -> bool:
    """Whether token ``k`` is a word with no clitic but the article that no unit covers: where
    either kind of noun subject may stand."""
    if k >= len(tokens) or not tokens[k].is_word or not no_clitic_but_article(tokens[k]):
        return False
    return not any(u.first <= k <= u.last for u in units)


def _subject_unit(
    text: str, tokens: Sequence[Token], k: int, last: int, rule: str, sector: str = "", english: str = ""
) -> Unit:
    """The argument unit of a subject's words from token ``k`` to ``last``, made by ``rule``: a
    body no list knows, of ``sector``, called ``english`` (its own words when none is given).
    It has a mention of its own, which no mention list holds."""
    start, end = tokens[k].start, tokens[last].end
    words = text[start:end]
    name = english or words
    mention = Mention(
        start,
        end,
        words,
        "actor",
        label="ORG",
        ref=f"unknown:ORG:{sector}",
        entity=name,
        sentence=tokens[k].sentence,
        rule=rule,
    )
    return Unit(k, last, [mention], [Identity(name, "", sector, "", "ORG", "unknown")], parts=[(k, last)])


def _function_word(word: str) -> bool:
    """A function word or particle, alone or after a preposition the tokenizer left on (بما)."""
    return any(
        w in function_words() or is_any_particle(w)
        for w in (word, word[1:] if word.startswith(PREPOSITIONS) else "")
        if w
    )


def _past_adjectives(tokens: Sequence[Token], last: int) -> int:
    """The last token of a noun phrase ending at ``last``, past one nisba adjective after it
    (المستشفى العسكري، أهالي المناطق الجنوبية): a name the adjective reads as (العسكري: soldiers)
    is the subject's word, not the verb's object. One only: a noun after it may end as a nisba
    does once normalized (الجرحى), and be the object (استقبل المستشفى العسكري الجرحى)."""
    if last + 1 < len(tokens) and is_nisba_adjective(tokens[last + 1], has_article(tokens[last])):
        return last + 1
    return last


def is_noun_subject(unit: Unit) -> bool:
    """Whether a unit is a subject :func:`noun_subject` or :func:`lede_subject` made."""
    return unit.mentions[0].rule in (NOUN_SUBJECT_RULE, LEDE_SUBJECT_RULE)


def is_lede_subject(unit: Unit) -> bool:
    """Whether a unit is a subject :func:`lede_subject` made."""
    return unit.mentions[0].rule == LEDE_SUBJECT_RULE
