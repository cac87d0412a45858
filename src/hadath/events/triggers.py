"""Find event triggers: inflected verbs, masdars and nouns, and light-verb constructions.

The trigger lexicon lists lemmas (``data/triggers/*.yaml``); :mod:`hadath.text.inflect`
makes their forms and :mod:`hadath.text.clitics` strips clitics from the text, so that
وستلتقي، التقيا، والتقى and لقائه all find their entries.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache
from itertools import compress, count, repeat
from operator import attrgetter

from hadath.events.particles import is_any_particle, is_particle, is_pronoun_complementizer
from hadath.kb.lexicon import OTHER_SENSES_FILE, data_rows
from hadath.kb.schema import TriggerRecord
from hadath.memo import FormFlag, Memo
from hadath.mentions.names import function_words
from hadath.model import Token
from hadath.text.clitics import (
    ARTICLE,
    CONJUNCTIONS,
    FUSED_ARTICLE,
    FUTURE,
    PRONOUN_SUFFIXES,
    Segmentation,
    StemKeys,
    form_stems,
    segmentations,
    without_conjunction,
)
from hadath.text.inflect import Form, noun_forms, verb_forms
from hadath.text.normalize import normalize

RELATIVE_REACH = 3  # المساعدات [التي] يقدمها: the head noun comes this close before the verb
LIGHT_NOUN_REACH = 2  # تقديم [كل] المساعدات: a light verb's masdar and its object
LIGHT_VERB_REACH = (
    8  # the object of a light verb comes within this many tokens (VSO puts the subject between)
)
# أعرب [رئيس الحكومة الكندي في مؤتمر صحفي عقده مساء الاثنين] عن أسفه: an entry's far_object_after
# word lets its object come this far after the verb, at most FAR_OBJECT_GAP words after that word
FAR_OBJECT_REACH = 24
FAR_OBJECT_GAP = 3
SUBJECT_REACH = 6  # رفض [المتحدثة باسم مكتب رئيس الوزراء] التعليق: the words a subject after the verb spans


@dataclass(frozen=True, slots=True)
class TriggerMatch:
    """A trigger found over tokens ``[first, last]`` of one sentence."""

    entry: TriggerRecord
    first: int
    last: int
    is_verb: bool
    future: bool  # written with the future prefix س
    plural: bool
    has_article: bool
    head: int  # the token that carries the lexical meaning (the object for light verbs)
    requires_sectors: tuple[str, ...] = ()  # the subject must be of these sectors (a light verb alone)

    @property
    def reach(self) -> int:
        """The last token that belongs to the trigger construction."""
        return max(self.last, self.head)


_NORM, _FIRST = attrgetter("norm"), attrgetter("first")
# entry, is_verb, future, plural, has_article: a single-word trigger, wherever it stands
_WordHit = tuple[TriggerRecord, bool, bool, bool, bool]
# may be a light verb, its trigger reading, its reading when written with teh marbuta
_Marks = tuple[bool, _WordHit | None, _WordHit | None]
# a light verb reading of a word: entry, its form, future, pronoun suffix
_LightVerb = tuple[TriggerRecord, Form, bool, str]
# a light masdar reading of a word: entry, its form, has the article
_LightNoun = tuple[TriggerRecord, Form, bool]
# the tokens a light verb may take as its object: index, the ids of the entries it is an object of
_Window = list[tuple[int, frozenset[int]]]


@cache
def other_sense_words(kind: str) -> tuple[str, ...]:
    """The words of a kind of ``lexicon/ar/other_senses.tsv``, as written (none for "")."""
    return tuple(word for k, word in data_rows(OTHER_SENSES_FILE, 2) if k == kind) if kind else ()


class TriggerIndex:
    """Normalized forms of every trigger entry, split by part of speech."""

    def __init__(self, entries: Sequence[TriggerRecord], lexicon: frozenset[str] = frozenset()) -> None:
        # Words known as names or nouns (وزاره) are not read as verb + pronoun (و+زار+ه).
        self.lexicon = lexicon
        self.verbs: dict[str, list[tuple[TriggerRecord, Form]]] = defaultdict(list)
        self.nouns: dict[str, list[tuple[TriggerRecord, Form]]] = defaultdict(list)
        self.light_verbs: dict[str, list[tuple[TriggerRecord, Form]]] = defaultdict(list)
        self.light_nouns: dict[str, list[tuple[TriggerRecord, Form]]] = defaultdict(list)
        # nouns that are their entry only with a possessive pronoun (احتجاجه), tried first then
        self.possessed_nouns: dict[str, list[tuple[TriggerRecord, Form]]] = defaultdict(list)
        self.light_objects: dict[int, set[str]] = {}
        # entry id -> the normalized word sequences that, right after a trigger, cancel it
        self.excluded_after: dict[int, tuple[tuple[str, ...], ...]] = {}
        # entry id -> the normalized word sequences that, right before a trigger, cancel it
        self.excluded_before: dict[int, tuple[tuple[str, ...], ...]] = {}
        # entry id -> the normalized word sequences one of which must come right after a trigger
        self.required_after: dict[int, tuple[tuple[str, ...], ...]] = {}
        # entry id -> whole words, clitics and all, that are never that entry (فائدتها is no أيدت)
        self.not_words: dict[int, frozenset[str]] = {}
        # the listed participles written with teh marbuta (منددة، معربة): read as the verb, not
        # as a noun as other words so written are
        self.marbuta_forms: set[str] = set()
        # entry id -> the normalized words after which its object may come past the usual reach
        self.far_object_after: dict[int, frozenset[str]] = {}
        # entry id -> the object forms that make the entry an event only with a named recipient
        self.recipient_objects: dict[int, frozenset[str]] = {}
        # entry id -> words that, anywhere in the sentence, give it another sense (a match)
        self.excluded_with: dict[int, frozenset[str]] = {}
        for entry in entries:
            self._add(entry)
            if entry.excluded_after:
                self.excluded_after[id(entry)] = _phrases(entry.excluded_after)
            if entry.excluded_before:
                self.excluded_before[id(entry)] = _phrases(entry.excluded_before)
            if entry.required_after:
                self.required_after[id(entry)] = _phrases(entry.required_after)
            if entry.far_object_after:
                self.far_object_after[id(entry)] = frozenset(normalize(w) for w in entry.far_object_after)
            if setting := [*entry.excluded_with, *other_sense_words(entry.excluded_with_kind)]:
                self.excluded_with[id(entry)] = frozenset(normalize(w) for w in setting)
            if entry.needs_recipient_with:
                forms = (form for word in entry.needs_recipient_with for form in noun_forms(word))
                self.recipient_objects[id(entry)] = frozenset(forms)
        # the ids of the entries the words around a match may cancel or lengthen (_excluded,
        # _with_required); most entries have none, and their matches skip both
        self._context_checked = frozenset(
            [*self.excluded_after, *self.excluded_before, *self.required_after, *self.excluded_with]
        )
        # every stem some reading of a word must have to be any trigger (see _may_be_any)
        self._stems = frozenset().union(
            self.verbs, self.nouns, self.light_verbs, self.light_nouns, self.possessed_nouns
        )
        # ... in any of the spellings verb_readings and noun_stems give it
        self._stem_keys = StemKeys(self._stems, alef_ending=True, last_letters="يء")
        # most words may be no trigger: a note on each word form picks out those that may
        self._may_trigger = FormFlag("trigger_stem", self._may_be_trigger)
        # Why: find() asks these questions of every token; the answers depend on the word
        # alone, and most words are no trigger, so each word form is examined once.
        self._marks: Memo[str, _Marks | None] = Memo(self._marks_of)
        # object form -> ids of the light entries it is an object of (the light_objects reversed)
        self._object_owners: dict[str, set[int]] = defaultdict(set)
        for entry_id, objects in self.light_objects.items():
            for form in objects:
                self._object_owners[form].add(entry_id)
        # a light verb tries the same few words as its object again and again
        self._objects: Memo[str, frozenset[int]] = Memo(self._object_entries)
        self._opens_clause: Memo[str, bool] = Memo(self._opens_another_clause)
        self._light_verb_readings: Memo[str, tuple[_LightVerb, ...]] = Memo(self._light_verbs_of)
        self._light_noun_readings: Memo[str, tuple[_LightNoun, ...]] = Memo(self._light_nouns_of)
        self._setting: Memo[tuple[str, int], bool] = Memo(self._is_setting)
        # the calibration asks it of every event's trigger word
        self.types_of: Memo[str, frozenset[str]] = Memo(self._types_of)
        # ... of the word as written (why: normalizing it again per event cost more than the look-up)
        self.types_of_written: Memo[str, frozenset[str]] = Memo(self._types_of_written)

    def _add(self, entry: TriggerRecord) -> None:
        skipped = {normalize(form) for form in entry.not_forms}
        if skipped:
            self.not_words[id(entry)] = frozenset(skipped)
        if entry.pos == "verb":
            self._put(self.verbs, verb_forms(entry.lemma, entry.present), entry, skipped)
            for masdar in entry.masdar:
                self._put(self.nouns, masdar_forms(masdar), entry, skipped)
        elif entry.pos == "noun":
            table = self.possessed_nouns if entry.possessed else self.nouns
            self._put(table, noun_forms(entry.lemma, entry.plural), entry, skipped)
        else:
            self._put(self.light_verbs, verb_forms(entry.lemma, entry.present), entry, skipped)
            for masdar in entry.masdar:  # تقديم المساعدات، شن الغارات
                self._put(self.light_nouns, masdar_forms(masdar), entry, skipped)
            objects: set[str] = set()
            for obj in entry.objects:
                objects.update(noun_forms(obj))
            self.light_objects[id(entry)] = objects
        for extra in entry.forms:
            # a light verb's participle (معربا عن قلقه، محملا الحكومة المسؤولية) needs its object too
            target = {"noun": self.nouns, "verb": self.verbs, "light": self.light_verbs}[entry.pos]
            target[normalize(extra)].append((entry, Form("past")))
            if extra.endswith("ة") and entry.pos != "noun":
                self.marbuta_forms.add(normalize(extra))

    @staticmethod
    def _put(
        table: dict[str, list[tuple[TriggerRecord, Form]]],
        forms: dict[str, Form],
        entry: TriggerRecord,
        skipped: set[str],
    ) -> None:
        """Files an entry's generated forms, less those it lists as mostly another word."""
        for form, info in forms.items():
            if form not in skipped:
                table[form].append((entry, info))

    def find(
        self,
        tokens: Sequence[Token],
        in_names: frozenset[int] | Callable[[], frozenset[int]] = frozenset(),
        nominal: frozenset[int] | Callable[[], frozenset[int]] = frozenset(),
    ) -> list[TriggerMatch]:
        """Triggers in one sentence's tokens, light verbs first, no two on one token. Tokens
        of ``in_names`` (inside a name) are never a light verb's object: يقدمها مركز الملك
        سلمان للإغاثة does not take للإغاثة, a word of the centre's name, as what it gives.
        Tokens of ``nominal`` are written with teh marbuta (استجابة، قبضة): nouns, never a verb
        with the pronoun ه, which normalization makes them look like. ``in_names`` may be a
        function giving the set, called only when a word that may be a light verb has a word
        after it that may be its object (most sentences have none); ``nominal`` may be one too,
        called only when a word may be a trigger."""
        found: list[TriggerMatch] = []
        used: set[int] = set()
        # Why: few words may be triggers; a note on each word form picks them out, and only
        # those are looked up in the marks memo: most tokens are no trigger
        marks = self._marks
        marked = [(i, tokens[i], m) for i in self._may_trigger.where(tokens) if (m := marks[tokens[i].norm])]
        if marked and callable(nominal):
            nominal = nominal()
        names = _once(in_names)
        for i, _, (may_be_light, _, _) in marked:
            if not may_be_light:
                continue
            light = self._light_at(tokens, i, names, i in nominal and not self._participle(tokens[i].norm))
            # a light verb its context excludes (من قبل: «by») leaves its object to be a trigger itself
            if light and not self._excluded(tokens, light):
                found.append(light)
                used.update({light.first, light.head})
        for i, tok, (_, word_hit, noun_hit) in marked:
            if i in used or not tok.is_word:
                continue
            hit = noun_hit if i in nominal else word_hit
            if hit is not None:
                entry, is_verb, future, plural, has_article = hit
                found.append(TriggerMatch(entry, i, i, is_verb, future, plural, has_article, i))
        checked = self._context_checked
        kept = (
            self._with_required(tokens, m) if id(m.entry) in checked else m
            for m in found
            if id(m.entry) not in checked or not self._excluded(tokens, m)
        )
        return sorted(kept, key=_FIRST)

    def _read_as_past(self, norm: str, match: TriggerMatch) -> bool:
        """Whether a verb match's word is its entry's past tense (هدد، هددت، وهددوا)."""
        return match.is_verb and any(
            entry is match.entry and info.kind == "past"
            for stem, future, _ in verb_readings(norm, self.lexicon)
            if not future
            for entry, info in self.verbs.get(stem, ())
        )

    def has_masdar(self, norm: str) -> bool:
        """Whether a normalized word has a noun reading that is a trigger entry (قصف، دهم)."""
        return self._noun_hit(norm) is not None

    def needs_recipient(self, tokens: Sequence[Token], match: TriggerMatch) -> bool:
        """Whether a match is an event only with a named recipient: its entry says so, or the
        object it was found with is one that does (تقديم الدعم: support given to someone)."""
        if match.entry.needs_recipient:
            return not (match.entry.past_needs_none and self._read_as_past(tokens[match.first].norm, match))
        forms = self.recipient_objects.get(id(match.entry))
        if not forms or match.head == match.first:
            return False
        return any(
            seg.stem in forms or ARTICLE + seg.stem in forms for seg in segmentations(tokens[match.head].norm)
        )

    def _excluded(self, tokens: Sequence[Token], match: TriggerMatch) -> bool:
        """Whether the words right after a trigger give it a sense that is no event (داعيا الله),
        or the words right before make it part of another expression (رئيس التحرير), or the
        words it needs after it are missing (الاتفاق without على). "Right after" is after the
        words it needs when they qualify it (_with_required: مؤتمر صحفي مشترك عقب اللقاء)."""
        entry_id = id(match.entry)
        after = self.excluded_after.get(entry_id)
        if after and _followed_by(tokens, self._with_required(tokens, match).last, after):
            return True
        past_subject = match.is_verb and match.entry.excluded_past_subject
        if after and past_subject and _followed_within(tokens, match.last, after, SUBJECT_REACH):
            return True
        required = self.required_after.get(entry_id)
        if required and not _required_found(tokens, match, required):
            return True
        before = self.excluded_before.get(entry_id)
        if before and any(_ends_with(tokens, match.first, p) for p in before):
            return True
        if entry_id not in self.excluded_with:
            return False
        # Why: the words of the whole sentence are read, at C level (map) rather than a generator
        return any(map(self._setting.__getitem__, zip(map(_NORM, tokens), repeat(entry_id))))

    def _with_required(self, tokens: Sequence[Token], match: TriggerMatch) -> TriggerMatch:
        """The match spanning the words it needs after it when they qualify it (مؤتمر صحفي
        مشترك، الإقامة الجبرية، حملة جوية): such words are part of the trigger, never its
        argument (the group صحفي). A phrase opened by a particle or a function word (حرب ضد،
        مدعومة من، حول، باتجاه) opens the argument and stays outside, and so does the genitive
        of a noun that reaches its genitive (علاج الجرحى: the wounded are whom it reaches)."""
        required = self.required_after.get(id(match.entry))
        if not required or match.entry.genitive == "recipient":
            return match
        found = _phrase_after(tokens, match.last, required)
        if found is None or is_any_particle(found[0]) or found[0] in function_words():
            return match
        return replace(match, last=match.last + len(found))

    def _is_setting(self, key: tuple[str, int]) -> bool:
        """Whether a word (``key``: its form and an entry's id) gives that entry another sense."""
        norm, entry_id = key
        return _has_stem(norm, self.excluded_with[entry_id])

    def _types_of(self, norm: str) -> frozenset[str]:
        """The event types a normalized word can trigger, over all its clitic readings."""
        found: set[str] = set()
        for stem, _, _ in verb_readings(norm, self.lexicon):
            for table in (self.verbs, self.light_verbs):
                found.update(entry.event_type for entry, _ in table.get(stem, ()))
        for seg in segmentations(norm):
            for table in (*self._possessed_tables(seg), self.nouns, self.light_nouns):
                found.update(entry.event_type for entry, _ in table.get(seg.stem, ()))
        return frozenset(found)

    def _types_of_written(self, word: str) -> frozenset[str]:
        return self.types_of[normalize(word)]

    def _light_at(
        self, tokens: Sequence[Token], i: int, in_names: Callable[[], frozenset[int]], nominal: bool
    ) -> TriggerMatch | None:
        """A light-verb construction at token ``i``, a word that may be a light verb (``in_names``
        gives the tokens inside names, see find)."""
        norm = tokens[i].norm
        verbs = () if nominal else self._light_verb_readings[norm]
        window = self._object_window(tokens, i, in_names)
        # Why: the entries of one light word (أعرب عن: support, rejection, agreement) share
        # their wider windows too; each is read once
        windows = {(False, False): window}
        for entry, info, future, suffix in verbs:
            # وصف الهجوم بأنه عمل إجرامي: what something is called follows بأن
            far = self.far_object_after.get(id(entry))
            wide = (entry.objects_past_that, bool(far))
            if (seen := windows.get(wide)) is None:
                seen = windows[wide] = self._object_window(tokens, i, in_names, *wide)
            j = _first_object(seen, id(entry), i + LIGHT_VERB_REACH)
            if j is None and far:
                j = _far_object(tokens, seen, id(entry), i + LIGHT_VERB_REACH, far)
            if j is not None:
                # the trigger is the verb, joined to its object only when adjacent (شن غارات)
                last = j if j == i + 1 else i
                return TriggerMatch(entry, i, last, True, future, info.plural, False, j)
            if (suffix or entry.object_before) and (k := self._object_before(tokens, i, entry)) is not None:
                # المساعدات التي يقدمها: the object heads the relative clause, the suffix is its trace
                return TriggerMatch(entry, i, i, True, future, info.plural, False, k)
        for entry, info, has_article in self._light_noun_readings[norm]:
            j = _first_object(window, id(entry), i + LIGHT_NOUN_REACH)
            if j is None and window and _two_word_gap(tokens, i, in_names):
                j = _first_object(window, id(entry), i + LIGHT_NOUN_REACH + 1)
            if j is not None:  # تقديم المساعدات، شن الغارات
                return TriggerMatch(
                    entry, i, j if j == i + 1 else i, False, False, info.plural, has_article, j
                )
        for entry, info, future, _ in verbs:
            if entry.alone_with:
                return TriggerMatch(entry, i, i, True, future, info.plural, False, i, tuple(entry.alone_with))
        return None

    def _light_verbs_of(self, norm: str) -> tuple[_LightVerb, ...]:
        """A word's light verb readings, in the order they are tried."""
        return tuple(
            (entry, info, future, suffix)
            for stem, future, suffix in verb_readings(norm, self.lexicon)
            for entry, info in self.light_verbs.get(stem, ())
        )

    def _light_nouns_of(self, norm: str) -> tuple[_LightNoun, ...]:
        """A word's light masdar readings (no future prefix), in the order they are tried."""
        return tuple(
            (entry, info, seg.has_article)
            for seg in segmentations(norm)
            if FUTURE not in seg.prefixes
            for stem in noun_stems(seg)
            for entry, info in self.light_nouns.get(stem, ())
        )

    def _object_window(
        self,
        tokens: Sequence[Token],
        i: int,
        in_names: Callable[[], frozenset[int]],
        past_that: bool = False,
        far: bool = False,
    ) -> _Window:
        """The tokens after ``i`` that may be a light verb's object, up to its reach (``far``:
        FAR_OBJECT_REACH) or the first complementizer (أعلن أنه يوافق على وقف ...: what
        follows أن is another clause's), unless ``past_that``; only those that are some
        entry's object and no word inside a name."""
        # Why: a light word has several entries (عبر، قدم), each looking at the same few words;
        # the words are read from the memos at C level (map), the first complementizer found
        # lazily (compress stops at it)
        start = i + 1
        norms = list(map(_NORM, tokens[start : start + (FAR_OBJECT_REACH if far else LIGHT_VERB_REACH)]))
        if (
            not past_that
            and (cut := next(compress(count(), map(self._opens_clause.__getitem__, norms)), None)) is not None
        ):
            del norms[cut:]
        window: _Window = [
            (j, entries) for j, entries in enumerate(map(self._objects.__getitem__, norms), start) if entries
        ]
        # Why: most light words have no object in reach; the names are found only for those that do
        return [(j, entries) for j, entries in window if j not in in_names()] if window else window

    def _object_before(self, tokens: Sequence[Token], i: int, entry: TriggerRecord) -> int | None:
        objects, entry_id = self._objects, id(entry)
        for j in range(i - 1, max(-1, i - 1 - RELATIVE_REACH), -1):
            if entry_id in objects[tokens[j].norm]:
                return j
        return None

    def _object_entries(self, norm: str) -> frozenset[int]:
        """The ids of the light entries whose object a word is, clitics aside."""
        owners = self._object_owners
        found: set[int] = set()
        for seg in segmentations(norm):
            found.update(owners.get(seg.stem, ()), owners.get(ARTICLE + seg.stem, ()))
        return frozenset(found)

    @staticmethod
    def _opens_another_clause(norm: str) -> bool:
        """Whether a word is a complementizer (أن، بأنه): what follows it is another clause's."""
        return is_particle("complementizer", norm) or is_pronoun_complementizer(norm)

    def _marks_of(self, norm: str) -> _Marks | None:
        """Whether a word may be a light verb, its single-word trigger reading, and its
        reading when written with teh marbuta; None when it is none of them. Asked only of
        words ``_may_trigger`` let through (find), so the superset test is not run again."""
        word_hit = self._word_hit(norm)
        marbuta_hit = word_hit if self._participle(norm) else self._noun_hit(norm, marbuta=True)
        marks = (self._may_be_light(norm), word_hit, marbuta_hit)
        return None if marks == (False, None, None) else marks

    def _participle(self, norm: str) -> bool:
        """Whether a word, و/ف aside, is a listed participle written with teh marbuta (منددة)."""
        return without_conjunction(norm) in self.marbuta_forms

    def _may_be_trigger(self, tok: Token) -> bool:
        return self._may_be_any(tok.norm, form_stems(tok))

    def _may_be_any(self, norm: str, stems: frozenset[str]) -> bool:
        """Whether some clitic reading of a word (whose readings have these stems) has a stem
        of the trigger tables, in any of the spellings verb_readings and noun_stems give it
        (طالبوه: the plural ending وا before a pronoun; التقاه: a defective verb's ى; لقائه: a
        hamza on ي). Why: most new words are none, and this test of the readings' stems
        answers for them without the lexicon checks and the generated readings of the full
        look-ups it stands before (a superset test)."""
        if self._stem_keys.met_by(stems):
            return True
        if len(norm) >= 3 and norm[0] in CONJUNCTIONS:  # وحث: a doubled verb (_geminate_after_conjunction)
            return any(seg.stem in self._stems for seg in segmentations(norm[1:]))
        return False

    def _may_be_light(self, norm: str) -> bool:
        """Whether a word has a reading as a light verb or a light verb's masdar."""
        return any(stem in self.light_verbs for stem, _, _ in verb_readings(norm, self.lexicon)) or any(
            stem in self.light_nouns
            for seg in segmentations(norm)
            if FUTURE not in seg.prefixes
            for stem in noun_stems(seg)
        )

    def _word_hit(self, norm: str) -> _WordHit | None:
        """The first verb, else noun, reading of a word that is a trigger entry."""
        for stem, future, _ in verb_readings(norm, self.lexicon):
            for entry, info in self.verbs.get(stem, ()):
                if not self._not_word(norm, entry):
                    return entry, True, future, info.plural, False
        return self._noun_hit(norm)

    def _not_word(self, norm: str, entry: TriggerRecord) -> bool:
        """Whether a word, و/ف aside, is one its entry lists as mostly another word."""
        listed = self.not_words.get(id(entry))
        return bool(listed) and (norm in listed or without_conjunction(norm) in listed)

    def _noun_hit(self, norm: str, marbuta: bool = False) -> _WordHit | None:
        """The first noun reading of a word that is a trigger entry; a word written with teh
        marbuta (``marbuta``) ends in no pronoun ه (قبضة is "a grip", not قبض + ه)."""
        for seg in segmentations(norm):
            if FUTURE in seg.prefixes or (marbuta and seg.suffix == "ه"):
                continue
            for entry, info in self._noun_entries(seg):
                if not self._not_word(norm, entry):
                    return entry, False, False, info.plural, seg.has_article
        return None

    def _possessed_tables(self, seg: Segmentation) -> tuple[dict[str, list[tuple[TriggerRecord, Form]]], ...]:
        """The table of nouns that are their entry only with a possessive pronoun, for a reading
        that carries one (احتجاجها); none for a reading without."""
        return (self.possessed_nouns,) if seg.suffix in PRONOUN_SUFFIXES else ()

    def _noun_entries(self, seg: Segmentation) -> Iterator[tuple[TriggerRecord, Form]]:
        """The noun entries of one reading of a word, those it is only with a possessive
        pronoun first when it has one (احتجاجها: a complaint, before the demonstration)."""
        for table in (*self._possessed_tables(seg), self.nouns):
            for stem in noun_stems(seg):
                yield from table.get(stem, ())


def _once(value: frozenset[int] | Callable[[], frozenset[int]]) -> Callable[[], frozenset[int]]:
    """A function giving the value, or what the value (a function) gives, worked out once.
    Why a closure, not functools.cache: it is made for every sentence, and building a cache
    wrapper (update_wrapper) cost about 1 % of a pipeline pass."""
    if not callable(value):
        return lambda: value
    kept: list[frozenset[int]] = []

    def worked_out() -> frozenset[int]:
        if not kept:
            kept.append(value())
        return kept[0]

    return worked_out


def _two_word_gap(tokens: Sequence[Token], i: int, in_names: Callable[[], frozenset[int]]) -> bool:
    """Whether the two words after a light masdar at ``i`` may stand between it and its
    object: a name of two words, its doer in the genitive (إطلاق [الجيش التركي] النار; a name's
    second word is inside it), or a part told by a word of quantity and من (تقديم [المزيد من]
    الدعم)."""
    if i + LIGHT_NOUN_REACH >= len(tokens):
        return False
    partitive = is_particle("quantity", tokens[i + 1].norm) and tokens[i + 2].norm == "من"
    return partitive or i + LIGHT_NOUN_REACH in in_names()


def _first_object(window: _Window, entry_id: int, last: int) -> int | None:
    """The first token of the window, up to token ``last``, that is the entry's object."""
    for j, entries in window:
        if j > last:
            return None
        if entry_id in entries:
            return j
    return None


def _far_object(
    tokens: Sequence[Token], window: _Window, entry_id: int, after: int, marks: frozenset[str]
) -> int | None:
    """The first object past token ``after`` that comes at most FAR_OBJECT_GAP words after
    one of the entry's ``marks`` (عن قلقه، بأنه «جريمة»), not a word of a later clause
    (وصف التقرير أوضاع السجون ...، حيث يلقى المعتقلون معاملة قاسية)."""
    for j, entries in window:
        marked = j > after and entry_id in entries
        if marked and any(_is_mark(tokens[k], marks) for k in range(j - FAR_OBJECT_GAP, j + 1)):
            return j
    return None


def _is_mark(token: Token, marks: frozenset[str]) -> bool:
    """Whether a token is one of the marks; "ب" is also بأن(ه) and a word with ب joined."""
    if token.norm in marks:
        return True
    if "ب" not in marks or not token.norm.startswith("ب"):
        return False
    return (
        "ب" in token.prefixes
        or is_particle("complementizer", token.norm)
        or is_pronoun_complementizer(token.norm)
    )


def _required_found(
    tokens: Sequence[Token], match: TriggerMatch, required: tuple[tuple[str, ...], ...]
) -> bool:
    """Whether the words a trigger needs come right after it, or, for a verb whose entry lets
    them (``required_past_subject``), past a short subject written after it (سخر المعلقون من)."""
    if _followed_by(tokens, match.last, required):
        return True
    past_subject = match.is_verb and match.entry.required_past_subject
    return past_subject and _followed_within(tokens, match.last, required, SUBJECT_REACH)


def _followed_by(tokens: Sequence[Token], last: int, phrases: tuple[tuple[str, ...], ...]) -> bool:
    """Whether one of the phrases comes right after token ``last``."""
    return _phrase_after(tokens, last, phrases) is not None


def _phrase_after(
    tokens: Sequence[Token], last: int, phrases: tuple[tuple[str, ...], ...]
) -> tuple[str, ...] | None:
    """The first of the phrases that comes right after token ``last``, if one does."""
    words = tuple(t.norm for t in tokens[last + 1 : last + 1 + max(map(len, phrases))])
    return next((p for p in phrases if words[: len(p)] == p), None)


def _followed_within(
    tokens: Sequence[Token], last: int, phrases: tuple[tuple[str, ...], ...], reach: int
) -> bool:
    """Whether one of the phrases comes after token ``last`` and at most ``reach`` words of
    a subject (رفض المتحدث باسم الوزارة التعليق): words that are no punctuation or particle,
    since a particle (بعد، في، على) opens a phrase that is no part of the subject."""
    for k in range(last + 1, min(len(tokens), last + 1 + reach)):
        if not tokens[k].is_word or is_any_particle(tokens[k].norm):
            return False
        if _followed_by(tokens, k, phrases):
            return True
    return False


def _has_stem(norm: str, stems: frozenset[str]) -> bool:
    """Whether a word, clitics aside (بالملعب، والمباراة), is one of ``stems``."""
    return norm in stems or any(seg.stem in stems for seg in segmentations(norm))


def _phrases(items: Sequence[str]) -> tuple[tuple[str, ...], ...]:
    return tuple(tuple(normalize(phrase).split()) for phrase in items)


def _ends_with(tokens: Sequence[Token], end: int, phrase: tuple[str, ...]) -> bool:
    """Whether the tokens before token ``end`` end with the phrase, its first word maybe with
    و ف ل ب before it (ورئيس التحرير، لمنظمة التحرير)."""
    start = end - len(phrase)
    if start < 0:
        return False
    first, head = tokens[start].norm, phrase[0]
    # the first word's test first: it fails for almost every word, before the others are read
    if not first.endswith(head) or len(first) - len(head) > 2:
        return False
    with_proclitics = all(c in "وفلب" for c in first[: len(first) - len(head)])
    return with_proclitics and all(tokens[start + n].norm == word for n, word in enumerate(phrase[1:], 1))


def masdar_forms(masdar: str) -> dict[str, Form]:
    """A masdar's forms: a verbal noun of a derived verb also takes the plural in ات
    (اتهامات، اتصالات، اعتقالات، تهديدات)."""
    base = normalize(masdar)
    plurals = [] if base.endswith("ه") or len(base) <= 3 else [base + "ات"]
    return noun_forms(masdar, plurals)


@lru_cache(maxsize=500_000)  # bounded: a cluster worker sees millions of word forms
def verb_readings(norm: str, lexicon: frozenset[str] = frozenset()) -> tuple[tuple[str, bool, str], ...]:
    """(stem, future, suffix) readings of a token as a verb, memoized per word and lexicon
    (a frozenset hashes once, so the look-up stays cheap).

    A verb takes no article and no ب/ك; ي is no object suffix of a verb (يدعي is not
    يدع + ي); and a reading with a suffix is dropped when the whole word, conjunction
    aside, is a known noun or name.
    """
    out = []
    for seg in segmentations(norm):
        if seg.has_article or any(p in ("ب", "ك", FUSED_ARTICLE) for p in seg.prefixes) or seg.suffix == "ي":
            continue
        if seg.suffix and (
            norm in lexicon
            or seg.stem + seg.suffix in lexicon
            or without_conjunction(norm) in lexicon
            or _possessed_noun(norm, seg.suffix, lexicon)
        ):
            continue
        out.append((seg.stem, FUTURE in seg.prefixes, seg.suffix))
        if seg.suffix and len(seg.stem) >= 3 and seg.stem.endswith("ا"):
            # before an object pronoun the ى of a defective verb is written ا: التقاه، ألقاها
            out.append((seg.stem[:-1] + "ي", FUTURE in seg.prefixes, seg.suffix))
        if seg.suffix and len(seg.stem) >= 4 and seg.stem.endswith("و"):
            # before an object pronoun the plural ending وا drops its alif: طالبوه، اتهموها
            out.append((seg.stem + "ا", FUTURE in seg.prefixes, seg.suffix))
    out.extend(_geminate_after_conjunction(norm, lexicon))
    return tuple(out)


def _geminate_after_conjunction(norm: str, lexicon: frozenset[str]) -> list[tuple[str, bool, str]]:
    """Readings of و/ف before a doubled verb written with two letters (وحث، فشن، وحثهم), which
    the clitic readings leave whole since they take no stem that short."""
    if len(norm) < 3 or norm[0] not in CONJUNCTIONS or norm in lexicon:
        return []
    return [
        (seg.stem, False, seg.suffix)
        for seg in segmentations(norm[1:])
        if len(seg.stem) == 2 and not seg.prefixes and seg.suffix != "ي"
    ]


def noun_stems(seg: Segmentation) -> tuple[str, ...]:
    """The stems a noun segment may be: before a possessive pronoun the final hamza sits on
    ي (لقائه، استيلائهم is لقاء، استيلاء + pronoun). Not before ي, the adjective ending
    (قضائي، اعتدائي are adjectives, not قضاء، اعتداء + "my")."""
    stem = seg.stem
    if seg.suffix and seg.suffix != "ي" and stem.endswith("ي"):
        return (stem, stem[:-1] + "ء")
    return (stem,)


def _possessed_noun(norm: str, suffix: str, lexicon: frozenset[str]) -> bool:
    """Whether a word is a known noun in ة with a possessive pronoun, ة written ت before it
    (وزارته is وزارة + ه, not و + زارت + ه)."""
    base = norm[: -len(suffix)]
    if not base.endswith("ت"):
        return False
    noun = base[:-1] + "ه"
    return noun in lexicon or without_conjunction(noun) in lexicon
