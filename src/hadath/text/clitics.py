"""Clitic segmentation of normalized Arabic words.

Arabic writes conjunctions (و ف), prepositions (ب ل ك), the future marker (س), the
article (ال) and pronoun suffixes (ه ها هم ...) joined to the word. ``segmentations``
lists every plausible split of a normalized word, least stripped first, for matchers that
try them all against their own lexicon. ``best_segmentation`` commits to one reading, the
one a tokenizer shows: word lists in ``data/lexicon/ar/segmentation/`` (words kept whole,
stems that license a split, pronoun hosts, exceptions) and a few rules decide, so that
names and foreign words stay whole (لافروف، فرانس) while والولايات is و + ال + ولايات.
The conventions are those of docs/TEXT.md.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache, lru_cache
from operator import itemgetter
from typing import TYPE_CHECKING, NamedTuple

from hadath.kb.lexicon import data_lines
from hadath.text.normalize import normalize

if TYPE_CHECKING:
    from hadath.model import Token

logger = logging.getLogger(__name__)

CONJUNCTIONS: tuple[str, ...] = ("و", "ف")
PREPOSITIONS: tuple[str, ...] = ("ب", "ل", "ك")
# The conjunctions as one string of letters, which str.lstrip takes (every و/ف off a word's front).
CONJUNCTION_LETTERS = "".join(CONJUNCTIONS)
FUTURE = "س"
# The one-letter particles written on a word's front (وبغداد، فالرئيس، بصنعاء، لسوريا): a word
# no table knows is tried again without its first letter when it is one of these.
FRONT_PARTICLE_LETTERS = "وفبل"
ARTICLE = "ال"
# A feminine noun's endings as normalized: teh marbuta (ة, read ه) and the sound plural (ات)
TEH_MARBUTA_ENDING = "ه"
FEMININE_PLURAL_ENDING = "ات"
FEMININE_ENDINGS: tuple[str, ...] = (TEH_MARBUTA_ENDING, FEMININE_PLURAL_ENDING)
FUSED_ARTICLE = "ل+ال"  # لل: the preposition ل with the article whose alef is dropped

# Longest first, so هما is tried before ها and ه.
PRONOUN_SUFFIXES: tuple[str, ...] = ("كما", "هما", "هم", "هن", "ها", "كم", "كن", "نا", "ني", "ه", "ك", "ي")
# Those a verb or a particle may carry (التقاه، إنهم): ي is a noun's alone (كتابي), a verb takes ني.
OBJECT_PRONOUN_SUFFIXES: tuple[str, ...] = tuple(s for s in PRONOUN_SUFFIXES if s != "ي")
# The speaker's own (علينا، عليّ، لنا), which a particle or noun carries for "us" or "me".
FIRST_PERSON_SUFFIXES: tuple[str, ...] = ("نا", "ني", "ي")
# The dual and masculine plural ones (هم، هما، كم، كما), which end no family name (مواقفكم، عزمهم).
PLURAL_PRONOUN_SUFFIXES: tuple[str, ...] = tuple(s for s in PRONOUN_SUFFIXES if s.endswith(("م", "ما")))
# The suffixes by their last letter, each list longest first: a word is tried only
# against the suffixes that end the way it does.
_SUFFIXES_BY_LAST: dict[str, tuple[str, ...]] = {
    last: tuple(s for s in PRONOUN_SUFFIXES if s.endswith(last)) for last in {s[-1] for s in PRONOUN_SUFFIXES}
}
MIN_STEM = 2
# Suffixes stripped from a word without a known stem: they end few Arabic words by accident.
_SAFE_SUFFIXES: tuple[str, ...] = ("هما", "ها", "هم", "ه")
# Endings of inflected nouns, tried when checking a word against the whole-word list.
_NOUN_ENDINGS: tuple[str, ...] = ("تين", "تان", "ات", "ين", "ان", "ون", "ا", "ي")
# Every ending _is_whole allows after a whole word.
_WHOLE_ENDINGS: tuple[str, ...] = (*_NOUN_ENDINGS, *_SAFE_SUFFIXES)
# Endings before which the ة of a whole word drops (وزارة -> وزارات).
_MARBUTA_DROPPING: tuple[str, ...] = ("ات", "تان", "تين")
_DATA = "lexicon/ar/segmentation"
# Harakat, superscript alef and tatweel: removed from the surface so its letters align with the word.
_NO_MARKS = dict.fromkeys([*range(0x064B, 0x0660), 0x0640, 0x0670])
_HAMZA_ALEF = ("أ", "إ", "آ")
# The opening letters of the masdar استفعال (استخدام، استمرار): after ب or ل they are read as
# the preposition on one. A name so opening (استونيا) is no exception: as a known stem it is
# split off its ب or ل before this rule is reached.
_ISTIF_AL = "است"
# The letters proclitics are written with: a conjunction, a preposition (ل also of لل and of
# the article), the future marker and the article's alef. A word opening with none has no split
# but itself, and no split strips a letter that is none of them.
PROCLITIC_LETTERS = frozenset((*CONJUNCTIONS, *PREPOSITIONS, FUTURE, *ARTICLE))


class Segmentation(NamedTuple):
    """One reading of a word: proclitics, stem and pronoun suffix (all normalized).

    ``prefixes`` holds the proclitics in order (و، ف، ب، ل، ك، س، ال); a fused لل is
    the single entry ``"ل+ال"``, since its alef is not written.

    Why a named tuple: every new word form is read several ways (:func:`segmentations`),
    and a tuple is built in less than half the time of a frozen dataclass.
    """

    prefixes: tuple[str, ...]
    stem: str
    suffix: str = ""

    @property
    def prefix_length(self) -> int:
        """Characters of the normalized word taken by the proclitics (ال included)."""
        # the fused entry is written لل: two characters, not the four of its name
        fused = self.prefixes.count(FUSED_ARTICLE)
        return len("".join(self.prefixes)) - fused * (len(FUSED_ARTICLE) - 2)

    @property
    def has_article(self) -> bool:
        """Whether the reading has the article ال (alone or fused in لل)."""
        return ARTICLE in self.prefixes or FUSED_ARTICLE in self.prefixes

    @property
    def parts(self) -> tuple[str, ...]:
        """Proclitics, stem and suffix as separate morphemes (لل expanded to ل, ال)."""
        pre = tuple(q for p in self.prefixes for q in p.split("+"))
        return (*pre, self.stem, *((self.suffix,) if self.suffix else ()))

    def __str__(self) -> str:
        return "+".join(self.parts)


@dataclass(frozen=True, slots=True)
class SegmentationData:
    """The word lists that decide a segmentation, normalized, read once."""

    whole: frozenset[str]
    stems: frozenset[str]
    hosts: frozenset[str]
    exceptions: dict[str, Segmentation]
    # every pronoun host with a suffix on (لها، عليه): a word not among them hosts no pronoun
    hosted: frozenset[str] = frozenset()
    # every whole word and its inflected forms (see _whole_forms): what _is_whole accepts
    whole_forms: frozenset[str] = frozenset()


def _lines(name: str) -> list[str]:
    return data_lines(f"{_DATA}/{name}")


def parse_segmentation(text: str) -> Segmentation:
    """A segmentation written with ``+`` between parts (``و+ال+ولايات``), normalized.

    Parts before the stem are proclitics; a last part that is a pronoun suffix is the
    suffix; ``ل+ال`` becomes the fused entry. The stem is the longest remaining part.
    """
    parts = [normalize(p) for p in text.split("+") if p]
    if not parts:
        return Segmentation((), "")
    suffix = ""
    if len(parts) > 1 and parts[-1] in PRONOUN_SUFFIXES:
        suffix = parts.pop()
    *pre, stem = parts
    prefixes: list[str] = []
    for p in pre:
        if p == ARTICLE and prefixes[-1:] == ["ل"]:
            prefixes[-1] = FUSED_ARTICLE
        else:
            prefixes.append(p)
    return Segmentation(tuple(prefixes), stem, suffix)


@cache
def segmentation_data() -> SegmentationData:
    """The shipped segmentation lexicon (loaded on first use, then shared read-only)."""
    from hadath.text.inflect import verb_forms  # inflect imports normalize only; no cycle at load

    whole = {normalize(w) for w in _lines("whole.txt")}
    for line in _lines("whole_verbs.txt"):
        whole.update(verb_forms(*line.split("\t")[:2]))
    exceptions: dict[str, Segmentation] = {}
    for line in _lines("exceptions.tsv")[1:]:
        word, seg = line.split("\t")
        exceptions[normalize(word)] = parse_segmentation(seg)
    hosts = frozenset(normalize(w) for w in _lines("pronoun_hosts.txt"))
    data = SegmentationData(
        whole=frozenset(whole),
        stems=frozenset(normalize(w) for w in _lines("stems.txt")),
        hosts=hosts,
        exceptions=exceptions,
        hosted=frozenset(host + suffix for host in hosts for suffix in PRONOUN_SUFFIXES),
        whole_forms=_whole_forms(frozenset(whole)),
    )
    logger.debug("segmentation data: %d whole, %d stems", len(data.whole), len(data.stems))
    return data


def without_conjunction(norm: str) -> str:
    """A normalized word without a leading و or ف (ودعا -> دعا), as the reader strips it."""
    return norm[1:] if norm.startswith(CONJUNCTIONS) else norm


def without_article(norm: str) -> str:
    """A normalized word without a leading article (السوري -> سوري)."""
    return norm.removeprefix(ARTICLE)


def _suffixes_ending(word: str) -> tuple[str, ...]:
    """The pronoun suffixes a word may end with, longest first: those ending in its last letter."""
    return _SUFFIXES_BY_LAST.get(word[-1:], ())


@lru_cache(maxsize=200_000)
def _proclitic_splits(word: str) -> tuple[tuple[tuple[str, ...], str], ...]:
    """Splits of the proclitics only: conjunction, then preposition or future, then article.

    Cached: choosing a word's reading, listing its segmentations and checking it against
    the names ask for the same splits (and the recursion after و for its rest).
    """
    if word[:1] not in PROCLITIC_LETTERS:
        return (((), word),)  # a third of the words: no clitic can open them
    out: list[tuple[tuple[str, ...], str]] = [((), word)]
    heads: list[tuple[tuple[str, ...], str]] = [((), word)]
    if word[:1] in CONJUNCTIONS and len(word) > MIN_STEM + 1:
        heads.append(((word[0],), word[1:]))
    for pre, rest in list(heads):
        if rest.startswith("لل") and len(rest) > MIN_STEM + 2:
            # لل = ل + ال with the alef dropped: للأمم -> ل + ال + أمم
            out.append(((*pre, FUSED_ARTICLE), rest[2:]))
        if rest[:1] in PREPOSITIONS and len(rest) > MIN_STEM + 1:
            out.append(((*pre, rest[0]), rest[1:]))
        if rest[:1] == FUTURE and len(rest) > MIN_STEM + 2:
            out.append(((*pre, FUTURE), rest[1:]))
        if pre:
            out.append((pre, rest))
    with_article: list[tuple[tuple[str, ...], str]] = []
    for pre, rest in out:
        if (
            rest.startswith(ARTICLE)
            and len(rest) >= MIN_STEM + 2
            and FUTURE not in pre
            and FUSED_ARTICLE not in pre
        ):
            with_article.append(((*pre, ARTICLE), rest[2:]))
    return tuple(dict.fromkeys(out + with_article))


@lru_cache(maxsize=200_000)
def segmentations(word: str) -> tuple[Segmentation, ...]:
    """Every plausible split of a normalized word, least stripped first."""
    results: list[Segmentation] = []
    for prefixes, rest in _proclitic_splits(word):
        results.append(Segmentation(prefixes, rest))
        if ARTICLE not in prefixes and FUSED_ARTICLE not in prefixes:
            results.extend(Segmentation(prefixes, stem, suffix) for stem, suffix in _pronoun_splits(rest))
    return tuple(results)


def _pronoun_splits(rest: str) -> list[tuple[str, str]]:
    """The (stem, suffix) readings of a word's rest after its proclitics with a pronoun suffix
    split off, in :func:`segmentations`' order; the caller keeps the article and a possessive
    suffix apart (they never go together)."""
    out: list[tuple[str, str]] = []
    for suffix in _suffixes_ending(rest):
        if rest.endswith(suffix) and len(rest) - len(suffix) >= MIN_STEM + 1:
            stem = rest[: -len(suffix)]
            # teh marbuta becomes ت before a suffix: زيارته -> زياره + ه
            if stem.endswith("ت"):
                out.append((stem[:-1] + "ه", suffix))
            out.append((stem, suffix))
    return out


def reading_stems(word: str) -> frozenset[str]:
    """The stems of every reading :func:`segmentations` gives a normalized word (the word
    itself is one: its reading with nothing split off).

    Why not read off :func:`segmentations`: most words are asked for their stems alone (the
    stages' first-sight tests, :func:`form_stems`), and building every reading as a
    :class:`Segmentation` first cost as much again."""
    stems: set[str] = set()
    for prefixes, rest in _proclitic_splits(word):
        stems.add(rest)
        if ARTICLE not in prefixes and FUSED_ARTICLE not in prefixes:
            stems.update([stem for stem, _ in _pronoun_splits(rest)])
    return frozenset(stems)


def form_stems(token: Token) -> frozenset[str]:
    """:func:`reading_stems` of a token's word, read once per word form and noted on it.

    Why: the stages' first-sight tests of a word (does it open a name, cue a quote, may it be
    a trigger) each went over its readings; the stems are one reading they share, and most
    words leave each test at one set look-up (:meth:`StemKeys.met_by`)."""
    form = token.form
    stems = form.stems
    if stems is None:
        stems = form.stems = reading_stems(token.norm)
    return stems


_WITHOUT_LAST_LETTER = itemgetter(slice(None, -1))


class StemKeys:
    """A word list as the stems of a word's readings meet it: a stem that is a listed word,
    or, as the verb and noun readings respell a stem before a pronoun, one that is a listed
    word without its final alef (طالبوه: طالبو of طالبوا), or one that ends in any letter
    where a listed word ends in one of ``last_letters`` (التقاه: التقا of التقى, whose ى is
    normalized to ي; لقائه: لقائ of لقاء).

    Why: a stage's first-sight test of a word (:func:`form_stems`) answers no at once for
    the words none of whose stems meets its list, which are most; it must list every word
    its full test may find, so that no is exact.
    """

    __slots__ = ("trimmed", "words")

    def __init__(self, words: Iterable[str], *, alef_ending: bool = False, last_letters: str = "") -> None:
        listed = frozenset(words)
        without_alef = {w[:-1] for w in listed if w.endswith("ا")} if alef_ending else set()
        self.words = listed | without_alef  # the stems met as they are
        # the listed words ending in one of last_letters, that letter cut off: a stem meets
        # one whatever its own last letter
        self.trimmed = frozenset(w[:-1] for w in listed if last_letters and w.endswith(tuple(last_letters)))

    def met_by(self, stems: frozenset[str]) -> bool:
        """Whether some stem meets the list (see the class)."""
        if not stems.isdisjoint(self.words):
            return True
        trimmed = self.trimmed
        # the stems without their last letter, cut and looked up at C speed: it is asked of
        # every new word form
        return bool(trimmed) and not trimmed.isdisjoint(map(_WITHOUT_LAST_LETTER, stems))


def best_segmentation(
    word: str, lexicon: frozenset[str] | set[str] = frozenset(), surface: str = ""
) -> Segmentation:
    """The reading a tokenizer commits to for a normalized word.

    Args:
        word: the normalized word (:func:`hadath.text.normalize.normalize`).
        lexicon: words that must stay whole (the knowledge base's name words).
        surface: the word as written, when known. It tells what normalization hides: a
            final ة is teh marbuta, never the pronoun ه; an initial أ or إ is no article.

    Returns:
        A known word whole; else the proclitics licensed by the article, a known stem or
        the rules of docs/TEXT.md, and a pronoun suffix when it is safe.
    """
    bare = surface.translate(_NO_MARKS)
    if len(bare) != len(word):
        bare = ""  # letters do not align (presentation forms, ligatures): decide without it
    return _best(word, lexicon if isinstance(lexicon, frozenset) else frozenset(lexicon), bare)


@lru_cache(maxsize=200_000)
def _best(word: str, lexicon: frozenset[str], bare: str) -> Segmentation:
    data = segmentation_data()
    if word in data.exceptions:
        return data.exceptions[word]
    if word in data.whole:
        return Segmentation((), word)
    hosted = _hosted_pronoun(word, data)
    if hosted:
        return hosted
    if (
        word in lexicon
        and not word.startswith(ARTICLE)
        and not _clitic_before_name(word, lexicon)
        and not _preposition_on_word(word, bare)
    ):
        return Segmentation((), word)
    if len(word) <= MIN_STEM + 1:
        # وتم، فقد: a conjunction before a short known word, بأن a preposition (the hamza
        # tells it from بان); else a short word is whole
        if word[1:] in data.stems and (word[0] in CONJUNCTIONS or _preposition_on_word(word, bare)):
            return Segmentation((word[0],), word[1:])
        return Segmentation((), word)
    marbuta = bare.endswith("ة")
    if _is_whole(word, data):  # an inflected whole word, perhaps with a suffix (وزارته)
        return Segmentation((), *_choose_suffix(word, data, marbuta))
    seated = _hamza_seated(word, lexicon, data, bare)
    if seated is not None:
        return seated
    prefixes, rest = _choose_proclitics(word, lexicon, data, bare)
    if ARTICLE in prefixes or FUSED_ARTICLE in prefixes or rest in lexicon:
        return Segmentation(prefixes, rest)
    stem, suffix = _choose_suffix(rest, data, marbuta)
    return Segmentation(prefixes, stem, suffix)


def _hamza_seated(
    word: str, lexicon: frozenset[str], data: SegmentationData, bare: str
) -> Segmentation | None:
    """A noun whose final hamza sits on ي before a safe pronoun suffix (لقائه، بقائهم،
    اعتدائها: لقاء + ه is written لقائه), or None.

    Why: the ئ right before the ending tells the ending from the stem, whatever name the
    letters after a proclitic might spell (ل + قائه). Only the safe suffixes: نا، ني، ك
    after ئ may be the word's own letters (مطمئنا، أولئك). The surface tells a ة from a ه
    (هيئة، مئة), and the article takes no suffix (التائه)."""
    if "ئ" not in bare:
        return None  # most words: no hamza on ي to seat a suffix after
    for suffix in _SAFE_SUFFIXES:
        host = len(word) - len(suffix)
        if host > MIN_STEM and bare.endswith(suffix) and bare[host - 1 : host] == "ئ":
            seg = Segmentation(*_choose_proclitics(word[:host], lexicon, data, bare[:host]), suffix)
            return None if seg.has_article else seg
    return None


def _clitic_before_name(word: str, lexicon: frozenset[str]) -> bool:
    """A lexicon word that is a clitic on another one (للامم: ل + الامم), as aliases sometimes are."""
    return any(
        pre and (ARTICLE + rest in lexicon or rest in lexicon) for pre, rest in _proclitic_splits(word)
    )


def _preposition_on_word(word: str, bare: str) -> bool:
    """Whether a word reads as ب or ل on a word that opens with a hamza on its alef (بأن،
    لإعادة), which no word, name words of the knowledge base included, begins with.

    Why: the name-word list holds every word of the names, those of a body's long name too
    (a committee لإعادة ...), and a short word (بأن) is otherwise kept whole; read whole, the
    preposition on them went unseen. The surface tells بأن from بان (Ban). A name word on a
    listed stem (باسم، بشأن) stays whole: read with ب it scored worse (the numbers are in the
    commit that made it so)."""
    return word[:1] in ("ب", "ل") and len(word) > MIN_STEM and bare[1:2] in _HAMZA_ALEF


def _known(stem: str, lexicon: frozenset[str], data: SegmentationData) -> bool:
    return stem in lexicon or stem in data.stems or _is_whole(stem, data)


def _is_whole(word: str, data: SegmentationData) -> bool:
    """Whether a word, or its base without a noun ending or pronoun suffix, is listed whole."""
    return word in data.whole_forms


def _whole_forms(whole: frozenset[str]) -> frozenset[str]:
    """The whole words and every base + ending :func:`_is_whole` accepts, spelled out once.

    A base (three letters at least) is a whole word, a whole word with its ة written ت
    before the ending (زيارته -> زيار(ة)), or, before ات/تان/تين, a whole word without its
    ة (وزارات -> وزار(ة)). Why: the list is short, so one set look-up replaces trying
    every ending on every new word.
    """
    marbuta = [w[:-1] for w in whole if w.endswith("ه")]
    bases = [*whole, *(b + "ت" for b in marbuta)]
    forms = set(whole)
    for ending in _WHOLE_ENDINGS:
        with_ending = bases + marbuta if ending in _MARBUTA_DROPPING else bases
        forms.update(b + ending for b in with_ending if len(b) >= MIN_STEM + 1)
    return frozenset(forms)


def _hosted_pronoun(word: str, data: SegmentationData) -> Segmentation | None:
    """A particle carrying a pronoun: لها، عليه، منهم، وله، لأنه (ل + أن + ه)."""
    if word not in data.hosted and word[1:] not in data.hosted and word[2:] not in data.hosted:
        return None  # most words: no pronoun host after at most two proclitics
    for prefixes, rest in _particle_heads(word):
        if rest not in data.hosted or rest in data.whole:
            continue
        for suffix in _suffixes_ending(rest):
            if rest.endswith(suffix) and rest[: -len(suffix)] in data.hosts:
                host = rest[: -len(suffix)]
                if prefixes and prefixes[-1] in PREPOSITIONS and host != "ان":
                    continue  # only أن takes a preposition before it (بأنه، لأنه)
                return Segmentation(prefixes, host, suffix)
    return None


def _particle_heads(word: str) -> list[tuple[tuple[str, ...], str]]:
    heads: list[tuple[tuple[str, ...], str]] = [((), word)]
    if word[:1] in CONJUNCTIONS and len(word) > 2:
        heads.append(((word[0],), word[1:]))
    for pre, rest in list(heads):
        if rest[:1] in ("ب", "ل") and len(rest) > 3:
            heads.append(((*pre, rest[0]), rest[1:]))
    return heads


def _choose_proclitics(
    word: str, lexicon: frozenset[str], data: SegmentationData, bare: str
) -> tuple[tuple[str, ...], str]:
    """Proclitics by priority: the article, a known stem, then the conjunction and masdar rules."""
    splits = _proclitic_splits(word)
    for pre, rest in splits:
        if pre and pre[-1] not in (ARTICLE, FUSED_ARTICLE) and rest.startswith(ARTICLE) and rest in lexicon:
            # a name keeps its article after a clitic (بالرياض = ب + الرياض), so the last
            # prefix is the preposition the event coder reads (locative ب, recipient ل)
            return pre, rest
    for pre, rest in splits:
        if pre and pre[-1] in (ARTICLE, FUSED_ARTICLE) and not _is_whole(ARTICLE + rest, data):
            at = len(word) - len(rest) - 2  # where the article starts: the proclitics before it end there
            if pre[-1] == ARTICLE and bare[at : at + 1] in _HAMZA_ALEF:
                continue  # ألفاظ، إلى: a hamza on the alef makes it a root letter, not the article
            return pre, rest
    # fewer proclitics first: a word after و that is known whole (ولجنة: و + لجنة) is read so
    # before the و + ل + جنة that a name licenses; the splits list و + ل before و alone
    for pre, rest in sorted(splits, key=_proclitic_count):
        # names license و، ب، ل only: ف and ك before a name are rare, a name starting with them is not (فراس)
        names = lexicon if pre and pre[-1] in ("و", "ب", "ل") else frozenset()
        if pre and _known(rest, names, data):
            return pre, rest
    rest, marbuta = word[1:], bare.endswith("ة")
    if word[0] == "و" and len(word) >= 4:
        # most words starting with و in news are the conjunction; whole ones are listed
        if len(rest) <= MIN_STEM + 1 or rest in lexicon or _is_whole(rest, data):
            return ("و",), rest
        inner, stem = _choose_proclitics(rest, lexicon, data, bare[1:])
        return ("و", *inner), stem
    if word[0] in ("ب", "ل", "ف") and bare[1:2] in _HAMZA_ALEF and len(rest) >= 3:
        return (word[0],), rest  # بإطلاق، لأسباب، فأكد: no word starts with these letters
    if word[0] in ("ب", "ل") and rest.startswith(_ISTIF_AL) and len(rest) >= 6:
        return (word[0],), rest  # باستخدام، لاستمرار: a preposition before a masdar of است
    if (
        word[0] in ("ب", "ل")
        and len(rest) >= 4
        and (rest[0] in ("م", "ت") or marbuta or rest.endswith("ات"))
        and not _name_adjective(word, lexicon)
    ):
        # a preposition before a masdar, participle or feminine noun: لمدرسة، بممارسة، لزيارة
        return (word[0],), rest
    if (
        word[0] == FUTURE
        and rest[0] in ("ي", "ت", "ن")
        and len(rest) >= 4
        and not marbuta
        and not rest.endswith("ات")
    ):
        return (FUTURE,), rest  # سيكون، ستعقد: the future before a present verb
    return (), word


def _proclitic_count(split: tuple[tuple[str, ...], str]) -> int:
    return len(split[0])


def _name_adjective(word: str, lexicon: frozenset[str]) -> bool:
    """Whether a word is the feminine adjective of a name it opens with (لبنانية of لبنان,
    ليبية of ليبيا, بريطانيات of بريطانيا), so its ب or ل is the name's own letter.

    Why: a ب or ل before a feminine noun is mostly the preposition (لزيارة، بمدينة), but
    a country adjective writes the country's letters first."""
    for ending in FEMININE_ENDINGS:
        nisba = word.removesuffix(ending)
        # a ي after alef is the noun's own (بنهاية: ب + نهاية, not of a name بنها), and a
        # name of two letters is too short to tell (بمئات: ب + مئات)
        if nisba != word and nisba.endswith("ي") and not nisba.endswith("اي") and len(nisba) > MIN_STEM + 1:
            # the adjective of لبنان drops nothing, that of ليبيا its final alef
            return nisba[:-1] in lexicon or nisba + "ا" in lexicon
    return False


def _choose_suffix(rest: str, data: SegmentationData, marbuta: bool) -> tuple[str, str]:
    """A pronoun suffix when its stem is known, or when it is one of the safe suffixes."""
    if rest in data.whole:
        return rest, ""
    for suffix in _suffixes_ending(rest):
        if not rest.endswith(suffix) or len(rest) - len(suffix) < MIN_STEM:
            continue
        if suffix == "ه" and marbuta:
            continue
        stem = rest[: -len(suffix)]
        # زيارته -> زيارة + ه: a ت before the suffix is a teh marbuta, unless it ends a plural (منتجاتها)
        restored = (
            stem[:-1] + "ه" if stem.endswith("ت") and not stem.endswith("ات") and len(stem) >= 4 else stem
        )
        if len(stem) > MIN_STEM and _known(stem, frozenset(), data):
            return stem, suffix
        if restored != stem and _known(restored, frozenset(), data):
            return restored, suffix
        if suffix in _SAFE_SUFFIXES and _safe_suffix(rest, stem, suffix, data):
            return restored, suffix
    return rest, ""


def _safe_suffix(word: str, stem: str, suffix: str, data: SegmentationData) -> bool:
    if _is_whole(word, data) or len(stem) < MIN_STEM + 1:
        return False
    if suffix == "ه":
        # اتجاه، توجيه، تنبيه: a root ه after alef, or a تفعيل masdar, stays whole
        return not stem.endswith("ا") and not (word.startswith("ت") and stem.endswith("ي") and len(word) >= 5)
    return True


def has_article(tok: Token) -> bool:
    """Whether a token reads with the article ال: as a clitic, or as the first letters of its
    stem (الهجوم، والسوري، الذين); the fused لل is not counted. A word alone that opens with
    those letters counts (الذين، التي): see :func:`has_article_clitic` for the stricter test."""
    return ARTICLE in tok.prefixes or tok.stem.startswith(ARTICLE)


def no_clitic_but_article(tok: Token) -> bool:
    """Whether a token carries no proclitic but the article (الهجوم، هجوم; not والهجوم، بهجوم)."""
    return all(p == ARTICLE for p in tok.prefixes)


def has_article_clitic(tok: Token) -> bool:
    """Whether a token's ال is the article, not letters of the word itself: split off as a
    clitic (الجنود، والسوريين), or left on a name word's stem after a clitic (:func:`kept_article`);
    a word alone that opens with ال is none (ألمان: the stem المان is the word's own).

    Why apart from :func:`has_article`: an adjective agrees with its noun in definiteness
    (جنود ألمان، الجنود الألمان), where a foreign word's letters would read as the article;
    has_article's readers (quotes, names, the coder) lost on the training set with this test
    (type+actor 2909 -> 2906), as they take الذين، التي ... as definite."""
    return ARTICLE in tok.prefixes or kept_article(tok)


def kept_article(tok: Token) -> bool:
    """Whether the tokenizer left the article on a token's stem: a name word after a clitic
    (والسوري -> و + السوري, see :func:`best_segmentation`).

    Why: the article comes off a word alone, so the ال of a stem with no clitic before it,
    or after the article itself, is the word's own letters (ألمانية، الألمانية -> المانيه).
    """
    return (
        bool(tok.prefixes)
        and tok.stem.startswith(ARTICLE)
        and ARTICLE not in tok.prefixes
        and FUSED_ARTICLE not in tok.prefixes
    )
