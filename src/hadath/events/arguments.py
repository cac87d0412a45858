"""Argument units of a sentence: names grouped by coordination and apposition, and their roles.

A *unit* is what fills an event's actor or recipient slot: one name, a coordination
(روسيا والولايات المتحدة) or an office in apposition with its holder (وزير الخارجية
الروسي، سيرغي لافروف). Each unit knows the particle before it, which tells whether it is
a place (في، قرب), a recipient (مع، على، ضد), an agent (من قبل) or a news source (بحسب).
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from hadath.events.particles import is_particle, particle_kinds, prepositions
from hadath.memo import FormFlag
from hadath.mentions.groups import (
    MAX_MODIFIERS,
    bare_stem,
    is_owner_head,
    is_owner_link,
    is_part_head,
    is_voice_head,
    nisba_endings,
)
from hadath.mentions.names import name_heads, title_words
from hadath.model import Actor, Mention, Token
from hadath.resolve.actors import ActorResolver, Identity
from hadath.text.clitics import ARTICLE, FUSED_ARTICLE, has_article, no_clitic_but_article

PLACE_KINDS = ("place",)
METONYM_KINDS = ("country", "capital")
CIVILIAN_SECTORS = ("CVL", "REF")  # owners whose armed members (مسلحو القبائل) are not them
# the same as sets, built once: is_place is asked of every unit many times per sentence
_PLACES = frozenset(PLACE_KINDS)
_PLACES_OR_METONYMS = frozenset(PLACE_KINDS + METONYM_KINDS)
OPENING_MARKS = frozenset('«"“(')  # marks a quoted or bracketed name opens with
# particle kinds that mark a unit, in the order they are tried
MARKER_KINDS = ("attribution", "agent", "adjunct", "locative", "recipient")

_end = attrgetter("end")
# asked of the word before every unit of every sentence: noted once per word form
_OWNER_HEADS = FormFlag("owner_head", is_owner_head)


@dataclass(slots=True)
class Unit:
    """A group of mentions acting as one argument, over tokens ``[first, last]``."""

    first: int
    last: int
    mentions: list[Mention]
    identities: list[Identity]
    marker: str = ""  # locative, recipient, agent, attribution, or ""
    marker_word: str = ""
    parts: list[tuple[int, int]] = field(default_factory=list)  # token range per member
    # what the argument chooser reads of the name alone, by whether it is of the trigger's
    # clause (why: asked again for every trigger of its sentence; argmodel.name_features)
    chooser_features: dict[bool, list[str]] = field(
        default_factory=dict, init=False, compare=False, repr=False
    )

    @property
    def is_place(self) -> bool:
        if len(self.mentions) == 1:  # most units: one name, no set to build
            kind = self.mentions[0].ref_kind
            return kind in _PLACES or (self.marker == "locative" and kind in _PLACES_OR_METONYMS)
        kinds = {m.ref_kind for m in self.mentions}
        if kinds <= _PLACES:
            return True
        return self.marker == "locative" and kinds <= _PLACES_OR_METONYMS

    @property
    def is_source(self) -> bool:
        return self.marker == "attribution" or all(m.kind == "source" for m in self.mentions)

    @property
    def is_actor(self) -> bool:
        return not self.is_place and not self.is_source

    def actors(self) -> list[Actor]:
        return [i.actor(m) for m, i in zip(self.mentions, self.identities, strict=True)]


def token_index(tokens: Sequence[Token], offset: int) -> int:
    """Index of the token containing a character offset (the next one if between tokens)."""
    # tokens are in text order, so their ends ascend: the first ending after the offset
    return min(bisect_right(tokens, offset, key=_end), len(tokens) - 1)


def build_units(
    tokens: Sequence[Token],
    mentions: Sequence[Mention],
    resolver: ActorResolver,
    on: dt.date | None,
    focus: str,
) -> list[Unit]:
    """Argument units of one sentence, in order, with their markers."""
    singles: list[Unit] = []
    # token_index without a key call per step: the ends, read once, bisected at C level
    ends, final = list(map(_end, tokens)), len(tokens) - 1
    for m in mentions:
        if m.kind not in ("actor", "place", "source"):
            continue
        first, last = min(bisect_right(ends, m.start), final), min(bisect_right(ends, m.end - 1), final)
        ident = _identity(m, resolver, on, focus)
        singles.append(Unit(first, last, [m], [ident], parts=[(first, last)]))
    if not singles:
        return singles  # no name (about a quarter of the sentences): nothing to group
    in_construct = _through_nouns(tokens, singles, _construct_head, construct=True)
    units = _through_nouns(tokens, in_construct, _people_head, construct=False)
    if len(units) > 1:  # why: each pass below only joins a unit to the one before it
        units = _merge_appositions(tokens, _described_groups(tokens, units))
        units = _merge_coordinations(tokens, _owned_groups(tokens, units))
    for u in units:
        u.marker, u.marker_word = _marker(tokens, u)
    return units


def _identity(m: Mention, resolver: ActorResolver, on: dt.date | None, focus: str) -> Identity:
    ident = resolver.ref_identity(m.ref, m.label, on, focus)
    # a name the KB does not know stands for itself (an office's holder's name)
    if m.ref_kind == "unknown":
        ident = Identity(m.entity or m.text, ident.country, ident.sector, "", ident.label, "unknown")
    return ident


def _through_nouns(
    tokens: Sequence[Token],
    units: list[Unit],
    head_at: Callable[[Sequence[Token], Unit], int | None],
    construct: bool,
) -> list[Unit]:
    """A unit of names acts through the noun ``head_at`` finds before it, and takes it in, so
    the verb agrees with the noun and the particle before the noun governs the unit: a force's
    head or a noun of members in construct (``construct``, :func:`_construct_head`: طائرات
    النظام، مقاتلو العشائر), or a noun of some of a group's people before من or of one who
    speaks for a body before باسم (:func:`_people_head`: عناصر من التنظيم، المتحدث باسم الحركة).
    A generic mention of the noun alone (مقاتلو، مسلحون) gives way to the unit; before من it
    may carry a count, which goes with the group (20 مسلحا من). Any other unit over the noun
    (قوات سوريا الديمقراطية, a name) leaves the unit after it as it is."""
    out: list[Unit] = []
    for u in units:
        head = head_at(tokens, u)
        before = out[-1] if head is not None and out and out[-1].last >= head else None
        if head is None or (before is not None and not _gives_way(before, head, construct)):
            out.append(u)
            continue
        if before is not None and construct and _civilian_group(u):
            # مسلحو القبائل: armed men of a tribe are no civilians; the head names them
            before.last, before.parts = u.last, [(head, u.last)]
            continue
        first = out.pop().first if before is not None else head
        if not (construct and tokens[head].norm.endswith("ه")):
            # قادة: in construct a final teh marbuta would read as a feminine singular to verb
            # agreement; the particle before it still reaches the owner (_marker)
            u.first, u.parts = first, [(first, u.last)]
        out.append(u)
    return out


def _gives_way(before: Unit, head: int, construct: bool) -> bool:
    """Whether the unit ending on a noun a unit acts through is a generic mention of it alone,
    with a count before it only where the noun is no head in construct."""
    return before.last == head and (before.first == head or not construct) and _is_generic(before)


def _construct_head(tokens: Sequence[Token], u: Unit) -> int | None:
    """Where the head in construct with an actor's unit stands (طائرات النظام), or None."""
    head = u.first - 1
    return head if head >= 0 and u.mentions[0].kind == "actor" and _owner_head(tokens[head]) else None


def _people_head(tokens: Sequence[Token], u: Unit) -> int | None:
    """Where the noun of a group's people (عناصر من) or of its voice (المتحدث الرسمي باسم) right
    before a unit of names begins; else None. A place is no group of theirs, nor a state after
    من: where the people come from (جنود من تشاد)."""
    joint = _past_quoted_opening(tokens, u.first - 1)
    if joint < 1 or tokens[joint].prefixes or not all(m.kind == "actor" for m in u.mentions):
        return None
    if any(m.ref_kind in _PLACES_OR_METONYMS for m in u.mentions):
        return None
    word = tokens[joint].norm
    if is_particle("from", word):
        named_state = any(i.label == "GPE" for i in u.identities)
        return joint - 1 if not named_state and is_part_head(tokens[joint - 1]) else None
    if word not in prepositions("voice"):
        return None
    head = joint - 1
    if head > 0 and is_nisba_adjective(tokens[head], has_article(tokens[head - 1])):
        head -= 1  # الناطق الرسمي باسم
    return head if is_voice_head(tokens[head]) else None


def _past_quoted_opening(tokens: Sequence[Token], j: int) -> int:
    """The token before a name written in quotation marks or brackets, past the opening mark
    and a bare word that says what the name is (عناصر من تنظيم «داعش»، من «الحركة»), else ``j``."""
    if j < 1 or tokens[j].norm not in OPENING_MARKS:
        return j
    j -= 1
    word = tokens[j]
    return j - 1 if j >= 1 and not word.prefixes and word.norm in name_heads().descriptors else j


def _described_groups(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A common noun of fighters or members with a named group right after it as its adjective
    (المتمردون الحوثيون، المسلحين الحوثيين): one unit, the group, so the noun does not act while
    the group's name is read as its object."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev is not None
            and _is_generic(prev)
            and u.first == prev.last + 1
            and len(u.mentions) == 1
            and u.mentions[0].kind == "actor"
            and u.identities[0].label == "ORG"
            and u.identities[0].kind not in ("generic", "group")
            and u.mentions[0].start == tokens[u.first].start  # no و، ل or ب on the group's name
            # both with the article, the name an adjective of the noun; a genitive is left alone
            # (مليشيات الحوثي والمخلوع صالح: the militia fight for a group and a man)
            and has_article(tokens[prev.first])
            and has_article(tokens[u.first])
            # the group's name is an adjective, a nisba (الحوثيون، الحوثية); a noun (الحكومة
            # الليبية) is a name of its own: اتهم المتمردون الحكومة الليبية, subject and object
            and tokens[u.first].norm.endswith(nisba_endings())
        ):
            m = u.mentions[0]
            prev.mentions = [Mention(prev.mentions[0].start, m.end, "", "actor", m.label, m.ref, m.entity,
                                     m.sentence, "described")]  # fmt: skip
            prev.identities, prev.last, prev.parts = [u.identities[0]], u.last, [(prev.first, u.last)]
            continue
        out.append(u)
    return out


def _owned_groups(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """A common noun of a force or a group and its owner after an adjective of belonging and
    لـ (القوات الموالية للرئيس، طائرات تابعة للتحالف، عناصر مسلحة تابعة للتنظيم): one unit, the
    noun's sector with the owner's country, so the owner is read neither as the actor apart
    nor as the object of the verb."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev is not None and _is_unnamed(prev) and u.is_actor and _owner_after(tokens, prev, u):
            noun, owner = prev.identities[0], u.identities[0]
            # a group says its country (القوات اليمنية الموالية لهادي); a common noun takes the owner's
            country = noun.country if noun.kind == "group" else owner.country
            m = prev.mentions[0]
            entity = f"{noun.entity} of {owner.entity}" if owner.entity else noun.entity
            prev.mentions = [Mention(m.start, u.mentions[-1].end, "", "actor", "", m.ref, entity,
                                     m.sentence, "owned")]  # fmt: skip
            prev.identities = [replace(noun, entity=entity, country=country)]
            prev.last, prev.parts = u.last, [(prev.first, u.last)]
            continue
        out.append(u)
    return out


def _owner_after(tokens: Sequence[Token], noun: Unit, owner: Unit) -> bool:
    """Whether a unit is the owner of the noun before it: an adjective of belonging ends the
    noun (القوات الموالية) or follows it past at most MAX_MODIFIERS words, then لـ opens the
    owner (fused: للتحالف; or apart: لـ «داعش»)."""
    link = noun.last
    if not is_owner_link(tokens[link]):
        reach = range(noun.last + 1, min(owner.first, noun.last + MAX_MODIFIERS + 2))
        link = next((k for k in reach if is_owner_link(tokens[k])), -1)
        between = tokens[noun.last + 1 : link]
        if link < 0 or any(not t.is_word or t.prefixes[:1] == ("و",) for t in between):
            return False
    rest = [t for t in tokens[link + 1 : owner.first] if t.is_word]  # quotation marks aside
    if rest and rest[0].norm == "ل":
        return _titles_only(rest[1:])  # لـ written apart: لـ «داعش»
    opening = rest[0] if rest else tokens[owner.first]
    clitics = [p for p in opening.prefixes if p != ARTICLE]
    return clitics[-1:] in (["ل"], [FUSED_ARTICLE]) and _titles_only(rest)


def _titles_only(words: Sequence[Token]) -> bool:
    """Whether words are all titles before a person's name (للرئيس عبد ربه منصور هادي)."""
    norms = [ARTICLE + bare_stem(t) for t in words]
    return title_words(norms, 0, offices=True) == len(norms)


def opens_with_title(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a unit's first word is a title or an office (وزير الخارجية فلان، الرئيس فلان)."""
    return _titles_only(tokens[u.first : u.first + 1])


def _owner_head(token: Token) -> bool:
    """:func:`~hadath.mentions.groups.is_owner_head`, read from the token's word form."""
    note = token.form.owner_head
    return note is _OWNER_HEADS.yes or (note is not _OWNER_HEADS.no and _OWNER_HEADS.note(token))


def _civilian_group(u: Unit) -> bool:
    """Whether a unit is an unnamed group of civilians (القبائل، السكان)."""
    return all(i.kind in ("generic", "group") and i.sector in CIVILIAN_SECTORS for i in u.identities)


def _is_unnamed(u: Unit) -> bool:
    """A single common noun (القوات) or a head with a country adjective (القوات اليمنية)."""
    return len(u.mentions) == 1 and u.identities[0].kind in ("generic", "group")


def _is_generic(u: Unit) -> bool:
    return len(u.mentions) == 1 and u.mentions[0].ref.startswith("generic:")


def _merge_appositions(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """An office followed by its holder's name (optionally after a comma) is one actor."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if (
            prev
            and _is_one_office(prev)
            and u.identities[0].label == "PER"
            and not _is_one_office(u)  # الملك الأردني الرئيس الفلسطيني: two people, host and guest
            and _adjacent(tokens, prev.last, u.first, allow_comma=True)
            and not _titled_guest(tokens, prev, u)
        ):
            span_mention = Mention(prev.mentions[0].start, u.mentions[0].end, "", "actor", "PER",
                                   u.mentions[0].ref, u.mentions[0].entity, u.mentions[0].sentence, "apposition")  # fmt: skip
            prev.mentions, prev.identities = [span_mention], [u.identities[0]]
            prev.last, prev.parts = u.last, [(prev.first, u.last)]
            continue
        out.append(u)
    return out


def _titled_guest(tokens: Sequence[Token], office: Unit, u: Unit) -> bool:
    """Whether a person named right after an office, with no comma between, opens with a title
    of his own (المستشارة الألمانية السفير الأمريكي): a second person, the office's guest, not
    its holder, whose name the name chunker takes into the office's mention."""
    return u.first == office.last + 1 and title_words([t.norm for t in tokens], u.first) > 0


def _merge_coordinations(tokens: Sequence[Token], units: list[Unit]) -> list[Unit]:
    """X وY (both actors, nothing between but the conjunction) act together."""
    out: list[Unit] = []
    for u in units:
        prev = out[-1] if out else None
        if prev and _coordinated(tokens, prev, u) and prev.is_actor and not u.is_place:
            prev.mentions += u.mentions
            prev.identities += u.identities
            prev.parts += u.parts
            prev.last = u.last
            continue
        out.append(u)
    return out


def _coordinated(tokens: Sequence[Token], prev: Unit, u: Unit) -> bool:
    """X وY, or X وطائرات Y (the conjunction on a force's head before the owner), X's
    adjectives between (الجيش الوطني والمقاومة الشعبية)."""
    fused_wa = joined_by_wa(tokens[u.first], own_letter=u.mentions[0].start <= tokens[u.first].start)
    if u.first == prev.last + 1:
        return fused_wa
    if _adjectives_between(tokens, prev.last, u.first) and _unmarked(tokens, prev):
        # a marked first conjunct (إلى الجيش الوطني والمقاومة، قوات من الجيش الوطني والمقاومة)
        # keeps the rules' reading of the conjuncts apart, the later one unmarked
        return fused_wa
    head = tokens[prev.last + 1]
    return u.first == prev.last + 2 and head.prefixes[:1] == ("و",) and _owner_head(head)


def _adjectives_between(tokens: Sequence[Token], last: int, first: int) -> bool:
    """Whether the words between a name and the next are at most MAX_MODIFIERS adjectives of
    the name that no name covers: nisbas, with the article exactly when the name's last word has
    it (الجيش الوطني، قوات أمنية), no other clitic (للشرعية is a phrase of its own)."""
    between = tokens[last + 1 : first]
    definite = has_article(tokens[last])
    return 0 < len(between) <= MAX_MODIFIERS and all(is_nisba_adjective(t, definite) for t in between)


def is_nisba_adjective(tok: Token, definite: bool) -> bool:
    """Whether a word is a nisba adjective (الوطني، أمنية) of a noun with the article exactly
    when ``definite``: no other clitic, no particle (في ends as a nisba does)."""
    return (
        tok.is_word
        and no_clitic_but_article(tok)
        and has_article(tok) == definite
        and tok.norm.endswith(nisba_endings())
        and not particle_kinds(tok.norm)
    )


def _unmarked(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a name has no marker and stands after no preposition of a member's body (قوات
    من الجيش): a subject or an object."""
    return not _marker(tokens, u)[0] and not (u.first and tokens[u.first - 1].norm in prepositions("member"))


def joined_by_wa(token: Token, own_letter: bool) -> bool:
    """Whether a word opens with the conjunction و fused to it (وروسيا، وشن): its first letter,
    unless that و is the word's own (``own_letter``: a name or a lemma that starts with و)."""
    return token.norm.startswith("و") and not own_letter


def _is_one_office(u: Unit) -> bool:
    """Whether a unit is one office mention alone (الرئيس الفلسطيني), a title taken as its holder."""
    return len(u.mentions) == 1 and u.mentions[0].ref.startswith("office:")


def _name_holds_b(tok: Token, clitics: list[str], start: int) -> bool:
    """Whether a ب the clitic reader split off a word is the first letter of the name matched
    there (باراك أوباما، بشار الأسد، بان كي مون): the name starts at that letter, not after it,
    so no preposition marks it. The conjunctions before ب are one letter each."""
    return start <= tok.start + len(clitics) - 1


def _adjacent(tokens: Sequence[Token], last: int, first: int, *, allow_comma: bool) -> bool:
    between = tokens[last + 1 : first]
    return all(allow_comma and t.norm in (",", "-") for t in between) and len(between) <= 1


def _marker(tokens: Sequence[Token], u: Unit) -> tuple[str, str]:
    """The kind of particle just before a unit (or fused to it as a clitic)."""
    first = u.first
    clitics = [p for p in tokens[first].prefixes if p != ARTICLE]  # the article is no preposition
    if clitics[-1:] == ["ب"] and not _name_holds_b(tokens[first], clitics, u.mentions[0].start):
        return "locative", "ب"
    if clitics[-1:] in (["ل"], [FUSED_ARTICLE]):
        return "recipient", "ل"
    for back in (1, 2):
        j = first - back
        if j < 0:
            break
        word = tokens[j].norm
        kinds = particle_kinds(word)  # looked up once, asked of five kinds
        for kind in MARKER_KINDS:
            if kind in kinds:
                return kind, word
        if back == 1 and _owner_head(tokens[j]):
            continue  # من قبل قادة التنظيم: the marker governs the owner
        if tokens[j].is_word and back == 1 and "locative" not in kinds:
            # a word that is no particle (a verb, a noun) ends the search
            break
    return "", ""
