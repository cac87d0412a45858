"""Names the knowledge base does not know, found by the words that open them.

A title opens a person's name (الدكتور عبدالله بن عبدالعزيز الربيعة، اللواء محمد المقدشي);
a head noun opens an organisation's name and its genitive chain (مركز الملك سلمان للإغاثة
والأعمال الإنسانية، لجنة حقوق الإنسان); an office's head noun opens an office phrase, its
definite complement and a country adjective, and then maybe the holder's name (وزير الزراعة
العراقي فلاح الزيدان، زعيم الحزب المعارض صلاح الدين دمرتاش، مسؤول أمريكي). Such a name becomes
a mention with ``ref`` ``unknown:LABEL:SECTOR[:ISO3]`` and its own text as entity, so an event
can still name its actor with exact offsets, and an office phrase gives the holder's country
and sector even when nobody knows the name. Known names always win: a chunk stops before any
mention already found.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache, partial
from heapq import merge
from itertools import dropwhile
from operator import attrgetter

from hadath.events.particles import is_any_particle, particles, prepositions
from hadath.kb import KnowledgeBase
from hadath.kb.lexicon import NAME_WORD_KINDS, data_lines, data_rows
from hadath.kb.names import sector_heads
from hadath.memo import FormFlag, Memo
from hadath.mentions.groups import (
    ACCUSATIVE_ENDING,
    SPEAKER_NOUNS_FILE,
    NisbaTable,
    bare_stem,
    clitic_offset,
    head_rows,
    is_owner_link,
    nisba_endings,
    norm_keys,
)
from hadath.model import Article, Mention, Token
from hadath.pipeline import Stage
from hadath.resolve.relations import place_cues
from hadath.text.clitics import (
    ARTICLE,
    CONJUNCTIONS,
    FEMININE_ENDINGS,
    FRONT_PARTICLE_LETTERS,
    OBJECT_PRONOUN_SUFFIXES,
    PLURAL_PRONOUN_SUFFIXES,
    PREPOSITIONS,
    TEH_MARBUTA_ENDING,
    StemKeys,
    form_stems,
    has_article,
    segmentations,
    without_article,
    without_conjunction,
)
from hadath.text.inflect import noun_forms, verb_forms
from hadath.text.normalize import normalize
from hadath.text.tokens import tokens_by_sentence

MAX_PERSON_WORDS = 6
MAX_ORG_WORDS = 6
PLACE_REFS = ("place:", "capital:")  # mentions of a place an organisation's head may take in
OFFICE = "OFFICE"  # the reading of a word that opens an office phrase, not a name
GIVEN = "GIVEN"  # the reading of a given name that opens a person's name with itself
DESCRIPTION = "DESCRIPTION"  # the reading of a noun of a trade or state before a name
NATIONALITY = "NATIONALITY"  # the reading of a nationality adjective before a name (السويسري)
GIVEN_CLITICS = ("", "و", "ف")
# first letters of a word that is seldom a family name: و and ل clitics, ي of a present verb
NOT_FAMILY_INITIALS = ("و", "ي", "ل")
FAMILY_LINK = normalize("آل")
FUNCTION_WORDS_FILE = "lexicon/ar/function_words.txt"  # آل سعود: the family name after it ends the name
MAX_GIVEN_WORDS = 4  # a name found by its given name alone: نايف غازي بيان الحربي
MAX_BARE_FAMILY_WORDS = 2  # words of a name after its given name, none with the article: سالم ثابت مرعي
MAX_FAR_COMPLEMENT_WORDS = 8  # مدير عام التعليم بمنطقة الرياض: an office's complement with ب/في phrases
BODY_LABELS = frozenset({"ORG", "GPE", "LOC", "FAC"})  # what an office's complement may name
MAX_APPOSITIVE_WORDS = 3  # a name told before its office, after a verb: قال جون بيتر سميث رئيس الوفد
MAX_DESCRIPTION_MODIFIERS = 3  # الممثلة الفرنسية المعتزلة before the name
MAX_COMPLEMENT_WORDS = 5  # وزير الدولة لشؤون مجلس الوزراء الإماراتي
OFFICE_CONTEXT = 60  # characters before a known name read for the office that names it
# Sectors an office's complement gives over its head's (رئيس الحزب: party, not government).
COMPLEMENT_SECTORS = frozenset({"PTY", "OPP", "LEG", "JUD", "MIL", "REB", "COP", "SPY", "IGO", "NGO"})
# Particles after which no name continues.
_STOP_KINDS = ("negation", "future", "locative", "recipient", "agent", "attribution", "complementizer",
               "nominal", "temporal", "cause", "adjunct", "conditional", "claim", "relative")  # fmt: skip


@dataclass(frozen=True, slots=True, eq=False)
class NameHeads:
    """Normalized opening words: titles and organisation heads, with their sectors."""

    titles: dict[str, str]  # one-word titles and honorifics (الدكتور، معالي)
    orgs: dict[str, str]
    org_phrases: dict[tuple[str, ...], str]
    links: frozenset[str]  # words joining the parts of a person's name (بن، آل، أبو)
    offices: dict[str, str]  # heads of office phrases (وزير، المتحدث), without the article
    chain: dict[str, str]  # words without the article inside an office's complement (أركان)
    not_names: frozenset[str]  # common words that never open a name (يوم، مساء)
    title_phrases: dict[tuple[str, ...], str]  # titles of several words (آية الله)
    honorifics: dict[tuple[str, ...], str]  # words of respect before a title (سماحة، صاحب السمو)
    epithets: frozenset[str]  # words between a title and the name (المخلوع، الركن)
    facilities: frozenset[str]  # heads of the names of buildings and sites (مطار، سجن)
    given: frozenset[str]  # common given names that open a person's name (خالد، فاطمة، جون)
    descriptors: frozenset[str]  # words before an organisation's name, not part of it (تنظيم)
    unnamed: frozenset[str]  # heads that make a known body's alias a description (الحكومة)
    descriptions: frozenset[str]  # nouns of a trade or state a name may follow (الفنانة، السجين)
    back_offices: frozenset[str]  # office heads that alone name their holder told before (الوزير)
    # the first word of each title phrase and honorific, with the sector of the first such
    # phrase (title phrases before honorifics). Why: every new word form is asked whether it
    # opens one, and most open none; one look-up answers instead of a scan of every phrase.
    phrase_openers: dict[str, str] = field(default_factory=dict)
    # given names of a custom whose family names take no article (جون، سيرغي), among ``given``
    foreign_given: frozenset[str] = frozenset()


@cache
def name_heads() -> NameHeads:
    """The shipped title and head-noun words."""
    titles: dict[str, str] = {}
    orgs: dict[str, str] = {}
    phrases: dict[tuple[str, ...], str] = {}
    title_phrases: dict[tuple[str, ...], str] = {}
    honorifics: dict[tuple[str, ...], str] = {}
    offices: dict[str, str] = {}
    chain: dict[str, str] = {}
    words_of: dict[str, set[str]] = {k: set() for k in NAME_WORD_KINDS}
    for kind, word, sector in data_rows("lexicon/ar/name_heads.tsv", 3):
        words = tuple(normalize(word).split())
        if kind in words_of:
            words_of[kind].add(words[0])
        elif kind == "honorific":
            honorifics[words] = sector
            if len(words) == 1:
                titles[words[0]] = sector  # معالي alone still opens a name; معاليه is a title's pronoun
        elif kind == "title" and len(words) > 1:
            title_phrases[words] = sector
        elif kind == "title":
            titles[words[0]] = sector
        elif kind == "office":
            offices[without_article(words[0])] = sector
        elif kind == "chain":
            chain[words[0]] = sector
        elif len(words) > 1:
            phrases[words] = sector
        else:
            orgs[words[0]] = sector
    openers: dict[str, str] = {}
    for phrase, sector in [*title_phrases.items(), *honorifics.items()]:
        openers.setdefault(phrase[0], sector)
    return NameHeads(
        titles, orgs, phrases, frozenset(words_of["link"]), offices, chain, frozenset(words_of["not_name"]),
        title_phrases, honorifics, frozenset(words_of["epithet"]), frozenset(words_of["facility"]),
        frozenset(words_of["given"] | words_of["foreign_given"]), frozenset(words_of["descriptor"]),
        frozenset(words_of["unnamed"]), frozenset(words_of["description"]), frozenset(words_of["back_office"]),
        openers, frozenset(words_of["foreign_given"]),
    )  # fmt: skip


def phrase_at(norms: Sequence[str], i: int, phrases: Iterable[tuple[str, ...]]) -> int:
    """The length of the longest phrase of ``phrases`` that starts at word ``i``, else 0."""
    best = 0
    for phrase in phrases:
        if len(phrase) > best and tuple(norms[i : i + len(phrase)]) == phrase:
            best = len(phrase)
    return best


def title_words(norms: Sequence[str], i: int, *, offices: bool = False) -> int:
    """How many words from ``i`` on are honorifics, titles and epithets that open a person's
    name but are not part of it (سماحة آية الله، اللواء الركن، الرئيس المخلوع); with
    ``offices`` (reading a known person's alias), an office head with the article also counts
    (الرئيس، الأمين), and so does an epithet alone (المخلوع صالح)."""
    heads = name_heads()
    j = i
    while j < len(norms):
        norm = norms[j]
        step = 0
        if norm in heads.phrase_openers:  # most words open no phrase: skip the scan of them all
            step = phrase_at(norms, j, heads.title_phrases) or phrase_at(norms, j, heads.honorifics)
        if not step and (norm in heads.titles or ((j > i or offices) and norm in heads.epithets)):
            step = 1
        if not step and j + 1 < len(norms) and norms[j + 1] == "." and norm + "." in heads.titles:
            step = 2  # د. written with its dot
        if not step and offices and norm.startswith(ARTICLE) and without_article(norm) in heads.offices:
            step = 1
        if not step:
            break
        j += step
    return j - i


@cache
def _stop_words() -> frozenset[str]:
    table = particles()
    return frozenset(w for kind in _STOP_KINDS for w in table.get(kind, ()))


class NameChunker(Stage):
    """Adds mentions of unknown people and organisations (``ref`` ``unknown:LABEL:SECTOR``)."""

    name = "names"
    requires = ("tokens", "mentions")
    assigns = ("mentions",)

    def __init__(
        self,
        verb_forms: frozenset[str] = frozenset(),
        nisba: NisbaTable | None = None,
        act_nouns: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset()),
        office_sectors: dict[str, str] | None = None,
        speech_nouns: frozenset[str] = frozenset(),
    ) -> None:
        super().__init__()
        # nouns of speech and of its speakers (بيان، تصريح، مصدر): no word of a name told
        # before its office (وأفاد بيان مكتب الرئيس is no person)
        self.speech_nouns = speech_nouns
        # the knowledge base's offices -> their sectors: a known office phrase (وزير الخارجية
        # التركي) and the holder's name after it become one person (see _known_office_holder)
        self.office_sectors = office_sectors or {}
        self.verb_forms = verb_forms  # known verb forms end a name (الربيعة استقبل)
        # the trigger lexicon's act nouns (زيارة، هجوم، مساعدات) and, apart, their accusative
        # forms and light verbs' objects (اتصالا، اجتماعا): see _ends_name
        self.act_nouns, self.act_objects = act_nouns
        self.nisba = nisba  # country adjectives, for office phrases (without: no office chunks)
        # Why: every word of every sentence is asked whether it opens a name; one dict
        # look-up per word form answers it after the first time.
        self._opens: Memo[str, tuple[tuple[str, str] | None, int]] = Memo(self._head_reading)
        self._may_open = FormFlag("name_open", self._opens_name)
        # every word _head_reading looks a word or one of its stems up in (see _opening_words)
        self._opening_keys = StemKeys(_opening_words(name_heads(), nisba))
        # a far holder's office opens at an office's head with no clitic before it (مدير، المدير)
        self._office_keys = StemKeys(name_heads().offices)
        self._heads_office = FormFlag("office_open", self._heads_office_phrase)
        # an unknown name told before its office opens a sentence or follows a known verb
        self._known_verb = FormFlag("known_verb", self._is_verb_token)
        # Why: a growing name asks of each next word whether it ends the name (some 20 pronoun
        # endings tried a word); the answer depends on the word alone
        self._ends_name: Memo[str, bool] = Memo(self._word_stops)
        self._ends_name_first: Memo[str, bool] = Memo(partial(self._word_stops, first=True))

    def _opens_name(self, tok: Token) -> bool:
        return self._opening_keys.met_by(form_stems(tok)) and self._opens[tok.norm][0] is not None

    def _heads_office_phrase(self, tok: Token) -> bool:
        return self._office_keys.met_by(form_stems(tok)) and _heads_office(tok)

    def _head_reading(self, norm: str) -> tuple[tuple[str, str] | None, int]:
        """A word's reading as the opening of a name (PER/ORG and sector), else of an office
        phrase (OFFICE and sector), with the clitic length to skip."""
        head, skip = _head_reading(norm, name_heads())
        if head is None and self.nisba is not None:
            office, office_skip = _office_reading(norm, name_heads())
            if office is not None:
                return (OFFICE, office), office_skip
            if (
                norm.startswith(ARTICLE)
                and norm.endswith("ي")
                and without_article(norm) in self.nisba.countries
            ):
                return (NATIONALITY, ""), 0  # السويسري جوزيف بلاتر: a nationality before a name
        return head, skip

    @classmethod
    def from_kb(cls, kb: KnowledgeBase, verb_forms: frozenset[str]) -> NameChunker:
        """A chunker that stops at every trigger and cue verb form the knowledge base knows
        (``verb_forms``: ``known_verb_forms(kb)``, built once by the caller: the quote finder
        needs the same set, and building it takes a noticeable part of start-up)."""
        sectors = {key: office.sector for key, office in kb.offices.items()}
        return cls(verb_forms, NisbaTable(kb), _act_nouns(kb), sectors, _speech_nouns(kb))

    def process(self, article: Article) -> Article:
        taken = sorted((m.start, m.end) for m in article.mentions)
        # a description (المواطن، الخبير) may be read as a common-noun group too: its name goes over that
        named = sorted((m.start, m.end) for m in article.mentions if not m.ref.startswith("generic:"))
        found: list[Mention] = []
        known = _PassMentions.of(article.mentions, found)
        opens = self._may_open
        offices = self._known_offices(article.mentions)
        # where the knowledge base's office phrases start: an unknown name may come right before one
        office_starts = frozenset(m.start for m in article.mentions if m.ref.startswith("office:"))
        replaced: list[Mention] = []  # known office phrases that now take in their holder's name
        for tokens in tokens_by_sentence(article.tokens):
            held = set()  # tokens of the holders' names after known offices
            for office in offices.get(tokens[0].sentence, ()):
                holder = self._known_office_holder(article, tokens, office, taken)
                if holder is not None:
                    found.append(holder[0])
                    replaced.append(office)
                    held.update(range(holder[1], holder[2] + 1))
            after = 0  # tokens before this one are inside a name already found
            # most words open no name: a note on each word form picks out those that may
            for i in opens.where(tokens):
                if i < after or i in held:
                    continue
                chunk = self._chunk_at(article, tokens, i, taken, named, known)
                if chunk is not None:
                    found.append(chunk[0])
                    after = chunk[1] + 1
            found.extend(self._appositive_names(article, tokens, taken, found, office_starts))
            found.extend(self._far_holders(article, tokens, taken, found))
        mentions = [m for m in article.mentions if not any(m is r for r in replaced)]
        mentions = [m for m in mentions if not _generic_inside(m, found)]
        article.mentions = sorted(mentions + found, key=lambda m: (m.start, -m.end))
        self.stats.update("names", len(found))
        return article

    def _appositive_names(
        self,
        article: Article,
        tokens: Sequence[Token],
        taken: list[tuple[int, int]],
        found: Sequence[Mention],
        office_starts: frozenset[int],
    ) -> list[Mention]:
        """Names nobody knows told right before their office (وقال جون سميث رئيس الوفد، عقد
        بيتر هانز، المسؤول في ...): two or three bare words that may be a name, after a verb or
        at the sentence's start, then an office's head, maybe after a comma. The office says
        the words are someone's name, whatever the language it comes from."""
        openings = [0, *(v + 1 for v in self._known_verb.where(tokens) if v + 1 < len(tokens))]
        spans = _spans_taken(tokens, taken, found)
        names: list[Mention] = []
        for i in openings:
            last = self._appositive_end(tokens, i, spans, office_starts)
            if last is None:
                continue
            names.append(_unknown_person(article, tokens[i], tokens[last], "unknown:PER:", "name:appositive"))
        return names

    def _far_holders(
        self,
        article: Article,
        tokens: Sequence[Token],
        taken: list[tuple[int, int]],
        found: Sequence[Mention],
    ) -> list[Mention]:
        """Holders' names told after a long office phrase whose complement holds a ب/في phrase
        or a known body (مدير إدارة المرور بمحافظة جدة فلان الفلاني، عضو لجنة المالية في البرلمان
        فلان فلان): two or three bare name words, or one and a family name with ال, that no name
        found covers. The office says they are a person's name, so a later lone surname can
        refer back to them."""
        heads = self._heads_office.where(tokens)
        if not heads:
            return []  # most sentences hold no office's head
        sentence = tokens[0].sentence
        mentions = [m for m in (*article.mentions, *found) if m.sentence == sentence]
        spans = _spans_taken(tokens, taken, found)
        # bodies and places a complement goes through; a person's name ends the office phrase
        bodies = sorted((m.start, m.end) for m in mentions if m.label in BODY_LABELS)
        names: list[Mention] = []
        after = 0  # tokens before this one are inside a holder's name already found
        for i in heads:
            if i < after or _overlaps(tokens[i], spans):
                continue
            holder = self._far_holder(tokens, i, spans, bodies)
            if holder is None:
                continue
            sector = _office_reading(tokens[i].norm, name_heads())[0]
            first, last, country = holder
            ref = f"unknown:PER:{sector}:{country}"
            names.append(_unknown_person(article, tokens[first], tokens[last], ref, "name:far-office"))
            after = last + 1
        return names

    def _far_holder(
        self, tokens: Sequence[Token], i: int, spans: list[tuple[int, int]], bodies: list[tuple[int, int]]
    ) -> tuple[int, int, str] | None:
        """The first and last tokens of the name after the office phrase opening at ``i``, when
        its complement goes through a ب/في phrase or a known body, and the complement's country."""
        last, country, through = i, "", False
        # the office's own body (رئيس هيئة الأركان) is its plain complement, which the office
        # chunk reads; a body past it (رئيس لجنة الشؤون الخارجية بمجلس الشورى) is what is new
        own = (
            next((end for start, end in bodies if start <= tokens[i + 1].start < end), 0)
            if i + 1 < len(tokens)
            else 0
        )
        for j in range(i + 1, min(len(tokens), i + 1 + MAX_FAR_COMPLEMENT_WORDS)):
            tok = tokens[j]
            if _overlaps(tok, bodies):
                through = through or tok.start >= own
            elif tok.norm == "في" or self._opens_place_phrase(tok):
                through = True
            elif not self._complement_word(tok):
                break
            country = country or (self.nisba.country(tok) if self.nisba else "")
            last = j
        if not through or tokens[last].norm == "في" or self._wants_genitive(tokens[last]):
            return None
        first = last + 1
        comma = first < len(tokens) and tokens[first].norm == ","  # ، is normalized to ,
        end = self._far_name_end(tokens, first + comma, spans, after_comma=comma)
        first += comma
        return (first, end, country) if end is not None else None

    @staticmethod
    def _wants_genitive(tok: Token) -> bool:
        """Whether a word is a body's, a region's or an office's head without the article (هيئة،
        منطقة، رئيس): its genitive follows, so the words after it are no holder's name."""
        heads, norm = name_heads(), tok.norm
        return norm in heads.orgs or norm in heads.chain or norm in heads.offices

    @staticmethod
    def _opens_place_phrase(tok: Token) -> bool:
        """Whether a word is ب on a definite word or on a body's or a region's head (بالوزارة،
        بمنطقة، بمجلس): a ب phrase of an office's complement, as the clitic reader splits it."""
        heads = name_heads()
        return tok.prefixes[:1] == ("ب",) and (
            has_article(tok) or (not tok.suffix and (tok.stem in heads.chain or tok.stem in heads.orgs))
        )

    def _complement_word(self, tok: Token) -> bool:
        """Whether a word goes on an office's complement: a definite word (or one after و), a
        chain word (عام، شؤون), a body's or an office's head or a country adjective."""
        norm, heads = tok.norm, name_heads()
        if not tok.is_word or self._stops(norm) or norm in heads.titles:
            return False
        word = norm[1:] if norm[:1] == "و" and norm[1:3] == ARTICLE else norm
        return (
            _opens_with_article(word)
            or word in heads.chain
            or word in heads.orgs
            or bare_stem(tok) in heads.offices
            or bool(self.nisba is not None and self.nisba.country(tok))
        )

    def _far_name_end(
        self, tokens: Sequence[Token], first: int, spans: list[tuple[int, int]], *, after_comma: bool
    ) -> int | None:
        """The last token of a name opening at ``first``: two or three bare words (see
        :meth:`_appositive_word`), maybe linked by بن, or one and a family name with ال (not right
        after a comma, where a verbal noun and its object open a clause: أهمية العناية); else None."""
        if first >= len(tokens) or tokens[first].norm[:1] in FRONT_PARTICLE_LETTERS:
            return None  # بطول، باحترام: ب and a noun, not a name
        if not self._appositive_word(tokens[first], spans):
            return None
        links = name_heads().links
        last, words = first, 1
        while last + 1 < len(tokens):
            nxt = tokens[last + 1]
            linked = last + 2 < len(tokens) and self._appositive_word(tokens[last + 2], spans)
            if nxt.norm in links and linked:
                last, words = last + 2, words + 1  # سعيد بن محمد
            elif self._family_name(nxt, spans) and not (after_comma and words == 1):
                return last + 1
            elif words < MAX_APPOSITIVE_WORDS and self._appositive_word(nxt, spans):
                last, words = last + 1, words + 1
            else:
                break
        return last if last > first else None

    def _family_name(self, tok: Token, spans: list[tuple[int, int]]) -> bool:
        """Whether a word may be a family name with ال after a first name (الغامدي): no country
        adjective, title, office, body, speech noun or stop word."""
        norm = tok.norm
        heads = name_heads()
        return (
            tok.is_word
            and norm.isalpha()
            and norm.startswith(ARTICLE)
            and len(norm) > 4
            and not self._stops(norm)
            and norm[2:] not in heads.offices
            and norm[2:] not in heads.orgs
            and norm[2:] not in heads.titles
            and norm not in self.speech_nouns
            and not (self.nisba is not None and self.nisba.country(tok))
            and not _overlaps(tok, spans)
        )

    def _is_verb_token(self, tok: Token) -> bool:
        """Whether a word is a verb form the knowledge base knows, maybe after و/ف (وقال)."""
        return tok.norm in self.verb_forms or without_conjunction(tok.norm) in self.verb_forms

    def _appositive_end(
        self, tokens: Sequence[Token], i: int, spans: list[tuple[int, int]], office_starts: frozenset[int]
    ) -> int | None:
        """The last token of a name opening at ``i`` that an office follows, else None;
        ``office_starts``: where the article's known office phrases start."""
        k = i
        while k < min(len(tokens), i + MAX_APPOSITIVE_WORDS) and self._appositive_word(tokens[k], spans):
            k += 1
        for last in range(i + 1, k):
            after = last + 1
            if after < len(tokens) and tokens[after].norm == ",":  # ، is normalized to ,
                after += 1
            if after < len(tokens) and self._office_opens(tokens[after], office_starts):
                return last
        return None

    def _appositive_word(self, tok: Token, spans: list[tuple[int, int]]) -> bool:
        """Whether a word may be part of a name nobody knows: a bare word (no clitic, article,
        function word or act) that is no verb, title, office or country adjective."""
        norm, titles = tok.norm, name_heads().titles
        return (
            tok.is_word
            and norm.isalpha()
            and self._bare_name_word(tok)
            and _opens_name(norm)
            and not self._stops(norm)
            and norm not in titles
            and not (norm[-1:] == "ه" and norm[:-1] in titles)  # معاليه، سموه: his title
            and norm not in self.speech_nouns
            and not (self.nisba is not None and self.nisba.country(tok))
            and not _overlaps(tok, spans)
        )

    def _office_opens(self, tok: Token, office_starts: frozenset[int]) -> bool:
        """Whether an office phrase opens at a word without و/ب/ل: an office's head (رئيس،
        المتحدث) or an office the knowledge base knows (المدعي العام), one of ``office_starts``."""
        return _heads_office(tok) or tok.start in office_starts

    def _known_offices(self, mentions: Sequence[Mention]) -> dict[int, list[Mention]]:
        """The knowledge base's office phrases (وزير الخارجية التركي) by sentence."""
        out: dict[int, list[Mention]] = {}
        for m in mentions:
            if m.ref.startswith("office:") and m.label == "PER":
                out.setdefault(m.sentence, []).append(m)
        return out

    def _known_office_holder(
        self, article: Article, tokens: Sequence[Token], office: Mention, taken: list[tuple[int, int]]
    ) -> tuple[Mention, int, int] | None:
        """A known office phrase, maybe السابق/الأسبق, then the holder's name the knowledge base
        does not know (وزير الخارجية التركي مولود أوغلو، رئيس تشاد الأسبق حسين حبري): one person,
        the office's sector and country with that name, and the first and last tokens of the
        name; else None. The name is two words or more, or one common given name."""
        k = bisect_right(tokens, office.end - 1, key=_END)  # the token the office ends in
        if k >= len(tokens) or tokens[k].end != office.end:
            return None
        heads = name_heads()
        while k + 1 < len(tokens) and tokens[k + 1].norm in heads.epithets:
            k += 1  # وزير الخارجية الأسبق: a former holder, named after it
        end, first = self._holder(tokens, k, taken)
        if end == k:
            return None
        end = _before_function_word(tokens, first, end)
        if end < first or (end == first and tokens[first].norm not in heads.given):
            return None
        if not _may_open_holder_name(tokens[first]):
            return None
        _, office_id, iso3 = office.ref.split(":", 2)
        sector = self.office_sectors.get(office_id, "")
        text = article.text[office.start : tokens[end].end]
        name = article.text[tokens[first].start : tokens[end].end]
        mention = Mention(
            office.start, tokens[end].end, text, "actor", "PER", f"unknown:PER:{sector}:{iso3}", name,
            office.sentence, "name:known-office", name,
        )  # fmt: skip
        return mention, first, end

    def _chunk_at(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        taken: list[tuple[int, int]],
        named: list[tuple[int, int]],
        known: _PassMentions,
    ) -> tuple[Mention, int] | None:
        """A name, title or office phrase opening at token ``i``; ``known``: the article's
        mentions and the names found before it in this pass, which a later office may refer
        back to."""
        tok = tokens[i]
        if not tok.is_word:
            return None
        # the memoized head test first: most words open no name, and the overlap test costs more
        head, skip = self._opens[tok.norm]
        if head is not None and head[0] in (DESCRIPTION, NATIONALITY) and not _overlaps(tok, named):
            return self._described_chunk(article, tokens, i, named)
        # a title a common-noun group reads too (الناشط، المحامي) still opens the name after it
        if head is None or _overlaps(tok, named if head[0] == "PER" else taken):
            return None
        if head[0] == OFFICE:
            return self._office_chunk(article, tokens, i, taken, head[1], skip, known)
        if head[0] == GIVEN:
            return self._given_chunk(article, tokens, i, taken, skip, known)
        kind, sector = head
        lead = 0
        if kind == "PER":
            norms = [t.norm for t in tokens]
            lead = title_words(norms, i)
            while lead and _overlaps(tokens[i + lead - 1], named):
                lead -= 1  # a known name (الشيخ جابر الأحمد) is not part of the titles before it
            # سماحة/معالي before an office or an organisation: that phrase opens at the next word
            if lead == 0 or (i + lead < len(tokens) and self._opens_phrase(tokens[i + lead].norm)):
                return None
        if kind == "PER" and (
            held := self._described_title_holder(article, tokens, i, lead, skip, sector, taken)
        ):
            return held
        if kind == "ORG" and (place := self._place_after(article, tokens, i)) is not None:
            return self._place_org(article, tokens, i, place, sector, skip, taken)
        words_max = MAX_PERSON_WORDS if kind == "PER" else MAX_ORG_WORDS
        last = self._extend(tokens, i + max(lead - 1, 0), kind, words_max, taken)
        if last == i + max(lead - 1, 0):
            if lead > 1 and tok.norm in name_heads().titles:  # سمو الأمير: a person, not a name
                return self._titled_reference(article, tokens, i, lead, sector, skip)
            return None  # a bare title or head noun ("الوزارة") names nobody in particular
        if kind == "ORG" and not self._names_body(tokens, i, last):
            return None
        if kind == "PER" and _overlaps(tok, taken) and not self._names_after_group(tokens, i + lead, last):
            return None
        start = _start_past_clitics(article, tok, skip)
        end = tokens[last].end
        text = article.text[start:end]
        name = article.text[tokens[i + lead].start : end] if lead else ""
        mention = Mention(
            start, end, text, "actor", kind, f"unknown:{kind}:{sector}", name or text, tok.sentence,
            f"name:{kind}", name,
        )  # fmt: skip
        return mention, last

    def _described_title_holder(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        lead: int,
        skip: int,
        sector: str,
        taken: list[tuple[int, int]],
    ) -> tuple[Mention, int] | None:
        """A title, its country adjective, maybe the place it serves in after لدى/في, then the
        holder's name (السفير الإيطالي لدى مصر جوفاني ريتشي، الكاتب المصري فلان الفلاني): one
        person of that country, named by the words after. The adjective alone is no name: a
        family name with ال right after a title (الدكتور التركي) keeps its own reading.
        ``skip``: the characters of the clitics before the title (والسفير)."""
        first, country = self._title_description(article, tokens, i + lead, taken)
        if not country:
            return None
        comma = first < len(tokens) and tokens[first].norm == ","  # ، is normalized to ,
        first += comma
        end = self._described_name_end(tokens, first, taken, after_comma=comma)
        if end is None:
            return None
        tok = tokens[i]
        start = _start_past_clitics(article, tok, skip)
        text = article.text[start : tokens[end].end]
        name = article.text[tokens[first].start : tokens[end].end]
        mention = Mention(
            start, tokens[end].end, text, "actor", "PER", f"unknown:PER:{sector}:{country}", name,
            tok.sentence, "name:PER", name,
        )  # fmt: skip
        return mention, end

    def _described_name_end(
        self, tokens: Sequence[Token], first: int, taken: list[tuple[int, int]], *, after_comma: bool
    ) -> int | None:
        """The last token of the name after a described title: a common given name and the words
        of a name after it (علي قوطالي, though علي is also على once normalized), else two or
        three bare words (see :meth:`_far_name_end`)."""
        if first < len(tokens) and tokens[first].norm in name_heads().given:
            last = self._extend(tokens, first, "PER", MAX_GIVEN_WORDS - 1, taken)
            return last if last > first else None
        return self._far_name_end(tokens, first, _spans_taken(tokens, taken, ()), after_comma=after_comma)

    def _title_description(
        self, article: Article, tokens: Sequence[Token], j: int, taken: list[tuple[int, int]]
    ) -> tuple[int, str]:
        """The first word after a title's country adjectives and the place phrase after them
        (الأمريكي لدى الأمم المتحدة، الإسرائيلي في واشنطن), and the adjective's country ("" when
        none follows the title)."""
        country = ""
        while j < len(tokens) and not _overlaps(tokens[j], taken) and self.nisba is not None:
            adjective = self.nisba.country(tokens[j])
            if not adjective:
                break
            country, j = country or adjective, j + 1
        if country and j + 1 < len(tokens) and tokens[j].norm in prepositions("service"):
            sentence = tokens[j].sentence
            places = [
                (m.start, m.end) for m in article.mentions if m.sentence == sentence and m.label != "PER"
            ]
            k = j + 1
            while k < len(tokens) and _overlaps(tokens[k], places):
                k += 1
            j = k if k > j + 1 else j
        return j, country

    @staticmethod
    def _names_after_group(tokens: Sequence[Token], first: int, last: int) -> bool:
        """Whether the words after a title that a common-noun group reads too name someone: two
        or more, opening without the article (الناشط فلان الفلاني, not الجندي الإسرائيلي, which
        the group reads)."""
        return last > first and not _opens_with_article(tokens[first].norm)

    def _names_body(self, tokens: Sequence[Token], i: int, last: int) -> bool:
        """Whether an organisation's words name it: any indefinite head's chain (مركز الملك
        سلمان), and a definite head's (اللجنة، الهيئة) of two words or more (الصندوق الاجتماعي
        للتنمية) or with a country adjective (الاتحاد الكويتي); one adjective alone (المؤسسة
        الدينية، المركز الثقافي) only describes some body."""
        if not has_article(tokens[i]) or last - i >= 2:
            return True
        return self.nisba is not None and bool(self.nisba.country(tokens[last]))

    def _place_after(self, article: Article, tokens: Sequence[Token], i: int) -> tuple[int, str] | None:
        """The last token and the country of a place or a capital named right after an
        organisation's head (جامعة تبوك، محكمة نيويورك، مستشفى دمشق), else None."""
        if i + 1 >= len(tokens) or self.nisba is None or tokens[i + 1].prefixes:
            return None
        head = bare_stem(tokens[i])
        if head in place_cues().heads and head not in name_heads().facilities:
            return None  # مديرية القفر: a unit of land named by its place, no body
        start = tokens[i + 1].start
        place = next((m for m in article.mentions if m.start == start and m.ref.startswith(PLACE_REFS)), None)
        if place is None:
            return None
        kind, _, ref = place.ref.partition(":")
        known = self.nisba.kb.gazetteer_place(place.ref)
        country = known.country if known is not None else ref if kind == "capital" else None
        last = bisect_right(tokens, place.end - 1, key=_END)
        if country is None or last >= len(tokens) or tokens[last].end != place.end:
            return None
        return last, country

    def _place_org(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        place: tuple[int, str],
        sector: str,
        skip: int,
        taken: list[tuple[int, int]],
    ) -> tuple[Mention, int]:
        """An organisation named by its head and the place it serves, with the definite words
        after (مستشفى سامراء العام): that place's body, in the head's sector and the place's
        country. The place stays a mention of its own inside it."""
        end, iso3 = place
        last = self._extend(tokens, end, "ORG", MAX_ORG_WORDS, taken)
        tok = tokens[i]
        start = _start_past_clitics(article, tok, skip)
        text = article.text[start : tokens[last].end]
        ref = f"unknown:ORG:{sector}:{iso3}" if iso3 else f"unknown:ORG:{sector}"
        mention = Mention(
            start, tokens[last].end, text, "actor", "ORG", ref, text, tok.sentence, "name:ORG", ""
        )
        return mention, last

    def _opens_phrase(self, norm: str) -> bool:
        """Whether a word opens a title, an office or an organisation (a given name is none)."""
        head = self._opens[norm][0]
        return head is not None and head[0] not in (GIVEN, NATIONALITY)

    def _described_chunk(
        self, article: Article, tokens: Sequence[Token], i: int, taken: list[tuple[int, int]]
    ) -> tuple[Mention, int] | None:
        """A noun of a trade or state or a nationality (السويسري), maybe country adjectives and
        other definite adjectives, then a name of two words or more that opens without the
        article (الفنانة ألين لحود، السجين السعودي نايف الحربي، الخبير الأمني سالم آل مرزوق)."""
        first = i + 1
        while first < min(len(tokens), i + 1 + MAX_DESCRIPTION_MODIFIERS) and self._describes(
            tokens[first], taken
        ):
            first += 1
        if first >= len(tokens) or not tokens[first].is_word or _overlaps(tokens[first], taken):
            return None
        norm = tokens[first].norm
        if not (norm.isalpha() and _opens_name(norm) and _person_word(norm, "", first=True)):
            return None
        if self._stops(norm) or self._opens_phrase(norm):
            return None
        if norm[:1] == "ي" and norm not in name_heads().given:
            return None  # الطفل يعاني: a present-tense verb, not a name
        nationality = self._opens[tokens[i].norm][0] == (NATIONALITY, "")
        if nationality and not self._nationality_names(tokens, i, first):
            return None
        last = self._extend(tokens, first, "PER", MAX_GIVEN_WORDS - 1, taken)
        last = _before_function_word(tokens, first, last)  # بات، برفقة: the sentence goes on
        if last < first:
            return None
        heads = name_heads()
        # a name opened by no Arabic given name (ميخائيل سوروكين): its family name takes no article
        foreign = nationality and (
            tokens[first].norm not in heads.given or tokens[first].norm in heads.foreign_given
        )
        if last - first >= 2 and tokens[last].norm.startswith(ARTICLE) and foreign:
            last -= 1  # انتقد السويسري جوزيف بلاتر القرار: a foreigner's name, then the verb's object
        if last == first:
            return None  # one word after a common noun is too weak a sign of a name
        text = article.text[tokens[i].start : tokens[last].end]
        name = article.text[tokens[first].start : tokens[last].end]
        mention = Mention(
            tokens[i].start, tokens[last].end, text, "actor", "PER", "unknown:PER:", name, tokens[i].sentence,
            "name:PER", name,
        )  # fmt: skip
        return mention, last

    @staticmethod
    def _nationality_names(tokens: Sequence[Token], i: int, first: int) -> bool:
        """Whether a nationality adjective (السويسري) names the person after it: it follows no
        definite noun it could qualify (النفط الأمريكي الخفيف), and the two words after it may
        be a name (no clitic, no function word, no feminine or plural ending: not السعودي كان
        واضحا، السوري وتكفي)."""
        before = tokens[i - 1] if i > 0 else None
        if (
            before is not None
            and before.is_word
            and (before.norm.startswith(ARTICLE) or before.norm[1:3] == ARTICLE)
        ):
            return False
        words = tokens[first : first + 2]
        return len(words) == 2 and all(
            w.is_word and w.norm not in function_words() and _may_open_holder_name(w) for w in words
        )

    def _describes(self, tok: Token, taken: list[tuple[int, int]]) -> bool:
        """Whether a word after a description still describes the person (السعودي، الأمني،
        المعتزلة): a country adjective, or a definite word of no name, title or office."""
        if self.nisba is not None and self.nisba.country(tok):
            return True
        norm = tok.norm
        return (
            tok.is_word
            and norm.startswith(ARTICLE)
            and not _overlaps(tok, taken)
            and self._opens[norm][0] is None
            and not self._stops(norm)
        )

    def _given_chunk(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        taken: list[tuple[int, int]],
        skip: int,
        known: _PassMentions,
    ) -> tuple[Mention, int] | None:
        """A person's name opened by a common given name and closed by a family name with the
        article, a link or another given name (خالد الماربي، علي محمد، فهد بن سالم)."""
        heads = name_heads()
        last = self._extend(tokens, i, "PER", MAX_GIVEN_WORDS - 1, taken)
        if last == i:
            return None
        if tokens[i + 1].norm.startswith(ARTICLE) and _surname_told(tokens[i], skip, known):
            # رفض عثمان المشاركة after سالم عثمان: the surname refers back to him (see the
            # anaphora pass), and the definite word after it is no family name
            return None
        if i > 0 and tokens[i - 1].norm in heads.links:
            return None  # آل حسين، بن خالد: the given name is a family's or a father's, in a name
        rest = [t.norm for t in tokens[i + 1 : last + 1]]
        foreign = tokens[i].norm[skip:] in heads.foreign_given
        if foreign or not (
            rest[0] in heads.given or rest[-1].startswith(ARTICLE) or any(w in heads.links for w in rest)
        ):
            # جون ويلز المتهم: a family name of that custom takes no article, so a definite word
            # after it is none of the name
            last = self._bare_family_name(tokens, i, last, foreign=foreign)
            if last == i:
                return None  # a given name with common words after it is too weak a sign
        if tokens[i].norm[skip:] in _stop_words() and rest[0] not in heads.given:
            return None  # علي is also على once normalized: على الأرض is no name
        if i > 0 and bare_stem(tokens[i - 1]) in heads.facilities | heads.orgs.keys():
            return None  # ستاد جابر الدولي، مؤسسة خليفة: a place or a body named after someone
        start = _start_past_clitics(article, tokens[i], skip)
        end = tokens[last].end
        text = article.text[start:end]
        return Mention(
            start, end, text, "actor", "PER", "unknown:PER:", text, tokens[i].sentence, "name:PER"
        ), last

    def _bare_family_name(self, tokens: Sequence[Token], i: int, last: int, *, foreign: bool = False) -> int:
        """The last token of a family name written without the article right after a given name
        (عصام دربالة، مايكل براون), else ``i``: one word that may open a holder's name and is
        no function word nor act noun, and no more than one such word after it. After a
        ``foreign`` given name (جون) a word the clitic reader left whole may open with و/ي/ل
        (يوري ليبيديف): such names are written so, and no clitic was split off."""
        end = i
        for k in range(i + 1, min(last, i + MAX_BARE_FAMILY_WORDS) + 1):
            if not self._bare_name_word(tokens[k], any_initial=foreign):
                break
            if foreign and k > i + 1 and _goes_on_past_name(tokens[k]):
                break
            end = k
        return _before_function_word(tokens, i + 1, end) if end > i else i

    def _bare_name_word(self, tok: Token, *, any_initial: bool = False) -> bool:
        """Whether a word without the article may be part of a family name: no clitic or
        object pronoun (وأحد، لطرح، مواقفكم), no present-tense verb (يخطط), no plural noun
        (تطورات), no function word or act. A feminine ending is a name's (شحادة، حمودة).
        ``any_initial``: a word opening with و/ي/ل may be one too, and so may one the clitic
        reader split a preposition's letter off (باور read as ب + اور)."""
        norm = tok.norm
        return not (
            (tok.prefixes and not (any_initial and _one_letter_clitic(tok)))
            or tok.suffix
            or not norm  # a token with no letters is no word of a name
            or (norm.startswith(NOT_FAMILY_INITIALS) and not any_initial)
            or norm.endswith(("ات", *PLURAL_PRONOUN_SUFFIXES))
            or norm in function_words()
            or norm in self.act_nouns
        )

    def _titled_reference(
        self, article: Article, tokens: Sequence[Token], i: int, lead: int, sector: str, skip: int
    ) -> tuple[Mention, int]:
        """An honorific and a title with no name (سمو الأمير، سماحة الشيخ): the person they
        stand for, read like an office phrase without a holder's name."""
        start = _start_past_clitics(article, tokens[i], skip)
        end = tokens[i + lead - 1].end
        text = article.text[start:end]
        ref = f"unknown:PER:{sector}:"
        return Mention(
            start, end, text, "actor", "PER", ref, text, tokens[i].sentence, "name:office"
        ), i + lead - 1

    def _office_chunk(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        taken: list[tuple[int, int]],
        sector: str,
        skip: int,
        known: _PassMentions,
    ) -> tuple[Mention, int] | None:
        """An office phrase and the holder's name after it, if any: one person mention."""
        last, sector, country = self._complement(tokens, i, taken, sector)
        if last == i:
            return self._bare_office(article, tokens, i, sector, skip, known)
        end, first = self._holder(tokens, last, taken)
        if end == last and not country:
            # وزير الزراعة with neither a name nor a country names nobody, unless it is the
            # subject a verb or a particle opens (ورحب وزير الخارجية): the holder told of before
            return self._unnamed_office(article, tokens, i, last, sector, skip, known)
        start = _start_past_clitics(article, tokens[i], skip)
        text = article.text[start : tokens[end].end]
        ref = f"unknown:PER:{sector}:{country}"
        # the holder's name, when given, is who the mention stands for; else the phrase itself
        name = article.text[tokens[first].start : tokens[end].end] if end > last else ""
        mention = Mention(
            start, tokens[end].end, text, "actor", "PER", ref, name or text, tokens[i].sentence,
            "name:office", name,
        )  # fmt: skip
        return mention, end

    def _bare_office(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        sector: str,
        skip: int,
        known: _PassMentions,
    ) -> tuple[Mention, int] | None:
        """An office head alone after a verb or a particle (وهدد الوزير، قال الرئيس إن): the
        person told of by that office before, else an unnamed holder; not when a name follows
        (الرئيس أوباما، الرئيس (الإيراني حسن) روحاني), which is that name's title."""
        tok = tokens[i]
        word = tok.norm[skip:]
        if word not in name_heads().back_offices or not self._opens_clause_part(tokens, i):
            return None
        if i + 1 < len(tokens) and _opens_holder(known, tokens[i + 1]):
            return None
        mention = self._office_reference(article, tokens, i, i, sector, skip, known)
        return (mention, i) if mention else None

    def _unnamed_office(
        self,
        article: Article,
        tokens: Sequence[Token],
        i: int,
        last: int,
        sector: str,
        skip: int,
        known: _PassMentions,
    ) -> tuple[Mention, int] | None:
        """An office phrase with its complement and no holder's name or country after a verb or
        a particle (ورحب وزير الخارجية، التقى نائب وزير الصحة): the person told of by that office
        before, when one was, else an unnamed holder when the phrase is plainly closed (see
        _office_phrase_closed); not when a name follows, maybe after a comma (وزير الزراعة خالد
        حداد، وزير الداخلية، اللواء سالم الفهد), or the office goes on into a known body
        (المتحدث باسم الجيش السوري)."""
        if not self._opens_clause_part(tokens, i) or tokens[last].norm in name_heads().chain:
            return None
        after = tokens[last + 1 : last + 3]
        if len(after) > 1 and after[0].norm == ",":  # ، is normalized to ,
            after = after[1:]
        if after and (_opens_holder(known, after[0]) or _overlaps(after[0], known.actors)):
            return None
        told_only = not self._office_phrase_closed(tokens, i, last)
        mention = self._office_reference(article, tokens, i, last, sector, skip, known, told_only=told_only)
        return (mention, last) if mention else None

    def _office_phrase_closed(self, tokens: Sequence[Token], i: int, last: int) -> bool:
        """Whether the office phrase of tokens ``i`` to ``last`` plainly stands alone, so that it
        may stand for its unnamed holder (التقى وزير العدل ثم، دعا وزير التربية إلى، قال وزير
        الزراعة إن): a punctuation mark, a verb or a function word after it; not a preposition
        that may take the phrase on (المتحدث باسم الوزارة، مدير العمليات في المنظمة), not و (مدير
        التوعية والتوجيه), not another word (المستقيل حاليا فلان), where a name or a body may
        still follow and the phrase would name a partial or wrong holder. Nor after a comma,
        where it describes a name told before it (اللواء فلان، المتحدث الأمني), nor when its
        complement was cut at another office's head (نائب رئيس)."""
        if i > 0 and tokens[i - 1].norm == ",":  # ، is normalized to ,
            return False
        if bare_stem(tokens[last]) in name_heads().offices:
            return False
        nxt = tokens[last + 1] if last + 1 < len(tokens) else None
        if nxt is None or not nxt.is_word:
            return True
        if nxt.prefixes or nxt.norm in prepositions("member") | prepositions("service"):
            return False
        return self._stops(nxt.norm) or nxt.norm in self.verb_forms

    def _opens_clause_part(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether token ``i`` follows a verb, a particle or nothing: المدخل الرئيس، وكيل المحافظ
        are an adjective or a genitive, not the person."""
        prev = tokens[i - 1] if i > 0 else None
        return prev is None or not prev.is_word or self._stops(prev.norm) or prev.norm in self.verb_forms

    @staticmethod
    def _office_reference(
        article: Article,
        tokens: Sequence[Token],
        i: int,
        last: int,
        sector: str,
        skip: int,
        known: _PassMentions,
        *,
        told_only: bool = False,
    ) -> Mention | None:
        """The mention of an office named without its holder, tokens ``i`` to ``last``: the person
        told of by that office before, else (unless ``told_only``) an unnamed holder."""
        tok = tokens[i]
        start = _start_past_clitics(article, tok, skip)
        text = article.text[start : tokens[last].end]
        words = (without_article(tok.norm[skip:]), *(t.norm for t in tokens[i + 1 : last + 1]))
        before = _office_antecedent(article, start, words, known)
        if before is None and told_only:
            return None
        ref, entity = (before.ref, before.entity) if before else (f"unknown:PER:{sector}:", text)
        # label "": a description, not a name the article lists among its entities
        return Mention(
            start, tokens[last].end, text, "actor", "", ref, entity, tok.sentence, "name:bare-office"
        )

    def _holder(self, tokens: Sequence[Token], last: int, taken: list[tuple[int, int]]) -> tuple[int, int]:
        """The last token of the holder's name after an office phrase ending at ``last`` (``last``
        when none) and its first token, past any title (وزير الخارجية الدكتور فيصل مقداد)."""
        lead = title_words([t.norm for t in tokens], last + 1) if last + 1 < len(tokens) else 0
        if not (lead or _opens_with_article(tokens[last].norm)):
            return last, last
        before = last + lead  # the name's extension starts after the office or its title
        end = self._extend(tokens, before, "PER", MAX_PERSON_WORDS, taken)
        if end > before and not _opens_name(tokens[before + 1].norm):
            return last, last
        if end > before and tokens[before + 1].norm in self.act_nouns:
            return last, last  # طلب من الأمين العام تقديم تقرير: the act asked for, not a name
        # نظيره، نفسه: a common word ends the name
        end = next(
            (k - 1 for k in range(before + 1, end + 1) if tokens[k].norm in name_heads().not_names), end
        )
        return (end, before + 1) if end > before else (last, last)

    def _complement(
        self, tokens: Sequence[Token], i: int, taken: list[tuple[int, int]], sector: str
    ) -> tuple[int, str, str]:
        """The last token of an office's complement (الزراعة العراقي، باسم الجيش، أمريكي), the
        sector it gives and the country of its adjective."""
        heads = name_heads()
        last, country = i, ""
        for j in range(i + 1, min(len(tokens), i + 1 + MAX_COMPLEMENT_WORDS)):
            tok = tokens[j]
            if not tok.is_word or _overlaps(tok, taken) or self._stops(tok.norm) or tok.norm in heads.titles:
                break  # a title opens the holder's name (وزير الخارجية الدكتور فيصل مقداد)
            adjective = self.nisba.country(tok) if self.nisba else ""
            bare = bare_stem(tok)
            if not (
                adjective or _opens_with_article(tok.norm) or tok.norm in heads.chain or bare in heads.offices
            ):
                break
            if has_article(tokens[j - 1]) and not adjective and self._object_noun(without_article(tok.norm)):
                break  # رفض الوزير الاقتراح، بدأ نائب الوزير الجولة: a definite word takes no genitive
            if j == i + 1 and has_article(tokens[i]) and not _may_follow_definite_office(tokens[i], tok):
                break  # دعا الرئيس البرلمان: a definite head takes no genitive; the word is its object
            country = country or adjective
            given = _word_sector(bare, heads)
            if given in COMPLEMENT_SECTORS and sector in ("", "GOV"):
                sector = given
            last = j
        return last, sector, country

    def _extend(
        self, tokens: Sequence[Token], i: int, kind: str, words_max: int, taken: list[tuple[int, int]]
    ) -> int:
        last = i
        for j in range(i + 1, min(len(tokens), i + 1 + words_max)):
            tok = tokens[j]
            stops = self._stops(tok.norm, first=j == i + 1 and kind == "PER")
            if not tok.is_word or not tok.norm.isalpha() or _overlaps(tok, taken) or stops:
                break
            if kind == "PER":
                if not _person_word(tok.norm, tokens[last].norm, first=j == i + 1) or _next_person(tok.norm):
                    break
                if tok.norm in name_heads().not_names or self._act_after_name(tok.norm):
                    break  # مساء، نظيره، اتصالا، بزيارة: a common word ends the name
                if j == i + 1 and _definite_group_noun(tok):
                    break  # شكر الملك الشعب: a group's noun is no name; the verb's object
                if has_article(tok) and without_article(tok.norm) in self.act_nouns:
                    break  # أدان الوزير خالد سالم الهجوم: the act is the verb's object, no family name
                last = j
                if self._ends_person_name(tok.norm, tokens[j - 1].norm):
                    break
            else:
                if j <= last:
                    continue  # the genitive of a ل-phrase, taken with its verbal noun
                if last > i and has_article(tokens[i]) and self._purpose_phrase(tokens, j, taken):
                    last = j + 1
                    continue
                if not _org_word(tok.norm, tokens[last].norm):
                    break
                if (
                    has_article(tokens[i])
                    and tok.norm.startswith(ARTICLE)
                    and without_article(tok.norm) in self.act_nouns
                ):
                    break  # أدان البرلمان الهجوم: a definite head takes no genitive; the act is its object
                if has_article(tokens[i]) and not _describes_body(tok):
                    break
                if j == i + 1 and not may_describe_feminine_head(tokens[i], tok):
                    break  # حثت الهيئة الدول الأعضاء: الدول is the head's verb's object
                last = j
        return last

    def _purpose_phrase(self, tokens: Sequence[Token], j: int, taken: list[tuple[int, int]]) -> bool:
        """Whether words ``j`` and ``j + 1`` are an organisation's purpose: ل, a verbal noun
        without the article and its definite genitive (اللجنة الوطنية لمكافحة المخدرات، الهيئة
        العامة لرعاية الشباب). The noun bears no ال, so :func:`_org_word` alone would stop there.
        A noun of the trigger lexicon (لدعم، لوقف) is rather the act the sentence goes on to,
        and an office or a given name (لوزير الخارجية، لخالد العتيبي) the party it goes to."""
        if j + 1 >= len(tokens):
            return False
        return self._purpose_noun(tokens[j]) and self._purpose_genitive(tokens[j + 1], taken)

    def _purpose_noun(self, tok: Token) -> bool:
        """Whether a word is ل and a bare verbal noun that may tell a body's purpose (لمكافحة):
        no article, ل or pronoun on the noun, no act, office or given name, no stop word."""
        noun = tok.norm[1:]
        return (
            tok.norm[:1] == "ل"
            and len(noun) >= 3
            and not noun.startswith((ARTICLE, "ل"))
            and not tok.suffix
            and not self._names_act_or_person(noun)
            and _describes_body(tok)
            and not self._stops(tok.norm)
        )

    def _names_act_or_person(self, noun: str) -> bool:
        """Whether a noun after ل is an act of the trigger lexicon (دعم), an office (وزير) or a
        given name (خالد): what the sentence goes on to, or the party it goes to."""
        heads = name_heads()
        return noun in self.act_nouns or noun in heads.offices or noun in heads.given

    def _purpose_genitive(self, genitive: Token, taken: list[tuple[int, int]]) -> bool:
        """Whether the word after a noun of purpose is its definite genitive (المخدرات), a word
        that no name found already covers and no stop word."""
        return (
            not _overlaps(genitive, taken)
            and genitive.is_word
            and genitive.norm.startswith(ARTICLE)
            and not self._stops(genitive.norm)
        )

    @staticmethod
    def _ends_person_name(norm: str, previous: str) -> bool:
        """Whether a word of a person's name is its last: a family name with ال (الربيعة), or
        the word after آل (آل سعود), which is ال once normalized and links to it."""
        links = name_heads().links
        if previous == FAMILY_LINK:
            return True
        return norm.startswith(ARTICLE) and norm not in links and previous not in links

    def _object_noun(self, bare: str) -> bool:
        """Whether a word without its article is an act noun or the verbal noun of a derived verb
        (اتفاق، اقتراح، تفجير): a noun, never the adjective a definite office head may take
        (الأمين العام، الرئيس التنفيذي، المبعوث الأممي, whose nisba ends in ي)."""
        # the masdars of derived verbs open with the ا of افتعال/استفعال or the ت of تفعيل/تفاعل
        # and have five letters or more; shorter words in ا/ت are mostly adjectives (الأعلى) or roots
        derived = len(bare) >= 5 and bare[:1] in "ات" and not bare.endswith(nisba_endings())
        return (derived and bare not in name_heads().given) or bare in self.act_nouns

    def _act_after_name(self, norm: str) -> bool:
        """Whether a word is an act noun that follows a person's name and is none of it: in the
        accusative, the object of the verb before (أجرى الوزير اتصالا), or after ب/ل, the act a
        verb goes on to (أشاد السفير بزيارة)."""
        return norm in self.act_objects or (norm[:1] in "بل" and norm[1:] in self.act_nouns)

    def _stops(self, norm: str, *, first: bool = False) -> bool:
        """Whether a word ends a name; right after a title a name is likelier than و/ف and a
        verb (الأمير فيصل, not ف + يصل)."""
        return (self._ends_name_first if first else self._ends_name)[norm]

    def _word_stops(self, norm: str, *, first: bool = False) -> bool:
        return (
            norm in _stop_words()
            or norm in self.verb_forms
            # a conjunction on a verb or a particle (وقال، فإن) goes on with the sentence
            or (
                not first
                and norm.startswith(CONJUNCTIONS)
                and (norm[1:] in self.verb_forms or norm[1:] in _stop_words())
            )
            or self._with_pronoun(norm)
        )

    def _with_pronoun(self, norm: str) -> bool:
        """Whether a word is a particle or a known verb with an object pronoun on (إنه، لأنها،
        التقاه، استقبلهم), which no name continues into."""
        for suffix in OBJECT_PRONOUN_SUFFIXES:
            if len(norm) <= len(suffix) + 1 or not norm.endswith(suffix):
                continue
            base = norm[: -len(suffix)]
            bases = (base, base[1:]) if base[:1] in FRONT_PARTICLE_LETTERS else (base,)
            if any(word in _stop_words() for word in bases):
                return True
            # ه is also ة once normalized (وزارة): there only a verb whose ى is written ا
            # before the pronoun (التقاه of التقى) can be meant
            verbs = () if suffix == "ه" else bases
            if any(word in self.verb_forms for word in verbs):
                return True
            if base.endswith("ا") and base[:-1] + "ي" in self.verb_forms:
                return True
        return False


def _act_nouns(kb: KnowledgeBase) -> tuple[frozenset[str], frozenset[str]]:
    """The forms of the trigger lexicon's nouns and masdars, and the accusative forms (tanween
    alif: اتصالا، اجتماعا، هجوما) of those and of light verbs' objects."""
    nouns: set[str] = set()
    accusatives: set[str] = set()
    for entry in kb.triggers:
        acts = [entry.lemma] if entry.pos == "noun" else list(entry.masdar)
        for act in acts:
            nouns.update(noun_forms(act, entry.plural if entry.pos == "noun" else ()))
        for noun in [*acts, *entry.objects]:
            base = normalize(noun)
            if not base.endswith(("ا", "ات", "ء")):
                accusatives.update(f for f in noun_forms(noun) if f == base + "ا")
    return frozenset(nouns), frozenset(accusatives)


def _speech_nouns(kb: KnowledgeBase) -> frozenset[str]:
    """The quote cues' venue nouns with their forms (بيان، تصريحات), their verbs' other forms
    (قائلا، التأكيد) and the nouns that open a speaker no list knows (مصدر، خبراء), normalized."""
    words = [w for cue in kb.cues if cue.kind == "venue" for w in (cue.lemma, *cue.forms)]
    words += [w for cue in kb.cues if cue.kind == "verb" for w in cue.forms]  # قائلا، مؤكدا
    words += data_lines(SPEAKER_NOUNS_FILE)
    return frozenset(normalize(w) for w in words)


def _definite_org_head(norm: str, heads: NameHeads) -> tuple[tuple[str, str], int] | None:
    """An organisation's head with the article (اللجنة، الهيئة، المجلس): it opens a name when
    the definite words after it name the body (see :meth:`NameChunker._names_body`); the span
    keeps the article and leaves و/ب before it out. A state part's head (القوات، الجيش) with an
    adjective describes any state's part (mentions.groups)."""
    for seg in segmentations(norm):
        if seg.suffix or seg.prefixes[-1:] != (ARTICLE,) or seg.stem not in heads.orgs:
            continue
        if seg.stem in head_rows():
            return None
        return ("ORG", heads.orgs[seg.stem]), seg.prefix_length - len(ARTICLE)
    return None


def _start_past_clitics(article: Article, tok: Token, skip: int) -> int:
    """Where a mention opening at a token starts in the text: past the clitics before its first
    word (وال, بال), ``skip`` characters of the normalized word."""
    return tok.start + clitic_offset(article.text[tok.start : tok.end], skip)


def _opening_words(heads: NameHeads, nisba: NisbaTable | None) -> set[str]:
    """The words a word, or a stem of one of its readings, must be for
    :meth:`NameChunker._head_reading` to read it as opening anything: titles, title phrases'
    first words, organisation and office heads, nouns of a trade, given names, and a country
    adjective with the article (السويسري)."""
    words = {*heads.titles, *heads.phrase_openers, *heads.orgs, *heads.descriptions, *heads.given}
    words.update(heads.offices)
    if nisba is not None:
        words.update(ARTICLE + stem for stem in nisba.countries if stem.endswith("ي"))
    return words


@lru_cache(maxsize=100_000)
def _head_reading(norm: str, heads: NameHeads) -> tuple[tuple[str, str] | None, int]:
    """Whether a token opens a name: (label, sector) and the clitic length to skip."""
    if norm in heads.titles:
        return ("PER", heads.titles[norm]), 0
    if norm in heads.phrase_openers:
        return ("PER", heads.phrase_openers[norm]), 0  # آية (الله): _chunk_at checks the rest of the phrase
    for seg in segmentations(norm):
        # the stem first: most words head no organisation, and the article test costs more
        if seg.stem in heads.orgs and not (seg.suffix or seg.has_article):
            return ("ORG", heads.orgs[seg.stem]), seg.prefix_length
    if (definite := _definite_org_head(norm, heads)) is not None:
        return definite
    if norm in heads.descriptions:
        return (DESCRIPTION, ""), 0
    for seg in segmentations(norm):
        # only و/ف before a given name: ب/ل make too many common words look like one (بريم)
        if (
            seg.stem in heads.given
            and not (seg.suffix or seg.has_article)
            and norm[: seg.prefix_length] in GIVEN_CLITICS
        ):
            return (GIVEN, ""), seg.prefix_length
    return None, 0


def _heads_office(tok: Token) -> bool:
    """Whether a token is an office's head with no clitic to skip (مدير، المدير, not ومدير)."""
    sector, skip = _office_reading(tok.norm, name_heads())
    return sector is not None and skip == 0


@lru_cache(maxsize=100_000)
def _office_reading(norm: str, heads: NameHeads) -> tuple[str | None, int]:
    """Whether a token is an office's head (وزير، والمتحدث): its sector and the clitic length to
    skip (the article stays in the mention)."""
    for seg in segmentations(norm):
        if seg.suffix or seg.stem not in heads.offices:
            continue
        return heads.offices[seg.stem], seg.prefix_length - (2 if seg.has_article else 0)
    return None, 0


def _office_antecedent(
    article: Article, start: int, words: tuple[str, ...], known: _PassMentions
) -> Mention | None:
    """The latest person named before ``start`` by an office of this head (the first word, without
    its article) whose words hold the other words (الرئيس السوداني عمر البشير for a later
    الرئيس; وزير الداخلية اليمني for الوزير; وزير الخارجية الألماني for الوزير الألماني), in
    the name's mention or right before it (وزير الخارجية عادل الجبير, the name known alone),
    else None. ``known``: the article's mentions and the names this stage found before
    ``start``, not yet among them."""
    for m in known.persons_latest_first():
        if m.end > start:
            continue
        if _holds_office(normalize(m.text).split(), words):
            return m
        before = normalize(article.text[max(0, m.start - OFFICE_CONTEXT) : m.start]).split()
        if _holds_office(before[-len(words) - 1 :], words) or _holds_office(before[-len(words) :], words):
            return m
    return None


def _holds_office(named: Sequence[str], words: tuple[str, ...]) -> bool:
    """Whether words naming a person open with an office of this head and hold its other words;
    titles before the office are passed over (معالي وزير الخارجية)."""
    titles = name_heads().titles
    opening = list(dropwhile(titles.__contains__, named)) or list(named)
    if not opening:
        return False
    head, *rest = opening
    return without_article(head) == words[0] and set(words[1:]) <= set(rest)


def _opens_holder(known: _PassMentions, tok: Token) -> bool:
    """Whether a word after an office opens its holder's name or goes on into a name: a name
    found already, a common given name, a title or a bracket (الرئيس (الإيراني حسن) روحاني)."""
    heads = name_heads()
    return (
        _overlaps(tok, known.labelled)
        or tok.norm in heads.given
        or tok.norm in heads.titles
        or tok.norm == "("
    )


def _opens_with_article(norm: str) -> bool:
    """Whether a word as written opens with the article or the fused لل (الزراعة، للأمم).
    Why not :func:`~hadath.text.clitics.has_article`: an office's complement and the words
    around a holder's name read the word as it stands in the phrase; one with a preposition on
    its article (بالوزارة) opens a phrase of its own (the complement strips a joining و itself),
    and the fused لل is definite too."""
    return norm.startswith((ARTICLE, "لل"))


def _opens_name(norm: str) -> bool:
    """Whether a word can be a holder's first name after an office phrase: no article, no
    common word (يوم، مساء), no number."""
    heads = name_heads()
    return not (
        _opens_with_article(norm)
        or (
            norm.startswith((*CONJUNCTIONS, *PREPOSITIONS)) and norm[1:3] == ARTICLE and len(norm) > 4
        )  # والمغتربين، بالوزارة, not خالد، سالم
        or norm in heads.not_names
        or norm in heads.offices
        or norm in heads.orgs
    )


def _word_sector(bare: str, heads: NameHeads) -> str:
    """The sector a complement word implies (الجيش، الحزب، المعارضة، أركان), or ""."""
    row = head_rows().get(bare)
    if row is not None:
        return sector_heads()[row].sector
    return heads.orgs.get(bare) or heads.chain.get(bare, "")


def _definite_group_noun(tok: Token) -> bool:
    """Whether a word is a definite noun of a group or a body (البرلمان، الشعب، الحكومة): right
    after a title or a definite office head it opens the verb's object, never a name or a
    genitive (a definite head takes none)."""
    return (
        has_article(tok)
        and not tok.suffix
        and (bare_stem(tok) in head_rows() or bare_stem(tok) in name_heads().orgs)
    )


def _may_follow_definite_office(head: Token, tok: Token) -> bool:
    """Whether a definite word right after a definite office head (الرئيس، الوزير) may be its
    adjective (العام، التنفيذي): a definite head is in no construct, so a group's noun
    (البرلمان، الشعب) or, after a masculine head, a feminine noun (زار الوزير العائلة) is the
    verb's object, no word of the office."""
    if _definite_group_noun(tok):
        return False
    masculine = not bare_stem(head).endswith(FEMININE_ENDINGS)
    feminine_noun = tok.norm.endswith(TEH_MARBUTA_ENDING) and not tok.norm.endswith(nisba_endings())
    return not (masculine and feminine_noun)


def _person_word(norm: str, previous: str, *, first: bool) -> bool:
    """A word that can continue a person's name after a title."""
    links = name_heads().links
    if norm in links or previous in links:
        return True
    if first:
        return (
            norm not in name_heads().not_names
            and not _prepositional_masdar(norm)
            and (not norm.startswith(ARTICLE) or len(norm) > 4)
        )
    return True


def _next_person(norm: str) -> bool:
    """A و and a given name or a title: the next person of a list (خالد الحربي ووفاء السالم)."""
    heads = name_heads()
    return norm[:1] == "و" and (norm[1:] in heads.given or norm[1:] in heads.titles)


def _prepositional_masdar(norm: str) -> bool:
    """A verbal noun of a derived form behind ب/ل (بتقديم، لإقالة، باستخدام، بمشاركة): the act
    a sentence goes on to, never the first word of a name."""
    return norm[:1] in "بل" and len(norm) >= 6 and norm[1] in "تامإأ"


def _org_word(norm: str, previous: str) -> bool:
    """A word of an organisation's genitive chain: definite nouns and adjectives (with و/ل),
    or a bare name right after a title (مركز الملك سلمان)."""
    for prefix in ("", "و", "ل", "لل"):
        if norm.startswith(prefix + ARTICLE) or (prefix == "لل" and norm.startswith("لل")):
            return True
    return previous in name_heads().titles


# The endings of an adjective in the feminine (الوطنية، العليا، الكبرى), normalized.
FEMININE_ADJECTIVE_ENDINGS = (TEH_MARBUTA_ENDING, "ا", "ي")


def may_describe_feminine_head(head: Token, tok: Token) -> bool:
    """Whether a plain definite word right after a definite feminine or plural head (الهيئة،
    القوات) may be its adjective: only in a feminine form. A definite head is in no construct,
    so a definite word in another form (الدول، المجتمع) opens a new noun phrase, the object of
    the verb the head is the subject of. Other heads and words say nothing here."""
    feminine = has_article(head) and bare_stem(head).endswith(FEMININE_ENDINGS)
    plain = tok.prefixes == (ARTICLE,)
    return not (feminine and plain) or tok.norm.endswith(FEMININE_ADJECTIVE_ENDINGS)


def _describes_body(tok: Token) -> bool:
    """Whether a word may follow a definite organisation's head as its adjective or its
    ل-phrase (اللجنة الوطنية لمكافحة ...): a definite head is in no construct, so a title
    (المركز الدكتور ...), an ordinal (المركز الثاني), a word of belonging (التابعة) or the next
    party after و ends it."""
    heads = name_heads()
    return not (
        tok.norm[:1] == "و" or tok.norm in heads.titles or tok.norm in heads.not_names or is_owner_link(tok)
    )


def _overlaps(tok: Token, spans: list[tuple[int, int]]) -> bool:
    """Whether a token overlaps a span of a sorted list of non-nested mention spans."""
    i = bisect_right(spans, (tok.end, tok.end))
    return any(s < tok.end and tok.start < e for s, e in spans[max(0, i - 3) : i])


_END = attrgetter("end")
NAMED_KINDS = ("actor", "unknown")  # the kinds of record a person with a surname is matched to
MIN_SURNAME_CHARS = 4  # علي، حسن ... are words too short and too common to stand for a person
# a surname of a name opened by a foreign given name (جون، ديلان): such short surnames are no
# common Arabic given name (جون ويب then ويب)
MIN_FOREIGN_SURNAME_CHARS = 3


def is_person(m: Mention) -> bool:
    """Whether a mention is a person's name (an actor labelled PER)."""
    return m.kind == "actor" and m.label == "PER"


@dataclass(frozen=True)
class _PassMentions:
    """The mentions one pass of the chunker reads: the article's, which stay as they are until
    the pass ends, so their spans and persons are listed once, and ``found``, the names the pass
    has found so far, which grows as it goes and so is read afresh each time."""

    labelled: list[tuple[int, int]]  # spans of the mentions with a label (names)
    actors: list[tuple[int, int]]  # spans of the actor mentions
    persons: list[Mention]  # the actor persons, latest end first
    found: list[Mention]

    @classmethod
    def of(cls, mentions: Sequence[Mention], found: list[Mention]) -> _PassMentions:
        return cls(
            [(m.start, m.end) for m in mentions if m.label],
            [(m.start, m.end) for m in mentions if m.kind == "actor"],
            sorted(filter(is_person, mentions), key=_END, reverse=True),
            found,
        )

    def persons_latest_first(self) -> Iterable[Mention]:
        """The article's persons and those found so far, latest end first; on a tie the
        article's come first, as in one stable sort of both."""
        new = sorted(filter(is_person, self.found), key=_END, reverse=True)
        return merge(self.persons, new, key=_END, reverse=True)


def _surname_told(tok: Token, skip: int, known: _PassMentions) -> bool:
    """Whether a word is the surname (:func:`surname_keys`) of a person named in full before it
    in the article."""
    word = tok.norm[skip:]
    return any(word in surname_keys(p) for p in known.persons_latest_first() if p.end <= tok.start)


def surname_keys(mention: Mention) -> tuple[str, ...]:
    """The stems the normalized last word of a person's full name is known by (سليم الجبوري
    -> جبوري، :func:`norm_keys`), or none. The anaphora pass reads a later word with one of
    them as that person, and the chunker opens no new name with it."""
    if not is_person(mention) or mention.ref_kind not in NAMED_KINDS:
        return ()  # an office (المتحدثة باسم الخارجية الأميركية) has no surname
    words = normalize(mention.text).split()
    if len(words) < 2:
        return ()
    keys = norm_keys(words[-1])
    last = keys[0]
    shortest = MIN_FOREIGN_SURNAME_CHARS if _opens_with_foreign_given(mention) else MIN_SURNAME_CHARS
    return keys if len(last) >= shortest and not is_any_particle(last) else ()


def _opens_with_foreign_given(person: Mention) -> bool:
    """Whether a person's name (inside a title, if any) opens with a foreign given name (جون)."""
    words = normalize(person.name or person.text).split()
    return bool(words) and words[0] in name_heads().foreign_given


def _generic_inside(m: Mention, found: Sequence[Mention]) -> bool:
    """Whether a common-noun mention lies inside a name found here (المواطن in المواطن سالم
    العتيبي), which replaces it."""
    return m.ref.startswith("generic:") and any(f.start <= m.start and m.end <= f.end for f in found)


@cache
def function_words() -> frozenset[str]:
    """The shipped closed-class words (عند، نحن، حيال، أو، ثم، كل), normalized."""
    return frozenset(normalize(w) for w in data_lines(FUNCTION_WORDS_FILE))


def _before_function_word(tokens: Sequence[Token], first: int, end: int) -> int:
    """The last token of a holder's name from ``first`` to ``end``, cut before a function word,
    a word behind a preposition (حسبو محمد بمكتبه: حسبو محمد) or the head of another office
    (نائبة رئيس الوزراء); ``first - 1`` when the first word is one."""
    offices = name_heads().offices
    for k in range(first, end + 1):
        tok = tokens[k]
        feminine_office = tok.norm.endswith("ه") and tok.norm[:-1] in offices
        if tok.norm in function_words() or tok.norm in offices or feminine_office:
            return k - 1
        if k > first and _prepositional_phrase(tok):
            return k - 1
    return end


def _one_letter_clitic(tok: Token) -> bool:
    """Whether the clitic reader split one preposition's letter off a word and nothing else
    (باور، لانغ، كوربين); not و, which after a name is likelier "and" (جون وماري)."""
    return len(tok.prefixes) == 1 and tok.prefixes[0] in PREPOSITIONS


def _goes_on_past_name(tok: Token) -> bool:
    """Whether a word after a foreign name's first family word goes on with the sentence: a
    preposition's noun the clitic reader left whole (برصاص، كزعيم), an office in the accusative
    (رئيسا، متحدثا) or a noun in ة (خطة، مفوضة), an ending such names do not have."""
    norm = tok.norm
    accusative_office = (
        norm.endswith(ACCUSATIVE_ENDING) and norm[: -len(ACCUSATIVE_ENDING)] in name_heads().offices
    )
    # ب and ك, not ل: a family name may open with ل (ليبيديف)
    return norm[:1] in "بك" or norm.endswith(TEH_MARBUTA_ENDING) or accusative_office


def _prepositional_phrase(tok: Token) -> bool:
    """A word behind a preposition that reads as a common noun (بمكتبه، بالقصر، برفقة), not a
    name that only starts like one (بريم)."""
    if not (tok.prefixes and tok.prefixes[0] in PREPOSITIONS):
        return False
    return bool(tok.suffix) or has_article(tok) or tok.norm.endswith(FEMININE_ENDINGS)


def _may_open_holder_name(token: Token) -> bool:
    """Whether a word after a known office can open its holder's name: no clitic (لطرح), and
    no feminine or plural noun ending (دراسة، تطورات), unless it is a common given name."""
    norm = token.norm
    if norm in name_heads().given:
        return True
    return not (token.prefixes or norm[:1] == "ل" or norm.endswith(FEMININE_ENDINGS))


def _spans_taken(
    tokens: Sequence[Token], taken: list[tuple[int, int]], found: Sequence[Mention]
) -> list[tuple[int, int]]:
    """The spans a new name may not overlap in the tokens' sentence: those taken before this
    pass and the names found so far there, in order."""
    sentence = tokens[0].sentence
    return sorted([*taken, *((m.start, m.end) for m in found if m.sentence == sentence)])


def _unknown_person(article: Article, first: Token, last: Token, ref: str, rule: str) -> Mention:
    """A person the knowledge base does not know, named by the words from first to last."""
    text = article.text[first.start : last.end]
    return Mention(first.start, last.end, text, "actor", "PER", ref, text, first.sentence, rule)


def known_verb_forms(kb: KnowledgeBase) -> frozenset[str]:
    """Every form of every trigger and cue verb the knowledge base knows."""
    forms: set[str] = set()
    for entry in [*kb.triggers, *kb.cues]:
        if getattr(entry, "pos", "verb") in ("verb", "light") and getattr(entry, "kind", "verb") == "verb":
            skipped = {normalize(form) for form in getattr(entry, "not_forms", ())}  # وعدن is و + عدن
            forms.update(verb_forms(entry.lemma, entry.present).keys() - skipped)
    return frozenset(forms)
