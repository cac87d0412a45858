"""A verb's subject named by a common noun of a body or a group that no list makes a mention.

``وطلبت الشركات مهلة``، ``واتفق الرئيسان على``، ``ويطالب أهالي المدينة بـ``: the noun right
after the verb is its subject, but no mention covers it (as an object, a genitive or a topic such
nouns name no one, so they are no mentions), and the coder took a name further on, or carried
who acted before. Here the noun becomes an argument unit of its own, for the subject slot only:
no mention is added, so entities and recipients stay as they were.

A verb with no subject in reach and none to carry (the story's first, as a lede opens: دعت
الممثلة الفرنسية ...، استنكر علماء المدينة) takes any noun after it (:func:`lede_subject`), when
neither the rules nor the learned chooser named anyone. An indefinite noun right after a verb
with an adjective of another one (``other_adjectives.txt``) or a feminine or plural nisba after
it, then the verb's object (قصفت طائرة أخرى موقعا، شنت طائرات أخرى غارات), is the subject too
(:func:`indefinite_subject`): an object comes after its subject. No kind of subject is carried
on to a later verb whose subject is dropped.

The nouns are the organisation heads of ``name_heads.tsv`` (لجنة، مجلس), the sector heads of
``sector_heads.tsv`` (الشعب، الإدارة) and ``subject_nouns.tsv`` (النواب، الأطراف، الرئيسان).
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import cache
from typing import NamedTuple

from hadath.events.arguments import Unit, is_nisba_adjective
from hadath.events.particles import is_any_particle, is_particle, particle_kinds, prepositions
from hadath.kb.lexicon import data_lines
from hadath.kb.names import sector_heads, subject_nouns
from hadath.mentions.groups import ACCUSATIVE_ENDING, SOUND_PLURAL_ENDINGS, bare_stem, marked_nisba_endings
from hadath.mentions.names import function_words, name_heads
from hadath.model import Mention, Token
from hadath.resolve.actors import Identity
from hadath.text.clitics import (
    FEMININE_PLURAL_ENDING,
    PREPOSITIONS,
    has_article,
    no_clitic_but_article,
    without_article,
)
from hadath.text.normalize import normalize
from hadath.text.numbers import is_count_word

NOUN_SUBJECT_RULE = "subject-noun"  # the rule of the unit's mention, for the trace and tests
LEDE_SUBJECT_RULE = "subject-lede"  # any noun after a story's first verb (lede_subject)
INDEFINITE_SUBJECT_RULE = "subject-indefinite"  # an indefinite noun before the object (indefinite_subject)
COMPLEMENT_SUBJECT_RULE = "subject-complement"  # the noun phrase after إن/أن (complement_noun_subject)
OTHER_ADJECTIVES_FILE = "lexicon/ar/other_adjectives.txt"
QUANTITY_ONLY = frozenset({"quantity"})  # the particle kinds of a word that only quantifies
NOMINATIVE_PLURAL = "ون"  # the ending of a sound masculine plural as a subject (accusative: ين)
OBLIQUE_PLURAL = "ين"  # ... and as an object or a genitive


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
    subject the coder already reads: None then. A quantity word before the noun with the
    article (بعض الأطراف، جميع الفصائل) opens the subject with it."""
    if not _open_word(tokens, k, units):
        return None
    opening = k
    if _quantifier(tokens[k]) and k + 1 < len(tokens) and has_article(tokens[k + 1]):
        k += 1  # دعت بعض الأطراف الحكومة: some of the parties call
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
    return _subject_unit(text, tokens, opening, last, NOUN_SUBJECT_RULE, noun.sector, noun.english)


def _quantifier(tok: Token) -> bool:
    """Whether a word is only a quantity word (بعض، جميع، عشرات), no preposition or time word
    too (قبل، بعد، نحو), and has no article."""
    return not has_article(tok) and particle_kinds(tok.norm) == QUANTITY_ONLY


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


def indefinite_subject(
    tokens: Sequence[Token],
    k: int,
    units: Sequence[Unit],
    verb_gender: str,
    feminine: frozenset[int],
    text: str,
) -> Unit | None:
    """The subject unit an indefinite noun at token ``k`` (right after a verb) makes with the
    adjective after it, when the verb's object follows them (قصفت طائرة أخرى موقعا، شنت طائرات
    أخرى غارات، رفعت شابة عراقية دعوى): an object comes after the subject, so the first of two
    bare noun phrases is the subject. The noun has no clitic and no article, and is written in
    no form an object or a genitive takes (the accusative alif, the ين plural); the adjective
    is one of another one (other_adjectives.txt) or an indefinite nisba; the noun agrees with
    the verb's gender (``verb_gender``; ``feminine``: the tokens written with a teh marbuta)."""
    if k + 2 >= len(tokens) or not _open_word(tokens, k, units) or not _is_bare_indefinite(tokens[k]):
        return None
    adjective = tokens[k + 1]
    if not adjective.is_word or adjective.prefixes:
        return None
    other = adjective.norm in other_adjectives()
    if not other and not _feminine_or_plural_nisba(adjective):
        return None
    # وزراء خارجية الاتحاد: before a definite word a nisba may be a noun in construct
    if not _opens_object(tokens, k + 2, units) or (not other and _definite(tokens, k + 2, units)):
        return None
    if verb_gender == "m" and k in feminine:
        return None  # قصف طائرة أخرى: a masculine verb's feminine noun is no subject
    if verb_gender == "f" and tokens[k].norm.endswith(SOUND_PLURAL_ENDINGS):
        return None
    return _subject_unit(text, tokens, k, k + 1, INDEFINITE_SUBJECT_RULE)


def complement_noun_subject(
    tokens: Sequence[Token],
    opening: int,
    verb: int,
    units: Sequence[Unit],
    verb_gender: str,
    feminine: frozenset[int],
    text: str,
) -> Unit | None:
    """The subject unit the noun phrase between إن/أن (its first word at ``opening``) and a
    verb (at ``verb``) makes when no name there is the subject (أكد أن الطائرات المشاركة قصفت،
    قال إن عددا من المصافي أبدت): إن/أن opens a nominal clause, so the noun after it is the
    subject of the verb that ends the phrase, and the story's last actor is not carried. The
    first word has no clitic but the article and no name covers it; it is a definite noun, a
    body's or group's noun (with a pronoun: قواتها), or an indefinite accusative before من or
    عن (عددا من، ممثلين عن); it agrees with the verb's gender (``verb_gender``; ``feminine``:
    the tokens written with a teh marbuta). Particles before the verb (قد، لم) are left out."""
    if not _open_word(tokens, opening, units):
        return None
    tok = tokens[opening]
    if is_count_word(tok.norm):
        return None
    # عددا من: a word of quantity may open the part of a group, no other function word the subject
    partitive = _partitive(tokens, opening)
    if not partitive and (_function_word(tok.norm) or not (has_article(tok) or bare_stem(tok) in _nouns())):
        return None
    if verb_gender == "m" and opening in feminine:
        return None  # أن الحكومة يطالبها: a masculine verb's feminine noun is its object
    if verb_gender == "f" and tok.norm.endswith(SOUND_PLURAL_ENDINGS):
        return None
    last = verb - 1
    while last > opening and (not tokens[last].is_word or _function_word(tokens[last].norm)):
        last -= 1
    if any(is_particle("relative", tokens[j].norm) for j in range(opening, verb)):
        return None  # أن الاتهامات التي توجهها: the verb is the relative clause's
    if has_article(tok) and last > opening and _bare_word(tokens, opening + 1, units):
        return None  # أن المشاورات جارية، أن التوقيفات جرت: a predicate, not the subject's word
    return _subject_unit(text, tokens, opening, last, COMPLEMENT_SUBJECT_RULE)


def _bare_word(tokens: Sequence[Token], k: int, units: Sequence[Unit]) -> bool:
    """Whether token ``k`` is a word with no clitic, no article, no function word and no name
    covering it: after a definite noun, no adjective of it nor a genitive, but a predicate."""
    tok = tokens[k]
    return (
        tok.is_word
        and not tok.prefixes
        and not _function_word(tok.norm)
        and not any(u.first <= k <= u.last for u in units)
    )


def _partitive(tokens: Sequence[Token], k: int) -> bool:
    """Whether token ``k`` is an indefinite accusative noun (عددا، ممثلين) before من or عن,
    the part of a group the phrase after names."""
    tok = tokens[k]
    return (
        not has_article(tok)
        and tok.norm.endswith((ACCUSATIVE_ENDING, *SOUND_PLURAL_ENDINGS))
        and k + 1 < len(tokens)
        and tokens[k + 1].norm in prepositions("partitive")
    )


@cache
def other_adjectives() -> frozenset[str]:
    """The adjectives of another one (أخرى، آخرون), normalized."""
    return frozenset(normalize(word) for word in data_lines(OTHER_ADJECTIVES_FILE))


def _is_bare_indefinite(tok: Token) -> bool:
    """Whether a word is an indefinite noun in a form a subject may take: no article, no
    function word or number, no accusative alif, no ين plural (an object's or a genitive's;
    the ون plural is the subject's, and must agree with the verb: :func:`indefinite_subject`)."""
    return not (
        has_article(tok)
        or _function_word(tok.norm)
        or is_count_word(tok.norm)
        or tok.norm.endswith((ACCUSATIVE_ENDING, OBLIQUE_PLURAL))
    )


def _feminine_or_plural_nisba(tok: Token) -> bool:
    """Whether a word is an indefinite nisba adjective of a feminine or plural noun (جوية،
    عراقية، مسلحون محليون): the masculine singular's ي ends many other words (نوري، يرتدي)."""
    return is_nisba_adjective(tok, False) and tok.norm.endswith(marked_nisba_endings())


def _definite(tokens: Sequence[Token], k: int, units: Sequence[Unit]) -> bool:
    """Whether token ``k`` has the article or opens a name."""
    return has_article(tokens[k]) or any(u.first == k for u in units)


def _opens_object(tokens: Sequence[Token], k: int, units: Sequence[Unit]) -> bool:
    """Whether token ``k`` opens a verb's direct object: a name or a word with no clitic but
    the article, no function word, that is a definite noun, an indefinite one with the
    accusative alif (موقعا) or a feminine plural (غارات), and no indefinite nisba adjective."""
    tok = tokens[k]
    if not tok.is_word or not no_clitic_but_article(tok) or _function_word(tok.norm):
        return False
    if any(u.first == k for u in units):
        return True
    if is_nisba_adjective(tok, False):
        return False
    return has_article(tok) or tok.norm.endswith((ACCUSATIVE_ENDING, FEMININE_PLURAL_ENDING))


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
    """Whether a unit is a subject :func:`noun_subject`, :func:`lede_subject`,
    :func:`indefinite_subject` or :func:`complement_noun_subject` made."""
    return unit.mentions[0].rule in (
        NOUN_SUBJECT_RULE,
        LEDE_SUBJECT_RULE,
        INDEFINITE_SUBJECT_RULE,
        COMPLEMENT_SUBJECT_RULE,
    )


def is_lede_subject(unit: Unit) -> bool:
    """Whether a unit is a subject :func:`lede_subject` made."""
    return unit.mentions[0].rule == LEDE_SUBJECT_RULE
