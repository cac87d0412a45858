"""What the coder's rules and the argument model both ask of a name and the words around it.

A name's identities (armed, victims, a state), whether a number counts its people, whether a
word agrees with a noun, whether a new clause or a complementizer opens between two words,
and the prepositions a trigger takes its recipient with. The coder reads them to choose an
actor and a recipient; the argument model (:mod:`hadath.events.argmodel`) reads the same ones
as features, so both judge a name alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache

from hadath.events.arguments import Unit
from hadath.events.particles import is_complementizer, is_number_word, is_particle
from hadath.events.triggers import TriggerMatch
from hadath.mentions.groups import UNCOUNTED_RULE
from hadath.model import Token
from hadath.text.clitics import ARTICLE, has_article
from hadath.text.normalize import CLAUSE_BREAKS, normalize

VICTIM_SECTORS = ("CVL", "REF", "MED", "NGO", "EDU")
ARMED_SECTORS = ("MIL", "REB", "UAF", "COP", "SPY", "CRM")
COUNT_REACH = 4  # words before a name within which a number counts it (نحو 390 مقاتلا كرديا من)


def is_armed(u: Unit) -> bool:
    return all(i.sector in ARMED_SECTORS for i in u.identities)


def is_victim(u: Unit) -> bool:
    return all(i.kind in ("generic", "group") and i.sector in VICTIM_SECTORS for i in u.identities)


def is_state(u: Unit) -> bool:
    """A state named by its name or capital (الرياض، قطر), standing for the state."""
    return all(m.ref_kind in ("country", "capital") or i.label == "GPE"
               for m, i in zip(u.mentions, u.identities, strict=True))  # fmt: skip


@lru_cache(maxsize=100_000)  # why: asked of the words before every name and trigger; news repeats them
def is_number_or_quantity(word: str) -> bool:
    """Whether a normalized word is a number or a quantity (12، ثمانية، عشرات، عدد)."""
    return word.isdigit() or is_particle("quantity", word) or is_number_word(word)


def is_counted(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a number or a quantity word counts the people a unit names (7 عناصر من تنظيم
    داعش، نحو 390 مقاتلا من الحزب، عشرات الحوثيين): counted people are what befell, not who did.
    A dual (جنديان، حوثيين) counts its people too."""
    if u.mentions and u.mentions[0].rule == UNCOUNTED_RULE:
        return True
    for j in range(u.first - 1, max(-1, u.first - 1 - COUNT_REACH), -1):
        word = tokens[j].norm
        if is_number_or_quantity(word):
            return True
        if not tokens[j].is_word or is_particle("complementizer", word):
            return False
    return False


def agrees(tok: Token, definite: bool) -> bool:
    """Whether a word can modify a noun of this definiteness: no preposition or conjunction,
    the article exactly when the noun has it (القصف الجوي الروسي، غارات جوية روسية)."""
    if not tok.is_word or any(p not in (ARTICLE, "و") for p in tok.prefixes):
        return False
    return has_article(tok) == definite


def new_clause_between(tokens: Sequence[Token], left: int, right: int) -> bool:
    """Whether a conjunction or a clause break opens a new clause between a name and a verb
    (استهدفت المتمردين ولم تقصف تركيا: the rebels are the last verb's object)."""
    return any(
        tokens[k].norm in CLAUSE_BREAKS or "و" in tokens[k].prefixes or tokens[k].norm.startswith("و")
        for k in range(left + 1, right + 1)
    )


def complementizer_between(tokens: Sequence[Token], left: int, right: int) -> bool:
    return any(is_complementizer(tokens[k].norm) for k in range(left + 1, right))


@lru_cache(maxsize=256)  # some 30 lists of recipient prepositions and the said-words lists
def normalized_words(items: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(w) for w in items)


def recipient_preps(trig: TriggerMatch) -> frozenset[str]:
    """The normalized prepositions an entry takes its recipient with (asked of every verb and
    noun: normalized once per list, :func:`normalized_words`)."""
    return normalized_words(tuple(trig.entry.recipient_preps))
