"""Definite head nouns that refer back to an organisation named earlier in the article.

News names an organisation once in full (مركز الملك سلمان للإغاثة، تنظيم داعش، قيادة العمليات
المشتركة) and then by its head noun alone, definite or with a demonstrative: المركز، التنظيم،
هذه القيادة. Such a noun becomes a mention of the latest earlier organisation whose name
starts with that noun, so that events told with it get the right actor.

Only organisations named by two words or more are antecedents, and the anaphor must carry
the article or follow a demonstrative: a bare indefinite "مركز" starts a new name. Heads of
state parts (القوات، الحكومة، السلطات) are left alone: they name any state's forces or
government, not only the last one named.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Sequence
from functools import cache
from itertools import chain, compress, count
from operator import attrgetter

from hadath.kb.lexicon import data_rows
from hadath.mentions.groups import bare_stem, covered_tokens, is_sector_head, norm_keys
from hadath.mentions.names import is_person, name_heads, surname_keys
from hadath.model import Article, Mention, Token
from hadath.pipeline import Stage
from hadath.text.clitics import ARTICLE
from hadath.text.normalize import normalize

_STEM = attrgetter("stem")

# The singular demonstratives as normalized: one before a noun points back (هذه الحركة), and
# quotes reads them too. The feminine ones (هذه المقاطعة) open no masculine cue's subject.
DEMONSTRATIVES_F: tuple[str, ...] = ("هذه", "تلك")
DEMONSTRATIVES = frozenset((*DEMONSTRATIVES_F, "هذا", "ذلك"))
# The plural ones, normalized (their hamza goes): they point back to no one name, but open a
# definite phrase as the singular ones do (quotes reads them so: انتقد هؤلاء القادة ...).
DEMONSTRATIVES_PLURAL: tuple[str, ...] = tuple(normalize(w) for w in ("هؤلاء", "أولئك"))
ALL_DEMONSTRATIVES = DEMONSTRATIVES | frozenset(DEMONSTRATIVES_PLURAL)
ANTECEDENT_KINDS = ("actor", "group", "unknown")
HONORIFIC_TITLES_FILE = "lexicon/ar/honorific_titles.tsv"
# the rule of a mention that refers back, before its antecedent's start offset (anaphora:120:
# it stands for the mention that starts at offset 120; read back by antecedent_start)
ANAPHORA_RULE = "anaphora:"
TITLE_WINDOW = 4  # words before a person's name that may hold his title (معالي وزير الحج الدكتور ...)


def antecedent_start(mention: Mention) -> int | None:
    """The start offset of the earlier mention a back-reference stands for, as its rule
    (:func:`_mention_for`) writes it; None for a mention that refers back to none."""
    if not mention.rule.startswith(ANAPHORA_RULE):
        return None
    return int(mention.rule.removeprefix(ANAPHORA_RULE))


def _head(mention: Mention) -> tuple[str, ...]:
    """The stems the normalized first word of a multiword organisation name is known by
    (:func:`norm_keys`: without the article), or none."""
    words = normalize(mention.text).split()
    if len(words) < 2:
        return ()
    keys = norm_keys(words[0])
    return keys if len(keys[0]) >= 3 else ()


def _is_antecedent(m: Mention) -> bool:
    return m.kind == "actor" and m.ref_kind in ANTECEDENT_KINDS and m.label in ("ORG", "")


def _definite_or_pointed(tokens: Sequence[Token], i: int) -> bool:
    """Whether a body's head noun may stand for a body named before: its article split off as
    a clitic (الحركة) or a demonstrative before it (هذه الحركة), as a bare head (حركة) names a
    new one. Not clitics.has_article: a name word kept whole with its article after a clitic
    (والمقاومة, :func:`~hadath.text.clitics.kept_article`) is not read back (tried: training
    type+actor 2909 -> 2908, +recipient 2107 -> 2105)."""
    return ARTICLE in tokens[i].prefixes or (i > 0 and tokens[i - 1].norm in DEMONSTRATIVES)


def anaphors(tokens: Sequence[Token], mentions: Sequence[Mention], text: str) -> list[Mention]:
    """Mentions for words that refer back to a name told in full earlier (article order): an
    organisation's head noun (المركز) or a person's surname (الجبوري after سليم الجبوري)."""
    ordered = sorted(mentions, key=lambda m: m.start)
    # the keys each mention is known by, worked out once for the candidates and the walk below
    head_keys = [_head(m) if _is_antecedent(m) else () for m in ordered]
    name_keys = [surname_keys(m) for m in ordered]
    candidates = _candidates(
        tokens, ordered, {*chain.from_iterable(head_keys), *chain.from_iterable(name_keys)}
    )
    if not candidates:
        return []
    # a common noun (التنظيم، الجماعة) names any such body: the one told before is a better reading
    covered = covered_tokens(tokens, [m for m in ordered if not _one_common_noun(tokens, m)])
    heads: dict[str, Mention] = {}
    surnames: dict[str, Mention] = {}
    people = _People(tokens)
    found: list[Mention] = []
    k = 0
    for i in candidates:
        tok = tokens[i]
        while k < len(ordered) and ordered[k].start < tok.start:
            heads.update(dict.fromkeys(head_keys[k], ordered[k]))
            surnames.update(dict.fromkeys(name_keys[k], ordered[k]))
            if is_person(ordered[k]):
                people.add(ordered[k])
            k += 1
        if i in covered or not tok.is_word:
            continue
        if (honorific := honorific_pronoun(tok)) and (person := people.called(honorific)) is not None:
            # ونوه معاليه، وأكد سموه: "his excellency" is the person last named with that title
            found.append(_mention_for(tok, person, text, "", len(_clitics(text, tok))))
            continue
        if tok.suffix or not (surnames or heads):
            continue
        bare = bare_stem(tok)
        person, organisation = surnames.get(bare), heads.get(bare)
        if person is not None:
            found.append(_mention_for(tok, person, text, "PER", len(_clitics(text, tok))))
        elif organisation is not None and _definite_or_pointed(tokens, i) and not is_sector_head(tok):
            start = tok.end - len(_surface_stem(text[tok.start : tok.end], tok))
            found.append(_mention_for(tok, organisation, text, "", start - tok.start))
    return found


def _one_common_noun(tokens: Sequence[Token], m: Mention) -> bool:
    """Whether a mention is a common noun of one word (التنظيم), which an anaphor replaces."""
    return m.ref.startswith("generic:") and len(covered_tokens(tokens, [m])) == 1


def _candidates(tokens: Sequence[Token], ordered: Sequence[Mention], keys: set[str]) -> list[int]:
    """Indices of the tokens that may refer back to one of the names (a superset, checked by
    :func:`anaphors`): a stem of ``keys`` (the heads and surnames the mentions are known by),
    with or without the article, or a stem an honorific pronoun may have once a person is named.

    Why: most tokens refer to nothing; one set look-up per token spares the per-token
    checks (the stage's cost was that loop, not the few anaphors it finds).
    """
    watched = keys | {ARTICLE + key for key in keys}
    if any(is_person(m) for m in ordered):
        watched |= _honorific_stems()
    return list(compress(count(), map(watched.__contains__, map(_STEM, tokens))))  # at C level


@cache
def _honorific_stems() -> frozenset[str]:
    """Every stem :func:`honorific_pronoun` may accept: a title (with the suffix ه), a title
    with ه written on (سموه), a feminine title with ته for its ة (فضيلته)."""
    titles = name_heads().titles
    return frozenset(
        [*titles, *(t + "ه" for t in titles), *(t[:-1] + "ته" for t in titles if t.endswith("ه"))]
    )


def honorific_pronoun(tok: Token) -> str:
    """The title of a title with the pronoun ه (معاليه، سموه، فضيلته -> فضيلة), normalized;
    "" for any other word."""
    norm = tok.stem
    if tok.suffix != "ه" and not norm.endswith("ه"):
        return ""  # most words: no pronoun ه, spare the look-ups
    titles = name_heads().titles
    if tok.suffix == "ه" and norm in titles:
        return norm
    if norm.endswith("ته") and norm[:-2] + "ه" in titles:
        return norm[:-2] + "ه"
    return norm[:-1] if norm.endswith("ه") and norm[:-1] in titles else ""


@cache
def honorific_cues() -> dict[str, frozenset[str]]:
    """Normalized honorific -> the normalized words that name someone it is said of
    (:data:`HONORIFIC_TITLES_FILE`: معالي -> وزير، سمو -> أمير)."""
    cues: dict[str, set[str]] = {}
    for honorific, cue in data_rows(HONORIFIC_TITLES_FILE, 2):
        cues.setdefault(normalize(honorific), set()).add(normalize(cue))
    return {honorific: frozenset(words) for honorific, words in cues.items()}


class _People:
    """The people named so far, in article order: the last one, and the last one each
    honorific agrees with (by a title word in or just before the name, or told of the same
    entity before: الجبير after وزير الخارجية عادل الجبير)."""

    def __init__(self, tokens: Sequence[Token]) -> None:
        self.tokens = tokens
        self.starts = [t.start for t in tokens]
        self.last: Mention | None = None
        self.last_honorifics: set[str] = set()
        self.titled: dict[str, Mention] = {}
        self.entity_honorifics: dict[str, set[str]] = {}

    def add(self, person: Mention) -> None:
        honorifics = self._agreeing(person)
        if person.entity:
            known = self.entity_honorifics.setdefault(person.entity, set())
            known |= honorifics
            honorifics = known
        self.titled.update(dict.fromkeys(honorifics, person))
        self.last, self.last_honorifics = person, honorifics

    def called(self, honorific: str) -> Mention | None:
        """Who an honorific pronoun refers to; the last person when none agrees with it."""
        return self.titled.get(honorific, self.last)

    def _agreeing(self, person: Mention) -> set[str]:
        """The honorifics a title word in the name or the few words before it agrees with.
        The words before stop at the person named last, whose title they are; a name with no
        title of its own that follows that person within those words is the same one told on
        (وزير المالية المهندس سالم بن علي، then الدوسري: a name cut short, then its surname)."""
        first = bisect_left(self.starts, person.start)
        last = bisect_left(self.starts, person.end)
        before = [
            t for t in self.tokens[max(0, first - TITLE_WINDOW) : first] if t.sentence == person.sentence
        ]
        previous_end = self.last.end if self.last is not None else 0
        words = {bare_stem(t) for t in before if t.start >= previous_end}
        words.update(bare_stem(t) for t in self.tokens[first:last])
        own = {honorific for honorific, cues in honorific_cues().items() if words & cues}
        follows_last = bool(before) and before[0].start < previous_end
        return own if own or not follows_last else set(self.last_honorifics)


def _clitics(text: str, tok: Token) -> str:
    """The conjunction or preposition fused before a name (والجبوري -> و)."""
    skip = sum(len(p) for p in tok.prefixes if not p.startswith(ARTICLE))
    return text[tok.start : tok.start + skip]


def _mention_for(tok: Token, antecedent: Mention, text: str, label: str, skip: int) -> Mention:
    start = tok.start + skip
    return Mention(
        start,
        tok.end,
        text[start : tok.end],
        "actor",
        label,
        antecedent.ref,
        antecedent.entity,
        tok.sentence,
        f"{ANAPHORA_RULE}{antecedent.start}",
    )


def _within(m: Mention, spans: set[tuple[int, int]]) -> bool:
    """Whether a mention overlaps one of the spans."""
    return any(start < m.end and m.start < end for start, end in spans)


def _surface_stem(surface: str, tok: Token) -> str:
    """The surface characters of a token from its article on (والمركز -> المركز)."""
    at = surface.find(ARTICLE)
    return surface[at:] if ARTICLE in tok.prefixes and at >= 0 else surface


class AnaphoraLinker(Stage):
    """Adds mentions for head nouns that refer back to an organisation (after names are found)."""

    name = "anaphora"
    requires = ("tokens", "mentions")
    assigns = ("mentions",)

    def process(self, article: Article) -> Article:
        found = anaphors(article.tokens, article.mentions, article.text)
        if found:  # the common nouns the anaphors read as a name told before give way
            at = {(m.start, m.end) for m in found}
            article.mentions = [
                m for m in article.mentions if not (m.ref.startswith("generic:") and _within(m, at))
            ]
        article.mentions = sorted(article.mentions + found, key=lambda m: (m.start, -m.end))
        self.stats.update("anaphors", len(found))
        return article
