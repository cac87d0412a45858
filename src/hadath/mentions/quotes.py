"""Quotes: who said what, from reporting verbs (قال، أكد، أوضح ...) and quotation marks.

Every cue from ``data/cues.yaml`` in a sentence opens a quote, unless it is negated, after
لـ, a homograph inside a clause (بين الطرفين) or the writer's impersonal remark (يذكر أن); a
later cue that starts a new statement (after a comma, with و, after a connective such as
بينما or من جهته, or a participle such as مشيرا) ends the previous one's content. What was
said is, in this order: the words inside quotation marks after the cue (direct, running over
sentence ends until the marks close, also right after أن/إن when they close only in a later
sentence, whose names and cues are then still what was said), the clause after أن/إن (which
may come far after the cue, past a long title and adjuncts, but not an أن bound to the word
before it: بعد أن), or, for cues whose ``complement`` is ``phrase`` (دعا، أشاد، أعرب عن
...), the phrase after the speaker (for any cue, the phrase a noun of what was said opens
right after it: مبينا استمرار الدعم), unless the cue is a present form (تطالب بالسيادة، يشير
إلى تكثيف: a stance, an indication or a headline, no words said). A short quoted name on the
way (لـ«الصحيفة»، صحيفة «النهار») is no content. An attribution (cues of kind attribution:
بحسب، حسبما، وفقا لـ; or كما with a cue verb) after a comma makes the words before it, from
the start of the sentence or of the part after the last quote, a quote of the source it
names (inside a cue's clause, the last part joined by و after a comma, which it takes from
that quote: قالت إنها أحصت ألفا، وقتل مئة، بحسب ...), and one opening a sentence the words
after its source and a comma (وبحسب الوزارة، فإن ...); the source must be a name or open
with a title, an office or a source noun (وفقا لتوجيهات ...، حسب وقته: no one). A line that
opens with a name alone and a colon (الوزير فلان: ...) is a headline's quote of that name,
to the line's end.

The speaker is the name after the cue (VSO), else the words there no list knows (up to an
adjunct, a venue such as في تصريح صحفي, a comma or أن), with a person inside them preferred
and a statement standing for its issuer (بيان صادر عن الوزارة); else the topic before a cue
with ف (أما فلان فقال), the name a relative pronoun stands for (التقارير التي أكدت), or the
sentence's topic or nearest name before it (SVO), never a name inside what was said nor, for
a dropped subject, a population talked about (أوضاع اليمنيين). A participle (مؤكدا، مشيرا)
continues the sentence's previous speaker (also the source of an attribution opening it),
and a cue with a dropped subject (وأضاف أن) the article's previous speaker. A news agency
speaks only in its own name (ذكرت الوكالة أن): "نقلت الوكالة عن الوزير قوله" is the
minister's (the words after عن when no list knows them), and an agency whose report opens
with someone else saying it relays that one's words (ذكرت الوكالة أن الوزارة تؤكد أن). A
title before a name (وزير الحج الدكتور فلان) leaves the name as the speaker, also when the
title runs long or past a comma, an adverb or a preposition inside it (رئيس المجلس، النائب
فلان؛ عضو اللجنة العليا للإشراف على الخطة فلان); a manner adverb (بشدة) or a pronoun opening
an aside (وهو أحد ...) ends a speaker's name, and a noun carrying a pronoun right after a
cue with no subject is what was said, not who said it (وأكد حرصه على), unless it names a
title, an office, kin or a source (نائبه، شقيقه، مصادره, ``_owned_speaker``), and so is a
noun of what was said or an object pronoun right after a cue (cues of kind matter: وأكدت
أهمية، نفى اتهامات، مناشدا إياه), whose subject is dropped; a definite description (وأضاف
المصدر) takes the identity of the earlier speaker named with the same noun; a cue whose
words a participle says (وتابع المصدر قائلا) hands its speaker on to the participle. A known
name opening the clause right before the cue speaks (لكن موسكو انتقدت الولايات المتحدة);
words after the cue are its object, not its speaker, past a side word (أمام البرلمان), in
the other gender (ووصف هذه الاتهامات) or, for a phrase cue, when they are definite and open
with no title or head noun (انتقدت التعريف ...). A cue inside what was said gives no quote
and leaves who spoke last alone. An honorific pronoun that speaks (وقال سماحته) is given by
the earlier mention it stands for, as the guideline gives a pronoun.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from operator import attrgetter

from hadath.events.arguments import Unit
from hadath.events.coder import (
    TOPIC_START,
    SentenceView,
    is_pronoun_complementizer,
    masculine_heads,
    sentence_views,
)
from hadath.events.particles import (
    is_any_particle,
    is_complementizer,
    is_particle,
    particle_kinds,
    particles,
    relative_genders,
)
from hadath.events.triggers import verb_readings
from hadath.kb import KnowledgeBase
from hadath.kb.schema import CueRecord
from hadath.memo import FormFlag, Memo
from hadath.mentions.anaphora import ALL_DEMONSTRATIVES, DEMONSTRATIVES_F, antecedent_start, honorific_pronoun
from hadath.mentions.cues import MIN_PRESENT_LETTERS, cue_homographs, cue_verb_forms
from hadath.mentions.groups import (
    PARTITIVE,
    SOUND_PLURAL_ENDINGS,
    bare_stem,
    nisba_endings,
    norm_keys,
    proclitic_chars,
    speaker_nouns,
    word_keys,
)
from hadath.mentions.names import may_describe_feminine_head, name_heads
from hadath.model import Actor, Article, Quote, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.text.clitics import (
    ARTICLE,
    CONJUNCTIONS,
    StemKeys,
    form_stems,
    has_article,
    reading_stems,
    without_article,
    without_conjunction,
)
from hadath.text.normalize import COMMAS, normalize

_START = attrgetter("start")
_NORM = attrgetter("norm")
SHADDA = "\u0651"
QUOTE_OPEN = '"«“'
QUOTE_CLOSE = '"»”'
SPEAKER_REACH = 8
# How far after a cue its أن/إن, colon or quotation mark may be: past a long title and
# adjuncts (وأكد في تصريح صحفي بثته وكالة الأنباء الرسمية اليوم أن ...).
ARGUMENT_REACH = 30
MAX_SPEAKER_WORDS = 14
# A definite description standing for an earlier speaker (المصدر، المسؤول الأمني) is this short.
MAX_DESCRIPTION_WORDS = 2
MAX_FRONTED_WORDS = 4  # a fronted subject no list knows: المسؤول الحكومي قال
# how such a subject's first word begins: the article, bare or after و (المسؤول، والمسؤول)
FRONTED_DEFINITE = (ARTICLE, "و" + ARTICLE)
# The issuer of a statement named as the speaker follows it this closely (بيان صادر عن ...).
ISSUER_REACH_CHARS = 25
# Words in quotation marks this short, with the sentence going on after them, are a name.
MAX_QUOTED_NAME_WORDS = 3
# A name of these sectors before a cue with a dropped subject is seldom its speaker: a
# population (أوضاع اليمنيين، وأوضح أن) is talked about; the previous speaker goes on. (A
# participle may still continue one: خرج آلاف المحتجين ...، مطالبين.)
UNLIKELY_SPEAKER_SECTORS = ("CVL",)
# Complementizers of a reason or a contrast (لأن، لكنه), normalized: no reported clause.
CAUSE_OR_CONTRAST = ("لان", "لكن", "ولكن", "ولان")
# The أن of إلا أن/غير أن, normalized.
CONTRAST_THAT = normalize("أن")
# كما أعلنت الشرطة: كما and a cue verb name the source of the words before them
AS_REPORTED = "كما"
# A speaker of these sectors (an agency, a newspaper) whose report opens with someone else
# saying something relays that one's words: the inner statement is the quote.
RELAYING_SECTORS = ("MED",)
# An أن after these belongs to them, not to the cue (بعد أن، دون أن، رغم أن).
CLAUSE_BINDERS = ("temporal", "quantity", "negation")
# A direct quote may run over sentence ends, but not over a paragraph or this many characters.
MAX_QUOTE_CHARS = 1500
# Words that may stand between a phrase cue and what was said (أعرب عن، دعا إلى، شدد على).
PHRASE_PREPOSITIONS = tuple(normalize(w) for w in ("عن", "إلى", "على", "ب", "بـ"))
# A word of these kinds ends the words that name a speaker after a cue.
SPEAKER_STOPS = (
    "complementizer",
    "locative",
    "recipient",
    "temporal",
    "nominal",
    "negation",
    "future",
    "adjunct",
    "attribution",
    "relative",
)
TRIM_END = ' .،,؛;:"»”\n\t'
# A title may run this many words past where the speaker's words stopped before the holder's
# name; a comma (COMMAS: normalize writes ، as ,) may stand between them (رئيس المجلس، النائب
# فلان), but not a word of these kinds.
TITLE_REACH = 12
# A nested quote's subject (قال إن الرئيس فلان أكد) may open this many words after the
# reported words start: a title the name unit leaves out.
TITLE_BEFORE_SUBJECT = 2
TITLE_BREAKS = ("complementizer", "temporal", "relative", "negation", "future", "attribution", "adjunct")


@dataclass(slots=True)
class _Said:
    """What a cue reports: the content's offsets, directness, and the speaker unit it passed."""

    start: int
    end: int
    direct: bool
    speaker: Unit | None = None


@dataclass(slots=True)
class _Context:
    """Who spoke last, carried from sentence to sentence for dropped subjects."""

    speaker: Actor | None = None
    subject: Actor | None = None
    in_sentence: list[Actor] = field(default_factory=list)
    # what was said in this sentence so far: a name inside it is not who speaks next
    said: list[tuple[int, int]] = field(default_factory=list)
    earlier: list[Actor] = field(default_factory=list)  # every speaker of the article so far
    # quotes inside another quote's reported words (قال إن الرئيس أكد أن ...), kept apart
    nested: list[Quote] = field(default_factory=list)


class QuoteFinder(Stage):
    """Assigns ``Article.quotes``; runs before the event coder, which reads who speaks
    (``events/speakers.py``)."""

    name = "quotes"
    requires = ("tokens", "mentions", "focus")
    assigns = ("quotes",)

    def __init__(self, kb: KnowledgeBase, verb_forms: frozenset[str]) -> None:
        """``verb_forms``: ``known_verb_forms(kb)``, built once by the caller (the name chunker
        needs the same set; building it takes a noticeable part of start-up)."""
        super().__init__()
        self.kb = kb
        self.resolver = ActorResolver(kb)
        self.lexicon = kb.lexicon
        self.cue_of: dict[str, CueRecord] = {}
        self.continuing: set[str] = set()  # participles and masdars: a statement goes on
        self.plural_forms: set[str] = set()  # أكدوا، يقولون: the subject is in the verb
        self.present_forms: set[str] = set()  # يؤكد، تطالب: a present form, no future marker
        self.venues = _words_of(kb.cues, "venue")
        self.adverbs = _words_of(kb.cues, "adverb")
        self.topics = _words_of(kb.cues, "topic")
        self.connectives = _words_of(kb.cues, "connective")
        # إلا، غير (kind contrast): with أن after them they open a clause of its own subject
        self.contrasts = _words_of(kb.cues, "contrast")
        self.adjuncts = _words_of(kb.cues, "adjunct")
        self.matters = _words_of(kb.cues, "matter")
        # an attribution phrase (بحسب، وفقا لـ، على لسان) by each way its first word is written
        # (ووفقا، حسبما): the words that must follow it, its last preposition left out (written
        # on the name: وفقا لصحيفة). Every form is keyed here, once, because every word of every
        # sentence is looked up in it
        self.attributions = _attribution_phrases(kb.cues)
        # the preposition each cue's `needs` names, normalized once here, not at each cue met
        self.needed = {cue.needs: normalize(cue.needs) for cue in kb.cues if cue.needs}
        # every word that may open an attribution (those keys, كما with or without و/ف): a
        # sentence with none of them (about 6 in 10 of the news corpus) is passed over at once
        self.attribution_openers = frozenset(self.attributions) | {
            conjunction + AS_REPORTED for conjunction in ("", *CONJUNCTIONS)
        }
        self.side_words = self.adverbs | self.adjuncts  # end a speaker's name
        self.homographs = cue_homographs(kb.cues)
        # فإن، فقد (cues.yaml kind opener): what opens the words a fronted attribution's source
        # says, left out of them (وبحسب الوزارة، فإن ...)
        self.content_openers = frozenset(
            normalize(w) for cue in kb.cues if cue.kind == "opener" for w in (cue.lemma, *cue.forms)
        )
        heads = name_heads()
        # the first words of a speaker no list knows: a title, an office, an organisation
        self.speaker_heads = (
            frozenset(k for w in (*heads.titles, *heads.offices, *heads.orgs) for k in norm_keys(w))
            | speaker_nouns()
            | self.venues
        )
        # the particles that end a speaker's words, but those that open a speaker's name: وكالة
        # is an attribution particle to the event coder (حسبما أوردت وكالة أنباء ...: the name
        # after it is the source) and the head of an agency's name to a speaker
        self.speaker_stops = frozenset(
            w for kind in SPEAKER_STOPS for w in particles().get(kind, ()) if not self._is_speaker_head(w)
        )
        self.offices = frozenset(k for w in heads.offices for k in norm_keys(w))
        self.org_heads = frozenset(k for w in heads.orgs for k in norm_keys(w))
        self.gender_of: dict[str, str] = {}  # third person singular cue forms by gender
        self.impersonal = frozenset(normalize(w) for cue in kb.cues for w in cue.impersonal)
        # whose subject a verb with none of its own goes on with
        self.verb_forms = verb_forms
        for cue in kb.cues:
            if cue.kind != "verb":
                continue
            for form, info in cue_verb_forms(cue).items():
                self.cue_of.setdefault(form, cue)
                if info.plural:
                    self.plural_forms.add(form)
                if info.kind == "present":
                    self.present_forms.add(form)
            for form in map(normalize, cue.forms):
                self.cue_of.setdefault(form, cue)
                self.continuing.add(form)
            self.gender_of.update(_singular_genders(cue))
        # Why: every token of every sentence is asked whether it is a cue; a word's answer
        # depends on the word alone, so each word form is read once.
        self._cue_of_word: Memo[str, CueRecord | None] = Memo(self._word_cue)
        self._cue_words = FormFlag("quote_cue", self._is_cue_word)
        # a stem of a cue form's readings in any spelling verb_readings gives it (see _may_be_cue)
        self._cue_keys = StemKeys(self.cue_of, alef_ending=True, last_letters="ي")

    def process(self, article: Article) -> Article:
        on = parse_date(article.published)
        quotes: list[Quote] = []
        context = _Context()
        for view in sentence_views(article, self.resolver, on, article.focus):
            context.in_sentence, context.said = [], []
            if quotes and quotes[-1].content_end > view.start:
                _go_on_quoting(context, quotes[-1])
            found = self._sentence_quotes(article, view, context)
            quotes.extend(q for q in found if not quotes or q.content_start >= quotes[-1].content_end)
            if not found:
                context.subject = _subject(view) or context.subject
        # words whose speaker was found nowhere still bound the quotes around them (above), but
        # are no statement of "who said what": a quote is its speaker's
        if context.nested:
            quotes = sorted([*quotes, *context.nested], key=attrgetter("content_start"))
        article.quotes = [q for q in quotes if q.speaker is not None]
        self.stats.update("quotes", len(article.quotes))
        return article

    def _sentence_quotes(self, article: Article, view: SentenceView, context: _Context) -> list[Quote]:
        tokens = view.tokens
        # Why: few words are cues; a note on each word form spares the checks on the rest
        cues = [i for i in self._cue_words.where(tokens) if self._is_cue_at(article.text, tokens, i)]
        fronted = self._fronted_source(article.text, view)
        if fronted is not None:
            # وبحسب الوزارة، فإن ...، موضحة أن: a participle goes on with the source's words
            context.in_sentence.append(_described(fronted, context.earlier) or fronted)
        found: list[Quote] = []
        # a sentence that opens inside a direct quote still running has its cues there quoted
        inside_until = max((end for _, end in context.said), default=-1)
        for k, i in enumerate(cues):
            limit = next(
                (tokens[j].start for j in cues[k + 1 :] if self._starts_statement(tokens, j, i)), view.end
            )
            if tokens[i].start < inside_until:
                # a cue inside words already quoted: only someone named in reported words speaks
                outer = found[-1] if found and found[-1].content_start <= tokens[i].start else None
                nested = self._nested_quote(article, view, i, limit, outer, context)
                if nested is not None:
                    context.nested.append(nested)
                continue
            quote = self._quote(article, view, i, limit, context)
            if quote is None:
                continue
            found.append(quote)
            # a cue inside what was said is someone's words in the content (قال إن الوزير
            # أكد ...): it leaves the content whole and must not change who spoke last; it
            # gives a nested quote at most (_nested_quote)
            inside_until = quote.content_end
        if not found:
            headline = self._headline_quote(article.text, view, context)
            found = [headline] if headline is not None else found
        return self._with_attributed(article, view, found, context, fronted)

    def _nested_quote(
        self, article: Article, view: SentenceView, i: int, limit: int, outer: Quote | None, context: _Context
    ) -> Quote | None:
        """The quote of a cue at ``i`` inside the reported words of ``outer`` (وأضاف أن الرئيس
        أكد ضرورة ...), when its speaker is named inside those words: the guideline codes it as
        a quote of its own. Words in quotation marks are the speaker's own, no report, and a
        participle (مؤكدا) or a dropped subject goes on with who speaks outside; the finding
        leaves ``context`` as it was, so who spoke last is still the outer speaker."""
        tokens = view.tokens
        if outer is None or outer.direct or i + 1 >= len(tokens):
            return None
        if not _opens_after_marker(tokens, outer.content_start):
            return None  # أعرب عن رفضه للتصريحات التي اتهم فيها: a phrase, no clause with a subject
        if self._is_continuing(tokens[i]) or self._is_present(tokens[i]):
            return None  # يؤكد، يرى: a stance held, no words said
        scratch = replace(context, in_sentence=[], said=[], earlier=list(context.earlier), nested=[])
        quote = self._quote(article, view, i, min(limit, outer.content_end), scratch)
        if quote is None or quote.speaker is None or quote.direct:
            return None
        subject = _subject_opening(view, outer, i)
        if subject is not None:
            return replace(quote, speaker=subject, rule="quote:nested")  # أن الرئيس أكد ...
        if quote.speaker.start != tokens[i + 1].start or quote.speaker.end > outer.content_end:
            return None  # قال إنه أكد: who speaks is named right after the cue, or no one
        if is_particle("relative", tokens[i - 1].norm):
            return None  # المدينتان اللتين أعلنهما الانفصاليون: a relative clause says nothing
        if not (quote.speaker.country or quote.speaker.sector):
            return None  # كشف ملابسات الجريمة: a noun after a verb that also means "reveal"
        return replace(quote, rule="quote:nested")

    def _headline_quote(self, text: str, view: SentenceView, context: _Context) -> Quote | None:
        """The words after a colon that follows a name opening a line (الوزير فلان: ...), a
        headline's way to say who said them; the name alone must stand before the colon, and no
        news source (a dateline or a link line names its outlet)."""
        tokens = view.tokens
        first = _first_word(tokens)
        if first is None or text[text.rfind("\n", 0, tokens[first].start) + 1 : tokens[first].start].strip():
            return None
        unit = next((u for u in view.units if u.first == first), None)
        colon = unit.last + 1 if unit is not None else len(tokens)
        if colon + 1 >= len(tokens) or tokens[colon].norm != ":" or not unit.is_actor or unit.is_source:
            return None
        line_end = text.find("\n", tokens[colon].end)
        said = _rest(text, tokens[colon].end, view.end if line_end < 0 else min(view.end, line_end))
        if said is None:
            return None
        speaker = unit.actors()[0]
        context.in_sentence.append(speaker)
        context.speaker = speaker
        context.earlier.append(speaker)
        return _quote_of(text, view, tokens[colon], said, speaker, "quote:headline")

    def _with_attributed(
        self,
        article: Article,
        view: SentenceView,
        found: list[Quote],
        context: _Context,
        fronted: Actor | None,
    ) -> list[Quote]:
        """``found`` and the quote an attribution after the words gives (قتل ثلاثة، بحسب
        الشرطة), when no cue's quote took the words before it; ``fronted`` is the source of an
        attribution opening the sentence, as :meth:`_fronted_source` read it."""
        tokens = view.tokens
        norms = list(map(_NORM, tokens))
        openers = self.attribution_openers
        if openers.isdisjoint(norms):
            return found  # no attribution word: one set test, no Python step per token
        for a in [k for k, norm in enumerate(norms) if norm in openers]:
            source = self._attribution_end(tokens, a)
            if source is None:
                continue
            if a >= 2 and tokens[a - 1].norm in COMMAS:
                said = self._attributed_at(view, a, source, found)
                speaker = self._attribution_source(article.text, view, source) if said is not None else None
            else:
                said = self._fronted_attribution(article.text, view, a, source, found)
                # Why not read the source again: words found here open the sentence with this
                # attribution and a comma past its source, which _fronted_source read already
                speaker = fronted
            if said is None or speaker is None:
                continue
            speaker = _described(speaker, context.earlier) or speaker
            context.speaker = speaker
            context.earlier.append(speaker)
            quote = _quote_of(article.text, view, tokens[a], said, speaker, "quote:attribution")
            # كما أعلنت الشرطة، حسبما ذكرت الوكالة: the verb names the source, it opens no quote
            kept = [
                _cut_before(article.text, q, said.start)
                for q in found
                if not tokens[a].start <= q.cue_start < tokens[source].start
            ]
            return sorted([*kept, quote], key=attrgetter("content_start"))
        return found

    def _fronted_source(self, text: str, view: SentenceView) -> Actor | None:
        """The source an attribution opening the sentence names before a comma (وبحسب الوزارة،
        فإن ...), or None."""
        tokens = view.tokens
        a = _first_word(tokens)
        if a is None or tokens[a].norm not in self.attribution_openers:
            return None
        source = self._attribution_end(tokens, a)
        if source is None or not any(t.norm in COMMAS for t in tokens[source : a + MAX_SPEAKER_WORDS]):
            return None
        return self._attribution_source(text, view, source)

    def _fronted_attribution(
        self, text: str, view: SentenceView, a: int, source: int, found: Sequence[Quote]
    ) -> _Said | None:
        """The words an attribution opening the sentence gives after its source (from ``source``)
        and a comma (وبحسب الوزارة، فإن ...), to the sentence end or the next quote."""
        tokens = view.tokens
        if a != _first_word(tokens):
            return None
        end_of_reach = min(len(tokens), a + MAX_SPEAKER_WORDS)
        comma = next((k for k in range(source, end_of_reach) if tokens[k].norm in COMMAS), None)
        if comma is None or comma <= source or comma + 1 >= len(tokens):
            return None
        k = comma + 1
        if tokens[k].norm in self.content_openers:
            k += 1  # وبحسب الوزارة، فإن ...
        start = tokens[k].start if k < len(tokens) else view.end
        end = min((q.cue_start for q in found if q.cue_start >= start), default=view.end)
        if any(q.content_start < end and q.content_end > start for q in found):
            return None
        return _rest(text, start, end)

    def _attributed_at(self, view: SentenceView, a: int, source: int, found: Sequence[Quote]) -> _Said | None:
        """The words an attribution at ``a`` after a comma closes, its source from ``source``
        (حسبما أفادت الوزارة، وفقا لوكالة ...، كما أعلنت الشرطة): from the start of the sentence,
        or of the first part after what a cue's quote took before it; none when a quote reaches
        the attribution."""
        tokens = view.tokens
        at = tokens[a].start
        reaching = next((q for q in found if q.content_end > at and q.content_start < at), None)
        if reaching is not None:
            return self._joined_part(tokens, a, reaching)
        taken = max((q.content_end for q in found if q.content_end <= at), default=view.start)
        first = next(
            (
                k
                for k in range(a)
                if tokens[k].is_word and tokens[k].start >= taken and _opens_sentence_part(tokens, k)
            ),
            None,
        )
        if first is None or a - 1 <= first:
            return None
        start, end = tokens[first].start, tokens[a - 2].end
        return _Said(start, end, False) if end > start else None

    def _joined_part(self, tokens: Sequence[Token], a: int, reaching: Quote) -> _Said | None:
        """The words an attribution at ``a`` after a comma closes inside what a cue's quote took
        (قالت الوزارة إنها أحصت ألفا، وقتل مئة آخرون، بحسب الوزارة): the last part joined by و after
        a comma and opening with a word that may be a verb, to the comma before the attribution;
        none when no such part follows the content's first word (وفي وسط البلاد، بحسب ...: a
        phrase, no clause of its own)."""
        first = _first_token_from(tokens, reaching.content_start)
        if first is None:
            return None
        joined = next(
            (
                k
                for k in range(a - 2, first + 1, -1)
                if tokens[k - 1].norm in COMMAS
                and tokens[k].norm.startswith("و")
                and self._may_open_clause(tokens[k])
            ),
            None,
        )
        if joined is None:
            return None
        return _Said(tokens[joined].start, tokens[a - 2].end, False)

    def _may_open_clause(self, tok: Token) -> bool:
        """Whether a word after و may be the verb opening a clause: a known verb, or a word with
        no article that is no particle (وشهدت، not وفي، والقتلى)."""
        if self._is_verb(tok):
            return True
        bare = without_conjunction(tok.norm)
        return tok.is_word and not has_article(tok) and not is_any_particle(bare)

    def _attribution_end(self, tokens: Sequence[Token], a: int) -> int | None:
        """Where the source's words start after an attribution at ``a``, or None when the word
        there is none: بحسب، حسبما، وفقا لـ، كما أعلنت, then ما and a cue verb may come."""
        norm = tokens[a].norm
        j = a + 1
        if without_conjunction(norm) == AS_REPORTED:
            if j >= len(tokens) or self.cue(tokens[j]) is None or self._is_continuing(tokens[j]):
                return None
            return j + 1
        tails = self.attributions.get(norm)
        if tails is None:
            return None
        rest = next((r for r in tails if tuple(t.norm for t in tokens[j : j + len(r)]) == r), None)
        if rest is None:
            return None
        j += len(rest)
        if j < len(tokens) and tokens[j].norm == "ما":
            j += 1
        if j < len(tokens) and self.cue(tokens[j]) is not None:
            j += 1  # بحسب ما أفادت مصادر: the source follows the verb
        if j < len(tokens) and tokens[j].norm in QUOTE_OPEN:
            j += 1  # حسب «سبأ»
        return j

    def _attribution_source(self, text: str, view: SentenceView, j: int) -> Actor | None:
        """Who an attribution names from the word at ``j``: a name there, or words that open
        with a title, an office or a source noun (مصدر في الوزارة); no noun with a pronoun
        (حسب وقته) and no other word (وفقا لتوجيهات)."""
        tokens = view.tokens
        if j >= len(tokens) or not tokens[j].is_word or tokens[j].suffix:
            return None
        words = _place_closing(tokens, _speaker_words(tokens, j - 1, view.end, self))
        named = _cited_actor(text, words) if words and words[0] is tokens[j] else None
        unit = next((u for u in view.units if u.first == j and (u.is_actor or u.is_source)), None)
        if unit is None and not self._opens_with_head(tokens[j]):
            return None
        source = _identified(unit, named, view.units, tokens)
        if source is None:
            return None
        # بحسب قائد هذه الوحدة العقيد فلان: the title goes on to the person who holds it
        return self._holder_after_title(view, source, view.end) or source

    def _is_cue_at(self, text: str, tokens: Sequence[Token], i: int) -> bool:
        """Whether the token at ``i`` reports speech here: a cue form, not a noun in ة read as
        a verb with a pronoun (تابعة), not after لـ or a negation, not a homograph inside a
        clause (اتفاق بين الطرفين), not the writer's impersonal remark (يذكر أن)."""
        tok = tokens[i]
        cue = self.cue(tok)
        if cue is None or (text[tok.end - 1] == "ة" and not self._is_continuing(tok)):
            return False
        if cue.needs and not self._needed_follows(tokens, i, self.needed[cue.needs]):
            return False  # عبر الحدود: the preposition, not the verb of عبر عن
        if _tells_venue(cue) and self._venue_preposition(tokens, i, cue) is None:
            return False  # جاء في المدينة: no venue of words after its في
        if _after_purpose_lam(tok, self.cue_of) or (i > 0 and is_particle("negation", tokens[i - 1].norm)):
            return False  # لنقل (to carry), ولم تشر (did not mention): nobody's words
        bare = tok.norm if tok.norm in self.homographs else without_conjunction(tok.norm)
        after = tokens[i + 1].norm if i + 1 < len(tokens) else ""
        clause_next = i + 1 < len(tokens) and _opens_clause(tokens, i, i + 1)
        homograph = bare in self.homographs or tok.stem in self.homographs  # بينها: بين + ها
        verb_like = (
            # بينهم after a comma: the preposition with its pronoun (أشخاص، بينهم شرطي); the
            # verb with an object pronoun opens no part of a sentence
            (_opens_sentence_part(tokens, i) and not (homograph and tok.suffix))
            or clause_next
            or SHADDA in text[tok.start : tok.end]  # بيّن: the preposition has no shadda
            or (i > 0 and self._is_connective(tokens[i - 1].norm))  # من جهته بين فلان أن
        )
        if homograph and not verb_like:
            return False  # بينها وبين الطرف الآخر: the preposition, with or without و
        if bare in self.impersonal:
            clause_at = i + 2 if after in PHRASE_PREPOSITIONS else i + 1
            return not (clause_at < len(tokens) and _opens_clause(tokens, clause_at - 1, clause_at))
        return True

    def _needed_follows(self, tokens: Sequence[Token], i: int, needed: str) -> bool:
        """Whether the preposition a cue needs follows it within a speaker's words and a comma
        (وعبر الطالب فلان، عن), before any other cue or the sentence's end."""
        for tok in tokens[i + 1 : i + 2 + MAX_SPEAKER_WORDS]:
            if needed in (tok.norm, tok.stem):
                return True  # عن، في، فيها
            if (not tok.is_word and tok.norm not in COMMAS) or self.cue(tok) is not None:
                return False
        return False

    def _topic(self, text: str, view: SentenceView, i: int) -> Actor | None:
        """The speaker a topic word puts before a cue with ف (أما فلان فقال): the words between."""
        tok = view.tokens[i]
        if "ف" not in tok.prefixes:
            return None
        lead = next(
            (
                j
                for j in range(i - 1, max(-1, i - MAX_SPEAKER_WORDS), -1)
                if bare_stem(view.tokens[j]) in self.topics
            ),
            None,
        )
        if lead is None or lead + 1 >= i:
            return None
        named = _identified(None, _span_actor(text, view.tokens[lead + 1 : i]), view.units, view.tokens)
        return named

    def _fronted(self, text: str, view: SentenceView, i: int) -> Actor | None:
        """The words right before a cue that open a clause, its fronted subject when no list
        knows them (لكن المسؤول الحكومي قال إن): a few name-like words after a comma, the
        sentence start or a connective."""
        tokens = view.tokens
        known = next((u for u in view.units if u.last == i - 1), None)
        if known is not None:
            # لكن الوزير قال: a known name opening the clause right before the cue
            if known.is_actor and not known.marker and self._opens_clause_at(tokens, known.first):
                return known.actors()[0]
            return None
        j = self._fronted_start(tokens, i)
        if j is None:
            return None
        return _identified(None, _span_actor(text, tokens[j:i]), view.units, tokens)

    def _fronted_start(self, tokens: Sequence[Token], i: int) -> int | None:
        """Where a few definite name-like words opening a clause right before the cue start."""
        j = i
        while j > 0 and i - j < MAX_FRONTED_WORDS and self._fronted_word(tokens[j - 1]):
            j -= 1
        if j == i or not self._opens_clause_at(tokens, j):
            return None
        if tokens[j].norm.startswith(FRONTED_DEFINITE) or self._after_contrast(tokens, j):
            return j  # after إلا أن the noun is the subject, with the article or without
        return None

    def _opens_clause_at(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether a clause starts at ``j``: the sentence start, after a comma, a connective
        or a contrast with its أن (إلا أن، غير أن)."""
        return (
            j == 0
            or not tokens[j - 1].is_word
            or self._is_connective(tokens[j - 1].norm)
            or self._after_contrast(tokens, j)
        )

    def _after_contrast(self, tokens: Sequence[Token], j: int) -> bool:
        """Whether إلا أن/غير أن stands right before ``j``."""
        return (
            j >= 2
            and tokens[j - 1].norm == CONTRAST_THAT
            and without_conjunction(tokens[j - 2].norm) in self.contrasts
        )

    def _fronted_word(self, tok: Token) -> bool:
        norm = tok.norm
        return (
            tok.is_word and _name_like(norm) and not self._is_connective(norm) and not is_any_particle(norm)
        )

    def _is_connective(self, norm: str) -> bool:
        return norm in self.connectives or without_conjunction(norm) in self.connectives

    def _issuer(self, text: str, view: SentenceView, named: Actor, content_start: int) -> Actor | None:
        """Who issued a statement named as the speaker (بيان صادر عن الوزارة: the ministry):
        a known name close after it, else the words after its عن."""
        first = next((t for t in view.tokens if t.start == named.start), None)
        if first is None or bare_stem(first) not in self.venues:
            return None
        issuer = next(
            (
                u
                for u in view.units
                if u.is_actor
                and u.marker_word
                and u.first > 0
                and view.tokens[u.first].start > named.start
                and view.tokens[u.first].start - named.end < ISSUER_REACH_CHARS
            ),
            None,
        )
        if issuer is not None:
            return issuer.actors()[0]
        after = _first_token_from(view.tokens, named.end)
        if after is None or view.tokens[after].norm != "عن":
            return None
        return self._named_after(text, view, after, content_start)

    def _holder_after_title(self, view: SentenceView, named: Actor, content_start: int) -> Actor | None:
        """The person a speaker's title goes on to name, when the words read as the speaker
        stopped before the name (:func:`_holder_after`)."""
        units, tokens = view.units, view.tokens
        if any(_starts_within(u, named) and _names_someone(u) for u in units):
            return None
        first = _first_token_from(tokens, named.end)
        if first is None:
            return None
        holder = _holder_after(units, tokens, first, content_start, self._goes_on_title)
        return holder.actors()[0] if holder is not None else None

    def _goes_on_phrase_title(self, tokens: Sequence[Token], k: int) -> bool:
        """The same for a phrase cue, whose phrase may open with a preposition or a ب-word
        (طالب فلان البرلمان بمعاقبة الوزير: the phrase, not more of a title)."""
        tok = tokens[k]
        return (
            self._goes_on_title(tokens, k)
            and tok.norm not in PHRASE_PREPOSITIONS
            and not _has_prefix(tok, "ب")
        )

    def _goes_on_title(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether the word at ``k`` between a title and the holder's name may still belong to
        the title. A noun of where words are said ends it where it opens an adjunct (في بيان،
        خلال مؤتمر صحفي), not where it is a genitive inside the title (عضو مؤتمر الحوار الوطني،
        مخرجات الحوار)."""
        tok = tokens[k]
        if not tok.is_word:
            return tok.norm in COMMAS
        if tok.suffix or self.cue(tok) is not None or self._opens_venue(tokens, k):
            return False
        kinds = particle_kinds(tok.norm)
        return kinds.isdisjoint(TITLE_BREAKS) and ("recipient" not in kinds or "nominal" in kinds)

    def _opens_venue(self, tokens: Sequence[Token], k: int) -> bool:
        """Whether a noun of where words are said at ``k`` opens an adjunct: after a particle or
        a preposition on it, or first (في تصريح، بتصريح، خلال المؤتمر), not after a noun it is
        the genitive of (مخرجات الحوار)."""
        tok = tokens[k]
        if bare_stem(tok) not in self.venues:
            return False
        return k == 0 or tok.prefixes not in ((), (ARTICLE,)) or is_any_particle(tokens[k - 1].norm)

    def _named_after(self, text: str, view: SentenceView, k: int, end: int) -> Actor | None:
        """The speaker words after the word at ``k`` (عن) and before offset ``end``, as an actor
        with the identity of the names inside them."""
        words = _speaker_words(view.tokens, k, end, self)
        return _identified(None, _span_actor(text, words), view.units, view.tokens) if words else None

    def _quoted_person(self, text: str, view: SentenceView, i: int) -> Actor | None:
        """Who a masdar cue quotes: the name after عن right before it (نقلت الوكالة عن الوزير
        قوله), else the words after that عن (عن مصدر مسؤول في الوزارة قوله)."""
        units, tokens = view.units, view.tokens
        unit = next((u for u in reversed(units) if u.last < i and u.is_actor and u.marker_word == "عن"), None)
        if unit is not None and i - unit.last <= MAX_SPEAKER_WORDS:
            return unit.actors()[0]
        # the quoted one's words may run long (عن فلان، وهو أحد الباحثين ... قوله)
        k = next((k for k in range(i - 1, max(-1, i - ARGUMENT_REACH), -1) if tokens[k].norm == "عن"), None)
        return self._named_after(text, view, k, tokens[i].start) if k is not None else None

    def _named_after_cue(self, view: SentenceView, i: int) -> bool:
        """Whether a name after the cue at ``i`` may be who speaks: the cue carries no plural
        subject (أكدوا), no noun of what was said follows it (وأكد أهمية) and a phrase cue's
        complement does not open right after it (دعت إلى حماية فلان: فلان is in the phrase)."""
        tokens = view.tokens
        return not (
            self._subject_inside(tokens[i]) or self._matter_after(tokens, i) or self._phrase_at_cue(view, i)
        )

    def _phrase_at_cue(self, view: SentenceView, i: int) -> bool:
        """Whether a phrase cue's complement opens right after it with a preposition or a word
        behind ب/ل (دعا إلى، طالب بالإفراج، دعا لعقد، ندد بما): its subject is not after it."""
        cue = self.cue(view.tokens[i])
        if cue is None or cue.complement != "phrase" or i + 1 >= len(view.tokens):
            return False
        tok = view.tokens[i + 1]
        return tok.norm in PHRASE_PREPOSITIONS or _behind_preposition(tok)

    def _matter_after(self, tokens: Sequence[Token], i: int) -> bool:
        """Whether a noun of what was said follows the cue at ``i`` (وأكد أهمية، ونفى وجود):
        the subject is dropped, and no name after the cue speaks."""
        return i + 1 < len(tokens) and tokens[i + 1].is_word and bare_stem(tokens[i + 1]) in self.matters

    def _is_cue_word(self, tok: Token) -> bool:
        return tok.is_word and self._may_be_cue(tok.norm, form_stems(tok)) and self.cue(tok) is not None

    def cue(self, tok: Token) -> CueRecord | None:
        return self._cue_of_word[tok.norm] if tok.is_word else None

    def _word_cue(self, norm: str) -> CueRecord | None:
        if self._verb_may_be_cue(norm, reading_stems(norm)):
            for stem, _, _ in verb_readings(norm, self.lexicon):
                if stem in self.cue_of:
                    return self.cue_of[stem]
        # a two-letter verb after و/ف (وحث، فرد) is too short for the clitic reader
        return self.cue_of.get(norm[1:]) if norm.startswith(CONJUNCTIONS) else None

    def _may_be_cue(self, norm: str, stems: frozenset[str]) -> bool:
        """Whether :meth:`_word_cue` may find a cue in a word whose readings have these stems
        (a superset test: most words leave here)."""
        return self._verb_may_be_cue(norm, stems) or (
            norm.startswith(CONJUNCTIONS) and norm[1:] in self.cue_of
        )

    def _verb_may_be_cue(self, norm: str, stems: frozenset[str]) -> bool:
        """Whether some reading :func:`verb_readings` gives a word may be a cue form: a clitic
        reading's stem in any spelling it gives (التقاه، طالبوه), or a doubled verb's two letters
        after و/ف, their ت read as ة. Why: most new words are none, and this test of the
        readings' stems spares building their verb readings (a superset test)."""
        cues = self.cue_of
        return self._cue_keys.met_by(stems) or (
            norm.startswith(CONJUNCTIONS) and (norm[1:3] in cues or norm[1:2] + "ه" in cues)
        )

    def _subject_inside(self, tok: Token) -> bool:
        """Whether the cue verb carries its plural subject (أكدوا أن، أعلنوا قيام ...): no
        name after it is its speaker, whatever follows is what was said."""
        return any(stem in self.plural_forms for stem, _, _ in verb_readings(tok.norm, self.lexicon))

    def _is_present(self, tok: Token) -> bool:
        """Whether the cue is a present form (يؤكد، تطالب), not a past one or a participle."""
        return any(stem in self.present_forms for stem, _, _ in verb_readings(tok.norm, self.lexicon))

    def _is_continuing(self, tok: Token) -> bool:
        return any(stem in self.continuing for stem, _, _ in verb_readings(tok.norm, self.lexicon))

    def _starts_statement(self, tokens: Sequence[Token], j: int, i: int) -> bool:
        """Whether the cue at ``j`` opens a new statement rather than one inside the content
        of the cue at ``i``."""
        if self._is_continuing(tokens[j]) or j == 0 or not tokens[j - 1].is_word:
            return True
        if self._goes_on_inside(tokens, i, j):
            return False
        if self._is_connective(tokens[j - 1].norm):
            return True  # بينما أكد، من جهتها أكدت، وكان الوزير قد قال
        if self._fronted_start(tokens, j) not in (None, 0):
            return True  # ...، لكن المسؤول الحكومي قال: a new clause with its own subject
        return tokens[j].norm.startswith(CONJUNCTIONS) and tokens[j].norm[1:] in self.cue_of

    def _goes_on_inside(self, tokens: Sequence[Token], i: int, j: int) -> bool:
        """Whether a singular cue joined by و at ``j`` (ويهدد) with no word of a name after it
        is of the other gender than the singular cue at ``i`` (أفادت مصادر أن التنظيم يحتجز
        ... ويهدد): the speaker cannot be its subject, so its subject is in what was said."""
        if not tokens[j].norm.startswith("و") or j + 1 >= len(tokens) or _may_be_subject(tokens[j + 1]):
            return False
        said, joined = self.cue_gender(tokens[i]), self.cue_gender(tokens[j])
        plural = self._subject_inside(tokens[i]) or self._subject_inside(tokens[j])
        return bool(said and joined) and said != joined and not plural

    def _quote(
        self, article: Article, view: SentenceView, i: int, limit: int, context: _Context
    ) -> Quote | None:
        tokens, text = view.tokens, article.text
        cue = self.cue(tokens[i])
        words_end: int | None = None  # for a phrase cue, the token after its speaker's words
        named_after = self._named_after_cue(view, i)
        if cue is not None and cue.complement == "phrase":
            words = _speaker_words(tokens, i, limit, self) if named_after else []
            words_end = _index_after(tokens, words, i)
        elif self._matter_after(tokens, i):
            words_end = i + 1  # مبينا استمرار التفويض: a noun of what was said opens a phrase
        said = _content(
            text, tokens, view.units, i, limit, words_end, named_after, self._goes_on_phrase_title
        )
        if said is None:
            self._hand_on(text, view, i, limit, context, named_after)
            return None
        if self._is_present(tokens[i]) and not _opened_by_marker(tokens, said):
            return None  # تطالب بالسيادة، يشير إلى تكثيف: a stance or a headline, no words said
        speaker = self._speaker(text, view, i, said, context, named_after)
        if speaker is None:
            # ذكرت وكالة الأنباء أن ...: the agency reports in its own name
            speaker = _agency_after(view.units, i, said.start, tokens)
        if speaker is not None and speaker.sector in RELAYING_SECTORS and self._relays(text, tokens, said):
            return None  # ذكرت الوكالة أن الوزارة تؤكد أن ...: the ministry's words, not the agency's
        context.said.append((said.start, said.end))
        if speaker is not None:
            speaker = _described(speaker, context.earlier) or speaker
            context.in_sentence.append(speaker)
            context.speaker = speaker
            context.earlier.append(speaker)
        if speaker is not None:
            speaker = _named_in_full(article, view.tokens, speaker)
        return _quote_of(
            text, view, tokens[i], said, speaker, "quote:direct" if said.direct else "quote:indirect"
        )

    def _hand_on(
        self, text: str, view: SentenceView, i: int, limit: int, context: _Context, named_after: bool
    ) -> None:
        """A cue whose words a participle right after its speaker says (وتابع المصدر قائلا:،
        فقال داعيا): its speaker is the one the participle continues; ``named_after`` as for
        :meth:`_speaker`."""
        tokens = view.tokens
        cue = self.cue(tokens[i])
        if cue is None or cue.complement == "phrase":
            return  # أبدت مخاوف ...، معتبرة: what a phrase cue names is no speaker
        at = next((k for k in range(i + 1, len(tokens)) if tokens[k].start >= limit), None)
        if at is None or not self._is_continuing(tokens[at]):
            return
        words = _speaker_words(tokens, i, limit, self)
        if at not in (i + 1, _index_after(tokens, words, i)):
            return  # نقلت الوكالة عن الوزير قوله: the participle is someone else's
        passed = _Said(limit, limit, False, _unit_after(view.units, i, tokens, limit))
        speaker = self._speaker(text, view, i, passed, context, named_after)
        if speaker is not None:
            context.in_sentence.append(_described(speaker, context.earlier) or speaker)

    def _fronted_known(self, view: SentenceView, i: int) -> Actor | None:
        """A known name that opens the clause right before the cue (لكن موسكو انتقدت، وكان
        الوزير قد قال): the verb's subject, whatever follows the verb."""
        tokens = view.tokens
        j = i - 1 if i > 0 and self._is_connective(tokens[i - 1].norm) else i
        known = next((u for u in view.units if u.last == j - 1 and u.is_actor and not u.marker), None)
        if known is not None and known.first > 0 and self._opens_clause_at(tokens, known.first):
            return known.actors()[0]
        # وكان زعيم الحزب فلان، دعا: a long subject that ends with a name, a comma, then the verb
        if i < 2 or tokens[i - 1].norm not in "،," or tokens[i].norm.startswith(CONJUNCTIONS):
            return None
        known = _person_ending_at(view.units, i - 2)
        return known.actors()[0] if known is not None else None

    def _may_speak(self, view: SentenceView, i: int, first: int | None, named: Actor | None = None) -> bool:
        """Whether the words from ``first`` after the cue at ``i`` may be its subject, not its
        object: not past a side word (ووصف الاتفاق أمام المجلس), not of the other gender
        (وصف هذه المقاطعة، ودعا السلطات), and for a phrase cue, words no list knows only when
        they open with a title or a head noun (انتقدت التعريف ...: what was criticised)."""
        tokens = view.tokens
        if first is None or first <= i:
            return first is None
        if any(bare_stem(t) in self.adjuncts for t in tokens[i + 1 : first]):
            return False
        word = tokens[first]
        if not self._agrees(view, i, first):
            return False
        cue = self.cue(tokens[i])
        if named is None or cue is None or cue.complement != "phrase" or named.country or named.sector:
            return True
        if named.entity != named.text or not (has_article(word) or word.norm in ALL_DEMONSTRATIVES):
            return True
        if word.norm.endswith("ي"):
            return True  # وأكد الأحمدي: a family name in the form of a relative adjective
        return self._opens_with_head(word)

    def _agrees(self, view: SentenceView, i: int, first: int) -> bool:
        """Whether a definite word at ``first`` may be the subject of the cue at ``i`` by gender:
        a masculine cue has no feminine one (وصف هذه المقاطعة، دعا السلطات), a feminine cue
        no masculine plural (انتقدت المسؤولين) and no masculine singular head noun (طالبت الحزب:
        the party is asked). People, states and bare names always may."""
        word = view.tokens[first]
        if any(u.first <= first <= u.last and u.identities[0].label in ("PER", "GPE") for u in view.units):
            return True
        gender = self.cue_gender(view.tokens[i])
        if gender == "m":
            return word.norm not in DEMONSTRATIVES_F and not (
                has_article(word) and (first in view.teh_marbuta() or word.norm.endswith("ات"))
            )
        if gender == "f":
            plural = has_article(word) and word.norm.endswith(SOUND_PLURAL_ENDINGS)
            return not plural and bare_stem(word) not in masculine_heads()
        return True

    def _holder(self, tokens: Sequence[Token], units: Sequence[Unit], unit: Unit | None) -> Unit | None:
        """The person named right before an office whose body ``unit`` is (فلان عضو مجلس
        المنطقة، قال): the body is the office's genitive, the person holds it and speaks."""
        if unit is None or unit.first < 2 or any(u.first <= unit.first - 1 <= u.last for u in units):
            return unit
        if bare_stem(tokens[unit.first - 1]) not in self.offices:
            return unit
        person = _person_ending_at(units, unit.first - 2)
        return person if person is not None else unit

    def cue_gender(self, tok: Token) -> str:
        """ "m" or "f" for a third person singular cue form (قال، قالت، يقول، تقول، قائلا،
        قائلة), "" when the form does not say."""
        for stem, _, _ in verb_readings(tok.norm, self.lexicon):
            gender = self.gender_of.get(stem)
            if gender:
                return gender
        return ""

    def _relays(self, text: str, tokens: Sequence[Token], said: _Said) -> bool:
        """Whether what was said opens with someone else saying it: a few words, then a cue
        (ذكرت الوكالة أن الوزارة تؤكد أن ...)."""
        if said.direct:
            return False
        first = _first_token_from(tokens, said.start)
        if first is None:
            return False
        return any(
            tokens[k].is_word and self.cue(tokens[k]) is not None and self._is_cue_at(text, tokens, k)
            for k in range(first + 1, min(len(tokens), first + 1 + MAX_FRONTED_WORDS))
        )

    def _speaker(
        self, text: str, view: SentenceView, i: int, said: _Said, context: _Context, named_after: bool
    ) -> Actor | None:
        """Who says what the cue at ``i`` reports; ``named_after``: whether a name after the cue
        may be who speaks (:meth:`_named_after_cue`, read once by the caller)."""
        tokens = view.tokens
        cue = self.cue(tokens[i])
        if cue is not None and _tells_venue(cue):
            return self._venue_speaker(text, view, i, cue, said.start, context)
        if self._is_continuing(tokens[i]):
            # مؤكدا، مشيرا إلى أن: the one who was speaking in this sentence goes on
            if context.in_sentence:
                return context.in_sentence[-1]
            quoted = self._quoted_person(text, view, i)
            if quoted is not None:
                return quoted  # نقلت الوكالة عن الوزير قوله: the one quoted
            before = self._name_before(view, i, context, ())
            return before.actors()[0] if before else context.speaker or context.subject
        topic = self._topic(text, view, i)
        if topic is not None:
            return topic
        fronted = self._fronted_known(view, i)
        if fronted is not None:
            return fronted  # لكن موسكو انتقدت الولايات المتحدة: the name before the verb speaks
        if named_after:
            unit = said.speaker if said.speaker and self._may_speak(view, i, said.speaker.first) else None
            named = _identified(unit, _words_between(text, tokens, i, said.start, self), view.units, tokens)
            if named is not None and not self._may_speak(view, i, _token_at(tokens, named.start), named):
                named = None
            if named is not None:
                issuer = self._issuer(text, view, named, said.start)
                return issuer or self._holder_after_title(view, named, said.start) or named
            # وقالت وكالة الأنباء الرسمية إن: an agency right after the cue speaks itself
            agency = next((u for u in view.units if u.first == i + 1 and u.is_source and not u.marker), None)
            if agency is not None:
                return agency.actors()[0]
        antecedent = _relative_antecedent(view.units, tokens, i) or self._unlisted_antecedent(text, view, i)
        if antecedent is not None:
            return antecedent
        fronted = self._fronted(text, view, i)
        if fronted is not None:
            return fronted
        if context.in_sentence:
            return context.in_sentence[-1]
        before = self._name_before(view, i, context, UNLIKELY_SPEAKER_SECTORS)
        if before is not None:
            return before.actors()[0]
        return context.speaker or context.subject

    def _venue_speaker(
        self, text: str, view: SentenceView, i: int, cue: CueRecord, content_start: int, context: _Context
    ) -> Actor | None:
        """Who speaks for a cue of where words stand (جاء في): a name after the venue noun
        (جاء في مقال فلان أن); a definite venue noun with nothing after it speaks itself, as
        the gold codes it (وجاء في التقرير أن); else, and for في with a pronoun (تغريدة لفلان
        جاء فيها), the nearest name before the cue in the sentence, or the last speaker."""
        tokens = view.tokens
        k = self._venue_preposition(tokens, i, cue)
        if k is not None and not tokens[k].suffix:
            words = _speaker_words(tokens, k, content_start, self)
            # the words start right after في: a name among those after the venue noun
            named = next((u for u in view.units if u.is_actor and k + 2 <= u.first <= k + len(words)), None)
            if named is not None:
                return named.actors()[0]
            if len(words) == 1 and has_article(words[0]):
                return _span_actor(text, words)
        before = [u for u in view.units if u.is_actor and u.last < i]
        return before[-1].actors()[0] if before else context.speaker

    def _venue_preposition(self, tokens: Sequence[Token], i: int, cue: CueRecord) -> int | None:
        """Where the في of ``cue``, a cue of where words stand at ``i``, is (جاء في البيان،
        جاء فيها): right after the cue, before a venue noun or with a pronoun on it."""
        k = i + 1
        if k >= len(tokens) or self.needed[cue.needs] not in (tokens[k].norm, tokens[k].stem):
            return None
        if tokens[k].suffix or (k + 1 < len(tokens) and bare_stem(tokens[k + 1]) in self.venues):
            return k
        return None

    def _name_before(
        self, view: SentenceView, i: int, context: _Context, unlikely: Sequence[str]
    ) -> Unit | None:
        """Who speaks for a cue with no subject of its own, from the names before it: the
        nearest one, unless the cue is a verb joined by و or a participle and that name comes
        after the subject of the verb nearest before the cue (اتهم الوزير الحركة بخرق الهدنة،
        وقال): a name in that verb's clause after its subject is its object or part of what it
        tells, and a verb joined to it goes on with its subject."""
        tokens = view.tokens
        before = self._holder(
            tokens, view.units, _unit_before(view.units, i, tokens, context.said, unlikely, self.venues)
        )
        if not (self._is_participle(tokens[i]) or _has_prefix(tokens[i], *CONJUNCTIONS)):
            return before  # حيث يشير، منذ إعلان: a verb of its own clause, a noun
        subject = self._earlier_subject(view, i, context.said)
        if before is None or subject is None or subject.last >= before.first:
            return before
        # معالي المشرف العام ... الدكتور فلان: a known person after a title or an office no list
        # knows is whom the subject's words name, the subject itself
        titled = not subject.actors()[0].kb_id and self._opens_with_head(tokens[subject.first])
        return before if titled and _is_person(before, known=True) else subject

    def _earlier_subject(self, view: SentenceView, i: int, said: Sequence[tuple[int, int]]) -> Unit | None:
        """The subject of the known verb nearest before the cue at ``i``, outside what was said:
        the name right after it (اتهم الوزير) or a few words after an office opening it
        (هاجم المتحدث باسم الحركة فلان), or the name opening the clause right before it
        (الوزير اتهم)."""
        tokens = view.tokens
        verb = next(
            (
                k
                for k in range(i - 1, -1, -1)
                if not _inside(tokens[k].start, said) and self._is_verb(tokens[k])
            ),
            None,
        )
        if verb is None:
            return None
        after = verb + 2 if verb + 2 < i and bare_stem(tokens[verb + 1]) in self.adverbs else verb + 1
        units = [u for u in view.units if u.is_actor and not u.marker and u.last < i]
        fronted = next(
            (u for u in units if u.last == verb - 1 and self._opens_clause_at(tokens, u.first)), None
        )
        if after < i and self._opens_with_head(tokens[after]):
            # هاجم نائب رئيس الشرطة الفريق فلان: the person the office's words end with
            titled = [u for u in units if after <= u.first <= after + MAX_SPEAKER_WORDS]
            return next((u for u in titled if _is_person(u)), fronted)
        return next((u for u in units if u.first == after), fronted)

    def _opens_with_head(self, tok: Token) -> bool:
        """Whether the word is a title, an office or a head noun that opens a speaker's words."""
        return bare_stem(tok) in self.speaker_heads or self._is_speaker_head(tok.norm)

    def _is_speaker_head(self, norm: str) -> bool:
        """Whether a normalized word, without its article, opens a speaker's words."""
        return without_article(norm) in self.speaker_heads

    def stops_speaker(self, tok: Token) -> bool:
        """Whether the word ends a speaker's words: a complementizer with its subject's pronoun
        (أنه) or one of :attr:`speaker_stops`, with or without و/ف."""
        norm = tok.norm
        stops = self.speaker_stops
        return is_pronoun_complementizer(norm) or norm in stops or without_conjunction(norm) in stops

    def body_after_name(self, words: Sequence[Token], tok: Token) -> bool:
        """Whether a plain definite body's head (البرلمان، الحكومة) follows speaker's words that
        end with a bare name (no article, no title: أبو زيد): no name takes a body's head after
        it (a title does: رئيس البرلمان), so it opens the cue's object."""
        if not words or has_article(words[-1]) or self._opens_with_head(words[-1]):
            return False
        return tok.prefixes == (ARTICLE,) and bare_stem(tok) in self.org_heads

    def _is_participle(self, tok: Token) -> bool:
        """Whether a continuing cue is a participle of how one spoke (مؤكدا، قائلة), in the
        accusative or feminine, not a masdar (إعلان، بالقول)."""
        return self._is_continuing(tok) and tok.norm.endswith(("ا", "ه")) and not has_article(tok)

    def _is_verb(self, tok: Token) -> bool:
        return tok.norm in self.verb_forms or without_conjunction(tok.norm) in self.verb_forms

    def _unlisted_antecedent(self, text: str, view: SentenceView, i: int) -> Actor | None:
        """The definite noun no list knows that a relative pronoun of the cue's gender right
        before the cue stands for (التقارير الغربية التي أكدت، المسؤول الذي قال), with the
        noun before it when it is a relative adjective (الغربية): the relative clause's verb
        has the antecedent for subject. A relative of the other gender leaves the verb its own
        subject (الخطة التي أعلن الوزير أنها)."""
        tokens = view.tokens
        if i < 2 or relative_genders().get(tokens[i - 1].norm) != self.cue_gender(tokens[i]):
            return None
        words = _definite_words_before(tokens, i - 2, view.units)
        if not words:
            return None
        return _span_actor(text, words)


def _cut_before(text: str, quote: Quote, offset: int) -> Quote:
    """``quote``, its content ending before ``offset`` when it runs past it (the words from there
    are another's: an attribution's that follows them)."""
    if not quote.content_start < offset < quote.content_end:
        return quote
    cut = _rest(text, quote.content_start, offset)
    if cut is None:
        return quote
    return replace(quote, content_end=cut.end, content=text[cut.start : cut.end])


def _opened_by_marker(tokens: Sequence[Token], said: _Said) -> bool:
    """Whether what was said opens after أن/إن, a colon or quotation marks, not as the phrase
    after a phrase cue (طالبت بالإفراج)."""
    return said.direct or _opens_after_marker(tokens, said.start)


def _opens_after_marker(tokens: Sequence[Token], start: int) -> bool:
    """Whether the words starting at character ``start`` follow أن/إن, a colon or an opening
    quotation mark."""
    first = _first_token_from(tokens, start)
    if first is None or first == 0:
        return False
    before = tokens[first - 1]
    return before.norm == ":" or before.norm in QUOTE_OPEN or is_complementizer(before.norm)


def _subject_opening(view: SentenceView, outer: Quote, i: int) -> Actor | None:
    """The name that opens the words ``outer`` reports and stands right before the cue at ``i``
    (قال إن الوزير فلان أكد): the subject of that cue, or None; a title the name unit leaves
    out may stand before it (TITLE_BEFORE_SUBJECT words)."""
    first = _first_token_from(view.tokens, outer.content_start)
    if first is None:
        return None
    unit = next(
        (u for u in view.units if first <= u.first <= first + TITLE_BEFORE_SUBJECT and u.last == i - 1), None
    )
    if unit is None or not unit.is_actor or unit.is_source:
        return None
    return unit.actors()[0]


def _named_in_full(article: Article, tokens: Sequence[Token], speaker: Actor) -> Actor:
    """``speaker`` given by the name an honorific pronoun opening it stands for (وقال سماحته،
    وأضاف معاليه): that earlier mention's words and offsets, as the guideline gives a pronoun,
    with the speaker's identity."""
    k = bisect_right(tokens, speaker.start, key=_START) - 1
    if k < 0 or not honorific_pronoun(tokens[k]):
        return speaker
    tok = tokens[k]
    start = next(
        (
            start
            for m in article.mentions
            if tok.start <= m.start < tok.end and (start := antecedent_start(m)) is not None
        ),
        None,
    )
    if start is None:
        return speaker
    named = next((m for m in article.mentions if m.start == start and antecedent_start(m) is None), None)
    if named is None:
        return speaker
    return replace(speaker, start=named.start, end=named.end, text=named.text)


def _go_on_quoting(context: _Context, running: Quote) -> None:
    """Open a sentence that starts inside the words of ``running``, a direct quote running over
    a sentence end («... الجنسية. أما الشخصان الآخران ...»، مضيفا): a name in what is still
    quoted is not who speaks, and a participle after the quote closes goes on with its speaker."""
    context.said.append((running.content_start, running.content_end))
    if running.speaker is not None:
        context.in_sentence.append(running.speaker)


def _place_closing(tokens: Sequence[Token], words: list[Token]) -> list[Token]:
    """``words`` and a place phrase after them that ends the clause (بحسب مصدر في الشرطة.):
    the source's words run to the comma or the full stop, not only to في."""
    k = _first_token_from(tokens, words[-1].end) if words else None
    if k is None:
        return words  # no words, or none after them
    end = next((m for m in range(k, len(tokens)) if not tokens[m].is_word), len(tokens))
    if k >= end or not is_particle("locative", tokens[k].norm) or end - k > MAX_DESCRIPTION_WORDS + 1:
        return words
    return [*words, *tokens[k:end]]


def _quote_of(
    text: str, view: SentenceView, cue: Token, said: _Said, speaker: Actor | None, rule: str
) -> Quote:
    """The quote of the words ``said`` that the word ``cue`` (a cue or an attribution) reports."""
    return Quote(
        cue_start=cue.start, cue_end=cue.end, cue=text[cue.start : cue.end],
        content_start=said.start, content_end=said.end, content=text[said.start : said.end],
        speaker=speaker, direct=said.direct, sentence_start=view.start, sentence_end=view.end,
        rule=rule,
    )  # fmt: skip


def _attribution_phrases(cues: Sequence[CueRecord]) -> dict[str, list[tuple[str, ...]]]:
    """The attribution cues' phrases, normalized, by first word as written, with or without a
    conjunction before it and ما after it (بحسب، وبحسب، حسبما): the words after it, a last
    preposition (kind attribution_end: لـ، عن، إلى) left out. A form two first words share is the plain word's."""
    # the prepositions that may end one, written apart or on the name (cues.yaml kind attribution_end)
    ends = {normalize(cue.lemma) for cue in cues if cue.kind == "attribution_end"}
    phrases: dict[str, list[tuple[str, ...]]] = {}
    for cue in cues:
        if cue.kind != "attribution":
            continue
        words = [normalize(w) for w in cue.lemma.split()]
        if len(words) > 1 and words[-1] in ends:
            words.pop()
        phrases.setdefault(words[0], []).append(tuple(words[1:]))
    forms: dict[str, list[tuple[str, ...]]] = {}
    for conjunction in ("", *CONJUNCTIONS):
        for relative in ("", "ما"):
            for first, tails in phrases.items():
                forms.setdefault(conjunction + first + relative, tails)
    return forms


def _definite_words_before(tokens: Sequence[Token], k: int, units: Sequence[Unit]) -> list[Token]:
    """The definite noun ending at ``k`` that no name covers, and the definite noun before it
    when the word at ``k`` is a relative adjective (التقارير الغربية)."""

    def bare_definite(j: int) -> bool:
        tok = tokens[j]
        unnamed = not any(u.first <= j <= u.last for u in units)
        return tok.is_word and _name_like(tok.norm) and has_article(tok) and unnamed and not tok.suffix

    if not bare_definite(k):
        return []
    if k > 0 and tokens[k].norm.endswith(nisba_endings()) and bare_definite(k - 1):
        return [tokens[k - 1], tokens[k]]
    return [tokens[k]]


def _described(speaker: Actor, earlier: Sequence[Actor]) -> Actor | None:
    """A definite description (وأضاف المصدر، وتابع المسؤول) with the identity of the latest
    earlier speaker named with the same noun (مصدر مطلع في الوزارة): the same one again."""
    words = speaker.text.split()
    if len(words) > MAX_DESCRIPTION_WORDS or speaker.country or speaker.sector:
        return None
    head = normalize(words[0])
    if not head.startswith(ARTICLE) or len(head) < MIN_PRESENT_LETTERS + 2:
        return None
    noun = without_article(head)
    same = next(
        (a for a in reversed(earlier) if a.start < speaker.start and noun in normalize(a.text).split()), None
    )
    if same is None or not (same.country or same.sector):
        return None
    return replace(same, start=speaker.start, end=speaker.end, text=speaker.text)


def _singular_genders(cue: CueRecord) -> dict[str, str]:
    """A cue verb's third person singular forms, past, present and participle, by gender."""
    past, present = normalize(cue.lemma), normalize(cue.present or "")
    forms = {past: "m", (past[:-1] if past.endswith(("ا", "ي")) else past) + "ت": "f"}
    if len(present) > 1:
        forms |= {"ي" + present[1:]: "m", "ت" + present[1:]: "f"}
    for form in map(normalize, cue.forms):
        if form.endswith("ا"):
            forms.setdefault(form, "m")  # قائلا
        elif form.endswith("ه") and not form.startswith(ARTICLE):
            forms.setdefault(form, "f")  # قائلة (ة normalized), not the masdar القول
    return forms


def _after_purpose_lam(tok: Token, forms: dict[str, CueRecord]) -> bool:
    """Whether a cue form carries لـ of purpose (لنقل، وليؤكد), split off or not by the reader."""
    if "ل" in tok.prefixes:
        return True
    word = without_conjunction(tok.norm)
    return word[:1] == "ل" and word not in forms and word[1:] in forms


def _first_word(tokens: Sequence[Token]) -> int | None:
    """Index of a sentence's first word (past a dash or a quotation mark), or None."""
    return next((k for k, t in enumerate(tokens) if t.is_word), None)


def _first_token_from(tokens: Sequence[Token], offset: int) -> int | None:
    """Index of the first token starting at or after a character offset, or None."""
    k = bisect_left(tokens, offset, key=_START)  # tokens are in text order
    return k if k < len(tokens) else None


def _index_after(tokens: Sequence[Token], words: Sequence[Token], i: int) -> int:
    """Index of the token after a cue's speaker words, or after the cue at ``i`` when it has
    none (a bisection, as the words are in text order)."""
    return bisect_left(tokens, words[-1].end, key=_START) if words else i + 1


def _token_at(tokens: Sequence[Token], start: int) -> int | None:
    return next((k for k, t in enumerate(tokens) if t.start == start), None)


def _may_be_subject(tok: Token) -> bool:
    """A definite word with no preposition on it (not بالقتل): it may be a verb's subject."""
    return has_article(tok) and not _has_prefix(tok, "ب", "ل")


def _relative_antecedent(units: Sequence[Unit], tokens: Sequence[Token], i: int) -> Actor | None:
    """The name a relative pronoun right before the cue stands for (التقارير التي أكدت أن)."""
    if i < 2 or not is_particle("relative", tokens[i - 1].norm):
        return None
    unit = next((u for u in units if u.last == i - 2 and u.is_actor and not u.marker), None)
    return unit.actors()[0] if unit else None


def _content(
    text: str,
    tokens: Sequence[Token],
    units: Sequence[Unit],
    i: int,
    limit: int,
    words_end: int | None,
    named_after: bool,
    title_word: Callable[[Sequence[Token], int], bool],
) -> _Said | None:
    """Where the reported words of the cue at ``i`` are, and the speaker unit passed on the way.
    ``words_end`` is, for a phrase cue, the token after the words that may name its speaker;
    ``named_after`` is False when the cue carries its subject, so no name after it speaks;
    ``title_word`` tells the words a speaker's title may run over before the holder's name."""
    speaker = _unit_after(units, i, tokens, limit) if named_after else None
    if speaker is not None and words_end is not None and i + 1 < words_end <= speaker.first:
        speaker = None  # ودعت الهيئة الدول الأعضاء: a name past the speaker's words is the object
    if speaker is not None and words_end is not None and not _names_someone(speaker):
        # وصف رئيس المجلس رئيس اللجنة العليا ... الشيخ فلان الهجوم بأنه: the phrase follows the name
        speaker = _holder_after(units, tokens, speaker.last + 1, limit, title_word) or speaker
    reach = min(len(tokens), i + 1 + ARGUMENT_REACH + (speaker.last - speaker.first + 1 if speaker else 0))
    phrase_from = _phrase_start(tokens, speaker, i, words_end)
    phrase_at = _phrase_opening(tokens, phrase_from)
    name_until = -1
    for j in range(i + 1, reach):
        tok = tokens[j]
        if tok.start >= limit:
            break
        if phrase_at is not None and j > phrase_at + 1 and tok.norm in QUOTE_OPEN:
            break  # دعا الوزير إلى ... "...": quotation marks inside the phrase are its words
        if phrase_from is not None and j > phrase_from + SPEAKER_REACH:
            break  # مؤكدا في هذا الصدد إحباط ... "...": far into the phrase
        if tok.start < name_until:
            continue  # inside a quoted name (لـ«الشرق الأوسط»، وكالة «الأناضول»)
        if tok.norm == ":" or tok.norm in QUOTE_OPEN:
            said = _quoted(text, tok.start if tok.norm in QUOTE_OPEN else tok.end, limit)
            if tok.norm in QUOTE_OPEN and said is not None and _is_aside(text, tokens, said, limit):
                name_until = said.end + 1
                continue
            if said is None and j + 1 < len(tokens) and _opens_clause(tokens, j, j + 1):
                said = _rest(text, tokens[j + 1].end, limit)  # قال: إن ...: what follows إن
            said = said or _rest(text, tok.end, limit)
        elif is_complementizer(tok.norm) and _opens_clause(tokens, i, j):
            # why: the memoized test first; most words open no clause, and the rest is a call
            said = _running_over(text, tok.end, limit) or _rest(text, tok.end, limit)
        else:
            continue
        if said is not None:
            said.speaker = speaker if speaker and speaker.last < j else None
        return said
    if phrase_from is None:
        return None
    start = phrase_from
    if speaker is not None and start < len(tokens) and tokens[start].is_word:
        # نوه رئيس الأركان في اليمن اللواء فلان، بالدور: the title's words run to the comma,
        # unless nothing is left after it (نفت الوزارة الاتهامات، ووصفتها: the object is)
        after_comma = _comma_after(tokens, start, limit)
        if after_comma < len(tokens) and tokens[after_comma].start < limit:
            start = max(start, after_comma)
    while start < len(tokens) and (tokens[start].norm in PHRASE_PREPOSITIONS or tokens[start].norm in "،,"):
        start += 1
    if start >= len(tokens) or tokens[start].start >= limit:
        return None
    if _preposition_with_pronoun(tokens[i + 1]) or _preposition_with_pronoun(tokens[start]):
        return None  # أعلن عنها: what was announced was told before, not here
    said = _rest(text, tokens[start].start, limit)
    if said is not None:
        said.speaker = speaker
    return said


def _phrase_start(tokens: Sequence[Token], speaker: Unit | None, i: int, words_end: int | None) -> int | None:
    """Where a phrase cue's phrase may start: after the name that follows the cue, or after
    the title's words when they run to a definite ب-phrase (نوه رئيس الأركان في اليمن اللواء
    فلان بالدور) or when no name follows (وكشف المتحدث الرسمي للبنك فلان، عن ...)."""
    if words_end is None:
        return None
    if speaker is None:
        return words_end
    after_name = speaker.last + 1
    if words_end < len(tokens) and _is_definite_b_phrase(tokens[words_end]):
        return max(after_name, words_end)
    return after_name


def _phrase_opening(tokens: Sequence[Token], phrase_from: int | None) -> int | None:
    """Where a phrase cue's prepositional complement opens right after its speaker (دعا
    الوزير إلى، أشاد بالدور), or None."""
    if phrase_from is None or phrase_from >= len(tokens):
        return None
    tok = tokens[phrase_from]
    return phrase_from if tok.norm in PHRASE_PREPOSITIONS or _is_definite_b_phrase(tok) else None


def _opens_clause(tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the token at ``j`` is an أن/إن that opens what the cue at ``i`` reports, not
    one that belongs to a word before it (بعد أن، دون أن، رغم أن)."""
    norm = tokens[j].norm
    if not (is_particle("complementizer", norm) or is_pronoun_complementizer(norm)):
        return False
    if norm.startswith(CAUSE_OR_CONTRAST):
        return False  # لأنه، لكنها: a reason or a contrast, not what was said
    # the cue itself may be written like a binder (أبان / إبان)
    return j - 1 == i or not any(is_particle(kind, tokens[j - 1].norm) for kind in CLAUSE_BINDERS)


def _is_quoted_name(text: str, said: _Said, limit: int) -> bool:
    """Whether words in quotation marks are a name the sentence goes on after (صحيفة «حريت»
    أن ...، لـ«الشرق الأوسط»: ...), not what was said: a few words, and the sentence goes on."""
    words = text[said.start : said.end].split()
    after = text[said.end : limit].lstrip(' "»”')
    return len(words) <= MAX_QUOTED_NAME_WORDS and bool(after) and after[0] not in ".؟?!\n"


def _is_aside(text: str, tokens: Sequence[Token], said: _Said, limit: int) -> bool:
    """Whether words in quotation marks are passed on the way to what was said: a short name
    (صحيفة «النهار»)، or a remark the reported clause follows (في بيان «تلقت الصحيفة نسخة منه»
    أن ...)."""
    if _is_quoted_name(text, said, limit):
        return True
    after = next((k for k, t in enumerate(tokens) if t.start > said.end and t.norm not in QUOTE_CLOSE), None)
    return after is not None and tokens[after].start < limit and _opens_clause(tokens, after - 1, after)


def _comma_after(tokens: Sequence[Token], start: int, limit: int) -> int:
    """The token after a comma among the next few name-like words, else ``start``."""
    for j in range(start, min(len(tokens), start + MAX_SPEAKER_WORDS)):
        if tokens[j].start >= limit:
            break
        if tokens[j].norm in "،,":
            return j + 1
        if not tokens[j].is_word or (
            _ends_speaker(tokens[j].norm) and not is_particle("locative", tokens[j].norm)
        ):
            break
    return start


def _quoted(text: str, start: int, limit: int) -> _Said | None:
    """The words inside the quotation marks that open at ``start``; they may close after the
    sentence (the splitter cuts quoted speech at its full stops), never after the paragraph."""
    open_at = next((k for k in range(start, limit) if text[k] in QUOTE_OPEN), None)
    if open_at is None or text[start:open_at].strip():
        return None
    stop = min(len(text), open_at + MAX_QUOTE_CHARS)
    paragraph = text.find("\n", open_at, stop)
    stop = paragraph if paragraph >= 0 else stop
    close_at = next((k for k in range(open_at + 1, stop) if text[k] in QUOTE_CLOSE), None)
    c_start, c_end = open_at + 1, close_at if close_at is not None else limit
    while c_end > c_start and text[c_end - 1] in TRIM_END:
        c_end -= 1
    return _Said(c_start, c_end, True) if c_end > c_start else None


def _running_over(text: str, start: int, limit: int) -> _Said | None:
    """Words in quotation marks right after أن/إن that close only after ``limit``, past the
    sentence's full stop (قال إن «... الجنسية. أما الآخران ...»): the quote, direct. Marks that
    close inside the sentence leave the clause to :func:`_rest` (قال إن "الخطة" لا تكفي)."""
    said = _quoted(text, start, limit)
    return said if said is not None and said.end > limit else None


def _rest(text: str, start: int, end: int) -> _Said | None:
    while start < end and text[start] in " \t\n":
        start += 1
    while end > start and text[end - 1] in TRIM_END:
        end -= 1
    if text[start:end].endswith((" و", " ف")):
        end -= 2  # "...، ومشيرا": the conjunction belongs to the next statement
    while end > start and text[end - 1] in TRIM_END:
        end -= 1
    return _Said(start, end, False) if end > start else None


def _unit_after(units: Sequence[Unit], i: int, tokens: Sequence[Token], limit: int) -> Unit | None:
    """The name right after the cue that says it (not one after a preposition: قال للصحفيين,
    nor an outlet: قال لـ«الصحيفة» فلان، nor one in an adjunct: أكد في تصريح صحفي)."""
    for u in units:
        if u.first <= i or u.first - i > SPEAKER_REACH or tokens[u.first].start >= limit:
            continue
        if _is_outlet(tokens, u.first):
            continue
        if any(is_particle("nominal", tok.norm) for tok in tokens[i + 1 : u.first]):
            return None
        if u.is_actor and not u.marker:
            return u
        if not u.is_source:
            return None  # the first name after the cue is someone else's (a place, a recipient)
        # نقلت الوكالة عن الوزير: the one the agency quotes
        quoted = next((v for v in units if v.first > u.last and v.marker_word and v.is_actor), None)
        return quoted if quoted and quoted.first - u.last <= 2 else None
    return None


def _is_outlet(tokens: Sequence[Token], first: int) -> bool:
    """Whether the name at ``first`` is quoted after لـ: the outlet told, not the speaker."""
    if not 2 <= first <= len(tokens):
        return False
    return tokens[first - 1].norm in QUOTE_OPEN and tokens[first - 2].norm in ("ل", "لـ")


def _identified(
    unit: Unit | None, named: Actor | None, units: Sequence[Unit], tokens: Sequence[Token]
) -> Actor | None:
    """The speaker as named after the cue: a known name, or the words of a title and a name
    no list knows (رئيس هيئة الأركان في اليمن اللواء ...) with the identity of the known part.
    A person whose name ends the words (وزير الحج الدكتور فلان) is the speaker; a person
    elsewhere in them lends the words an identity, unless a preposition governs the name
    (مصادر في الجيش الموالي للرئيس فلان: someone else)."""
    if named is None:
        return unit.actors()[0] if unit else None
    if unit is not None and unit.mentions[0].start <= named.start and named.end <= unit.mentions[0].end:
        return unit.actors()[0]
    # a name after a preposition inside the words is someone else (مصادر موالية لهادي)
    inside = [u for u in units if _starts_within(u, named) and u.is_actor and not u.marker]
    persons = [
        u for u in inside if u.identities[0].label == "PER" and not _governed(tokens, units, u.first, named)
    ]
    if persons and persons[-1].actors()[0].end >= named.end and not _opens_with_other_person(persons, named):
        return persons[-1].actors()[0]
    if not inside and unit is None:
        # ذكرت رويترز أن: an agency named as the speaker keeps its identity
        source = next((u for u in units if _starts_within(u, named) and u.is_source and not u.marker), None)
        if source is not None:
            return source.actors()[0]
        # مصدر مسؤول في الخارجية: the institution the speaker is in gives the identity
        inside = [u for u in units if _starts_within(u, named) and u.is_actor and u.marker == "locative"]
        if not inside:
            return named
    known = (persons or inside or [unit])[0].actors()[0]
    return replace(known, start=named.start, end=named.end, text=named.text)


def _opens_with_other_person(persons: Sequence[Unit], named: Actor) -> bool:
    """Whether the speaker's words open with a known person and end with another person
    (المشهداني القيادي في الائتلاف بزعامة فلان): the later one is in what describes the first,
    who speaks. A title no list knows is no known person (الأمين العام للنقابة فلان), and a title
    and a name of the same person (مندوبة الولايات المتحدة فلانة) are one speaker."""
    if len(persons) < 2 or persons[0].mentions[0].start != named.start:
        return False
    first = persons[0].actors()[0]
    return bool(first.kb_id) and persons[-1].identities[0].entity != first.entity


def _starts_within(unit: Unit, named: Actor) -> bool:
    # a unit's first actor starts where its first mention does: read it, build no actors
    return named.start <= unit.mentions[0].start < named.end


def _governed(tokens: Sequence[Token], units: Sequence[Unit], first: int, named: Actor) -> bool:
    """Whether a preposition or a relative inside the speaker's words governs the name at
    ``first``, past one title word (المتمثلة في الرئيس فلان، الموالي للرئيس فلان), but not
    past a name (رئيس البعثة في جنيف الدكتور فلان: a place inside the title)."""
    k = first - 1
    if k < 0 or tokens[k].start < named.start:
        return False
    if _has_prefix(tokens[k], "ل") or _governs(tokens[k].norm):
        return True
    if any(u.first <= k <= u.last for u in units) or not tokens[k].norm.startswith(ARTICLE):
        return False  # a title before a name is definite (الرئيس); جنيف is a place
    return k > 0 and tokens[k - 1].start >= named.start and _governs(tokens[k - 1].norm)


def _governs(norm: str) -> bool:
    """A word that makes the name after it someone else's: في، عن، من، الذي، التي."""
    return is_particle("nominal", norm) or is_particle("relative", norm)


def _unit_before(
    units: Sequence[Unit],
    i: int,
    tokens: Sequence[Token],
    said: Sequence[tuple[int, int]],
    unlikely: Sequence[str],
    venues: frozenset[str],
) -> Unit | None:
    """The topic of the sentence, else the nearest unmarked name before the cue, leaving out
    names inside what was said before it (قال إن المقاومة تتقدم، مشيرا: not المقاومة), names
    of the ``unlikely`` sectors and the adjective of a noun of where words are said (في تصريح
    صحفي، قائلا: the statement's kind, not who speaks)."""
    actors = [
        u
        for u in units
        if u.is_actor
        and not u.marker
        and u.last < i
        and not _inside(tokens[u.first].start, said)
        and u.identities[0].sector not in unlikely
        and not _venue_adjective(tokens, u.first, venues)
    ]
    if actors and actors[0].first <= TOPIC_START:
        return actors[0]  # "كيري" وفي تصريحات ... أكد أن: the sentence opens with the speaker
    return actors[-1] if actors else None


def _venue_adjective(tokens: Sequence[Token], first: int, venues: frozenset[str]) -> bool:
    """Whether the word at ``first`` is an indefinite relative adjective (صحفي، رسمية) right
    after a noun of where words are said (تصريح، مؤتمر, in ``venues``)."""
    word = tokens[first]
    adjective = not has_article(word) and word.norm.endswith(nisba_endings())
    return adjective and first > 0 and bare_stem(tokens[first - 1]) in venues


def _is_person(unit: Unit, known: bool = False) -> bool:
    """Whether the unit names a person (with ``known``: one a list knows)."""
    return unit.identities[0].label == "PER" and (not known or bool(unit.actors()[0].kb_id))


def _person_ending_at(units: Sequence[Unit], k: int) -> Unit | None:
    """The unmarked name whose last word is at ``k`` when it names a person, else None."""
    unit = next((u for u in units if u.last == k and u.is_actor and not u.marker), None)
    return unit if unit is not None and _is_person(unit) else None


def _holder_after(
    units: Sequence[Unit],
    tokens: Sequence[Token],
    first: int,
    limit: int,
    goes_on: Callable[[Sequence[Token], int], bool],
) -> Unit | None:
    """The person a title goes on to name from the word at ``first``, when the words read as the
    speaker stopped before the name: at a comma, an adverb, a preposition inside the title, or its
    length (رئيس المجلس، النائب فلان؛ الوزير السابق حاليا فلان؛ عضو اللجنة العليا للإشراف على
    تنفيذ الخطة فلان). Every word before the name must be one ``goes_on`` lets the title run
    over, and no preposition may govern the name (قال الوزير للرئيس فلان: the one addressed)."""
    if first >= len(tokens):
        return None
    span = Actor(tokens[first].start, limit, "")
    reach = min(len(tokens), first + TITLE_REACH + 1)
    # Why: one pass over the units, not one per word the title runs over; the first unit at a
    # word is the one read there
    opening: dict[int, Unit] = {}
    for u in units:
        if first <= u.first < reach and u.is_actor and not u.marker:
            opening.setdefault(u.first, u)
    for k in range(first, reach):
        if tokens[k].start >= limit:
            return None
        unit = opening.get(k)
        if unit is not None and _names_someone(unit) and tokens[unit.last].end <= limit:
            return None if _governed(tokens, units, k, span) else unit
        if not goes_on(tokens, k):
            return None
    return None


def _owned_speaker(tok: Token) -> bool:
    """Whether a word carrying a possessive pronoun may still name who speaks: a title, an
    office, a body, a speaker noun, kin or an honorific (نائبه، مصادره، شقيقه، سموه), not a
    noun of what was said (حرصه، دعمه)."""
    stem, heads = bare_stem(tok), name_heads()
    named = stem in heads.titles or stem in heads.offices or stem in heads.orgs
    return named or stem in speaker_nouns() or is_particle("kin", stem) or bool(honorific_pronoun(tok))


def _names_someone(unit: Unit) -> bool:
    """Whether the unit names a person, not only an office (وزير الداخلية names no one)."""
    offices = (m.ref.startswith("office:") or (m.rule == "name:office" and not m.name) for m in unit.mentions)
    return _is_person(unit) and not all(offices)


def _inside(offset: int, spans: Sequence[tuple[int, int]]) -> bool:
    return any(start <= offset < end for start, end in spans)


def _agency_after(units: Sequence[Unit], i: int, content_start: int, tokens: Sequence[Token]) -> Actor | None:
    """A news source named between the cue and what was said, as the one who says it."""
    source = next(
        (
            u
            for u in units
            if u.is_source and not u.marker and i < u.first and tokens[u.first].start < content_start
        ),
        None,
    )
    return source.actors()[0] if source else None


def _subject(view: SentenceView) -> Actor | None:
    """The first unmarked name of a sentence: who a following "وأكد أن" most likely means."""
    for u in view.units:
        if u.is_actor and not u.marker and u.identities[0].label in ("PER", "ORG", "GPE"):
            return u.actors()[0]
    return None


def _words_between(
    text: str, tokens: Sequence[Token], i: int, content_start: int, finder: QuoteFinder
) -> Actor | None:
    """The speaker no name list knows, by position: the words between the cue and what was
    said (وأوضح رأفت الصباغ أن ...، أكدت مصادر عسكرية أن ...). A comma ends them, and so does
    a word that starts an adjunct (في مؤتمر صحفي، لـ«الوكالة»، أمس), except a place inside a
    title (رئيس الأركان في اليمن اللواء ...)."""
    return _span_actor(text, _speaker_words(tokens, i, content_start, finder))


def _span_actor(text: str, words: Sequence[Token]) -> Actor | None:
    """The words as a speaker no list knows, when there are a few of them."""
    if not words or len(words) > MAX_SPEAKER_WORDS:
        return None
    start, end = words[0].start, words[-1].end
    return Actor(start, end, text[start:end], text[start:end])


def _cited_actor(text: str, words: Sequence[Token]) -> Actor | None:
    """The words an attribution names its source with, as a speaker no list knows, without
    the preposition it writes on the first of them (وفقا لمدير المستشفى: مدير المستشفى)."""
    actor = _span_actor(text, words)
    if actor is None:
        return None
    start = words[0].start + proclitic_chars(words[0], text)
    return Actor(start, actor.end, text[start : actor.end], text[start : actor.end])


def _speaker_words(tokens: Sequence[Token], i: int, content_start: int, finder: QuoteFinder) -> list[Token]:
    cue = finder.cue(tokens[i])
    phrase = cue is not None and cue.complement == "phrase"
    # شدد الداعية الدكتور فلان: a masculine verb's subject right after it is no feminine
    # singular, so a first word in ة is a masculine noun (الداعية) whose name goes on
    masculine = cue is not None and finder.cue_gender(tokens[i]) == "m"
    words: list[Token] = []
    j = i + 1
    while j < len(tokens):
        tok = tokens[j]
        if tok.start >= content_start:
            break
        if not words and _is_outlet(tokens, j + 2):
            j = max(j + 2, _quoted_name_end(tokens, j + 1, content_start) + 1)  # أكد لـ«الصحيفة» فلان
            continue
        if tok.norm in QUOTE_OPEN and words:
            name = _quoted_name_end(tokens, j, content_start)
            if name < 0:
                break
            words.extend(tokens[j : name + 1])  # صحيفة «النهار»: the name is part of the speaker
            j = name + 1
            continue
        if not tok.is_word:
            break
        if _partitive_of(words, tok):
            words.append(tok)  # وعبر عدد من السكان: the people counted speak, not the count
            j += 1
            continue
        if not words and tok.suffix and not _owned_speaker(tok):
            break  # وأكد حرصه على، وجدد دعمه لـ: what he said, not who said it
        if not words and bare_stem(tok) in finder.matters:
            break  # وأكدت أهمية الحوار، نفى اتهامات بأنه: what was said, the subject dropped
        if is_particle("locative", tok.norm) and words and _title_goes_on(tokens, j, finder.venues):
            words.append(tok)  # a place inside a title; the words after it decide
        elif finder.stops_speaker(tok) or finder.cue(tok) is not None or not _name_like(tok.norm):
            break
        elif bare_stem(tok) in finder.adverbs and not words:
            pass  # قال أمس الوزير: the speaker comes after it
        elif phrase and (_is_definite_b_phrase(tok) or (not words and _behind_preposition(tok))):
            break  # أشاد بموقف الدول، نوه الوزير بالدور: what was said (but قالت بريم: a name)
        elif bare_stem(tok) in finder.side_words or _preposition_with_pronoun(tok):
            break  # قال الوزير أمس ...، قال حول القضية، ادعى فيها أن
        elif words and tok.suffix:
            break  # وتابع فلان تصريحاته: a noun with a pronoun is what he did, not his name
        elif len(words) == 1 and not may_describe_feminine_head(words[0], tok) and not masculine:
            break  # ودعت الهيئة الدول الأعضاء: the object after the subject
        elif phrase and finder.body_after_name(words, tok):
            break  # وطالب فلان البرلمان بمعاقبة: the body asked, after the name
        else:
            words.append(tok)
        j += 1
    while words and is_particle("locative", words[-1].norm):
        words.pop()
    return words


def _tells_venue(cue: CueRecord) -> bool:
    """Whether a cue tells where words stand (جاء في): it needs a preposition and takes a clause."""
    return bool(cue.needs) and cue.complement == "clause"


def _partitive_of(words: Sequence[Token], tok: Token) -> bool:
    """Whether ``tok`` is the first من after a count among a speaker's words (عدد من، بعض من،
    عدد كبير من)."""
    return (
        tok.norm == PARTITIVE
        and any(is_particle("quantity", w.norm) for w in words)
        and all(w.norm != PARTITIVE for w in words)
    )


def _opens_sentence_part(tokens: Sequence[Token], i: int) -> bool:
    """Whether the word at ``i`` starts a sentence or a part of it (after a comma)."""
    return i == 0 or not tokens[i - 1].is_word


def _behind_preposition(tok: Token) -> bool:
    """A word behind ب/ل: split off by the reader, or a particle the reader keeps whole (بما
    وصفه، لما قاله)."""
    return _has_prefix(tok, "ب", "ل") or (tok.norm[:1] in "بل" and is_any_particle(tok.norm[1:]))


def _has_prefix(tok: Token, *letters: str) -> bool:
    return any(prefix[:1] in letters for prefix in tok.prefixes)


def _is_definite_b_phrase(tok: Token) -> bool:
    """بالدور، بالموقف: a definite noun after ب, how a phrase cue's complement starts."""
    return _has_prefix(tok, "ب") and (ARTICLE in "".join(tok.prefixes) or tok.stem.startswith(ARTICLE))


def _preposition_with_pronoun(tok: Token) -> bool:
    """فيها، عليه، له: a preposition carrying a pronoun, never part of a speaker's name."""
    return bool(tok.suffix) and (len(tok.stem) == 1 or is_particle("nominal", tok.stem))


def _words_of(cues: Sequence[CueRecord], kind: str) -> frozenset[str]:
    """The normalized words, article off, of the cue records of one kind."""
    return frozenset(
        k for cue in cues if cue.kind == kind for w in [cue.lemma, *cue.forms] for k in word_keys(w)
    )


def _name_like(norm: str) -> bool:
    return len(norm) >= 2 and norm.isalpha()


def _quoted_name_end(tokens: Sequence[Token], j: int, content_start: int) -> int:
    """The index of the mark that closes a short quoted name opening at ``j``, else -1."""
    for k in range(j + 1, min(len(tokens), j + MAX_QUOTED_NAME_WORDS + 2)):
        if tokens[k].start >= content_start:
            return -1
        if tokens[k].norm in QUOTE_CLOSE:
            return k
    return -1


def _title_goes_on(tokens: Sequence[Token], j: int, venues: frozenset[str]) -> bool:
    """Whether the في at ``j`` is inside a title (رئيس البعثة في جنيف الدكتور ...), not the
    start of where the words were said (في تصريح صحفي، في بيان)."""
    if j + 2 >= len(tokens) or not tokens[j + 2].is_word:
        return False
    return bare_stem(tokens[j + 1]) not in venues


def _ends_speaker(norm: str) -> bool:
    # the word's particle kinds are looked up once, not once per stopping kind
    return is_pronoun_complementizer(norm) or not particle_kinds(norm).isdisjoint(SPEAKER_STOPS)
