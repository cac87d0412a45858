"""Closed-class words read around triggers, from ``data/lexicon/ar/particles.tsv``."""

from __future__ import annotations

from collections import defaultdict
from functools import cache, lru_cache

from hadath.errors import DataError
from hadath.kb.lexicon import data_rows
from hadath.text.clitics import CONJUNCTIONS, FUTURE, PRONOUN_SUFFIXES
from hadath.text.inflect import verb_forms
from hadath.text.normalize import normalize
from hadath.text.numbers import is_number_word

PARTICLES_FILE = "lexicon/ar/particles.tsv"


@cache
def particles() -> dict[str, frozenset[str]]:
    """Normalized particle words by kind (negation, future, locative, recipient ...); a verb
    row stands for the forms of its lemma (:func:`particle_verb_forms`)."""
    table: dict[str, set[str]] = defaultdict(set)
    for kind, word, present, left_out, _gender in data_rows(PARTICLES_FILE, 5):
        if present:
            table[kind] |= particle_verb_forms(word, present, left_out.split())
        else:
            table[kind].add(normalize(word))
    return {k: frozenset(v) for k, v in table.items()}


@cache
def relative_genders() -> dict[str, str]:
    """The normalized singular relative pronouns (kind relative) by the gender, m or f, of
    the verb whose subject each stands for (الذي قال، التي قالت): the fifth column."""
    return {
        normalize(word): gender
        for kind, word, _present, _left_out, gender in data_rows(PARTICLES_FILE, 5)
        if kind == "relative" and gender
    }


def particle_verb_forms(lemma: str, present: str, left_out: list[str]) -> set[str]:
    """The normalized forms of a verb the coder reads as a particle: every third person form
    the inflection generator makes (قام، قامت، يقوم، يقومون، تقم; news reports in the third
    person, and a first person may be another word: أبدا), each present one also with the future س
    (سيقوم: the coder reads particles as written, clitics on), but those ``left_out`` (a
    homograph of another word), with or without س."""
    forms = verb_forms(lemma, present, persons=(3,))
    if not any(info.kind == "present" for info in forms.values()):
        raise DataError(PARTICLES_FILE, None, f"{present!r} is no present of {lemma!r}")
    words = set(forms) | {FUTURE + form for form, info in forms.items() if info.kind == "present"}
    return words - {clitic + normalize(word) for word in left_out for clitic in ("", FUTURE)}


@cache
def prepositions(kind: str) -> frozenset[str]:
    """The normalized prepositions of a kind in ``data/lexicon/ar/prepositions.tsv`` (result,
    member): kept apart from the particles, whose kinds the event filter reads as features."""
    return frozenset(normalize(word) for k, word in data_rows("lexicon/ar/prepositions.tsv", 2) if k == kind)


@cache
def _kinds_by_word() -> dict[str, frozenset[str]]:
    table: dict[str, set[str]] = defaultdict(set)
    for kind, words in particles().items():
        for word in words:
            table[word].add(kind)
    return {word: frozenset(kinds) for word, kinds in table.items()}


@cache
def particle_phrases(kind: str) -> tuple[tuple[str, ...], ...]:
    """The particles of a kind as sequences of normalized words (ما لم is two tokens)."""
    return tuple(tuple(phrase.split()) for phrase in sorted(particles().get(kind, frozenset())))


@lru_cache(maxsize=100_000)
def particle_kinds(word: str) -> frozenset[str]:
    """The kinds a normalized word (or its form without و/ف) is a particle of; memoized per
    word, since the coder asks about every word around every trigger."""
    table = _kinds_by_word()
    kinds = table.get(word, frozenset())
    if word.startswith(CONJUNCTIONS) and (bare := table.get(word[1:])):
        kinds = kinds | bare
    return kinds


@lru_cache(maxsize=200_000)  # why: asked ~40 times a sentence; a hit is one C-level look-up
def is_particle(kind: str, word: str) -> bool:
    """Whether a normalized word (or its form without و/ف) is a particle of a kind."""
    return kind in particle_kinds(word)


def is_any_particle(word: str) -> bool:
    """Whether a normalized word is a particle of any kind."""
    return bool(particle_kinds(word))


@lru_cache(maxsize=100_000)  # why: a light verb asks it of every word up to its object
def is_pronoun_complementizer(norm: str) -> bool:
    """أنه، أنها، بأنهم، لكنها ...: a complementizer carrying the subject as a pronoun suffix."""
    for head in ("ان", "بان", "لان", "لكن", "ولكن"):
        if norm.startswith(head) and norm[len(head) :] in PRONOUN_SUFFIXES:
            return True
    return False


@lru_cache(maxsize=100_000)  # why: asked of every word between a name and its trigger
def is_complementizer(norm: str) -> bool:
    """أن، إن، بأن ... or one carrying a pronoun (أنه، بأنهم): what follows is another clause."""
    return is_particle("complementizer", norm) or is_pronoun_complementizer(norm)


# is_number_word lives with the number words; the coder reads it here with the particles.
__all__ = [
    "is_any_particle",
    "is_complementizer",
    "is_number_word",
    "is_particle",
    "is_pronoun_complementizer",
    "particles",
    "prepositions",
    "relative_genders",
]
