"""Forces named by a head noun and a country adjective or a genitive, beyond fixed phrases.

The alias index knows "القوات السعودية" and "طائرات روسية" as written. News also puts words
between the head and the adjective, and names a force by its owner in the genitive:

- ``طائرات حربية روسية``، ``طائرات العدوان الروسي``، ``المقاتلات الحربية التركية``: a sector
  head (``lexicon/ar/sector_heads.tsv``), at most two modifier words, then a country
  adjective: a part of that state (Russia aircraft, MIL);
- ``طائرات النظام``، ``طيران التحالف``: a force's head noun right before an actor mention
  stands for that actor (:func:`is_force_head`): "من قبل طائرات النظام" marks the owner as
  the agent. So does a noun of members in construct (``عناصر التنظيم``، ``مقاتلو العشائر``;
  :func:`is_owner_head`, ``lexicon/ar/group_words.tsv``);
- ``الجنود السعوديون``، ``مقاتلين أكراد``: a common noun of people (``actor_nouns.tsv``) and a
  plural demonym after it are one group, the noun's sector with the demonym's country
  (:func:`plural_groups`).

Country adjectives are matched on the token's stem (clitics off), masculine or feminine,
so the adjective may agree with the modifier rather than the head (طائرات العدوان الروسي).
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import cache, cached_property
from operator import attrgetter
from typing import NamedTuple

from hadath.kb import KnowledgeBase
from hadath.kb.lexicon import COUNTED_PLURALS_FILE, GROUP_WORD_KINDS, data_lines, data_rows
from hadath.kb.names import sector_heads
from hadath.memo import FormFlag, Memo
from hadath.model import Mention, Token
from hadath.text.clitics import (
    ARTICLE,
    CONJUNCTIONS,
    best_segmentation,
    has_article,
    has_article_clitic,
    kept_article,
    no_clitic_but_article,
    without_article,
)
from hadath.text.normalize import normalize, normalize_with_map
from hadath.text.numbers import is_count_word

MAX_MODIFIERS = 2  # words allowed between a head and its country adjective
FORCE_SECTORS = ("MIL",)  # "طائرات النظام" is the regime's; "أمن تركيا" is no force
GROUP_WORDS_FILE = "lexicon/ar/group_words.tsv"
# nouns that open a speaker no list knows (مصدر، خبراء): the quote finder's speakers, never a
# name's words, the noun a nisba after it describes (مصدر عسكري)
SPEAKER_NOUNS_FILE = "lexicon/ar/speaker_nouns.txt"
# endings of a nisba adjective (ي، ية، يون ...): one list for the argument builder, the quote
# finder, the coder, the name chunker and noun_subject (marked_nisba_endings)
NISBA_ENDINGS_FILE = "lexicon/ar/nisba_endings.txt"
MASCULINE_NISBA_ENDING = "ي"  # the masculine singular's ending (عسكري), a closed-class letter
# Letters that must follow a listed word's leading ال for word_keys to key the rest too:
# Arabic stems have three letters at least, so in a word of four (ألف، آلاف، الذي) the ال is
# the word's own letters, and a two-letter rest (ف، اف، ذي) would only match unrelated tokens.
MIN_REST_AFTER_ARTICLE = 3


def clitic_offset(surface: str, skip: int) -> int:
    """Original characters of ``surface`` covering its first ``skip`` normalized characters."""
    if skip <= 0:
        return 0
    _, offsets = normalize_with_map(surface)
    return offsets[skip]


def bare_stem(token: Token) -> str:
    """A token's stem as the word written alone has it: without the article the tokenizer
    leaves on a name word after a clitic (والسوري -> و + السوري -> سوري).

    Why: the tokenizer already takes the article off a word alone (الألمانية -> المانيه), so
    the ال of a stem is the word's own letters (ألمانية) unless a clitic kept the article on.
    """
    return token.stem[2:] if kept_article(token) else token.stem


def word_stem(word: str, lexicon: frozenset[str] = frozenset()) -> str:
    """The stem the tokenizer reads in a word written alone (its clitic segmenter's reading):
    the article off, the letters that only look like it kept (الألمانية، ألمانية -> المانيه).

    A word it would read with a pronoun on (بحريني -> بحري + ني) keeps its letters: its tokens
    carry that pronoun, and the stem alone is another word."""
    reading = best_segmentation(normalize(word), lexicon, word)
    return without_article(normalize(word)) if reading.suffix else reading.stem


def word_keys(word: str, lexicon: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The stems :func:`bare_stem` gives the tokens of a listed word: its :func:`word_stem`,
    and when that begins with ال, the rest too (وألمانية: a clitic before the word's own ال,
    which :func:`bare_stem` cannot tell from a kept article)."""
    stem = word_stem(word, lexicon)
    rest = stem.removeprefix(ARTICLE)
    return (stem, rest) if rest != stem and len(rest) >= MIN_REST_AFTER_ARTICLE else (stem,)


def norm_keys(norm: str) -> tuple[str, ...]:
    """The stems :func:`bare_stem` may give the tokens of a word known only normalized (a
    name's word): without the article, and whole when it begins with ال, since the hamza that
    told a word's own ال (ألوية) from the article is gone."""
    bare = without_article(norm)
    return (bare, norm) if bare != norm else (bare,)


class GroupWords(NamedTuple):
    """The words of ``lexicon/ar/group_words.tsv``, normalized, without the article."""

    demonyms: dict[str, str]  # broken plural demonym (روس، أكراد) -> ISO3 or ""
    members: frozenset[str]  # nouns of members in construct before their owner (عناصر، قادة)
    parts: frozenset[str]  # nouns of some of a group's people before من and the group (وفد، عنصرا)
    voices: frozenset[str]  # nouns of one who speaks for a body before باسم (متحدث، ناطق)
    links: frozenset[str]  # adjectives of belonging before an owner after لـ (التابعة، الموالية)
    adjectives: frozenset[str]  # nouns of people that are also nisba adjectives (عسكري، كردي)


@cache
def group_words() -> GroupWords:
    """The shipped group words, checked: a demonym's country is an ISO3 code or ""."""
    demonyms: dict[str, str] = {}
    words: dict[str, set[str]] = {kind: set() for kind in GROUP_WORD_KINDS}
    for kind, word, country in data_rows(GROUP_WORDS_FILE, 3):
        if country and not (len(country) == 3 and country.isascii() and country.isupper()):
            raise ValueError(f"{GROUP_WORDS_FILE}: {word!r} has no ISO3 country: {country!r}")
        keys = word_keys(word)
        if kind == "demonym":
            demonyms.update(dict.fromkeys(keys, country))
        elif kind in words:
            words[kind].update(keys)
        else:
            raise ValueError(f"{GROUP_WORDS_FILE}: unknown kind {kind!r}")
    return GroupWords(demonyms, *(frozenset(words[kind]) for kind in GROUP_WORD_KINDS))


@cache
def head_rows() -> dict[str, int]:
    """One-word sector heads (طائرات، القوات، النظام) by bare stem -> their row in the table."""
    out: dict[str, int] = {}
    for i, head in enumerate(sector_heads()):
        if " " not in head.word:
            for key in word_keys(head.word):
                out.setdefault(key, i)
    return out


class StemReading(NamedTuple):
    """What a token stem is to the group finders (each None or "" when it is not that)."""

    head: int | None  # the sector heads row it is the head noun of (طائرات، القوات)
    country: str  # the ISO3 code it is the country adjective of (الروسية)
    demonym: str  # the ISO3 code it is the plural demonym of (السوريين)


@dataclass(frozen=True)
class NisbaTable:
    """Country adjectives and sector heads by stem."""

    kb: KnowledgeBase

    @cached_property
    def countries(self) -> dict[str, str]:
        """Adjective stem -> ISO3; stems two countries share are left out."""
        seen: dict[str, set[str]] = {}
        for iso3, country in self.kb.countries.items():
            if not country.bare_adjective:
                continue  # المالي is "financial" far more often than "Malian"
            for adj in (*country.adjectives, *country.adjectives_feminine):
                for stem in self._adjective_keys(adj):
                    seen.setdefault(stem, set()).add(iso3)
                    if stem.endswith("ه"):  # a feminine form: its dual too (طائرتين سعوديتين)
                        for dual in (stem[:-1] + "تين", stem[:-1] + "تان"):
                            seen.setdefault(dual, set()).add(iso3)
        return {stem: isos.pop() for stem, isos in seen.items() if len(isos) == 1 and len(stem) > 2}

    def _adjective_keys(self, adjective: str) -> dict[str, None]:
        """The stems of an adjective's tokens, written with the article or without it.

        Why: the tokenizer reads the indefinite word on its own (بريطانية -> ب + ريطانيه, a
        preposition on an unknown word), so its stem is looked up as read, not as listed."""
        indefinite = without_article(adjective)
        lexicon = self.kb.lexicon
        return dict.fromkeys((*word_keys(adjective, lexicon), *word_keys(indefinite, lexicon)))

    @cached_property
    def demonyms(self) -> dict[str, str]:
        """Sound plurals of masculine adjectives ending in ي (عراقيين، سوريون) -> ISO3."""
        out: dict[str, str] = {}
        for stem, iso3 in self.countries.items():
            if stem.endswith("ي"):
                out[stem + "ين"] = out[stem + "ون"] = iso3
        return out

    @cached_property
    def plural_adjectives(self) -> dict[str, str]:
        """Plural demonyms a noun of people may take, sound or broken -> ISO3 or "" (أكراد)."""
        return group_words().demonyms | self.demonyms

    def plural_country(self, token: Token) -> str | None:
        """The country of a plural demonym (السوريين، الروس، أكراد: "" for a people without a
        state), or None when the token is none (or carries a conjunction or a pronoun)."""
        if not token.is_word or token.suffix or any(p != ARTICLE for p in token.prefixes):
            return None
        return self.plural_adjectives.get(bare_stem(token))

    @cached_property
    def people_head(self) -> int | None:
        """The sector heads row of a state's people (الشعب), which plural demonyms stand for."""
        return next(
            (i for i, h in enumerate(sector_heads()) if h.sector == "CVL" and " " not in h.word), None
        )

    @cached_property
    def readings(self) -> Memo[str, StemReading]:
        """Token stem -> its :class:`StemReading`."""
        # Why: every token of every sentence is looked up as a head, an adjective and a
        # demonym; news repeats its words, so each stem is read once.
        return Memo(self._read)

    @cached_property
    def cue_words(self) -> FormFlag:
        """Whether a token is a sector head noun, a plural demonym, a count or written as a
        dual, noted on its word form (:func:`group_cues` asks it of every token)."""
        return FormFlag("group_cue", self._is_cue)

    def _is_cue(self, token: Token) -> bool:
        # Why the tables and not the stem's reading: it is asked once of every new word form,
        # most are no cue, and two look-ups answer them without a reading noted for each
        stem = bare_stem(token)
        return (
            stem in head_rows()
            or bool(self.demonyms.get(stem))
            or bool(dual_ending(token))
            or is_count_word(token.norm)
        )

    def _read(self, stem: str) -> StemReading:
        """What a :func:`bare_stem` is: keys and stems are both the tokenizer's reading."""
        return StemReading(head_rows().get(stem), self.countries.get(stem, ""), self.demonyms.get(stem, ""))

    def head(self, token: Token) -> int | None:
        """The sector head row a token is (طائرات، والقوات), or None."""
        return self.readings[bare_stem(token)].head

    def country(self, token: Token) -> str:
        """The ISO3 code of the country a token is the adjective of, or ""."""
        return "" if token.suffix else self.readings[bare_stem(token)].country


_END = attrgetter("end")


@dataclass(slots=True)
class GroupCues:
    """The words of a sentence a group may be built on, found in one pass over its tokens.

    Why one pass: the head, demonym, count and dual tests were four scans of every token of
    every sentence; one note per word form answers whether a word is any of them."""

    heads: list[tuple[int, int]]  # a sector head noun's index and its row (loose_groups)
    demonyms: list[tuple[int, str]]  # a plural demonym's index and its country (demonym_groups)
    counted: list[int]  # the index of each word right after a count (counted_groups)
    duals: list[int]  # the index of each word written as a dual (uncounted_groups)


def group_cues(tokens: Sequence[Token], table: NisbaTable) -> GroupCues:
    """The heads, demonyms, counted words and duals of one sentence's tokens."""
    readings = table.readings
    cues = GroupCues([], [], [], [])
    for i in table.cue_words.where(tokens):
        tok = tokens[i]
        reading = readings[bare_stem(tok)]
        if reading.head is not None:
            cues.heads.append((i, reading.head))
        if reading.demonym:
            cues.demonyms.append((i, reading.demonym))
        if i + 1 < len(tokens) and is_count_word(tok.norm):
            cues.counted.append(i + 1)
        if dual_ending(tok):
            cues.duals.append(i)
    return cues


def covered_tokens(tokens: Sequence[Token], mentions: Sequence[Mention]) -> set[int]:
    """Indices of the tokens (in text order, so their ends ascend) that overlap a mention."""
    covered: set[int] = set()
    for m in mentions:
        # the first token that ends after the mention starts, then on while tokens start inside it
        i = bisect_right(tokens, m.start, key=_END)
        while i < len(tokens) and tokens[i].start < m.end:
            covered.add(i)
            i += 1
    return covered


def loose_groups(
    tokens: Sequence[Token], mentions: Sequence[Mention], table: NisbaTable, text: str, cues: GroupCues
) -> list[Mention]:
    """New group mentions of one sentence: a head, modifiers, then a country adjective."""
    heads = cues.heads
    if not heads:
        return []  # most sentences: no head, so no need to know which tokens names cover
    covered = _blocking_tokens(tokens, mentions, {i for i, _ in heads})
    found: list[Mention] = []
    after = 0  # tokens before this one are inside a group already found
    for i, head in heads:
        if i < after or not tokens[i].is_word or i in covered:
            continue
        end = _adjective_after(tokens, i, covered, table)
        if end < 0:
            continue
        iso3 = table.country(tokens[end])
        start = tokens[i].start + proclitic_chars(tokens[i], text)
        found.append(
            Mention(
                start,
                tokens[end].end,
                text[start : tokens[end].end],
                "actor",
                "",
                f"group:{head}:{iso3}",
                "",
                tokens[i].sentence,
                "loose-group",
            )
        )
        after = end + 1
    return found


def _blocking_tokens(tokens: Sequence[Token], mentions: Sequence[Mention], heads: set[int]) -> set[int]:
    """The tokens a loose group may not take in: those of names, and those of a common noun
    that opens elsewhere than at a head (رجال الأمن). A common noun that opens at a head is
    taken in whole, and the group replaces it with its country (المقاتلات الحربية التركية،
    القوات المسلحة السعودية)."""
    covered: set[int] = set()
    for m in mentions:
        tokens_of = covered_tokens(tokens, [m])
        if not (m.ref.startswith("generic:") and min(tokens_of, default=-1) in heads):
            covered |= tokens_of
    return covered


def _adjective_after(tokens: Sequence[Token], head: int, covered: set[int], table: NisbaTable) -> int:
    """The index of a country adjective within reach after a head, or -1."""
    for j in range(head + 1, min(len(tokens), head + MAX_MODIFIERS + 2)):
        tok = tokens[j]
        if not tok.is_word or j in covered or (tok.prefixes and tok.prefixes[0] == "و"):
            return -1
        if table.country(tok):
            return j
    return -1


def proclitic_chars(token: Token, text: str) -> int:
    """Characters of a token's conjunction or preposition (و، ب، ل، ف), kept out of the span."""
    skip = 0
    for clitic in token.prefixes:
        if clitic.endswith(ARTICLE):
            break  # the article, alone or fused after ل (للسوريين): the word is written with it
        skip += len(clitic)
    return clitic_offset(text[token.start : token.end], skip)


def is_force_head(token: Token) -> bool:
    """Whether a token is a force's head noun (طائرات، طيران، قوات): "طائرات النظام" is the regime's
    aircraft, so a marker before the head (من قبل) governs the owner after it."""
    row = head_rows().get(bare_stem(token)) if token.is_word and not token.suffix else None
    return row is not None and sector_heads()[row].sector in FORCE_SECTORS


def is_member_head(token: Token) -> bool:
    """Whether a token is a noun of members in construct (عناصر، مقاتلو، قادة: no article,
    no pronoun): "عناصر التنظيم" are the organisation acting."""
    return _bare_noun_in(token, group_words().members)


def is_part_head(token: Token) -> bool:
    """Whether a token is a noun of some of a group's people written before من (عناصر، وفدا،
    مسلحون: no article, no pronoun): "عناصر من التنظيم" are the organisation acting."""
    return _bare_noun_in(token, group_words().parts)


def _bare_noun_in(token: Token, nouns: frozenset[str]) -> bool:
    """Whether a word with neither the article nor a pronoun is one of ``nouns``: a head whose
    owner follows it (in construct or after من) is written bare."""
    return token.is_word and not token.suffix and not has_article(token) and bare_stem(token) in nouns


def is_voice_head(token: Token) -> bool:
    """Whether a token is a noun of one who speaks for a body (المتحدث، ناطق: the article
    allowed, no pronoun): "المتحدث باسم الحركة" is the movement speaking."""
    return token.is_word and not token.suffix and bare_stem(token) in group_words().voices


def is_owner_head(token: Token) -> bool:
    """Whether the actor mention right after a token acts through it: a force's head
    (طائرات النظام) or a noun of members (عناصر التنظيم)."""
    return is_force_head(token) or is_member_head(token)


def is_owner_link(token: Token) -> bool:
    """Whether a token is an adjective of belonging (التابعة، الموالين) that ties the noun
    before it to an owner after لـ."""
    return token.is_word and not token.suffix and bare_stem(token) in group_words().links


def is_sector_head(token: Token) -> bool:
    """Whether a token is a head noun of a state part (القوات، الحكومة، الشعب)."""
    return bare_stem(token) in head_rows()


def demonym_groups(
    tokens: Sequence[Token], mentions: Sequence[Mention], table: NisbaTable, text: str, cues: GroupCues
) -> list[Mention]:
    """Plural demonyms (العراقيين، السوريون) as the people of that state: "آلاف العراقيين"."""
    demonyms = cues.demonyms
    if table.people_head is None or not demonyms:
        return []
    covered = covered_tokens(tokens, mentions)
    found = []
    for i, iso3 in demonyms:
        tok = tokens[i]
        if tok.is_word and not tok.suffix and i not in covered:
            start = tok.start + proclitic_chars(tok, text)
            ref = f"group:{table.people_head}:{iso3}"
            found.append(
                Mention(start, tok.end, text[start : tok.end], "actor", "", ref, "", tok.sentence, "demonym")
            )
    return found


def plural_groups(
    tokens: Sequence[Token], mentions: Sequence[Mention], table: NisbaTable, text: str
) -> list[Mention]:
    """A common noun of people and the plural demonym or the country adjective after it as one
    group: "الجنود السعوديون" are Saudi soldiers (``generic:<row>:SAU``), "مقاتلين أكراد"
    fighters, "الرهينة الكرواتي" a Croatian hostage. The two
    agree in definiteness ("الجنود عراقيون" says what the soldiers are). The mentions they
    replace (the noun alone, a demonym read as a generic: أكراد) are those they cover."""
    found: list[Mention] = []
    named: set[int] | None = None  # tokens inside a named mention, which is kept as it is
    for m in mentions:
        if not m.ref.startswith("generic:") or m.ref.count(":") != 1:
            continue
        last = bisect_right(tokens, m.end - 1, key=_END)  # the token the noun ends in
        if last + 1 >= len(tokens) or tokens[last].end != m.end:
            continue
        if named is None:
            named = covered_tokens(tokens, [n for n in mentions if n.label])
        if last + 1 in named:
            continue
        adjective = tokens[last + 1]
        iso3 = table.plural_country(adjective)
        if iso3 is None:
            iso3 = _singular_country(tokens, bisect_right(tokens, m.start, key=_END), last, table)
        if iso3 is None or has_article_clitic(adjective) != has_article_clitic(tokens[last]):
            continue
        found.append(
            Mention(m.start, adjective.end, text[m.start : adjective.end], "actor", "",
                    f"{m.ref}:{iso3}", "", m.sentence, "plural-group")
        )  # fmt: skip
    return found


def _singular_country(tokens: Sequence[Token], first: int, last: int, table: NisbaTable) -> str | None:
    """The country of the adjective in the singular after a noun of people from ``first`` to
    ``last`` (الرهينة الكرواتي، جندي تركي: one of them), or None: not after a sector head, whose
    adjective loose_groups reads (طائرات حربية روسية), nor one of several adjectives
    (الجانبين العراقي والإيراني: each side its own state)."""
    adjective = tokens[last + 1]
    if (
        not no_clitic_but_article(adjective)
        or table.head(tokens[first]) is not None
        or _another_adjective(tokens, last + 2, table)
    ):
        return None
    return table.country(adjective) or None


def _another_adjective(tokens: Sequence[Token], at: int, table: NisbaTable) -> bool:
    """Whether the word at ``at`` is a country adjective joined by و (والإيراني)."""
    if at >= len(tokens):
        return False
    tok = tokens[at]
    return tok.prefixes[:1] == ("و",) and bool(table.country(tok))


def is_attributive_nisba(tokens: Sequence[Token], at: int, named: bool, head: bool) -> bool:
    """Whether the token at ``at`` is a nisba adjective of the noun right before it: "الحزب
    الكردي" is a Kurdish party, "مصدر عسكري" a military source, not Kurds or soldiers.
    ``named``: whether that noun is a name of its own (الحزب), which the adjective only
    describes. ``head``: whether it opens the name of a person or a body no list knows
    (المجلس العسكري، الزعيم الكردي), whose adjective is left as the only word that says who.

    An adjective agrees with its noun in definiteness. A definite noun has the article (a
    pronoun on a verb reads alike: قتلهم الانتحاري). Of two indefinite words the first is as
    often a verb (أصيب مدني) or a noun in construct (مقتل عسكري), so only a speaker noun,
    which names no deed, is taken as the noun described (مصدر عسكري)."""
    tok = tokens[at]
    if at == 0 or not tok.is_word or tok.suffix or any(p != ARTICLE for p in tok.prefixes):
        return False
    if bare_stem(tok) not in group_words().adjectives:
        return False
    noun = tokens[at - 1]
    if not noun.is_word or noun.suffix or noun.sentence != tok.sentence:
        return False
    if has_article_clitic(tok):
        return has_article_clitic(noun) and (named or not head)
    return not noun.prefixes and noun.stem in speaker_nouns()


@cache
def nisba_endings() -> tuple[str, ...]:
    """The endings of a nisba adjective (الوطني، أمنية، الحوثيون), normalized: a tuple, as
    ``str.endswith`` takes it."""
    return tuple(normalize(ending) for ending in data_lines(NISBA_ENDINGS_FILE))


@cache
def marked_nisba_endings() -> tuple[str, ...]:
    """The nisba endings but the masculine singular's bare ي (جوية، محليون، عراقيات): where no
    noun before vouches for the adjective, ي alone ends too many other words (نوري، يرتدي)."""
    return tuple(ending for ending in nisba_endings() if ending != MASCULINE_NISBA_ENDING)


@cache
def speaker_nouns() -> frozenset[str]:
    """The stems of the nouns that open an unnamed speaker (مصدر، مسؤول، شهود)."""
    return frozenset(key for word in data_lines(SPEAKER_NOUNS_FILE) for key in word_keys(word))


# the tanween alif of a counted noun's accusative singular (40 حوثيا، 22 متمردا), normalized
ACCUSATIVE_ENDING = "ا"
# the masculine sound plural's endings (حوثيين، متمردون), normalized
SOUND_PLURAL_ENDINGS = ("ين", "ون")
PARTITIVE = "من"


def counted_groups(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    table: NisbaTable,
    text: str,
    plural_refs: Callable[[str], str],
    cues: GroupCues,
) -> list[Mention]:
    """A counted noun of people after a number as the group it counts: "40 حوثيا" (the
    Houthis), "44 سودانيا"، "نحو ألف سوري" (the people of Sudan, Syria), "22 متمردا" (rebels).

    Arabic counts with the singular (the accusative after 11-99, the genitive after 100 and
    1000) or a broken plural (عشرة أتراك), while the knowledge base lists a people or a common
    noun by its plural (الحوثيين، متمردين). ``plural_refs`` gives the ``kind:id`` the index
    reads a word as, or "" (only common nouns and groups count: a person's name is none).
    """
    covered = _CoveredTokens(tokens, mentions)
    found: list[Mention] = []
    for i in cues.counted:
        tok = tokens[i]
        if not tok.is_word or tok.suffix or tok.prefixes:
            continue
        if _partitive_after(tokens, i) or i in covered:
            continue
        ref = _counted_ref(tok.stem, table, plural_refs) or unknown_counted_ref(tok.stem, plural_refs)
        if ref:
            found.append(Mention(tok.start, tok.end, text[tok.start : tok.end], "actor", "", ref, "",
                                 tok.sentence, "counted-group"))  # fmt: skip
    return found


# the rule of a mention :func:`uncounted_groups` finds: people counted, as by a number
UNCOUNTED_RULE = "uncounted-group"
# the dual's endings (جنديان، حوثيين), normalized: the nominative's and the other cases'
DUAL_ENDINGS = ("ان", "ين")


def uncounted_groups(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    table: NisbaTable,
    text: str,
    plural_refs: Callable[[str], str],
    cues: GroupCues,
) -> list[Mention]:
    """People counted by the dual, with no number: "قتل جنديان" (soldiers), "حوثيان" (the
    Houthis), read through the singular by the lists :func:`counted_groups` reads. A country
    adjective in the dual after the noun gives its country (جنديان تركيان: Turkish soldiers).

    Why no indefinite accusative singular alone (أن شرطيا أصيب): tried, and the coder then
    reads the word as the subject of every verb after أن (it lost on the training set)."""
    covered = _CoveredTokens(tokens, mentions)
    found: list[Mention] = []
    after = 0  # tokens before this one are inside a group already found (its adjective)
    for i in cues.duals:
        ending = _dual_ending(tokens, i) if i >= after else ""
        if not ending or _partitive_after(tokens, i) or i in covered:
            continue
        tok = tokens[i]
        ref = _counted_ref(tok.stem[: -len(ending)] + ACCUSATIVE_ENDING, table, plural_refs)
        if not ref:
            continue
        end = i
        iso3 = _agreeing_country(tokens, i + 1, ending, table)
        if iso3 and ref.startswith("generic:") and i + 1 not in covered:
            ref, end = f"{ref}:{iso3}", i + 1
        after = end + 1
        start = tok.start + proclitic_chars(tok, text)
        found.append(Mention(start, tokens[end].end, text[start : tokens[end].end], "actor", "", ref, "",
                             tok.sentence, UNCOUNTED_RULE))  # fmt: skip
    return found


class _CoveredTokens:
    """The tokens that overlap a mention (:func:`covered_tokens`), found when first asked (why:
    most sentences have no word a counted group is read from)."""

    __slots__ = ("_covered", "_mentions", "_tokens")

    def __init__(self, tokens: Sequence[Token], mentions: Sequence[Mention]) -> None:
        self._tokens, self._mentions = tokens, mentions
        self._covered: set[int] | None = None

    def __contains__(self, i: int) -> bool:
        if self._covered is None:
            self._covered = covered_tokens(self._tokens, self._mentions)
        return i in self._covered


def _partitive_after(tokens: Sequence[Token], i: int) -> bool:
    """Whether من follows a counted word (15 متمردا من الحوثيين، جنديان من حرس الحدود): the
    people after it are who is counted, not the word."""
    return i + 1 < len(tokens) and tokens[i + 1].norm == PARTITIVE


def dual_ending(token: Token) -> str:
    """The dual ending a word is written with (ان، ين), or "": it depends on the word form
    alone (a group cue)."""
    ending = token.stem[-2:]
    if ending not in DUAL_ENDINGS:  # most words: the ending answers first
        return ""
    # the only clitics a dual of people may carry: a conjunction (وجنديان)
    if not token.is_word or token.suffix or any(p not in CONJUNCTIONS for p in token.prefixes):
        return ""
    return ending


def _dual_ending(tokens: Sequence[Token], i: int) -> str:
    """The dual ending of an indefinite noun at ``i`` (ان، ين), or "" when it has none or
    is an adjective: an indefinite word in the same ending before it is the noun it
    describes (هجومان انتحاريان)."""
    ending = dual_ending(tokens[i])
    if not ending:
        return ""
    before = tokens[i - 1] if i > 0 else None
    described = before is not None and before.is_word and not has_article_clitic(before)
    return "" if described and before.stem.endswith(ending) else ending


def _agreeing_country(tokens: Sequence[Token], at: int, ending: str, table: NisbaTable) -> str:
    """The country of the adjective at ``at`` when it ends as its noun does (تركيان، سعوديا),
    else ""."""
    if at >= len(tokens):
        return ""
    tok = tokens[at]
    if not tok.is_word or tok.suffix or tok.prefixes or not tok.stem.endswith(ending):
        return ""
    return table.countries.get(tok.stem[: -len(ending)], "")


def _counted_ref(stem: str, table: NisbaTable, plural_refs: Callable[[str], str]) -> str:
    """What a counted word counts (its ``kind:id``), or "": a people by its adjective
    (سودانيا، سوري; a broken plural أتراك), else what the index reads its sound plural or its
    singular as (متمردين، الحوثيين; ضابط of ضباط)."""
    singular = stem[: -len(ACCUSATIVE_ENDING)] if stem.endswith(ACCUSATIVE_ENDING) else stem
    if len(singular) < 3:
        return ""
    iso3 = table.plural_adjectives.get(singular + "ين") or group_words().demonyms.get(stem)
    if iso3 and table.people_head is not None:
        return f"group:{table.people_head}:{iso3}"
    if stem == singular:
        # a noun with no accusative ending and no demonym: the index read it already, unless
        # it is a sound plural the index knows only with the article (3 حوثيين: الحوثيين)
        return plural_refs(ARTICLE + stem) if stem.endswith(SOUND_PLURAL_ENDINGS) else ""
    for form in (singular + "ين", ARTICLE + singular + "ين", singular):
        ref = plural_refs(form)
        if ref:
            return ref
    return ""


# letters a counted sound plural of people has at least (مشاركين): shorter ones are other words
MIN_UNKNOWN_PLURAL = 5


class CountedPlurals(NamedTuple):
    """The words of ``lexicon/ar/counted_plurals.tsv``, normalized."""

    default: str  # the plural an unknown counted sound plural is read as (مدنيين)
    none: frozenset[str]  # sound plurals after a number that are no people (آخرين، ملايين)


@cache
def counted_plurals() -> CountedPlurals:
    """The shipped counted plurals, checked: one default."""
    rows = data_rows(COUNTED_PLURALS_FILE, 2)
    defaults = [normalize(word) for kind, word in rows if kind == "default"]
    if len(defaults) != 1:
        raise ValueError(f"{COUNTED_PLURALS_FILE}: one default plural, not {len(defaults)}")
    return CountedPlurals(defaults[0], frozenset(normalize(word) for kind, word in rows if kind == "none"))


def unknown_counted_ref(stem: str, plural_refs: Callable[[str], str]) -> str:
    """What a sound plural no list knows counts after a number (تسعة مشاهدين، ستة مشاركين): people,
    read as the default plural is (civilians), or "" for a word that is none of them (آخرين)."""
    if len(stem) < MIN_UNKNOWN_PLURAL or not stem.endswith(SOUND_PLURAL_ENDINGS) or is_count_word(stem):
        return ""
    plurals = counted_plurals()
    return "" if stem in plurals.none else plural_refs(plurals.default)
