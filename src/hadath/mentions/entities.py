"""Find names of actors, places and news sources in the text, across clitics.

Each match of the knowledge base's alias index becomes a :class:`Mention` whose span
starts after any clitic (وبموسكو -> موسكو) and whose ``ref`` is ``kind:id`` of the
reading chosen (``actor:Q..``, ``country:SYR``, ``capital:USA``, ``office:foreign_minister:USA``,
``place:170063``, ``generic:3``). Which role a name plays in an event is decided later.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from functools import cache

from hadath.kb import KnowledgeBase
from hadath.kb.index import AliasIndex, AliasMatch, Candidate
from hadath.kb.names import build_alias_index, generic_actors
from hadath.mentions.groups import (
    NisbaTable,
    bare_stem,
    clitic_offset,
    counted_groups,
    demonym_groups,
    group_cues,
    is_attributive_nisba,
    loose_groups,
    plural_groups,
    uncounted_groups,
)
from hadath.mentions.names import name_heads, title_words
from hadath.mentions.place_guard import PlaceGuard
from hadath.model import Article, Mention, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.text.clitics import ARTICLE
from hadath.text.normalize import normalize
from hadath.text.numbers import is_number_word
from hadath.text.tokens import tokens_by_sentence

# Kinds of mention that name no particular entity ("القوات السعودية", "المدنيين"): they act in
# events but are not listed among the article's named entities.
UNNAMED_KINDS = ("group", "generic")


class EntityMatcher(Stage):
    """Assigns actor, place and source mentions (``Article.mentions``)."""

    name = "entities"
    requires = ("tokens",)
    assigns = ("mentions",)

    def __init__(self, kb: KnowledgeBase, index: AliasIndex | None = None) -> None:
        super().__init__()
        self.kb = kb
        self.index = index or build_alias_index(kb)
        self.resolver = ActorResolver(kb)
        self.guard = PlaceGuard(kb)
        self.nisba = NisbaTable(kb)

    def process(self, article: Article) -> Article:
        on = parse_date(article.published)
        sentences = tokens_by_sentence(article.tokens)
        matches = [(toks, m) for toks in sentences for m in self.index.find_all(toks)]
        # a minor place needs a cue or the focus country, and the focus is found without them
        matches = self.guard.unworded(article.text, matches)
        focus = self._focus(self.guard.licensed(matches, focus=""))
        matches = self.guard.licensed(matches, focus)
        matches = [(toks, m) for toks, m in matches if not _uncounted_accusative(toks, m)]
        ends = {toks[m.last].start for toks, m in matches}
        matches = [(toks, m) for toks, m in matches if not _attributive(toks, m, ends)]
        found = [self._mention(article, toks, match, on, focus) for toks, match in matches]
        found = _with_lineage(article, sentences, found)
        _plain_names(found)
        extra = self._forces(article, sentences, found, on)
        # a group replaces the mentions it takes in (الجنود + السعوديون -> الجنود السعوديون)
        found = [m for m in found if not any(g.start <= m.start and m.end <= g.end for g in extra)] + extra
        article.mentions = [m for m in article.mentions if m.kind not in ("actor", "place", "source")] + found
        article.mentions.sort(key=lambda m: (m.start, -m.end))
        self.stats.update("mentions", len(found))
        return article

    def _forces(
        self, article: Article, sentences: list[list[Token]], found: list[Mention], on: dt.date | None
    ) -> list[Mention]:
        """Forces the index cannot list: "طائرات حربية روسية"، "الجنود السعوديون" (mentions.groups)."""
        by_sentence: dict[int, list[Mention]] = {}
        for m in found:
            by_sentence.setdefault(m.sentence, []).append(m)
        extra: list[Mention] = []
        for toks in sentences:
            here = by_sentence.get(toks[0].sentence, [])
            cues = group_cues(toks, self.nisba)
            groups = plural_groups(toks, here, self.nisba, article.text)
            groups += loose_groups(toks, here + groups, self.nisba, article.text, cues)
            groups += demonym_groups(toks, here + groups, self.nisba, article.text, cues)
            counted = counted_groups(toks, here + groups, self.nisba, article.text, self._plural_ref, cues)
            counted += uncounted_groups(
                toks, here + groups + counted, self.nisba, article.text, self._plural_ref, cues
            )
            for m in groups + counted:
                kind, _, ref = m.ref.partition(":")
                m.entity = self.resolver.identity(Candidate(kind, ref, ""), on).entity  # type: ignore[arg-type]
                extra.append(m)
        return extra

    def _plural_ref(self, plural: str) -> str:
        """The ``kind:id`` the index reads a plural as (متمردين: rebels; الحوثيين: the Houthis),
        when it names a common noun or an organisation, else ""."""
        for cand in self.index.lookup(plural):
            if cand.kind in ("generic", "group") or (cand.kind == "actor" and cand.label == "ORG"):
                return f"{cand.kind}:{cand.ref}"
        return ""

    def _focus(self, matches: list[tuple[list[Token], AliasMatch]]) -> str:
        """The country the unambiguous names of an article point to most."""
        counts: Counter[str] = Counter()
        for _, match in matches:
            countries = {self._country_of(c) for c in match.candidates} - {""}
            if len(countries) == 1:
                counts[countries.pop()] += 1
        return counts.most_common(1)[0][0] if counts else ""

    def _country_of(self, cand: Candidate) -> str:
        if cand.kind in ("country", "capital"):
            return cand.ref
        if cand.kind == "place":
            return self.kb.places[cand.ref].country
        if cand.kind == "actor" and self.kb.actors[cand.ref].type == "GPE":
            return self.kb.actors[cand.ref].country
        return ""  # a person's or an organisation's nationality says little about where things happen

    def _choose(self, candidates: tuple[Candidate, ...], on: dt.date | None, focus: str) -> Candidate:
        """Places sharing a name (طرابلس) go to the article's country, else the most populous."""
        places = [c for c in candidates if c.kind == "place"]
        if len(places) > 1 and len(places) == len(candidates):
            return max(
                places,
                key=lambda c: (self.kb.places[c.ref].country == focus, self.kb.places[c.ref].population),
            )
        return self.resolver.choose(candidates, on)

    def _organisation_name(self, text: str, words: list[Token], cand: Candidate) -> str:
        """The name in an organisation's alias after the words that say what it is, when that
        name alone is also one of its aliases (تنظيم داعش: داعش; but تنظيم الدولة stays), else ""."""
        descriptors = name_heads().descriptors
        lead = next((k for k, w in enumerate(words) if _definite_form(w) not in descriptors), len(words))
        if not 0 < lead < len(words):
            return ""
        name = text[words[lead].start : words[-1].end]
        return name if cand in self.index.lookup(name) else ""

    def _mention(
        self, article: Article, tokens: list[Token], match: AliasMatch, on: dt.date | None, focus: str
    ) -> Mention:
        first, last = tokens[match.first], tokens[match.last]
        start = first.start + clitic_offset(article.text[first.start : first.end], match.skip)
        cand = self._choose(match.candidates, on, focus)
        ident = self.resolver.identity(cand, on)
        kind = "place" if cand.kind == "place" else "source" if ident.is_source else "actor"
        label = ident.label if cand.kind != "group" else ""
        if kind == "place" and _is_facility(first):
            label = "FAC"  # مطار عدن الدولي، سجن الرملة: a building or site, not a town
        if label == "ORG" and _definite_form(first) in name_heads().unnamed:
            label = ""  # الحكومة التركية: a description of a state's organ, like القوات السعودية
        words = tokens[match.first : match.last + 1]
        return Mention(
            start=start, end=last.end, text=article.text[start : last.end], kind=kind,
            label=label, ref=f"{cand.kind}:{cand.ref}", entity=ident.entity,
            sentence=first.sentence, rule=f"alias:{cand.kind}",
            name=self._organisation_name(article.text, words, cand) if label == "ORG" else "",
        )  # fmt: skip


@cache
def _accusative_forms() -> frozenset[str]:
    """Normalized common-noun forms that are another form's accusative singular (مدنيا of
    مدني، عنصرا of عنصر): read as people only when a number counts them."""
    forms = {normalize(g.name) for g in generic_actors()}
    return frozenset(f for f in forms if f.endswith("ا") and f[:-1] in forms)


def _uncounted_accusative(tokens: list[Token], match: AliasMatch) -> bool:
    """Whether a match is a common noun's accusative singular with no number before it:
    "قتل 20 مدنياً" counts civilians, "هجوما انتحاريا" and "تحالفا عسكريا" are adjectives."""
    generic = [c for c in match.candidates if c.kind == "generic"]
    if len(generic) != len(match.candidates) or match.first != match.last:
        return False
    if normalize(generic_actors()[int(generic[0].ref)].name) not in _accusative_forms():
        return False
    before = tokens[match.first - 1].norm if match.first > 0 else ""
    return not (before.isdigit() or is_number_word(before))


def _attributive(tokens: list[Token], match: AliasMatch, ends: set[int]) -> bool:
    """Whether a match is only a common noun read where it is an adjective of the noun before
    it (الحزب الكردي، مصدر عسكري; :func:`is_attributive_nisba`). ``ends``: where the last
    token of each match starts, to tell a named noun before."""
    if match.first != match.last or any(c.kind != "generic" for c in match.candidates):
        return False
    before = match.first - 1
    named = before >= 0 and tokens[before].start in ends
    return is_attributive_nisba(tokens, match.first, named, before >= 0 and _name_head(tokens[before]))


def _name_head(token: Token) -> bool:
    """Whether a token opens a person's or a body's name: an office, a title or an
    organisation's head noun (القائد، الزعيم، المجلس)."""
    heads = name_heads()
    bare = bare_stem(token)
    return bare in heads.offices or bare in heads.orgs or token.norm in heads.titles


def _is_facility(first: Token) -> bool:
    """Whether a place's name opens with the head noun of a building or site (مطار، سجن)."""
    facilities = name_heads().facilities
    return first.stem in facilities or bare_stem(first) in facilities


def _person_name(text: str, words: list[Token]) -> str:
    """The name in a person's alias that opens with titles or an office (الأمير محمد بن نايف:
    محمد بن نايف; خادم الحرمين الشريفين الملك سلمان: سلمان), else ""."""
    lead = title_words([_definite_form(w) for w in words], 0, offices=True)
    return text[words[lead].start : words[-1].end] if 0 < lead < len(words) else ""


def _with_lineage(article: Article, sentences: list[list[Token]], found: list[Mention]) -> list[Mention]:
    """Known persons' names taken on through the titles before them and the words of their
    lineage after them that the alias does not hold (سمو الأمير الراحل الشيخ جابر الأحمد;
    الملك سلمان بن عبدالعزيز آل سعود)."""
    starts = {m.start for m in found}
    ends = {m.end for m in found}
    # Why per sentence: a mention lies in its sentence, and few of them are persons' names
    by_index = {toks[0].sentence: toks for toks in sentences if toks}
    out = []
    for m in found:
        toks = by_index.get(m.sentence, []) if m.label == "PER" and m.kind == "actor" else []
        first = next((k for k, t in enumerate(toks) if t.start == m.start), None) if toks else None
        if first is not None:
            last = next((k for k in range(first, len(toks)) if toks[k].end >= m.end), first)
            first, last = _titles_before(toks, first, ends), _lineage_after(toks, last, starts)
            m = _person_mention(article, m, toks[first : last + 1])
        out.append(m)
    return out


def _plain_names(found: list[Mention]) -> None:
    """A name written with ل fused to its article (للعراق) is listed as written without it
    (العراق) when the article also names it so: one entity, not two."""
    plain = {(m.ref, m.text) for m in found}
    for m in found:
        bare = ARTICLE + m.text[2:]
        if m.text.startswith("لل") and not m.name and (m.ref, bare) in plain:
            m.name = bare


def _definite_form(tok: Token) -> str:
    """A word without its conjunction or preposition, keeping its article (للمخلوع: المخلوع)."""
    return ARTICLE + tok.stem if any(ARTICLE in p for p in tok.prefixes) else tok.stem


def _titles_before(toks: list[Token], first: int, ends: set[int]) -> int:
    """The first token of the titles right before a person's name (سمو الأمير الراحل), or
    ``first``; a title that ends another mention is that one's."""
    norms = [t.norm for t in toks]
    for k in range(max(0, first - 6), first):
        if title_words(norms[:first], k) == first - k and not any(
            toks[j].end in ends for j in range(k, first)
        ):
            return k
    return first


def _lineage_after(toks: list[Token], last: int, starts: set[int]) -> int:
    """The last token of the بن/آل chain after a person's name, or ``last``."""
    links = name_heads().links
    while last + 2 < len(toks) and toks[last + 1].norm in links and toks[last + 2].is_word:
        if toks[last + 1].start in starts or toks[last + 2].start in starts:
            break  # another name begins there
        last += 2
    return last


def _person_mention(article: Article, m: Mention, words: list[Token]) -> Mention:
    """A person's mention over ``words``, with the name inside its titles."""
    start = m.start if words[0].start <= m.start < words[0].end else words[0].start
    end = words[-1].end
    return Mention(
        start, end, article.text[start:end], m.kind, m.label, m.ref, m.entity, m.sentence, m.rule,
        _person_name(article.text, words),
    )  # fmt: skip


def mention_country(m: Mention, kb: KnowledgeBase) -> tuple[str, bool]:
    """The country a mention names or lies in, and whether it is a place (not a state or
    capital, which may act as the state): ("", False) for anything else."""
    kind, _, ref = m.ref.partition(":")
    if kind in ("country", "capital"):
        return ref, False
    if kind == "place" and ref in kb.places:
        return kb.places[ref].country, True
    if kind == "actor" and ref in kb.actors and kb.actors[ref].type == "GPE":
        return kb.actors[ref].country, False  # a state the KB holds as an actor (سوريا)
    return "", False


def focus_country(article: Article, kb: KnowledgeBase) -> str:
    """The country an article is mostly about: the most mentioned one, places counted in."""
    counts = Counter(c for m in article.mentions if (c := mention_country(m, kb)[0]))
    return counts.most_common(1)[0][0] if counts else ""


class FocusFinder(Stage):
    """Assigns ``Article.focus``, the article's :func:`focus_country`.

    Why a stage: the event coder, the quote finder and the placer each ask for it over the
    same mention list (no stage after anaphora replaces or edits it), so it is counted once
    per article, after anaphora, and read from the article."""

    name = "focus"
    requires = ("mentions",)
    assigns = ("focus",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb

    def process(self, article: Article) -> Article:
        article.focus = focus_country(article, self.kb)
        return article
