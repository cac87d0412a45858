"""The event coder: triggers plus argument units make events, with modality and provenance.

Rules, per trigger, inside its clause (the tokens between the neighbouring triggers):

- verbs: the subject is the first unmarked actor after the verb (VSO), else the nearest
  unmarked actor before it (SVO), else the subject of the previous event or quote
  (dropped subject); a verb that is a quote's cue with no subject of its own (وطالب، داعيا),
  or a first person verb in someone's words (ندعو), is done by who speaks, as the quote
  stage (which runs before the coder) found him (``events/speakers.py``); the recipient is
  the next actor after the verb that is unmarked (direct object) or marked by a recipient
  preposition (مع، على، ضد، إلى، ل).
- nouns and masdars: the recipient is the name governed by the noun (قصف قافلة،
  غارة على ...), the actor an agent (من قبل، على يد) or the nearest actor before it; a
  noun with no argument at all is a topic, not an event, and is dropped, unless the learned
  event filter learned to judge such nouns: then it is a candidate (rule noun:topic, its doer
  guessed) that the filter keeps or drops, with no part in the subject chain or in merging.
- one-sided violence: victims (civilian nouns) found in the subject slot of an assault
  verb are recipients (قتل 20 مدنيا is passive in meaning).
- passive verbs, where the writing says so (قُتل، اعتُقل، استُهدف، اغتيل): the name after
  the verb (or before a plural one) is the recipient; the actor is an agent (على يد، من قبل),
  the doer the act's noun names (بغارة إسرائيلية) or the sentence's earlier armed doer.
- reciprocal triggers (تتبادلان الاتهامات) take the actors as recipients too.
"""

from __future__ import annotations

import datetime as dt
from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import repeat
from operator import attrgetter

from hadath.events.arguments import (
    METONYM_KINDS,
    Unit,
    build_units,
    is_nisba_adjective,
    joined_by_wa,
    opens_with_title,
    token_index,
)
from hadath.events.confidence import (
    CALLED_TAG,
    DROPPED_RULE,
    PRONOUN_RULE,
    STRUCK_TAG,
    Calibration,
    argument_rule,
    calibrate,
    party_recipients,
    shipped_calibration,
)
from hadath.events.noun_subject import (
    NOMINATIVE_PLURAL,
    complement_noun_subject,
    indefinite_subject,
    is_lede_subject,
    is_noun_subject,
    lede_subject,
    noun_subject,
    other_adjectives,
)
from hadath.events.ontology import plover_of_cameo, quad_class
from hadath.events.particles import (
    is_any_particle,
    is_particle,
    is_pronoun_complementizer,
    particle_kinds,
    particle_phrases,
    prepositions,
)
from hadath.events.positions import (
    ARMED_SECTORS,
    agrees,
    complementizer_between,
    is_armed,
    is_counted,
    is_number_or_quantity,
    is_state,
    is_victim,
    new_clause_between,
    normalized_words,
    recipient_preps,
)
from hadath.events.speakers import NO_SPEAKERS, QuoteSpeakers
from hadath.events.trace import CoderTrace, DropReason
from hadath.events.triggers import TriggerIndex, TriggerMatch, verb_readings
from hadath.kb import KnowledgeBase
from hadath.kb.index import Candidate
from hadath.kb.lexicon import data_lines
from hadath.kb.names import generic_actors, generic_of, sector_heads, sides_entities
from hadath.mentions.cues import reporting_verb_forms
from hadath.mentions.entities import mention_country
from hadath.mentions.groups import (
    ACCUSATIVE_ENDING,
    MAX_MODIFIERS,
    SOUND_PLURAL_ENDINGS,
    NisbaTable,
    bare_stem,
    covered_tokens,
    group_words,
    head_rows,
    is_force_head,
    is_member_head,
    is_owner_head,
    is_part_head,
    is_sector_head,
    word_keys,
)
from hadath.mentions.names import function_words, name_heads
from hadath.model import Actor, Article, Event, Mention, Token
from hadath.pipeline import Stage
from hadath.resolve.actors import ActorResolver, parse_date
from hadath.resolve.relations import place_cues
from hadath.text.clitics import (
    ARTICLE,
    CONJUNCTIONS,
    FEMININE_ENDINGS,
    FEMININE_PLURAL_ENDING,
    FUSED_ARTICLE,
    PREPOSITIONS,
    PRONOUN_SUFFIXES,
    TEH_MARBUTA_ENDING,
    has_article,
    has_article_clitic,
    no_clitic_but_article,
    segmentations,
    without_article,
    without_conjunction,
)
from hadath.text.inflect import passive_forms, past_forms, present_forms
from hadath.text.normalize import CLAUSE_BREAKS, COMMAS, normalize
from hadath.text.numbers import is_count_word
from hadath.text.tokens import tokens_by_sentence

SUBJECT_REACH = 8  # tokens after a verb within which its subject is looked for
ADJUNCT_GAP = 6  # words between a verb's place or time phrase and its object after it (_object_past_adjuncts)
CHAIN_GAP = 3  # words between the names of a chain that reaches a verb's far subject (_in_reach)
COMPLEMENT_NOUN_RULE = "complement-noun"  # a verb's subject is the noun phrase after إن/أن
THAT_SUBJECT_REACH = 7  # words between إن/أن and a verb whose noun phrase is the verb's subject
FRONTED_GAP = 3  # a name this close before a verb is its fronted subject (كيري، قد عقد)
TOPIC_START = 1  # a name starting at one of the first tokens of a sentence is its topic
CONTINUATION_CHARS = 12  # a verb this close after a noun trigger of its type retells the act
# ... and one after no more words than these, all modifiers of the noun with no break or و before
# the verb (التفجير الإرهابي الذي استهدف، غارة جوية أميركية استهدفت): a relative or attributive clause
MODIFIER_WORDS = 3
MODIFIER_BREAKS = frozenset("،,.؛;:()[]-–—")
COMPLEMENT_REACH = 6  # a ب-noun this close after a verb is its complement (هدد بقصف)
B_COMPLEMENT_REACH = 4  # ... and stands in for a needed recipient this close (هدد المجلس بعقوبات)
NEVER_FORCE_SECTORS = ("NGO", "MED", "CVL", "REF", "HLH", "EDU")  # who reports or suffers force
# the gazetteer ranks of a place people live in (a town, a district), not a province or a region
SETTLEMENT_PRECISIONS = ("city", "sub-city")
RESIDENTS_TAG = "+residents"  # the rule tag of a recipient that is a town's people
# how `hadath explain` words the recipients a rule adds after the clause's names were read
RESIDENTS_WHY = f"the people of a town an act of force was done to ({RESIDENTS_TAG})"
BODIES_WHY = "the body the counted victims come from (قتلى من ...)"
STRUCK_WHY = (
    "the thing an act of force was done to, a common noun after it with no party named, "
    f"given once the events were merged and judged ({STRUCK_TAG})"
)
CALLED_WHY = (
    "whom a verb calls to, charges or calls on, a common noun before the word that opens the call "
    "or right after a verb of meeting, "
    f"given once the events were merged and judged ({CALLED_TAG})"
)
SEPARATE_PRONOUN = "ايا"  # the carrier of a separate object pronoun (إياه، إياهم), normalized
OBJECT_WORDS = 5  # most words of a common noun's phrase a verb of calling or meeting takes as object
STORY_DOER_TAG = "+story-doer"  # the rule tag of an attack's doer carried from the story's last attack
STORY_DOER_WHY = (
    "the armed force of the story's last attack, carried to an attack told with no doer "
    f"once the events were merged and judged ({STORY_DOER_TAG})"
)
SIDES_TAG = "+sides"  # the rule tag of the two parties a dual noun (الطرفين) stands for
SIDES_WHY = f"the two parties of the last event that named both, whom a dual noun stands for ({SIDES_TAG})"
ACT_PARTIES_WHY = "the doer or target of the act noun right after the verb, its subject (هدمت غارات ...)"
CONTINUED_WHY = "the recipient of the act of its type by the same actor told just before it"
JUDGED_WHY = "the doer of the act or maker of the thing the judging verb names as its object (أدان قصف ...)"
FOE_WHY = "the side fought in the same sentence, whom ground taken was taken from (+foe)"
TOPIC_WHY = "the recipient of the last act of its type told in its sentence or the two before (a kept topic)"
NEGATION_REACH = 2
CONDITIONAL_REACH = 6  # words before a trigger within which a conditional (إذا، لو) makes it hypothetical
# لا يمكنه أن يقدم وعدا: the word of ability, a complementizer and a verb before the trigger
ABILITY_REACH = 3
ULTIMATUM_REACH = 8  # words between a threatened act and the demand set against it (ما لم، وإلا)
OUTCOME_GAP = 10  # words from an act of force to the verb of outcome after it (الغارات التي ... أسفرت)
OUTCOME_REACH = 6  # words from the noun of outcome to whom it befell (مقتل 15 عنصرا من التنظيم)
OUTCOME_PREP_REACH = 2  # words from that verb to its preposition (أسفرت عن، تسببت أيضا في)
RESULT_REACH = 5  # words between such a verb and its preposition (أدت في مطلع الشهر إلى)
# words from an act (its last argument, else its trigger) to the noun of what came of it
# (الغارة ... أسفرت عن مقتل) for the two to be one
# act: the verb of outcome within OUTCOME_GAP, its preposition within RESULT_REACH, and the preposition
RESULT_FOLD_REACH = OUTCOME_GAP + RESULT_REACH + 1
MEANS_WORDS = frozenset({"في", "خلال"})  # قتلوا في الغارات، خلال القصف: the act the verb told
# a noun this close after an act of its type that names its means, cause or aim tells that act
ACT_PHRASE_REACH = 15
MEANS_PREFIXES = frozenset({("ب",), ("ب", ARTICLE)})  # بقصف، بالغارات: how the act was done
PLACE_OBJECT_REACH = 3  # words within which a verb of movement's place stands (بعض أجزاء المدينة)
BETWEEN_REACH = 3  # words after a noun within which «بين» names its sides (محادثات السلام بين)
# ... not counting the words of its time and place (اشتباكات عنيفة اندلعت أمس الاثنين في ريف
# المدينة بين), up to this many tokens in all
BETWEEN_SCAN = 12
# words after the first side of a بين phrase within which «من جهة» may close it (قتال بين
# الشرطة وحلفائها في الريف من جهة، والمتمردين من جهة ثانية)
SIDE_REACH = 6
# tokens after «من جهة» within which the other side's name opens (an ordinal and a comma
# between: من جهة أولى، والمتمردين)
OTHER_SIDE_GAP = 3
SETTING_KINDS = ("temporal", "locative", "relative")  # particles that open when or where (منذ، في، الذي)
FROM_REACH = 5  # tokens after an act of force within which "من X" names its party (تحرير المدينة من)
# tokens after an act of force within which the ground it is on is said to be held by someone,
# past a long subject and the place's apposition (سيطرت القوات الموالية لحكومة الرئيس ... على
# زنجبار، عاصمة محافظة أبين في جنوب البلاد، التي كانت في أيدي المتمردين)
HOLDER_REACH = 30
AIM_OBJECT_REACH = 3  # words after a verb of aiming within which its object stands (تستهدف مواقع للتنظيم)
AIM_DASHES = frozenset({"-", "–", "—"})  # غارات جوية - مستهدفة مقاتلي التنظيم
SHADDA = 0x0651
# harakat, tanween, sukun, superscript alef and tatweel: every mark but the shadda
NON_SHADDA_MARKS = dict.fromkeys([*(c for c in range(0x064B, 0x0653) if c != SHADDA), 0x0670, 0x0640])
HOLDER_BREAKS = CLAUSE_BREAKS - COMMAS  # a comma may set off the place's apposition
QUOTE_MARK = '"'  # every quotation mark («» “” ") normalizes to this
MASCULINE_HEADS = (
    "lexicon/ar/masculine_heads.txt"  # singular common nouns a feminine verb never has for subject
)
DENIAL_OBJECT_REACH = 3  # نفت الوزارة قصف ...: the denied act right after the verb and its subject
# من قبل، على يد: the words that may stand between a passive verb and its agent
AGENT_WORDS = frozenset(map(normalize, ("من", "قبل", "على", "يد")))
# noun rules whose actor is named as the act's doer (الغارة الإسرائيلية، على يد، من الطيران)
# ends the rule of an event whose arguments a learned chooser chose (events/argmodel.py), with
# the roles it chose: +model:actor, +model:recipient, +model:actor,recipient
MODEL_TAG = "+model:"
NAMED_AGENT_RULES = (":adjective", ":agent", ":from", ":genitive-agent", ":fought")
NISBA_DOER_RULE = ":noun:adjective"  # an act noun's doer read from its nisba (القصف التركي)
FROM_DOER_RULE = "noun:from"  # a noun's doer named after من (غارات من طيران التحالف)
TOPIC_RULE = "noun:topic"  # a noun with no argument, coded only for the learned filter to judge
FIRST_PERSON_RULE = "first-person"  # a first person verb inside a quote: who speaks does it
CIRCUMSTANTIAL_RULE = "dropped+circumstantial"  # a participle with no subject (مؤكدا، داعيا)
# a cue verb with no subject of its own: the speaker of the quote it opens does it
SPEAKER_CUE_RULES = (DROPPED_RULE, CIRCUMSTANTIAL_RULE)
# added to a rule when a verb joined by و takes the subject of the chain it goes on
# (_chain_subject): a guess of the rules still, which a quote's speaker overrides
CHAIN_TAG = "+chain"
# sentences before a topic noun's in which the act it goes on with may be told: the meeting
# a visit's talks were held in is told a sentence or two before them
TOPIC_SENTENCES_BACK = 2
OBJECT_PRONOUNS = ("ه", "ها", "هم", "هما", "هن")  # third person suffixes a verb takes as its object
WITH_WORD = normalize("مع")  # the preposition before the other side of a fight or a meeting
WITH_REACH = 6  # tokens after such a noun within which "مع X" names the other side
# the tags _taker adds to a rule: its recipient received the act or underwent it
TAKER_TAGS = ("+received", "+undergone")
# words besides the subject between such a verb and the act noun it judges: room for where it
# was said (أدانت الوزارة في بيان نشرته صفحتها الغارات)
JUDGED_GAP = 6
DOER_GAP = 5  # words between a form of قام and its ب-noun (قامت خلال الساعات الماضية بشن)
# words between a form of تمكن and من: its subject and the help it had may come between
# (تمكن مقاتلو القبائل بدعم من طائرات التحالف من السيطرة)
ENABLER_GAP = 12
# words between a verb of undertaking and the masdar it takes as object, names not counted
# (واصلت أمس قوات الأمن مداهمة): farther, the noun is rarely its object
UNDERTAKE_GAP = 3
# words between a verb of doing an act and the noun it takes as object, names not counted
# (عقد الأمير في مكتبه بجدة اليوم اجتماعا)
PERPETRATE_GAP = 4
PREPOSITION_CLITICS = frozenset(PREPOSITIONS)  # ب، ل، ك joined to a word
# words between a verb of movement or sending and the ل-masdar of its purpose, names not
# counted: the place reached comes between (توجه الوزير إلى قاعدة جوية في الجنوب لزيارة)
PURPOSE_GAP = 6
JUDGED_REACH = 8  # tokens after a judging verb (its subject between) within which its object noun starts
OPENING_TITLE_WORDS = 6  # words of a title that may open a name the knowledge base knows only by its end
RESUMPTIVE_B = frozenset(
    {"بها", "به", "بهما", "بهم"}
)  # أدلى بها، يقوم به: the pronoun is the relative's head
ASCRIBE_REACH = 4  # words after a noun's adjectives within which a verb ascribes it (هجوم انتحاري نسب إلى)
ASCRIBED_TO_REACH = 4  # words between that verb and the إلى before the doer (نسبت المسؤولية عنه إلى)
NAME_OPENING_REACH = 3  # tokens from a verb's subject slot to its name (تنظيم (داعش))
# words past the victims within which a verb of doing with its pronoun names the means' doer
# (قتل أربعة جنود وجرح اثنان بقذيفة أطلقتها الميليشيا)
MEANS_DOER_REACH = 9
RELATIVE_DOER_REACH = 4  # words between a relative pronoun and «يقوم بها» (التي من المقرر أن يقوم بها)
RELATIVE_NAME_REACH = 3  # tokens after a relative pronoun within which its clause's name starts
AFFILIATION_NAME_REACH = 2  # ... and after an affiliation participle (الموالية لحكومة الرئيس)
BACKING_NAME_REACH = 3  # ... and after a noun of backing (بدعم جوي من التحالف)
RECEIVE_GAP = 6  # tokens between a verb of receiving and the noun of aid it takes (its subject)
UNDERGO_GAP = 8  # ... and between a verb of undergoing and the noun of the act that befell its subject
_NORM = attrgetter("norm")


@dataclass(slots=True)
class SentenceView:
    """One sentence's tokens, mentions and argument units."""

    index: int
    start: int
    end: int
    tokens: list[Token]
    mentions: list[Mention]
    units: list[Unit]
    text: str = ""  # the article's text, where teh_marbuta looks
    # the units that may act (no place, no news source), in order: each trigger's clause takes
    # its own from them (why: asked of every unit for every trigger, the answer never changes)
    actor_units: list[Unit] = field(init=False)
    _marbuta: frozenset[int] | None = field(default=None, init=False, repr=False)
    _names: list[Mention] | None = field(default=None, init=False, repr=False)
    _named: frozenset[int] | None = field(default=None, init=False, repr=False)
    _undergoing: dict[int, int | None] = field(default_factory=dict, init=False, repr=False)

    def __post_init__(self) -> None:
        self.actor_units = [u for u in self.units if u.is_actor]

    def teh_marbuta(self) -> frozenset[int]:
        """Tokens written with a final teh marbuta (nouns), found when first asked (why: only
        a sentence with a possible trigger word, or a quotation's speaker, reads them)."""
        if self._marbuta is None:
            self._marbuta = _teh_marbuta(self.text, self.tokens)
        return self._marbuta

    def name_mentions(self) -> list[Mention]:
        """The sentence's names of actors, places and news sources (no trigger inside one acts),
        found when first asked (why: clause_triggers reads them, and so does each noun trigger
        the sentence keeps)."""
        if self._names is None:
            self._names = [m for m in self.mentions if m.kind in ("actor", "place", "source")]
        return self._names

    def named_tokens(self) -> frozenset[int]:
        """The tokens inside the units, found when first asked (why: several rules ask it, each
        up to once per trigger, and the units never change)."""
        if self._named is None:
            self._named = frozenset(k for u in self.units for k in range(u.first, u.last + 1))
        return self._named

    def undergoing_verb(self, noun: int) -> int | None:
        """The nearest verb of undergoing or receiving before a noun (_undergo_verb_before),
        scanned for once per noun (why: the ل-masdar reading of a verb form, _undergone, and
        whom its act befell, _undergoer, both ask it of the same word)."""
        if noun not in self._undergoing:
            self._undergoing[noun] = _undergo_verb_before(self.tokens, noun)
        return self._undergoing[noun]


class EventCoder(Stage):
    """Assigns ``Article.events`` from trigger matches and argument units."""

    name = "events"
    requires = ("tokens", "mentions", "focus", "quotes")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self.index = TriggerIndex(kb.triggers, kb.lexicon)
        # the types of attacks and fights (their files set ``violence``), for the rules that
        # read events after their triggers: a sense may have coded another entry's event so
        self.violent_types = kb.types_switched("violence")
        # likewise the types of acts of force (``force``), of verbs judging an act (``judging``)
        # and of relief brought (``relief``). Why both ``trig.entry.force`` and ``event_type in
        # self.force_types``: the first asks of the entry matched, while its arguments are found;
        # the second of the event once its type is chosen, which may be another entry's (a
        # sense's, support received read as aid, an act of force read as a threat: _code)
        self.force_types = kb.types_switched("force")
        self.judging_types = kb.types_switched("judging")
        self.relief_types = kb.types_switched("relief")
        # and of acts apart by their codes (``separate_acts``: an arrest and a ban)
        self.separate_types = kb.types_switched("separate_acts")
        self.resolver = ActorResolver(kb)
        self.nisba = NisbaTable(kb)
        self.report_verbs = reporting_verb_forms(kb.cues)
        # None keeps the rule-of-thumb _confidence (scripts/fit_calibration.py measures it)
        self.calibration: Calibration | None = shipped_calibration()
        self.trace: CoderTrace | None = None  # hadath explain sets one; off, it costs nothing
        from hadath.events.argmodel import shipped_chooser  # it reads this module's helpers

        self.chooser = shipped_chooser()  # None: the rules alone choose actor and recipient
        from hadath.events.eventfilter import shipped_filter

        self.filter = shipped_filter()  # None: every event the rules code is kept

    def process(self, article: Article) -> Article:
        on = parse_date(article.published)
        focus = article.focus
        events: list[Event] = []
        candidates: list[Event] = []  # topic nouns the learned filter judges (_topic_doer)
        recent: list[tuple[Unit, str]] = []  # the last subjects, each with its gender (_remember)
        previous_start = 0  # where the sentence before this one starts
        before_sentence: dict[int, int] = {}  # each sentence's start: where the one before it starts
        speakers = QuoteSpeakers(article.quotes)
        struck: list[tuple[Event, Actor]] = []  # acts of force with the thing each is done to
        called: list[tuple[Event, Actor]] = []  # calls and charges with the common noun each is aimed at
        for view in sentence_views(article, self.resolver, on, focus):
            # the tokens inside names, found only when a word may be a light verb (a function)
            found = self.index.find(view.tokens, partial(_inside_names, view), view.teh_marbuta)
            triggers, dropped = clause_triggers(view, found, self.index.has_masdar)
            if self.trace:
                self.trace.sentence(view, found, dropped)
            coded: dict[int, tuple[Unit | None, Unit | None]] = {}
            told: dict[int, Event] = {}
            subject_here = False
            chain: list[tuple[Unit, Unit]] = []  # (object, subject) of the sentence's events so far
            sentence_subject: Unit | None = None  # who acts in this sentence's last event
            for k, trig in enumerate(triggers):
                lo = triggers[k - 1].reach + 1 if k else 0
                hi = _clause_end(view.tokens, triggers, k)
                governor = _governor(view.tokens, triggers, k, coded)
                context = ClauseContext(
                    lo, hi, triggers[:k], governor, sentence_subject, tuple(recent), tuple(chain), speakers
                )
                event, subject, recipient = self._code(article, view, trig, context, struck, called)
                verb_event = told.get(k - 1)
                retold_by_verb = False  # the act's noun is the subject of a verb telling that act
                if (
                    event
                    and verb_event
                    and _act_subject(triggers[k - 1], trig)
                    # its verb names no subject, or only the act's noun (واستهدفت غارات التحالف)
                    and (
                        argument_rule(verb_event) == DROPPED_RULE or _unit_holds(coded[k - 1][0], trig.first)
                    )
                ):
                    for role, given in _take_act_parties(verb_event, event):
                        self._note_late([(verb_event, given)], role, ACT_PARTIES_WHY)
                    retold_by_verb = event.event_type == verb_event.event_type
                if self.trace:
                    self.trace.coded(trig, event, subject, recipient)
                if retold_by_verb:
                    # استهدفت غارات التحالف مواقع: the raids are what struck, one act told once
                    if self.trace:
                        self.trace.merged([event], [verb_event])
                    event = None
                if event is not None and is_topic_candidate(event):
                    # no part in the subject chain or in merging: the filter may drop it
                    candidates.append(event)
                    event = subject = recipient = None
                coded[k] = (subject, recipient)
                if event and subject is not None and subject.is_actor:
                    if not is_noun_subject(subject):
                        # a body's or group's noun (وطلبت الشركات) is no name a later sentence's
                        # dropped subject stands for: the sentence's first name stays the topic
                        subject_here = True
                        _remember(recent, view, subject)
                    if not is_lede_subject(subject):  # any noun: too weak to go on acting
                        sentence_subject = sentence_subject if _actorless(event) else subject
                elif event and ":passive" in event.rule:
                    subject_here = True  # what befell someone is no new topic: who acted before still acts
                if event:
                    given = _continue_recipient(
                        event, events[-1] if events else None, previous_start, self.relief_types
                    )
                    self._note_late([(event, given)], "recipient", CONTINUED_WHY)
                    events.append(event)
                    told[k] = event
                    chain.extend(_object_subject_pairs(view, event))
            self._note_late(
                _judged_doers(view, found, triggers, told, self.judging_types), "recipient", JUDGED_WHY
            )
            self._note_late(_taken_from_foe(triggers, told, self.violent_types), "recipient", FOE_WHY)
            # no event said who acts here: the sentence's first name is the likeliest topic
            if not subject_here and (first := _first_actor(view.actor_units)) is not None:
                _remember(recent, view, first)
            before_sentence[view.start] = previous_start
            previous_start = view.start
        article.events = merge_clause_events(events, self.separate_types)
        if self.trace:
            self.trace.merged(events, article.events)
        # a learned judge (events/eventfilter.py); it keeps the topic candidates it believes
        if self.filter is not None and (article.events or candidates):
            explain = self.trace is not None
            article.events, dropped = self.filter.keep(article, article.events, candidates, explain=explain)
            if self.trace:
                self.trace.filtered(dropped)
            self._note_late(_continue_topics(article.events, before_sentence), "recipient", TOPIC_WHY)
        self._note_late(_carry_force_doer(article.events, self.violent_types), "actor", STORY_DOER_WHY)
        to_actors, to_recipients = _sides_named(article.events)
        self._note_late(to_actors, "actor", SIDES_WHY)
        self._note_late(to_recipients, "recipient", SIDES_WHY)
        struck_given = _give_thing_recipients(article.events, struck)
        self._note_late([(event, [thing]) for event, thing in struck_given], "recipient", STRUCK_WHY)
        called_given = _give_thing_recipients(article.events, called, CALLED_TAG)
        self._note_late([(event, [thing]) for event, thing in called_given], "recipient", CALLED_WHY)
        if self.calibration:
            calibrate(article.events, self.index, self.calibration)
        self.stats.update("events", len(article.events))
        return article

    def _note_late(self, given: list[tuple[Event, list[Actor]]], role: str, why: str) -> None:
        """Notes in the trace the arguments a step gave events after their clauses were traced."""
        if self.trace:
            for event, actors in given:
                self.trace.added_late(event, role, actors, why)

    def _code(
        self,
        article: Article,
        view: SentenceView,
        trig: TriggerMatch,
        ctx: ClauseContext,
        struck: list[tuple[Event, Actor]],
        called: list[tuple[Event, Actor]],
    ) -> tuple[Event | None, Unit | None, Unit | None]:
        """The event a trigger tells, with the subject and the object units it took; a thing an
        act of force is done to with no party named is noted in ``struck``, and the common noun
        a verb calls to or charges with no party named in ``called`` (_give_thing_recipients)."""
        if trig.entry.not_written and _written_as(
            article.text, view.tokens[trig.first], trig.entry.not_written
        ):
            return self._rejected(trig, "written with a shadda its word never has (وعدّ: and considered)")
        units = [u for u in view.actor_units if ctx.lo <= u.first <= ctx.hi and not _covers(u, trig)]
        claimed = inherited = False
        speaker: Actor | None = None  # who speaks a cue verb with no subject named (+speaker)
        governing_type = ctx.governor[0].entry.event_type if ctx.governor else ""
        if governing_type and governing_type != trig.entry.event_type:
            if not ctx.governor[0].entry.claim:
                return self._rejected(trig, f"the content of a {governing_type} verb (هدد بقصف)")
            # اتهم موسكو بقصف ...: the accused did the act, as a claim
            actor, recipient, rule, claimed = (
                ctx.governor[2],
                _first_governed(trig, units),
                "complement",
                True,
            )
        elif trig.is_verb and (
            _is_passive(article.text, view.tokens[trig.first], trig) or _agent_after(view, trig, units)
        ):
            # قُتل القيادي، اعتُقل الناشط على يد الشرطة: the name after the verb is what befell
            actor, recipient, rule = _passive_arguments(view, trig, units)
            if actor is None and trig.entry.force:
                actor = _force_heir(ctx)  # شن الطيران غارة على البلدة وقُتل فيها 5 مدنيين
        elif trig.is_verb:
            actor, recipient, rule = _verb_arguments(view, trig, units, ctx, self.report_verbs)
            if rule == DROPPED_RULE and actor is ctx.last_subject:
                actor = _agreeing_subject(view, trig, ctx) or actor
            elif (chained := _chain_subject(view, trig, actor, ctx)) is not None:
                actor, rule = chained, rule + CHAIN_TAG
            if (speaker := _quoted_speaker(view, trig, rule, ctx, actor)) is not None:
                # وطالب، داعيا، ندعو: who speaks does it, as the quote stage followed the
                # speaker (a name in his words before is not who goes on speaking); the subject
                # chain goes on with the unit naming him, else with the rules' own
                actor, rule = _speaker_unit(view, ctx, speaker) or actor, rule + "+speaker"
            source = _from_party(view.tokens, trig, units)
            if source is not None and source is not actor and _from_recipient(trig) and recipient is None:
                recipient, rule = source, rule + "+from"  # حرر الجيش المدينة من المسلحين
            elif source is not None and actor is None and not _from_recipient(trig):
                actor, rule = source, rule + "+from"  # تعرضت المدينة لقصف من الطيران: who it came from
        else:
            actor, recipient, rule = _noun_arguments(view, trig, units, bool(_possessive(view, trig)))
            if rule != "noun:agent" and (doer := _doer_past_clause(view, trig, units, ctx.hi)) is not None:
                # الضربات التي توجهها الطائرات: the relative verb's subject, past the clause
                # its verb opens, does the act the noun names
                actor, recipient, rule = (
                    doer,
                    None if _same_unit(doer, recipient) else recipient,
                    "noun:agent",
                )
            if (
                not any(tag in rule for tag in NAMED_AGENT_RULES)
                and (by := _agent_by_side(view, trig, units)) is not None
            ):
                # معارك ضارية من جانب القوات الانفصالية، انتقادات من طرف المعارضة: by whom
                actor, recipient, rule = by, None if _same_unit(by, recipient) else recipient, "noun:agent"
            if actor is None and recipient is None and (taken := _members_object(view, trig)) is not None:
                recipient = taken  # القضاء على مقاتلين من التنظيم: the group its people are
            if rule == "noun" and (foe := _fought_by(view, trig, units, actor)) is not None:
                # لقي أربعة مسلحين مصرعهم في اشتباكات مع الشرطة: they fell to the side they fought
                actor, recipient, rule = foe, actor, "noun:fought"
            if trig.entry.object_word and rule == "noun":
                actor = None  # ضبطت الشرطة عبوات ناسفة: who handles the object did not attack
            actor, recipient, rule = _with_possessor(view, trig, actor, recipient, rule)
            if (
                rule == "noun:genitive-agent"
                and (doer := _complement_doer(view, trig, units, ctx)) is not None
            ):
                # حاولت القوات تطويق المتمردين: the masdar is the object of its subject's verb,
                # so the subject acts and the genitive is whom the act reaches
                actor, recipient, rule = doer, actor, "noun:complement"
            elif (
                rule == "noun:genitive-agent"
                and (governed := _governing_subject(view, trig, actor)) is not None
            ):
                # شارك الجيش في قصف المسلحين، توجه الوزير لزيارة المصابين: the genitive is reached
                actor, recipient, rule = governed[0], actor, governed[1]
            if rule == "noun" and (doer := _doer_subject(view, trig, recipient)) is not None:
                actor, rule = doer, "noun:doer"  # قامت الطائرات ... بشن غارات: قام's subject acts
            elif rule == "noun" and (doer := _perpetrator_subject(view, trig, recipient)) is not None:
                actor, rule = doer, "noun:doer"  # عقد الأمير ... اجتماعا، تبنى التنظيم الهجوم
            elif (
                rule == "noun"
                # a masdar a verb of endeavour takes is often only striven for (يسعى إلى، يستعد
                # ل، فشل في), one of purpose only meant: the verb's subject corrects who acts in a
                # noun with names, and makes no event of one without
                and (actor is not None or recipient is not None)
                and (governed := _governing_subject(view, trig, recipient)) is not None
            ):
                actor, rule = governed  # يستعد الجيش لاقتحام المدينة، وصل الوفد لإجراء محادثات
            elif (
                rule in ("noun", "noun:genitive-agent")
                and (actor is not None or recipient is not None)  # an intent alone makes no event
                and (holder := _intent_holder(view, trig, recipient)) is not None
            ):
                # أعلنت الحكومة اعتزامها زيارة طهران: who means to act does it, a genitive read as
                # its agent is whom it reaches
                recipient = actor if rule == "noun:genitive-agent" else recipient
                actor, rule = holder, "noun:intent"
            source = _from_party(view.tokens, trig, units)
            if source is not None and _from_recipient(trig):
                recipient, rule = source, rule + "+from"  # تحرير المدينة من المسلحين
            elif source is not None and rule not in ("noun:agent", "noun:genitive-agent", "noun:possessor"):
                actor, rule = source, FROM_DOER_RULE  # تعرض الموقع لغارات من طيران التحالف
            adjective = self._adjective_agent(article, view, trig)
            if adjective is not None and rule not in ("noun:agent", FROM_DOER_RULE, "noun:intent"):
                # الغارات التركية، المساعدات السعودية: the country adjective names who acts
                actor, rule = adjective, "noun:adjective"
            if (taken := _taker(view, trig, ctx.earlier)) is not None:
                # تلقت الحكومة مساعدات من الإمارات، تعرض الموكب لهجوم: who receives the aid or
                # undergoes the act is the recipient; who gives or does it is named after من or
                # by an adjective, never the one it reached
                taker, tag = taken
                if not any(r in rule for r in NAMED_AGENT_RULES) or _same_unit(taker, actor):
                    actor = None
                recipient, rule = taker, rule + tag
            means = (
                governing_type == trig.entry.event_type
                or _after_cause(view.tokens, trig)
                or _in_earlier_act(view.tokens, trig, ctx.earlier)
            )
            if _stopped_or_absent(view.tokens, trig) and not means:
                return self._rejected(
                    trig, "names an act stopped or absent (وقف إطلاق النار، عدم التنسيق، من دون اعتقال)"
                )
            if means:
                rule += "+means"  # قتل ... بقصف: merged into the verb's event below
            elif actor is None and recipient is None and not _material_with_place(view, trig):
                if self.filter is None or not self.filter.judges_topics:
                    return self._rejected(trig, "no actor and no recipient: a noun alone is a topic")
                # a topic or an act nobody is named for (أن الهجوم استهدف، خلال زيارته): a
                # candidate the learned filter keeps or drops, its doer guessed
                actor, rule = _topic_doer(view, trig, ctx)
            elif actor is None and recipient is None and trig.entry.object_word:
                return self._rejected(trig, "an object word needs someone acting or harmed")
            elif (
                actor is None
                and not any(tag in rule for tag in TAKER_TAGS)  # its doer is named or no one
                and (heir := _heir(trig, ctx)) is not None
                and not _same_unit(heir, recipient)
            ):
                # أعلنت المعارضة سيطرتها ... وتطهير الوادي: a reported act with nobody named in its
                # clause is done by who acts earlier in the sentence, else by the story's last actor
                actor, rule, inherited = heir, rule + "+inherited", True
        if (force := _object_word_subject(view, trig)) is not None and not _same_unit(force, actor):
            # انتشرت قوات الجيش: the force deployed, whoever the rules read as the subject
            actor, rule, inherited = force, rule + "+object-subject", False
        if trig.requires_sectors and not (actor and _alone_subject_fits(trig, actor, inherited)):
            return self._rejected(
                trig, f"a light verb alone needs a subject of sector {'/'.join(trig.requires_sectors)}"
            )
        if trig.entry.armed_doer and (inherited or actor is None or not _armed_force(actor)):
            # a masdar whose doer is only carried from before (منعت القوافل من الدخول) says
            # nothing of who moved: the armed force must be named with it
            return self._rejected(trig, _unarmed_reason(trig, actor, inherited))
        if recipient is None and (taken := _object_unit(view, trig)) is not None:
            recipient, rule = taken, rule + "+object"  # طردت المقاومة المسلحين: the light verb's object
        if recipient is None and (joined := _joined_verb_object(view, trig, actor)) is not None:
            recipient, rule = joined, rule + "+joined-object"  # انتقد الوزير إيران وحذرها: she is warned
        if (
            trig.entry.violence
            and not _victims_named(view, actor)
            and (target := _target_or_holder(view, trig, actor, recipient)) is not None
        ):
            recipient, rule = target[0], rule + target[1]
        if (
            recipient is None
            and trig.entry.force
            and not _victims_named(view, actor)
            and (victims := _outcome_victims(view, trig)) is not None
        ):
            recipient, rule = victims, rule + "+outcome"  # القصف أسفر عن مصرع 22 متمردا
        # مُنع السكان: victims in the subject slot of an act of force are its target (below)
        victim_subject = actor is not None and is_victim(actor) and trig.entry.force
        if (
            recipient is None
            and self.index.needs_recipient(view.tokens, trig)
            and not victim_subject
            and not _b_complement_after(view, trig)
        ):
            return self._rejected(trig, "no recipient found (the entry needs one)")
        if recipient is not None and (party := _ranks_party(view, recipient)) is not None:
            recipient = party  # مصرع 12 شخصا في صفوف قوات النظام: the dead are the party's
        actors = [speaker] if speaker else (actor.actors() if actor else [])
        recipients = recipient.actors() if recipient else []
        counted = (  # 7 عناصر من داعش قتلوا: counted people with no object are what befell
            trig.is_verb
            and (
                recipient is None
                or _fought_with(trig, recipient)
                or _named_past_means(view, actor, recipient)
            )
            and actor is not None
            and _of_sentence(view, actor)
            and is_counted(view.tokens, actor)
        ) or _passive_subject(view, trig, actor, recipient, rule)
        if (
            actor
            and (is_victim(actor) or counted)
            and trig.entry.force
            and not rule.startswith("passive")  # a passive's victims are already its recipient
            and ":genitive-agent" not in rule  # هجمات المستوطنين على القرية: named as who attacks
            and not _told_as_perpetrator(view, trig, actor, rule)  # هجوم شنه شخصان: named as its doer
            and not _wields_object(trig, actor, rule)  # ألقى مستوطنون زجاجات حارقة: they threw them
            and not _active_only(view.tokens[trig.first], trig)  # هاجم مستوطنون منزلا: هوجم is its passive
            and not _object_of_subject(view, trig, actor, recipient)  # أسرت القبائل عددا منهم
        ):
            # قتل مدني برصاص القوات، 7 من عناصر داعش قتلوا: victims, or people counted in the
            # subject slot, are the target; an armed unit found as the object is who acted
            doer = (
                recipient
                if recipient is not None
                and is_armed(recipient)
                and not is_counted(view.tokens, recipient)  # قتل 12 شخصا بينهم 5 عسكريين: befell
                and not complementizer_between(view.tokens, trig.last, recipient.first)
                else None
            )
            if doer is None and trig.is_verb:
                # قتل أربعة جنود ... بقذيفة أطلقتها الميليشيا: the means' doer; else who acted before
                # (ونفذ التنظيم هجوما ... وقتل 200 مدني)
                doer = _means_doer(view, actor, view.units) or _force_heir(ctx)
            actors, recipients, rule = (doer.actors() if doer else []), actors, rule + "+victims"
        if (
            not recipients
            and "+victims" not in rule
            and (
                held := _object_pronoun_referent(view, trig, actor)
                or _preposition_pronoun_referent(view, trig, actor)
            )
            is not None
        ):
            # أعدمته السلطات، قبضت عليهم الشرطة: whom the pronoun on the verb or on the preposition
            # it takes its recipient with stands for is reached; it makes no event of its own
            # (found after the entry's need of a recipient) nor turns victims round (above)
            recipient, recipients, rule = held, held.actors(), rule + "+object-pronoun"
        mutual = not recipients and actor is not None and _names_both_sides(actor)
        sides = not recipients and rule.startswith("noun:between") and len(actors) > 1
        # a reciprocal act's two parties, named in its clause (a topic's doers are guessed)
        pair = trig.entry.reciprocal and len(actors) > 1 and not recipients and "topic" not in rule
        if mutual or sides or pair:
            # تتبادلان الاتهامات، بحث الجانبان، اشتباكات بين الجيش والمسلحين: each side acts on the other
            recipients = [replace(a) for a in actors]
        tokens = view.tokens
        if not trig.is_verb and _after_result(tokens, trig):
            rule += "+result"  # الهجوم أسفر عن مقتل 5: whom it names the act before it befell (below)
        elif _object_names_means(tokens, trig):
            rule += "+means"  # مقتل 30 مدنيا جراء غارات شنها الطيران: who waged them did the act
        t_start, t_end = tokens[trig.first].start, tokens[trig.last].end
        event_type, cameo, mode = _sense(trig, actors, recipients, tokens)
        received = trig.entry.received_cameo
        if received and "+received" in rule and event_type == trig.entry.event_type:
            # تلقت الفصائل دعما من تركيا: support received was given, aid
            event_type, cameo, mode = plover_of_cameo(received), received, ""
        if _said_possible(tokens, trig):
            return self._rejected(
                trig, "an act said to be possible or owed, not done (يمكن اعتقال، قادرة على استعادة)"
            )
        told = "claimed" if claimed else modality(tokens, trig, ctx.earlier)
        threat = trig.entry.ultimatum_cameo
        if threat and event_type in self.force_types and told == "future" and _ultimatum(tokens, trig, ctx):
            # سيعدمونه ما لم تفرج الحكومة عن ...: an act of force set against a demand is threatened
            event_type, cameo, mode = plover_of_cameo(threat), threat, ""
        chosen = ""
        if self.chooser is not None:  # a learned choice among the clause's names (events/argmodel.py)
            rules_recipients = recipients
            actors, recipients, chosen = self.chooser.revise(
                view, trig, ctx, units, rule, event_type, actors, recipients
            )
            if "recipient" in chosen and _in_subject_phrase(view, actor, rule, recipients):
                # والد الرهينة، السفير في القاهرة أحمد قطان: the rules passed over these names
                recipients, chosen = rules_recipients, _without_model_role(chosen, "recipient")
        if not actors and rule == "SVO" and trig.is_verb and (lede := _lede_subject_after(view, trig)):
            # دعت الممثلة الفرنسية فلانة: no one acted before to carry, nor did the rules or the
            # chooser name anyone; a recipient inside the phrase is the subject's own word
            actor, actors, rule = lede, lede.actors(), "VSO"
            recipients = [
                r for r in recipients if r.end <= lede.mentions[0].start or r.start >= lede.mentions[0].end
            ]
        if (
            not recipients
            and event_type in self.force_types
            # قتل بغارة على غزة: the means or phrase of an act told before folds into its event
            and "+means" not in rule
            and not _act_phrase(view, trig, ctx)
            and (people := self._shelled_residents(view, trig, actor))
        ):
            # قصفت الطائرات بلدة كفرنبل: a town struck with nobody else named, by the rules or the
            # chooser, is struck at its people
            recipients, chosen = [people], chosen + RESIDENTS_TAG
            if self.trace:
                self.trace.added(trig, "recipient", [people], RESIDENTS_WHY)
        phrase = _act_phrase(view, trig, ctx)
        thing = (
            _struck_thing(view, trig, actor, rule, actors)
            if not recipients and event_type in self.force_types and "+means" not in rule and not phrase
            else None
        )
        bodies = _bodies_of_counted(view, recipients)
        if self.trace:
            self.trace.added(trig, "recipient", bodies, BODIES_WHY)
        recipients = recipients + bodies
        event = Event(
            sentence_start=view.start,
            sentence_end=view.end,
            trigger_start=t_start,
            trigger_end=t_end,
            trigger=article.text[t_start:t_end],
            event_type=event_type,
            cameo=cameo,
            sentence=article.text[view.start : view.end],
            mode=mode,
            modality=told,
            actor=actors,
            recipient=recipients,
            quad_class=quad_class(cameo),
            confidence=_confidence(trig, actors, recipients),
            rule=f"{trig.entry.pos}:{trig.entry.lemma}:{rule}{_retold(trig, ctx)}{phrase}{chosen}",
        )
        if thing is not None:  # given once the events are merged and judged (_give_thing_recipients)
            struck.append((event, thing))
        elif not recipients and (noun := _called_object_noun(view, trig, actor, rule, actors)) is not None:
            called.append((event, noun))  # ودعا الوزير الآباء إلى: likewise
        elif not recipients and (met := _met_object_noun(view, trig, actor, rule, actors)) is not None:
            called.append((event, met))  # وزار الوزير العائلة المنكوبة: whom a visit calls on
        return event, actor, recipient

    def _shelled_residents(self, view: SentenceView, trig: TriggerMatch, actor: Unit | None) -> Actor | None:
        """The people of a town an act of force is done to (see _settlement_object), civilians of
        the town's country; a site or a region of the gazetteer is no one's home."""
        if trig.entry.from_party == "recipient" or trig.entry.reciprocal:
            return None  # ground taken is taken from its holder; a battle is fought with a side
        found = _settlement_object(view, trig, actor) or _undergoing_settlement(view, trig)
        if found is None:
            return None
        start, place = found
        # a record of the gazetteer only: a capital or a country stands for its state (METONYM_KINDS)
        record = self.kb.gazetteer_place(place.ref)
        if record is None or record.precision not in SETTLEMENT_PRECISIONS or not record.country:
            return None
        begin = view.tokens[start].start
        return Actor(
            begin,
            place.end,
            view.text[begin : place.end],
            f"residents of {record.name}",
            record.country,
            "CVL",
        )

    def _rejected(self, trig: TriggerMatch, reason: str) -> tuple[None, None, None]:
        if self.trace:
            self.trace.reject(trig, reason)
        return None, None, None

    def _adjective_agent(self, article: Article, view: SentenceView, trig: TriggerMatch) -> Unit | None:
        """The country adjectives right after a noun trigger (القصف الروسي والسوري), as one unit."""
        if trig.is_verb or trig.entry.adjective != "agent" or _object_party(view, trig) is not None:
            return None
        tokens, found = view.tokens, []
        definite = has_article(tokens[trig.reach])
        j = trig.reach + 1
        while j < len(tokens) and j <= trig.reach + 1 + MAX_MODIFIERS + len(found):
            tok = tokens[j]
            iso3 = self.nisba.country(tok) if tok.is_word else ""
            if iso3:
                found.append((j, iso3))
            elif (
                found
                or not agrees(tok, definite)
                or is_any_particle(tok.norm)
                or not _may_describe(view, trig, tok, definite)
            ):
                break
            j += 1
        if not found:
            return None
        mentions, identities = [], []
        for k, iso3 in found:
            ident = self.resolver.identity(Candidate("country", iso3, "GPE"))
            start = tokens[k].start + (1 if tokens[k].prefixes[:1] == ("و",) else 0)
            mentions.append(Mention(start, tokens[k].end, article.text[start : tokens[k].end], "actor",
                                    "GPE", f"country:{iso3}", ident.entity, view.index, "adjective"))  # fmt: skip
            identities.append(ident)
        return Unit(found[0][0], found[-1][0], mentions, identities, parts=[(k, k) for k, _ in found])


def _may_describe(view: SentenceView, trig: TriggerMatch, tok: Token, definite: bool) -> bool:
    """Whether a word between an act noun and a country adjective lets the adjective name the
    act's doer: no word of a mention (مقتل جندي تركي: the soldier's own), and nisba-shaped, the
    act's own adjective (غارات جوية روسية). A common noun there is the act's genitive, which the
    adjective describes (مهاجمة أهداف فلسطينية); only a noun whose genitive is its doer is done
    by it (مساعدة شبكات تهريب تركية), not a light verb's noun, whose object it is (تدريب قوات
    معارضة سورية)."""
    if any(m.start <= tok.start < m.end for m in view.mentions):
        return False
    doer_genitive = trig.entry.genitive_doer and trig.entry.pos != "light"
    return doer_genitive or is_nisba_adjective(tok, definite)


def _judged_doers(
    view: SentenceView,
    found: list[TriggerMatch],
    triggers: list[TriggerMatch],
    told: dict[int, Event],
    judging_types: frozenset[str],
) -> list[tuple[Event, list[Actor]]]:
    """A verb that judges an act named right after it (رحبت القيادة بدعوة مصر، انتقدت المعارضة
    الزيارة التي تقوم بها موغيريني، أدان قصف قوات النظام) is aimed at who does that act: with no
    recipient of its own, the act noun's doer is the recipient. The act noun may be a trigger
    dropped as the verb's content (بدعوة). Who made what any object noun names, told by a
    relative clause or من after it (_judged_noun_maker), is the recipient before all else.
    ``judging_types`` are the types of judging verbs (their files set ``judging``). Returns the
    events given a recipient, with it, for the trace."""
    given: list[tuple[Event, list[Actor]]] = []
    for k, event in told.items():
        trig = triggers[k]
        if not trig.is_verb or event.event_type not in judging_types:
            continue
        maker = _judged_noun_maker(view, trig)
        if maker is not None and not _same_parties(maker.actors(), event.actor):
            event.recipient = maker.actors()  # انتقد التصريحات التي أدلى بها السفير
            given.append((event, event.recipient))
            continue
        act = next((t for t in found if t.first > trig.reach), None)
        if event.recipient or act is None:
            continue
        if (nisba := _nisba_doer(view, trig, act, _told_at(triggers, told, act))) and not _same_parties(
            nisba, event.actor
        ):
            event.recipient = nisba  # أدانت الحكومة القصف التركي: the act's nisba names its doer
            given.append((event, event.recipient))
            continue
        if _masdar_read_as_verb(view, trig, act) and (done := _told_at(triggers, told, act)) is not None:
            # دانت المنظمة قصف المتمردين: قصف, written as its masdar, was read as a verb with its doer
            if done.actor and not _same_parties(done.actor, event.actor):
                event.recipient = list(done.actor)
                given.append((event, event.recipient))
            continue
        if not _names_act_judged(view, trig, act):
            continue
        hi = next((t.first - 1 for t in triggers if t.first > act.reach), len(view.tokens) - 1)
        units = [_genitive_of(act, u) for u in view.units if act.reach < u.first <= hi and u.is_actor]
        doer, _, rule = _noun_arguments(view, act, units, bool(_possessive(view, act)))
        if doer is not None and rule in ("noun:agent", "noun:genitive-agent"):
            event.recipient = doer.actors()
            given.append((event, event.recipient))
    return given


def _nisba_doer(view: SentenceView, verb: TriggerMatch, act: TriggerMatch, done: Event | None) -> list[Actor]:
    """The doer an act noun right after a judging verb and its subject takes from its nisba
    adjective (القصف التركي، الغارات الإسرائيلية), as the act's own event read it; none else."""
    if done is None or not done.actor or NISBA_DOER_RULE not in done.rule:
        return []
    return list(done.actor) if _object_after_subject(view, verb, act) else []


def _judged_noun_maker(view: SentenceView, verb: TriggerMatch) -> Unit | None:
    """Who made what a judging verb's object noun names, when a relative clause or من after
    the noun says it (انتقد الوزير التصريحات التي أدلى بها السفير، أشاد بالدور الذي يقدمه
    المركز، رحب بالمبادرة المقدمة من قطر): the name after the clause's verb with its resumptive
    pronoun (يقدمه، أدلى بها), or after من / من قبل. The noun is no name: the relative clause
    of a name is the name's own."""
    tokens = view.tokens
    named = view.named_tokens()
    for k in range(verb.reach + 2, min(len(tokens) - 1, verb.reach + 1 + JUDGED_REACH)):
        word = tokens[k].norm
        if word in CLAUSE_BREAKS or (tokens[k].prefixes == ("و",) and k not in named):
            return None  # وهنأ: a conjunction on a word without the article opens another clause
        if k - 1 in named or not has_article(tokens[k - 1]):
            continue  # only a definite noun or adjective takes a relative clause
        if is_particle("from", word):
            j = k + 2 if tokens[k + 1].norm == "قبل" else k + 1
            return next((u for u in view.units if u.first == j and u.is_actor), None)
        if is_particle("relative", word):
            return _resumed_subject(view, k)
    return None


def _resumed_subject(view: SentenceView, k: int) -> Unit | None:
    """The name right after the verb of a relative clause opening at ``k`` whose pronoun
    stands for the head (يقدمه المركز، أدلى بها الوزير): the clause's subject."""
    tokens = view.tokens
    for j in range(k + 1, min(len(tokens) - 1, k + 1 + RELATIVE_DOER_REACH)):
        tok = tokens[j]
        if tok.norm in CLAUSE_BREAKS or is_particle("relative", tok.norm) or not tok.is_word:
            return None
        if tokens[j + 1].norm in RESUMPTIVE_B:
            return _actor_at(view, j + 2)
        if tok.suffix in OBJECT_PRONOUNS:
            return _actor_at(view, j + 1)
    return None


def _actor_at(view: SentenceView, k: int) -> Unit | None:
    """The name starting at token ``k``, or a few words after when those open its title
    (تقوم بها الممثلة العليا للسياسة الخارجية فدريكا موغيريني); no clause break between."""
    for u in view.units:
        if u.first < k:
            continue
        if u.first - k > OPENING_TITLE_WORDS or any(
            t.norm in CLAUSE_BREAKS for t in view.tokens[k : u.first]
        ):
            return None
        return u if u.is_actor and _subject_like(view, u) else None
    return None


def _genitive_of(act: TriggerMatch, u: Unit) -> Unit:
    """A name right after an act noun read as a side phrase (بدعوة مصر "at Egypt's call") is the
    act's genitive when the noun is what a verb judges (رحب بدعوة مصر)."""
    if u.marker == "adjunct" and u.first == act.reach + 1:
        return replace(u, marker="", marker_word="")
    return u


def _masdar_read_as_verb(view: SentenceView, verb: TriggerMatch, act: TriggerMatch) -> bool:
    """Whether a verb trigger right after a judging verb and its subject is written as its
    entry's masdar (أدان قصف، انتقد اعتقال) with no conjunction: the verb's object, not a verb."""
    if not act.is_verb or not act.entry.masdar or view.tokens[act.first].prefixes:
        return False
    word = view.tokens[act.first].norm
    return word in _masdar_stems(tuple(act.entry.masdar)) and _object_after_subject(view, verb, act)


def _told_at(triggers: list[TriggerMatch], told: dict[int, Event], act: TriggerMatch) -> Event | None:
    return next((told[k] for k, t in enumerate(triggers) if t is act and k in told), None)


def _names_act_judged(view: SentenceView, verb: TriggerMatch, act: TriggerMatch) -> bool:
    """Whether a noun trigger follows a verb as its object (:func:`_object_after_subject`)."""
    return not act.is_verb and _object_after_subject(view, verb, act)


def _object_after_subject(view: SentenceView, verb: TriggerMatch, act: TriggerMatch) -> bool:
    """Whether a trigger comes where a verb's object does: only the subject's name and at most
    JUDGED_GAP other words between, no clause break."""
    named = view.named_tokens()
    between = [k for k in range(verb.reach + 1, act.first) if k not in named]
    return len(between) <= JUDGED_GAP and not any(view.tokens[k].norm in CLAUSE_BREAKS for k in between)


def _taken_from_foe(
    triggers: list[TriggerMatch], told: dict[int, Event], violent_types: frozenset[str]
) -> list[tuple[Event, list[Actor]]]:
    """Ground taken with no one named it was taken from, told with a fight in the same sentence
    by the same side (سيطرت القوات على البلدة بعد معارك عنيفة مع المتمردين، وسط اشتباكات مع
    الحوثيين): it was taken from the side fought. A recipient the learned chooser guessed gives
    way to it. Returns the events given one, with it, for the trace."""
    given: list[tuple[Event, list[Actor]]] = []
    for k, event in told.items():
        if triggers[k].entry.from_party != "recipient" or event.event_type not in violent_types:
            continue
        if rules_arguments(event)[1] or not event.actor:
            continue
        foe = next(
            (
                other
                for j, other in told.items()
                if j != k
                and other.event_type in violent_types
                and rules_arguments(other)[1]
                and _same_parties(other.actor, event.actor)
            ),
            None,
        )
        if foe is None:
            continue
        event.recipient = _others(foe.recipient, event.actor)
        event.rule = _without_model_role(event.rule, "recipient") + "+foe"
        given.append((event, event.recipient))
    return given


def _carry_force_doer(events: list[Event], violent_types: frozenset[str]) -> list[tuple[Event, list[Actor]]]:
    """An attack told with no doer (قتل 173 مدنيا جراء الغارات، أسفر القصف عن مقتل ...) is done
    by the armed force that did the story's last attack: an air campaign's sorties, a siege's
    shelling. Never when the story's attacker is among its victims (قتل 3 من أفراد المقاومة
    after the resistance attacked). After the filter: the kept events only tell the story.
    Returns the events given a doer, with it, for the trace."""
    given: list[tuple[Event, list[Actor]]] = []
    doer: list[Actor] = []
    for event in events:
        if event.event_type not in violent_types:
            continue
        if event.actor:
            armed = all(a.sector in ARMED_SECTORS for a in event.actor)
            doer = event.actor if armed else []
        elif doer and not any(_same_side(a, r) for a in doer for r in event.recipient):
            event.actor = [replace(a) for a in doer]
            event.rule += STORY_DOER_TAG
            given.append((event, event.actor))
    return given


def _sides_named(
    events: list[Event],
) -> tuple[list[tuple[Event, list[Actor]]], list[tuple[Event, list[Actor]]]]:
    """An actor named by a dual noun (اشتباكات بين الطرفين، اتفق الجانبان) stands for the two
    parties of the last event before it that named an actor and a recipient: they join it as
    actors, and as recipients where the dual is the recipient too (each side acts on the other).
    A dual that is only the recipient of a named actor (بحث الرئيس مع الجانبين) gets the parties
    not in the event yet, the other side, as recipients. After the filter, as _carry_force_doer.
    Returns the events given parties as actors, and as recipients, with them, for the trace."""
    to_actors: list[tuple[Event, list[Actor]]] = []
    to_recipients: list[tuple[Event, list[Actor]]] = []
    sides: list[Actor] = []
    for event in events:
        if not any(map(_is_dual, event.actor)):
            if any(map(_is_dual, event.recipient)):
                # one party acts on «الطرفين»: the dual stands for the other party named before
                if event.actor and (other := _parties_absent(sides, [*event.actor, *event.recipient])):
                    event.recipient = [*event.recipient, *other]
                    to_recipients.append((event, other))
                    event.rule += SIDES_TAG
            elif event.actor and event.recipient:
                sides = [*event.actor, *event.recipient]
            continue
        added = _parties_absent(sides, event.actor)
        if not added:
            continue  # no parties named before, or they all act in it already: no tag
        event.actor = [*event.actor, *added]
        to_actors.append((event, added))
        if any(map(_is_dual, event.recipient)):
            also = [replace(a) for a in added]
            event.recipient = [*event.recipient, *also]
            to_recipients.append((event, also))
        event.rule += SIDES_TAG
    return to_actors, to_recipients


def _parties_absent(sides: list[Actor], present: list[Actor]) -> list[Actor]:
    """Copies of the parties named before that are none of the ``present`` arguments."""
    return [replace(a) for a in sides if not any(_same_side(a, b) for b in present)]


def _is_dual(actor: Actor) -> bool:
    """Whether an argument is a dual noun that stands for two parties named before (الطرفان،
    البلدان: ``sides`` in actor_nouns.tsv and subject_nouns.tsv)."""
    return actor.entity in sides_entities()


def _same_side(actor: Actor, other: Actor) -> bool:
    """Whether two arguments name the same party (one identity, or one name inside the other)."""
    if actor.entity and actor.entity == other.entity:
        return True
    return actor.text in other.text or other.text in actor.text


def _split_model_tag(rule: str) -> tuple[str, list[str], str]:
    """The one reader of the learned chooser's tag (+model:actor,recipient): the rule before it,
    the roles it names, and the tags added after it (+model:actor+residents: +residents is no
    role). A rule with no such tag is all head."""
    head, tag, rest = rule.rpartition(MODEL_TAG)
    if not tag:
        return rule, [], ""
    roles, plus, after = rest.partition("+")
    return head, roles.split(","), plus + after


def model_roles(rule: str) -> list[str]:
    """The roles a learned chooser filled, from the rule's tag (+model:actor,recipient)."""
    return _split_model_tag(rule)[1]


def _without_model_role(rule: str, role: str) -> str:
    """A rule string no longer saying the learned chooser filled a role; the tags after it stay."""
    head, roles, after = _split_model_tag(rule)
    kept = [r for r in roles if r != role]
    return head + (MODEL_TAG + ",".join(kept) if kept else "") + after


def _continue_recipient(
    event: Event, last: Event | None, since: int, relief_types: frozenset[str]
) -> list[Actor]:
    """An event with no recipient named goes on with the act the event before it (last) told, in
    its sentence or the one before, when that one is of its type and by the same actor (التقى
    الوزير نظيره ... وتم خلال اللقاء بحث ...، كما بحث ...): it is done to the same recipient.
    So is one of the ``relief_types`` by another giver (_same_relief). Returns the recipients
    given, for the trace."""
    if event.recipient or not event.actor or last is None:
        return []
    if (
        last.sentence_start >= since
        and last.event_type == event.event_type
        and (_same_parties(last.actor, event.actor) or _same_relief(last, event, relief_types))
    ):
        event.recipient = _others(last.recipient, event.actor)
        return event.recipient
    return []


def _others(recipients: list[Actor], actors: list[Actor]) -> list[Actor]:
    """The recipients who are none of the actors."""
    acting = {a.entity or a.text for a in actors}
    return [r for r in recipients if (r.entity or r.text) not in acting]


def _continue_topics(events: list[Event], before_sentence: dict[int, int]) -> list[tuple[Event, list[Actor]]]:
    """A topic noun the filter kept with no recipient goes on with the last act of its type told
    in its sentence or the TOPIC_SENTENCES_BACK before it (استقبل الأمير السفير ... ثم جرى في
    الاجتماع تناول ...): it is done to the same recipient. Filled in once it is kept, so the
    filter judges it on its own clause; unlike a coded event (_continue_recipient) the actor a
    topic has is only guessed, so it need not be the same. Returns the topics given a
    recipient, with it, for the trace."""
    given: list[tuple[Event, list[Actor]]] = []
    last_of_type: dict[str, Event] = {}  # the last event of each type told so far
    for event in events:
        last = last_of_type.get(event.event_type)
        last_of_type[event.event_type] = event
        if last is None or event.recipient or not is_topic_candidate(event):
            continue
        since = event.sentence_start  # walked back to the earliest sentence the act may be told in
        for _ in range(TOPIC_SENTENCES_BACK):
            since = before_sentence.get(since, 0)
        if last.sentence_start >= since:
            event.recipient = _others(last.recipient, event.actor)
            given.append((event, event.recipient))
    return given


def _same_relief(last: Event, event: Event, relief_types: frozenset[str]) -> bool:
    """Acts of relief told in one sentence (``relief_types``, whose files set ``relief``: وجه
    الملك بتقديم مساعدات للشعب اليمني، وأمر الأمير بتأمين طائرات لتسيير جسر جوي): a chain of
    givers bringing one relief to the same people."""
    return event.event_type in relief_types and last.sentence_start == event.sentence_start


def _same_parties(left: list[Actor], right: list[Actor]) -> bool:
    return {a.entity or a.text for a in left} == {a.entity or a.text for a in right}


@dataclass(slots=True)
class ClauseContext:
    """Where a trigger's clause is and what came before it."""

    lo: int
    hi: int
    earlier: Sequence[TriggerMatch]
    # (governing verb, its subject, its object) when the trigger is that verb's ب-complement
    governor: tuple[TriggerMatch, Unit | None, Unit | None] | None
    sentence_subject: Unit | None = None  # who acts in an earlier event of the same sentence
    recent: tuple[tuple[Unit, str], ...] = ()  # the story's last subjects and their genders, oldest first
    # (object, subject) of each event coded earlier in the sentence, for a verb joined by و
    objects: tuple[tuple[Unit, Unit], ...] = ()
    speakers: QuoteSpeakers = NO_SPEAKERS  # who speaks, as the quote stage found it

    @property
    def last_subject(self) -> Unit | None:
        """Who acted last in the story, carried to a verb whose subject is dropped."""
        return self.recent[-1][0] if self.recent else None


_END = attrgetter("end")


def _teh_marbuta(text: str, tokens: Sequence[Token]) -> frozenset[int]:
    """Tokens written with a final teh marbuta (استجابة، قبضة): nouns, whatever the normalized
    form (استجابه) looks like."""
    if not tokens:
        return frozenset()
    # Why: a C-level search finds the few ة of a sentence faster than a look at each token's
    # end; the tokens are in text order, so their ends ascend and bisection finds the one
    found = []
    end = tokens[-1].end
    at = text.find("ة", tokens[0].start, end)
    while at >= 0:
        k = bisect_left(tokens, at + 1, key=_END)
        if tokens[k].end == at + 1:
            found.append(k)
        at = text.find("ة", at + 1, end)
    return frozenset(found)


def _inside_names(view: SentenceView) -> frozenset[int]:
    """Tokens inside a name after its first word (للإغاثة in مركز الملك سلمان للإغاثة): never a
    light verb's object. A name's first word may be (استدعت السفير الفرنسي)."""
    # only names the knowledge base knows: a chunked unknown name may run over the object
    # (أعلنت نقابة الأطباء الإضراب)
    names = [
        m for m in view.mentions if m.kind in ("actor", "place", "source") and m.rule.startswith("alias")
    ]
    firsts = {token_index(view.tokens, m.start) for m in names}
    return frozenset(covered_tokens(view.tokens, names) - firsts)


DURING_WORDS = frozenset({"خلال", "اثناء"})  # normalized: an adjunct of the time of the act


def _clause_end(tokens: Sequence[Token], triggers: list[TriggerMatch], k: int) -> int:
    """The last token of trigger ``k``'s clause: the token before the next trigger, unless
    that trigger is a masdar after خلال/أثناء, an adjunct of time inside the clause: the
    party met is then also the verb's («طالب الرئيس خلال اجتماعه أمس الوزير بدعم ...»).
    A visit's object is its place (خلال زيارته بغداد), no party of the verb."""
    for nxt in triggers[k + 1 :]:
        before = tokens[nxt.first - 1].norm if nxt.first > 0 else ""
        if nxt.is_verb or nxt.entry.destination or before not in DURING_WORDS:
            return nxt.first - 1
    return len(tokens) - 1


def _act_subject(verb: TriggerMatch, nxt: TriggerMatch) -> bool:
    """Whether a trigger is a noun of an act of force right after a verb of force, no light verb,
    its subject (قتلت غارة للتحالف عشرة مسلحين، هدمت غارات التحالف مقرا لهم)."""
    return (
        verb.is_verb
        and verb.head == verb.first
        and not nxt.is_verb
        and nxt.first == verb.reach + 1
        and verb.entry.force
        and nxt.entry.force
    )


def _unit_holds(unit: Unit | None, token: int) -> bool:
    """Whether an argument unit spans a token (a verb's subject that is the act noun after it)."""
    return unit is not None and unit.first <= token <= unit.last


def _take_act_parties(verb_event: Event, act_event: Event) -> list[tuple[str, list[Actor]]]:
    """A verb whose subject is the noun of an act (هدمت غارات التحالف مقرا لهم) names no
    doer of its own and its clause ends at the noun: the act's doer and target are the verb's.
    Returns the roles given, with their arguments, for the trace."""
    given: list[tuple[str, list[Actor]]] = []
    if act_event.actor:
        verb_event.actor = list(act_event.actor)
        given.append(("actor", verb_event.actor))
    if act_event.recipient and not verb_event.recipient:
        verb_event.recipient = list(act_event.recipient)
        given.append(("recipient", verb_event.recipient))
    return given


def _received_object(view: SentenceView, first: int) -> bool:
    """Whether a verb form is the object of a verb of receiving, right after it or past its
    subject (تلقت الفصائل دعما: support, not «they supported»): a noun stands there."""
    tokens = view.tokens
    named = view.named_tokens()

    def subject_word(j: int) -> bool:
        # the subject between: a name, or a noun with the article (تلقت البلدية دعما)
        norm = tokens[j].norm
        return j in named or (norm.startswith(ARTICLE) and not is_any_particle(norm))

    return _receiving_verb(tokens, first, subject_word) is not None


def clause_triggers(
    view: SentenceView, triggers: list[TriggerMatch], has_masdar: Callable[[str], bool] = lambda _: False
) -> tuple[list[TriggerMatch], dict[int, DropReason]]:
    """Triggers that can head a clause: none inside a name (المجموعة الدولية لدعم سوريا), and a
    verb form after a preposition-like word read as a masdar (غداة قصف), as is a bare word that
    is also a masdar (``has_masdar``) after a noun it is the genitive of (حملة دهم). Also why
    each other one was dropped, by its place in ``triggers`` (what ``hadath explain`` shows)."""
    names = view.name_mentions()
    kept: list[TriggerMatch] = []
    dropped: dict[int, DropReason] = {}
    for n, trig in enumerate(triggers):
        if trig.is_verb and trig.first > 0 and _read_as_masdar(view, names, trig, has_masdar):
            trig = replace(trig, is_verb=False)
        reason = _drop_reason(view, names, kept[-1] if kept else None, trig)
        if reason is not None:
            dropped[n] = reason
        else:
            kept.append(trig)
    return kept, dropped


def _read_as_masdar(
    view: SentenceView, names: Sequence[Mention], trig: TriggerMatch, has_masdar: Callable[[str], bool]
) -> bool:
    """Whether a verb form is read as a masdar: after a preposition-like word (غداة قصف), as
    the object of a verb of receiving (تلقت الفصائل دعما: _received_object), written with ل
    after a verb of undergoing in its clause (تعرضت القرى لقصف: no purpose), or,
    written bare and also a masdar (دهم، قصف), as the second noun of a construct whose head is
    an indefinite noun written with teh marbuta (حملة دهم، موجة قصف): such a noun is followed
    by its genitive, not by a verb. A form only a verb has (زارت، قتلوا) stays a verb."""
    before, tok = trig.first - 1, view.tokens[trig.first]
    if is_particle("nominal", view.tokens[before].norm) or _received_object(view, trig.first):
        return True
    if _lam_masdar(tok, trig) and _undergone(view, trig.first):
        return True  # تعرضت القرى لقصف: what befell the subject, no verb of purpose
    bare = not tok.prefixes and not tok.suffix
    return bare and _construct_head(view, names, before) and has_masdar(tok.norm)


def _construct_head(view: SentenceView, names: Sequence[Mention], i: int) -> bool:
    """Whether token ``i`` may head a construct: a word written with teh marbuta, with no
    article, no pronoun suffix (حملته قصفت is the noun's own clause), and that is no particle,
    number (عشرة قتلوا) or word of a name."""
    tok = view.tokens[i]
    if not tok.is_word or tok.suffix or has_article(tok) or FUSED_ARTICLE in tok.prefixes:
        return False
    if i not in view.teh_marbuta() or is_any_particle(tok.norm) or is_count_word(tok.norm):
        return False
    return not any(m.start <= tok.start < m.end for m in names)


def _drop_reason(
    view: SentenceView, names: Sequence[Mention], previous: TriggerMatch | None, trig: TriggerMatch
) -> DropReason | None:
    """Why a trigger heads no clause, as a function that words it (called only by a trace: the
    text is never built on the plain run, where most triggers dropped are never shown); None
    when it heads one. The checks run in this order, the first that holds is the reason."""
    tok, lemma = view.tokens[trig.first], trig.entry.lemma
    name = next((m for m in names if m.start <= tok.start and tok.end <= m.end), None)
    if name is not None and not _verb_past_name(view, trig, name):
        return lambda: f"inside the name {name.text!r}"
    if trig.is_verb and _counted_noun(view.tokens, trig):
        # أكثر من 500 طالب سعودي: a number counts a noun spelled like the verb (students)
        return lambda: f"a number before it counts a noun spelled like the verb {lemma} (500 طالب: students)"
    if trig.entry.place_object and not _reaches_place(view, trig):
        # دخلت الهدنة حيز التنفيذ: a verb of movement that reaches no place is no act
        return lambda: f"{lemma} needs a place after it (دخلت القوات المدينة); none is named right after it"
    if trig.entry.armed_doer and (unarmed := _unarmed_doer_near(view, trig)) is not None:
        # دخلت قافلة المساعدات المدينة: who moves, named next to it, bears no arms
        return lambda: (
            f"{lemma} needs an armed doer; {_unit_text(unarmed)!r}, the name next to it, is no armed force"
        )
    if previous is not None and _is_content_of(view.tokens, previous, trig):
        # هدد بعدم التنسيق: what is threatened or asked for is no event of its own
        verb = previous.entry.lemma
        return lambda: (
            f"the content of the verb {verb} before it (what is threatened or asked for is no event of its own)"
        )
    if not trig.is_verb and _after_from_word(view.tokens, trig):
        # تحرير المدينة من سيطرة المسلحين: the grip an act ends is no act of its own
        before = view.tokens[trig.first - 1].norm
        return lambda: (
            f"a hold after {before!r} (تحرير المدينة من سيطرة المسلحين): the grip an act ends is no act of its own"
        )
    return None


def _verb_past_name(view: SentenceView, trig: TriggerMatch, name: Mention) -> bool:
    """Whether a light verb spelled as a name opens it and takes its object past the name's end
    (فتح مسلحون النار: not the movement Fatah). A word after a name's first (حركة فتح) is the name."""
    return (
        trig.is_verb
        and trig.head > trig.first + 1  # a subject between: an object right after is a name's too (فتح تحقيق)
        and view.tokens[trig.first].start <= name.start
        and view.tokens[trig.reach].end > name.end
    )


def _unarmed_reason(trig: TriggerMatch, actor: Unit | None, inherited: bool) -> str:
    """Why an ``armed_doer`` entry was rejected once its clause was read, in words."""
    if inherited:
        why = "its doer is only carried from before"
    elif actor is None:
        why = "no doer is named with it"
    else:
        why = f"{_unit_text(actor)!r} is no armed force"
    return f"{trig.entry.lemma} needs an armed doer named with it; {why}"


def _unit_text(u: Unit) -> str:
    return " + ".join(m.text for m in u.mentions)


def _counted_noun(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a one-word verb trigger is the bare past form right after a number (500 طالب،
    ثلاثين طالبا، آلاف طلب): a number counts nouns, never a verb, so the word is the noun. Only
    cardinals: أي، أكثر also stand before a masdar (أي طلب، أكثر تعاونا)."""
    if trig.first == 0 or trig.first != trig.last:
        return False
    tok, lemma = tokens[trig.first], normalize(trig.entry.lemma)
    number = tokens[trig.first - 1].norm
    return not tok.prefixes and tok.norm in (lemma, lemma + ACCUSATIVE_ENDING) and is_count_word(number)


def _lam_masdar(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger is written ل + one of its masdars (لقمع المتظاهرين، لطرد
    المسلحين): a past verb takes no ل in news, the masdar after it tells a purpose. A present
    form after ل (ليدعم، لتحرك as "that she moves") is a verb and stays one. A pronoun on the
    masdar (لدعمهم) is its object, except on a masdar in ة (لسيطرتهم), whose pronoun is its doer."""
    masdars = _masdar_stems(tuple(trig.entry.masdar))
    present = _present_letters(trig.entry.present)
    return any(
        seg.prefixes[-1:] == ("ل",)
        and seg.stem in masdars
        and seg.stem not in present
        and not (seg.suffix and seg.stem.endswith("ه"))
        for seg in segmentations(tok.norm)
    )


@lru_cache(maxsize=1024)
def _masdar_stems(masdars: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(m) for m in masdars)


def _after_from_word(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a noun of holding follows من or عن (من سيطرة، عن سيطرة، من قبضة)."""
    before = tokens[trig.first - 1].norm if trig.first else ""
    return is_particle("hold", tokens[trig.first].norm) and before in ("من", "عن")


def _is_content_of(tokens: Sequence[Token], verb: TriggerMatch, trig: TriggerMatch) -> bool:
    """Whether a ب-noun right after a verb of another type (not an accusation) is its content."""
    if not _takes_complement(verb) or trig.is_verb or trig.first - verb.reach > COMPLEMENT_REACH:
        return False
    if verb.entry.claim or verb.entry.event_type == trig.entry.event_type:
        return False
    return _is_b_complement(tokens, trig) and not _help_with(tokens, verb, trig)


def _takes_complement(verb: TriggerMatch) -> bool:
    """Whether a trigger may take a ب-noun as its content: a verb, but not a light verb read
    alone by its subject, whose sense no complement makes (وصل الوزير ... بمساعدة)."""
    return verb.is_verb and not verb.requires_sectors


def _help_with(tokens: Sequence[Token], verb: TriggerMatch, trig: TriggerMatch) -> bool:
    """Whether a ب-noun of giving after a verb names its giver after من, at once or past an
    adjective (سيطرت القوات بدعم من طيران التحالف، بدعم جوي من): help the act was done with,
    not what it is. Help asked for stays the request's content (طالب بدعم من المجتمع الدولي)."""
    if not trig.entry.giving or verb.entry.asking:
        return False
    return any(is_particle("from", t.norm) for t in tokens[trig.last + 1 : trig.last + 3])


def _is_b_complement(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    tok = tokens[trig.first]
    before = tokens[trig.first - 1].norm if trig.first else ""
    fused_halt = before.startswith("ب") and is_particle("halt", before[1:])  # بعدم التنسيق
    return "ب" in tok.prefixes or tok.norm.startswith("ب") or before == "ب" or fused_halt


def _b_complement_after(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a ب-noun follows a verb closely (هدد المجلس بفرض عقوبات): what the act is made
    with stands in for its target. Names written with ب (بريطانيا) are no complement."""
    for k in range(trig.last + 1, min(len(view.tokens), trig.last + 1 + B_COMPLEMENT_REACH)):
        tok = view.tokens[k]
        if tok.norm in CLAUSE_BREAKS:
            return False
        if (
            "ب" in tok.prefixes
            and not is_particle("manner", tok.norm)  # is_particle reads past و itself
            and not _in_mention(view, tok)
        ):
            return True
    return False


def _governor(
    tokens: Sequence[Token],
    triggers: list[TriggerMatch],
    k: int,
    coded: dict[int, tuple[Unit | None, Unit | None]],
) -> tuple[TriggerMatch, Unit | None, Unit | None] | None:
    """The verb whose ب-complement trigger ``k`` is (هدد بقصف، اتهم ... بقصف), if any."""
    trig = triggers[k]
    if trig.is_verb or not k:
        return None
    if not _is_b_complement(tokens, trig):
        return None
    prev = triggers[k - 1]
    if (
        not _takes_complement(prev)
        or trig.first - prev.reach > COMPLEMENT_REACH
        or _help_with(tokens, prev, trig)
    ):
        return None
    return prev, *coded.get(k - 1, (None, None))


# The views of the last article asked for: the coder runs right after the quote finder and
# asks for the same ones (why: building argument units twice cost ~5 % of the pipeline). They
# are reused while the article, its token and mention lists (same objects, same lengths), its
# date and focus are the same; a stage that edits mentions in place must not sit between.
_last_views: tuple[tuple[object, ...], tuple[object, ...], list[SentenceView]] | None = None


def sentence_views(
    article: Article, resolver: ActorResolver, on: dt.date | None, focus: str
) -> list[SentenceView]:
    """Tokens, mentions and units of every sentence of an article (the last article's are kept)."""
    global _last_views
    objects = (article, article.tokens, article.mentions)
    values = (len(article.tokens), len(article.mentions), on, focus)
    last = _last_views
    if last is not None and all(a is b for a, b in zip(last[0], objects, strict=True)) and last[1] == values:
        return last[2]
    views = _build_views(article, resolver, on, focus)
    _last_views = (objects, values, views)
    return views


def _build_views(
    article: Article, resolver: ActorResolver, on: dt.date | None, focus: str
) -> list[SentenceView]:
    tokens_by = {group[0].sentence: group for group in tokens_by_sentence(article.tokens)}
    mentions_by: dict[int, list[Mention]] = {}
    for m in article.mentions:
        mentions_by.setdefault(m.sentence, []).append(m)
    views = []
    for s in article.sentences:
        toks = tokens_by.get(s.index, [])
        if not toks:
            continue
        ments = sorted(mentions_by.get(s.index, []), key=lambda m: m.start)
        units = build_units(toks, ments, resolver, on, _sentence_country(toks, ments, resolver.kb) or focus)
        for u in units:
            for m in u.mentions:
                if not m.text:
                    m.text = article.text[m.start : m.end]
        views.append(SentenceView(s.index, s.start, s.end, toks, ments, units, article.text))
    return views


def _sentence_country(tokens: Sequence[Token], mentions: Sequence[Mention], kb: KnowledgeBase) -> str:
    """The one country the places of a sentence lie in, if they agree: "النظام" in a sentence
    about Syria is Syria's even when the article's most named country is another. A state or
    capital counts only after a locative word (في سوريا); alone it is an actor (واشنطن)."""
    countries = set()
    for m in mentions:
        country, is_place = mention_country(m, kb)
        if country and (is_place or _after_locative(tokens, m)):
            countries.add(country)
    return countries.pop() if len(countries) == 1 else ""


def _after_locative(tokens: Sequence[Token], m: Mention) -> bool:
    k = token_index(tokens, m.start)
    fused = tokens[k].start < m.start and tokens[k].prefixes[-1:] == ("ب",)
    return fused or (k > 0 and is_particle("locative", tokens[k - 1].norm))


def _verb_arguments(
    view: SentenceView,
    trig: TriggerMatch,
    units: list[Unit],
    ctx: ClauseContext,
    report_verbs: frozenset[str] = frozenset(),
) -> tuple[Unit | None, Unit | None, str]:
    """Subject and object of a verb; a visited state right after a visit verb is its recipient;
    in a relative clause the name the relative pronoun stands for fills one slot."""
    last_subject = ctx.last_subject
    tok = view.tokens[trig.first]
    purpose = _lam_masdar(tok, trig)
    if purpose or _circumstantial(tok, trig):
        # قال الوزير ...، داعيا المجلس إلى ...: the participle tells what the main clause's
        # subject did; ستعمل المقاومة جاهدة لدحرهم: the masdar of purpose, what its own
        # clause's subject aims at. Neither has a subject of its own: the name after is the object
        subject = (
            (purpose and _clause_subject(view, trig))
            or (not purpose and _reporter(view, trig, ctx, report_verbs))
            or _main_subject(view, trig, before_report=not purpose)
            or last_subject
        )
        after = [u for u in units if u.first > trig.last]
        return (
            subject,
            _verb_object(view, trig, after),
            "dropped+purpose" if purpose else CIRCUMSTANTIAL_RULE,
        )
    if _first_person(tok, trig):
        # وقال الوزير: «ندعو المجتمع الدولي إلى ...»: who speaks acts, the name after the verb
        # is whom the act is aimed at, never its subject
        after = [u for u in units if u.first > trig.last]
        return (
            _speaker_before(view, trig, ctx, report_verbs) or last_subject,
            _verb_object(view, trig, after),
            FIRST_PERSON_RULE,
        )
    relative = _relative_antecedent(view, trig)
    if relative is not None:
        after = [u for u in units if u.first > trig.last and u is not relative]
        nxt = _verb_object(view, trig, after)
        if view.tokens[trig.first].suffix:
            # المساعدات التي يقدمها المركز: the pronoun is the object, the subject follows
            subject = next((u for u in after if _subject_like(view, u)), None)
            return subject, relative if relative.is_actor else None, "relative-object"
        # المالكي الذي اتهم السعودية: the name before الذي is who acts, the next name the object
        return relative, nxt, "relative"
    if (
        _after_relative(view.tokens, trig)
        and not view.tokens[trig.first].suffix
        and not _resumptive(view, trig)
    ):
        # الغارات التي استهدفت مواقع التنظيم: the pronoun stands for a noun that is no name and
        # is the subject, so the name after the verb is its object; who acts is carried
        after = [u for u in units if u.first > trig.last]
        return last_subject, _verb_object(view, trig, after), "dropped+relative"
    nxt = next((u for u in units if u.first > trig.last), None)
    if trig.entry.destination and nxt is not None and nxt.first == trig.last + 1 and is_state(nxt):
        subject, _, rule = _subject_and_object(view, trig, [u for u in units if u is not nxt], last_subject)
        subject, rule = _unless_act_phrase(subject, rule, ctx)
        return subject, nxt, rule + "+destination"
    subject, obj, rule = _subject_and_object(view, trig, units, last_subject)
    subject, rule = _unless_act_phrase(subject, rule, ctx)
    return subject, obj, rule


def _unless_act_phrase(subject: Unit | None, rule: str, ctx: ClauseContext) -> tuple[Unit | None, str]:
    """The subject and rule, unless the noun phrase after إن/أن (complement_noun_subject) holds
    an earlier trigger (أن الغارات التركية استهدفت): the act's noun tells the act the verb
    retells, whose doer is read as before (carried), not the noun itself."""
    if not rule.endswith(COMPLEMENT_NOUN_RULE) or subject is None:
        return subject, rule
    if not any(t.first == subject.first for t in ctx.earlier):
        return subject, rule
    last = ctx.last_subject
    return last, DROPPED_RULE if last is not None else "SVO"


def _passive_arguments(
    view: SentenceView, trig: TriggerMatch, units: list[Unit]
) -> tuple[Unit | None, Unit | None, str]:
    """Who did and who suffered a passive verb: the name after it (or the relative pronoun's
    antecedent, or a name fronted right before it) is what the act was done to, never who
    acts; who acts is only an agent named with على يد / من قبل. A plural or dual passive
    (قُتلوا، قُتلا) agrees with a name before it, so that one comes first."""
    after = [u for u in units if u.first > trig.last]
    agent = next((u for u in after if u.marker == "agent"), None)
    target = next(
        (u for u in after if u is not agent and _object_like(view, trig, u) and _in_reach(view, trig, u)),
        None,
    )
    relative = _relative_antecedent(view, trig)
    fronted = _fronted_target(view, trig, units)
    if view.tokens[trig.first].stem.endswith(("وا", "ا")) and (relative or fronted):
        return agent, relative or fronted, "passive+fronted"
    if target is not None:
        return agent, target, "passive"
    if relative is not None:  # القيادي الذي اغتيل أمس
        return agent, relative, "passive+relative"
    return agent, fronted, "passive+fronted" if fronted else "passive"  # الصحفي أُفرج عنه


def _agent_after(view: SentenceView, trig: TriggerMatch, units: list[Unit]) -> bool:
    """Whether a verb is followed by an agent with على يد / من قبل with nothing but names
    between (اعتقل الناشط على يد الشرطة، قتلوا على يد التنظيم): only a passive verb takes
    one, however it is written. A word between may take the agent itself (المدعومة من قبل،
    استجوابه من قبل، التي بذلت من قبل)."""
    named = view.named_tokens()
    for u in units:
        if u.first > trig.last and _named_agent(view, u):
            gap = range(trig.last + 1, u.first)
            return all(k in named or view.tokens[k].norm in AGENT_WORDS for k in gap)
    return False


def _named_agent(view: SentenceView, u: Unit) -> bool:
    if u.marker != "agent":
        return False
    if u.marker_word == "يد":
        return True
    k = next(
        (j for j in range(u.first - 1, max(u.first - 3, 0) - 1, -1) if view.tokens[j].norm == "قبل"), None
    )
    return u.marker_word == "قبل" and k is not None and k > 0 and view.tokens[k - 1].norm == "من"


def _fronted_target(view: SentenceView, trig: TriggerMatch, units: list[Unit]) -> Unit | None:
    """An unmarked name right before a passive verb in its own clause (مخلوف قُتل)."""
    fronted = next((u for u in reversed(units) if u.last < trig.first and _subject_like(view, u)), None)
    if fronted is None or trig.first - fronted.last > FRONTED_GAP:
        return None
    between = view.tokens[fronted.last + 1 : trig.first + 1]
    return None if any(_opens_clause(t) for t in between) else fronted


def _written_as(text: str, tok: Token, words: list[str]) -> bool:
    """Whether a token is written as one of these words, their shaddas compared and every other
    mark left out (وعدَّ is written as وعدّ)."""
    return _with_shadda_only(text[tok.start : tok.end]) in {_with_shadda_only(w) for w in words}


def _with_shadda_only(word: str) -> str:
    return word.translate(NON_SHADDA_MARKS)


def _is_passive(text: str, tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger is written unambiguously as a past passive: with its vowel
    written (قُتل، أُعدم، دُمّرت، اعتُقل، استُهدف، اتُّهم) or with letters only the passive has
    (قيل، اغتيل، اختير), or as a present passive (_is_present_passive: يُعتقل، يُعدَم).
    Unvocalized forms (قتل، اعتقل، يعتقل) say nothing and are read as active."""
    if trig.first != trig.last or tok.suffix:
        return False
    stem = tok.stem
    if stem in _passive_pasts(trig.entry.lemma, trig.entry.present):
        return True
    letters = _vowelled_letters(text[tok.start : tok.end])[sum(len(p) for p in tok.prefixes) :]
    if stem in _present_thirds(trig.entry.present):
        return _is_present_passive(letters, trig.entry.lemma)
    if stem not in _active_pasts(trig.entry.lemma):
        return False
    if len(letters) < 3:
        return False
    first, second, third = (DAMMA in marks for _, marks in letters[:3])
    if letters[0][0] == "ا" and (second or third):
        return True  # اعتُقل، استُهدف، اتُّهم: no active form has this vowel
    # أُعدم, أُوصي are also "I execute", "I recommend" unless the last vowel is written
    return first and (stem not in _present_letters(trig.entry.present) or FATHA in letters[-1][1])


def _is_present_passive(letters: list[tuple[str, str]], lemma: str) -> bool:
    """Whether a present verb is written as a passive: a damma on its prefix where the active
    has a fatha (يُعتقل، يُستهدف، تُتهم: the اِفتعل/استفعل/تفعّل forms), or, where the active
    has a damma too (يُعدِم، يُعذِّب، يُهاجِم), a fatha written inside the word (يُعدَم، يُعذَّب)
    and no kasra. A damma alone there says nothing: writers put it on actives (يُشير، يُمثل)."""
    if len(letters) < 4 or DAMMA not in letters[0][1]:
        return False
    if any(KASRA in marks for _, marks in letters[1:]):
        return False
    if lemma[:1] in ("ا", "ت"):  # the lemma as written: أعدم (form IV) keeps its hamza
        return True
    return any(FATHA in marks for _, marks in letters[2:-1])


@lru_cache(maxsize=1024)
def _present_thirds(present: str) -> frozenset[str]:
    """A verb's third person present forms (يعتقل، تعتقل، يعتقلون), with their prefix."""
    return frozenset(f for f, info in present_forms(present).items() if info.person == 3)


def _first_person(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger is a first person present (أدعو، نطالب، ونشكر) that no third
    person or past form of its verb is spelled as."""
    if not trig.is_verb or not trig.entry.present:
        return False
    firsts = _present_firsts(trig.entry.lemma, trig.entry.present)
    return any(stem in firsts for stem, _, _ in verb_readings(tok.norm))


@lru_cache(maxsize=1024)
def _present_firsts(lemma: str, present: str) -> frozenset[str]:
    forms = present_forms(present)
    firsts = {f for f, info in forms.items() if info.person == 1}
    return frozenset(firsts - _present_thirds(present) - set(past_forms(lemma)))


def _speaker_before(
    view: SentenceView, trig: TriggerMatch, ctx: ClauseContext, report_verbs: frozenset[str]
) -> Unit | None:
    """Who speaks the words a trigger stands in, when they open in its sentence (a colon, a
    quotation mark, إن): the main clause's subject before them."""
    if _report_opens(view.tokens, trig.first) == trig.first:
        return None
    return _reporter(view, trig, ctx, report_verbs) or _main_subject(view, trig, before_report=True)


@lru_cache(maxsize=1024)
def _present_letters(present: str) -> frozenset[str]:
    return frozenset(present_forms(present))


DAMMA, FATHA, KASRA = "\u064f", "\u064e", "\u0650"


def _vowelled_letters(word: str) -> list[tuple[str, str]]:
    """Each letter of a written word with the marks written on it (tatweel dropped)."""
    letters: list[tuple[str, str]] = []
    for ch in word:
        if "\u064b" <= ch <= "\u0652" or ch == "\u0670":
            if letters:
                letters[-1] = (letters[-1][0], letters[-1][1] + ch)
        elif ch != "\u0640":
            letters.append((normalize(ch) or ch, ""))
    return letters


@lru_cache(maxsize=1024)
def _active_pasts(lemma: str) -> frozenset[str]:
    return frozenset(f for f, info in past_forms(lemma).items() if info.person == 3)


@lru_cache(maxsize=1024)
def _passive_pasts(lemma: str, present: str) -> frozenset[str]:
    """Past passives spelled with other letters than the active: قيل، دعي (the inflection
    generator's), and the hollow افتعل pattern, اغتال -> اغتيل، اختار -> اختير."""
    forms = {f for f, info in passive_forms(lemma, present).items() if info.kind == "past"}
    forms -= _present_letters(present)  # أُوصي is also "I recommend"
    s = normalize(lemma)
    if len(s) >= 5 and s[0] == "ا" and s[-2] == "ا" and not s.startswith("است"):
        forms.update(s[:-2] + "ي" + s[-1] + suffix for suffix in ("", "ت", "وا"))
    return frozenset(forms) - _active_pasts(lemma)


def _circumstantial(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger is written as a circumstantial participle in the accusative
    (داعيا، مطالبا، منوها، داعية، مطالبين): it has no subject of its own."""
    word = without_conjunction(tok.norm)
    return (
        word.endswith(("ا", "ه", "ين"))
        and not word.endswith("وا")
        and word in _participles(tuple(trig.entry.forms))
    )


@lru_cache(maxsize=1024)
def _participles(forms: tuple[str, ...]) -> frozenset[str]:
    return frozenset(normalize(f) for f in forms)


def _main_subject(view: SentenceView, trig: TriggerMatch, before_report: bool = False) -> Unit | None:
    """The subject of a sentence's main clause: its first unmarked actor before the trigger;
    with ``before_report``, also before the words reported open (a colon, a quotation mark,
    إن or أنه): وقال الوزير إنه بحث مع X ...، داعيا: a name in the words reported is not who
    speaks and calls (a masdar of purpose may belong to the words reported: إن تركيا ... لقصف)."""
    end = _report_opens(view.tokens, trig.first) if before_report else trig.first
    return next((u for u in view.units if u.last < end and u.is_actor and _subject_like(view, u)), None)


def _reporter(
    view: SentenceView, trig: TriggerMatch, ctx: ClauseContext, report_verbs: frozenset[str]
) -> Unit | None:
    """Who speaks in the nearest reporting verb before the words reported open: the unit naming
    the speaker the quote stage gave that verb's quote, so that who speaks has one source
    (وفي لقاء مع نظيره X، قال Y إن ...، داعيا: Y calls, not X; Y قال إن ...، متهما: Y accuses)."""
    end = _report_opens(view.tokens, trig.first)
    verb = next(
        (k for k in range(end - 1, -1, -1) if without_conjunction(view.tokens[k].norm) in report_verbs), None
    )
    speaker = ctx.speakers.at_cue(view.tokens[verb].start) if verb is not None else None
    return _speaker_unit(view, ctx, speaker) if speaker is not None else None


def _report_opens(tokens: Sequence[Token], before: int) -> int:
    """Where the first colon, quotation mark or complementizer before a token stands, else
    ``before`` itself."""
    return next(
        (
            k
            for k in range(before)
            if tokens[k].norm in (":", QUOTE_MARK)
            or is_particle("complementizer", tokens[k].norm)
            or is_pronoun_complementizer(tokens[k].norm)
        ),
        before,
    )


def _clause_subject(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The nearest unmarked actor before a trigger in its own clause (no clause break or
    quotation mark between): the subject of the verb the trigger's phrase depends on."""
    for u in reversed(view.units):
        if u.last >= trig.first:
            continue
        if any(view.tokens[k].norm in CLAUSE_BREAKS or view.tokens[k].norm == QUOTE_MARK
               for k in range(u.last + 1, trig.first)):  # fmt: skip
            return None
        if u.is_actor and _subject_like(view, u):
            return u
    return None


def _relative_antecedent(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The actor a relative pronoun right before a verb stands for: the name just before the
    pronoun (نوري المالكي الذي اتهم ...), or before the adjectives that end its phrase (حركة
    الشباب الصومالية المتطرفة التي شنت ...), or None. A unit may have taken the pronoun in."""
    k = _relative_before(view.tokens, trig.first)
    if k < 1:
        return None
    if (j := _past_comma(view.tokens, k)) == k:
        return _relative_head(view, k)
    # فلانة، وزيرة خارجية كرواتيا، التي تزور: a comma closes a person's name and titles before
    # the pronoun; after a body's name it rather closes a clause (الشرطة، التي أصيب ثلاثة من عناصرها)
    head = _relative_head(view, j)
    return head if head is not None and head.identities[0].label == "PER" else None


def _past_comma(tokens: Sequence[Token], k: int) -> int:
    """Where a relative pronoun at ``k`` joins its head: a comma may close the head's phrase
    before the pronoun (الوزيرة فلانة، التي تزور)."""
    return k - 1 if k > 1 and tokens[k - 1].norm in COMMAS else k


def _relative_head(view: SentenceView, k: int) -> Unit | None:
    """The actor the relative pronoun at token ``k`` stands for (_relative_antecedent)."""
    named = next((u for u in view.units if u.first < k and u.last in (k - 1, k) and u.is_actor), None)
    if named is not None:
        return named
    nearest = next((u for u in reversed(view.units) if u.last < k), None)
    if nearest is None or not nearest.is_actor or _past_modifiers_from(view.tokens, nearest.last + 1) != k:
        return None
    return nearest


def _after_relative(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    return _relative_before(tokens, trig.first) >= 0


def _relative_before(tokens: Sequence[Token], verb: int) -> int:
    """Where the relative pronoun before the verb at token ``verb`` is: right before it, or
    before one auxiliary (تونس التي كان يزورها، الوزير الذي لم يحضر); -1 for none."""
    for k in (verb - 1, verb - 2):
        if k < 0:
            return -1
        if is_particle("relative", tokens[k].norm):
            return k
        if not _auxiliary(tokens[k].norm):
            return -1
    return -1


def _auxiliary(word: str) -> bool:
    """A function word that may stand between a relative pronoun and its verb (كان، قد، لم)."""
    return word in function_words() and not any(is_particle(kind, word) for kind in PREPOSITION_KINDS)


def _resumptive(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a preposition with a pronoun follows a verb (الاجتماع الذي شارك فيه الوزير): the
    pronoun stands for the relative's head, so the verb's subject is named after it."""
    if trig.last + 1 >= len(view.tokens):
        return False
    word = view.tokens[trig.last + 1].norm
    for suffix in PRONOUN_SUFFIXES:
        prep = word[: -len(suffix)]
        if (
            word.endswith(suffix)
            and prep
            and (prep in ("ب", "ل") or any(is_particle(k, prep) for k in ("recipient", "locative", "from")))
        ):
            return True
    return False


def _subject_and_object(
    view: SentenceView, trig: TriggerMatch, units: list[Unit], last_subject: Unit | None
) -> tuple[Unit | None, Unit | None, str]:
    after = [u for u in units if u.first > trig.last]
    before = [u for u in units if u.last < trig.first]
    previous = view.tokens[trig.first - 1].norm if trig.first else ""
    if is_pronoun_complementizer(previous):
        # أكد أنه سيلتقي X: the subject is the pronoun's referent, X is the object
        referent = _referent(view, trig, previous) or last_subject
        if referent is not None:
            return referent, _verb_object(view, trig, after), PRONOUN_RULE
    fronted = next((u for u in reversed(before) if _subject_like(view, u)), None)
    if view.tokens[trig.first].suffix in OBJECT_PRONOUNS:
        # الاتفاق الذي تعارضه إسرائيل، رفضته طهران: the pronoun is the object, the name after
        # the verb its subject (the name before the verb may or may not be what it stands for)
        named = next((u for u in after if _subject_like(view, u) and u.first - trig.last <= 2), None)
        if named is not None and _may_agree(view, trig, named) and not _subject_before(view, trig):
            rest = [u for u in after if u.first > _subject_phrase_end(view, named)]
            obj = _verb_object(view, trig, rest)
            if obj is None and (held := _pronoun_object(view, trig, units)) is not None:
                return named, held, "VSO+fronted-object"  # الصحفية قد خطفها مسلحون
            return named, obj, "VSO"
    if (
        fronted is not None
        and trig.first - fronted.last <= FRONTED_GAP
        and not new_clause_between(view.tokens, fronted.last, trig.first)
        and not _quote_opens_between(view.tokens, fronted, trig.first)
        and _may_agree(view, trig, fronted)
        # وفي رسالة إلى يهود فرنسا رفض الوزير: a name closing a prepositional phrase is no subject
        and not _chain_preposition(view, trig, fronted, bound=-1)
    ):
        # روسيا تتهم واشنطن: a name right before the verb is its subject (SVO), or the head
        # whose phrase it closes (القوات التي يساندها الحشد حققت)
        return _phrase_head(view, fronted), _verb_object(view, trig, after), "SVO"
    if (complement := _complement_subject(view, trig, before)) is not None:
        # أن مقاتلات التحالف دمرت، إن قوة تابعة للبيشمركة شنت: the noun phrase after أن is the
        # verb's subject, so nobody is carried from before
        return complement, _verb_object(view, trig, after), "SVO+complement"
    if (lone := _object_before_complement(view, trig, after)) is not None:
        # واتهم حماس بالتصعيد: the lone name before the charge is whom the verb is aimed at
        subject, rule = _subject_not_after(view, trig, before, last_subject)
        return subject, lone, rule
    # a plural verb's subject stands before it; a light verb's indefinite object right after it
    # (وعقد اجتماعا مع الوزير) stands where a subject would, so no name past the object is one
    plural = _subject_before(view, trig) or _object_right_after(view, trig)
    # وطلبت الشركات مهلة، واتفق الرئيسان: a body's or group's noun no list names fills the slot
    noun = None if plural else _noun_subject_after(view, trig)
    subject = noun or next(
        (
            u
            for u in after
            if not plural
            and _subject_like(view, u)
            and _in_reach(view, trig, u)
            and _may_agree(view, trig, u)
            and not _in_prepositional_phrase(view, trig, u)
            # قتل ... قبل أن يتمكن المقاتلون: a name past أن is the subject of its own clause
            and not complementizer_between(view.tokens, trig.last, u.first)
        ),
        None,
    )
    rule = "VSO"
    if subject is None and not plural and (organ := _organ_of(view, trig, after)) is not None:
        subject = organ  # استنكرت الأمانة العامة لمنظمة التعاون الإسلامي: the body whose organ acts
    if subject is None and not plural and (body := _body_of_place(view, trig)) is not None:
        subject = body  # وقعت جامعة تبوك: the place stands for the body of it that acts
    if subject is None:
        subject, rule = _subject_not_after(view, trig, before, last_subject)
    # the subject's own phrase (التحالف الذي تقوده السعودية، القوات الموالية للحكومة) names no object
    phrase_end = _subject_adjectives_end(view, subject) if subject is not None and rule == "VSO" else -1
    rest = [
        u
        for u in after
        if u is not subject
        and (subject is None or u.first > subject.first or rule != "VSO")
        and not (subject is not None and _same_holder(subject, u))
        and u.first > phrase_end
    ]
    obj = _verb_object(view, trig, rest)
    if rule == "VSO" and subject is not None and obj is not None:
        obj = _past_apposition(view, trig, subject, obj, rest)
        obj = _past_office_apposition(view, trig, subject, obj, rest)
    # اتهم رئيس الحزب الرئيس الفرنسي بعرقلة: the name right before the charge is the object,
    # the first name after the verb the subject (a VSO reading, or an SVO one that found none)
    read_after = (rule == "VSO" and subject is not None) or (rule == "SVO" and subject is None)
    if read_after and (charged := _charged_after_subject(view, trig, after)) is not None:
        if subject is None or subject.first >= charged[1].first:
            subject = charged[0]
        obj, rule = charged[1], "VSO"
    return subject, obj, rule


def _object_right_after(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a light verb's indefinite object is the word right after it (عقد اجتماعا، شن
    غارات): the subject, which comes before such an object, is not after the trigger. A definite
    object may come first with a long subject after it (حضر الاجتماع الأمين العام فلان)."""
    return (
        trig.entry.pos == "light" and trig.head == trig.first + 1 and not has_article(view.tokens[trig.head])
    )


def _charged_after_subject(
    view: SentenceView, trig: TriggerMatch, after: list[Unit]
) -> tuple[Unit, Unit] | None:
    """For a verb that always takes an object before the charge (the entry's object_then), the
    subject named right after it and the object the charge follows at once (اتهم زعيم المعارضة
    الحكومة بالتقصير، ويتهم الاتحاد "الشركة" بأنها): the second or later name of the clause with
    only quotation marks or its adjectives before the charge's word. None when the charge opens
    before that name (the name is in the charge) or a new clause does."""
    tokens, words = view.tokens, trig.entry.object_then_norm
    if not words or tokens[trig.first].suffix or len(after) < 2:
        return None
    scanned = trig.last + 1  # the gap up to here passed for an earlier name: scan only the rest
    for i, u in enumerate(after):
        gap = tokens[scanned : u.first]
        scanned = max(scanned, u.first)
        if any((t.norm in CLAUSE_BREAKS and t.norm not in COMMAS) or _charge_opens(t, words) for t in gap):
            return None
        if i == 0 or "و" in tokens[u.first].prefixes:
            continue
        k = _charge_slot(tokens, u, words)
        if k < len(tokens) and _opens_complement(tokens[k], words) and _subject_like(view, u):
            return None if _same_holder(after[0], u) else (after[0], u)
    return None


def _charge_opens(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether a word surely opens the charge: a split clitic ب (بالتقصير) or a whole word such
    as أن; an unsplit ب-word may be a name's (المتحدث باسم الجيش)."""
    if "ب" in words and tok.prefixes[:1] == ("ب",):
        return True
    return any(word != "ب" and tok.norm == word for word in words)


def _noun_subject_after(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The subject a common noun of a body or a group right after a verb names (noun_subject).
    A verb written with a preposition (لدعم، لبحث) reads as a masdar, whose genitive is no subject."""
    verb = view.tokens[trig.first]
    if _clitic_but_conjunction(verb):
        return None
    gender = _verb_gender(verb, trig)
    args = (view.tokens, trig.last + 1, view.units, gender, view.teh_marbuta(), view.text)
    # شنت طائرات أخرى غارات: an indefinite noun phrase before the object is the subject too
    return noun_subject(*args) or indefinite_subject(*args)


def _lede_subject_after(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The noun phrase right after a verb that has no subject in reach nor one to carry (the
    story's first verb, as a lede opens: طالب المجلس البلدي، دعت الممثلة الفرنسية فلانة):
    whatever noun stands there is its subject (lede_subject), as for _noun_subject_after."""
    if _clitic_but_conjunction(view.tokens[trig.first]):
        return None
    return lede_subject(view.tokens, trig.last + 1, view.units, view.text)


def _clitic_but_conjunction(verb: Token) -> bool:
    """Whether a verb's word has a proclitic besides و/ف (لدعم: a masdar after ل)."""
    return any(p not in CONJUNCTIONS for p in verb.prefixes)


def _past_apposition(
    view: SentenceView, trig: TriggerMatch, subject: Unit, obj: Unit, after: list[Unit]
) -> Unit:
    """The object past a person's name that only says who the subject is (طالب الناشط الحقوقي
    سالم العتيبي، وزير العدل، بـ; ناشد أحد المواطنين، خالد الشمري، الوزير): an unmarked name in
    the subject's clause closed by a comma with another name right after it is the subject's
    apposition; that next name is the object."""
    tokens = view.tokens
    if (
        obj.marker
        or obj.identities[0].label != "PER"
        or any(t.norm != "," and _opens_clause(t) for t in tokens[subject.last + 1 : obj.first])
        or obj.last + 2 >= len(tokens)
        or tokens[obj.last + 1].norm != ","
    ):
        return obj
    following = next((u for u in after if u.first == obj.last + 2), None)
    if following is None or tokens[following.first].prefixes[:1] == ("و",):
        return obj  # التقى الرئيس فلانا، ووزير الدفاع: a list of whom he met goes on
    return following if _object_like(view, trig, following) else obj


def _past_office_apposition(
    view: SentenceView, trig: TriggerMatch, subject: Unit, obj: Unit, after: list[Unit]
) -> Unit:
    """The object past the offices a person's name holds (دعا فلان رئيس حزب العمال البريطاني،
    ونائب رئيس البرلمان، الحكومة إلى ...): a state or body of the subject's own country that
    closes an office in construct right after the subject's name says whom the subject serves;
    the next object-like name in the clause is whom the act is aimed at. Without a later name
    the office's body stays the object (استقبل الأمير فلان أمير المنطقة: whom he received)."""
    if not _is_person_name(subject):
        return obj
    end, current = subject.last, obj
    while _office_genitive(view, subject, end, current):
        end = current.last
        following = _verb_object(view, trig, [u for u in after if u.first > end])
        if following is None:
            return obj
        if not _office_genitive(view, subject, end, following) and new_clause_between(
            view.tokens, end, following.first
        ):
            return obj  # استقبل فلان رئيس البلدية، ووفدا من التجار: the list of those met goes on
        current = following
    return current


def _office_genitive(view: SentenceView, subject: Unit, end: int, u: Unit) -> bool:
    """Whether an unmarked name closes an office in construct, or is that office, that follows
    token ``end`` of a person's name, past a comma or و (فلان مفتي عام المملكة، ورئيس هيئة
    كبار العلماء), and names the person's own country."""
    tokens = view.tokens
    k = end + 1
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    if u.marker or u.first < k or u.first - k > TITLE_WORDS:
        return False
    head = tokens[k]
    if head.prefixes not in ((), ("و",)) or head.suffix or head.stem not in name_heads().offices:
        return False
    if not all(_in_construct(t) for t in tokens[k + 1 : u.first]):
        return False
    # a known person's office is of the person's country; one the knowledge base does not know
    # is told by the office the news gives it
    countries = {i.country for i in subject.identities} - {""}
    return not countries or {i.country for i in u.identities} - {""} <= countries


def _verb_object(view: SentenceView, trig: TriggerMatch, after: list[Unit]) -> Unit | None:
    """The first object-like name after a verb; one closing a place or time phrase gives way to
    a name the verb's own preposition marks later in its clause (اجتمع الوزير أمس في فرع وزارة
    الخارجية مع نظيره: whom he met is the name after مع)."""
    objects = [u for u in after if _object_like(view, trig, u)]
    if not objects or not _in_other_phrase(view, trig, objects[0]):
        return objects[0] if objects else None
    preps = recipient_preps(trig)
    marked = next(
        (
            u
            for u in objects[1:]
            if u.marker == "recipient"
            and u.marker_word in preps
            and not new_clause_between(view.tokens, objects[0].last, u.first)
        ),
        None,
    )
    return marked or _object_past_adjuncts(view, trig, objects) or objects[0]


def _object_past_adjuncts(view: SentenceView, trig: TriggerMatch, objects: list[Unit]) -> Unit | None:
    """The direct object after the place and time phrases that open a verb's clause (استقبل
    الوزير في مكتبه بمقر وزارة الداخلية مساء الاثنين، سفير الاتحاد: the ministry says where,
    the union's envoy is whom): the first unmarked name past names that close such phrases, when a date
    and a comma end the words before it. Without the date the name after is as often an
    adjective or an apposition of the place's phrase, no object."""
    end = objects[0].last
    for u in objects[1:]:
        gap = view.tokens[end + 1 : u.first]
        if len(gap) > ADJUNCT_GAP or any(t.norm not in COMMAS and _opens_clause(t) for t in gap):
            return None
        if not _in_other_phrase(view, trig, u):
            return u if not u.marker and _date_then_comma(view, end + 1, u.first) else None
        end = u.last
    return None


def _date_then_comma(view: SentenceView, left: int, right: int) -> bool:
    """Whether a date and a comma right after it stand between tokens ``left`` and ``right``
    (بمقر وزارة الداخلية مساء الاثنين، سفير: the date closes the verb's adjuncts)."""
    return any(
        view.tokens[k + 1].norm in COMMAS and _in_mention(view, view.tokens[k], ("date",))
        for k in range(left, right - 1)
    )


def _in_mention(view: SentenceView, tok: Token, kinds: tuple[str, ...] | None = None) -> bool:
    """Whether a token lies inside a mention the sentence holds (of one of ``kinds``, when
    given: a date the date matcher found, مساء الاثنين)."""
    return any(
        (kinds is None or m.kind in kinds) and m.start < tok.end and tok.start < m.end for m in view.mentions
    )


def _subject_not_after(
    view: SentenceView, trig: TriggerMatch, before: list[Unit], last_subject: Unit | None
) -> tuple[Unit | None, str]:
    """A verb's subject when none follows it: the name opening the sentence, else the nearest
    unmarked name before the verb, else the subject carried from before (dropped)."""
    if (topic := _topic(view, trig)) is not None:
        if (reported := _reported_subject(view, trig, topic)) is not None:
            return reported, "SVO+reported"
        return topic, "topic"
    if (fronted := next((u for u in reversed(before) if _subject_like(view, u)), None)) is not None:
        return _phrase_head(view, fronted), "SVO"
    if (phrase := _complement_noun_phrase(view, trig)) is not None:
        return phrase, "SVO+" + COMPLEMENT_NOUN_RULE
    return last_subject, DROPPED_RULE if last_subject is not None else "SVO"


def _complement_noun_phrase(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The noun phrase between إن/أن and a verb, as the verb's subject when no name there is
    (complement_noun_subject): قال إن الطائرات المشاركة قصفت names who struck, not the story's
    last actor."""
    if (opening := _complement_opening(view, trig)) is None:
        return None
    gender = _verb_gender(view.tokens[trig.first], trig)
    return complement_noun_subject(
        view.tokens, opening, trig.first, view.units, gender, view.teh_marbuta(), view.text
    )


def _object_before_complement(view: SentenceView, trig: TriggerMatch, after: list[Unit]) -> Unit | None:
    """The name right after a verb that always takes an object before what it charges or calls
    for (the entry's object_then), when that word follows the name and its adjectives at once:
    واتهم حماس بالتصعيد has one name, so it is the object, not the subject. A verb with an
    object pronoun (اتهمه الجيش بـ) has its subject there instead."""
    tokens, words = view.tokens, trig.entry.object_then_norm
    if not words or tokens[trig.first].suffix or not after:
        return None
    u = after[0]
    if not _subject_like(view, u) or any(t.norm != QUOTE_MARK for t in tokens[trig.last + 1 : u.first]):
        return None
    k = _charge_slot(tokens, u, words)
    if any(v.first < k for v in after[1:]):
        return None  # وتتهم بريطانيا النظام السوري بـ: a second name, the object, comes first
    return u if k < len(tokens) and _opens_complement(tokens[k], words) else None


def _charge_slot(tokens: Sequence[Token], u: Unit, words: tuple[str, ...]) -> int:
    """Where the charge (the entry's object_then ``words``) would open after the name ``u``:
    past the quotation marks closing it and past its adjectives. An unsplit ب-word right after
    an indefinite name (واتهم فرنسا بشن) would pass for its adjective, so what opens the charge
    is looked for before the name's adjectives are skipped."""
    k = u.last + 1
    while k < len(tokens) and tokens[k].norm == QUOTE_MARK:
        k += 1
    if k < len(tokens) and not _opens_complement(tokens[k], words):
        k = _past_modifiers_from(tokens, k)
    return k


def _opens_complement(tok: Token, words: tuple[str, ...]) -> bool:
    """Whether a word is one of the given normalized prepositions or complementizers, ب as a
    clitic (بالتصعيد، بأن), ل as a split clitic (للمشاركة) and the others whole (على، إلى، أن)."""
    for word in words:
        if word == "ب" and (tok.prefixes[:1] == ("ب",) or _unsplit_b(tok)):
            return True
        if word == "ل" and tok.prefixes and tok.prefixes[0].split("+")[0] == "ل":
            return True  # للمشاركة: ل and the article are one clitic
        if tok.norm == word:
            return True
    return False


def _subject_phrase_end(view: SentenceView, subject: Unit) -> int:
    """The last token of a subject's noun phrase: past its modifiers' names (_modifiers_end),
    then past an apposed name (_apposed_end)."""
    return _apposed_end(view, subject, _modifiers_end(view, subject))


def _modifiers_end(view: SentenceView, name: Unit) -> int:
    """The last token of a name's phrase: the name, past the names that a relative
    clause on it (التحالف الذي تقوده السعودية), an affiliation participle after it (القوات
    الموالية للحكومة، مسلحون ينتمون إلى التنظيم) or a noun of backing (القوات بدعم من التحالف)
    names, one after the other (والمتحالف مع ...)."""
    tokens, end = view.tokens, name.last
    # a name may end in the participle itself (القوات الموالية)
    k = end if is_particle("affiliation", tokens[end].norm) else _past_modifiers_from(tokens, end + 1)
    while k < len(tokens):
        word = tokens[k].norm
        if is_particle("relative", word):
            reach = k + RELATIVE_NAME_REACH  # the relative verb, then the name it takes
        elif is_particle("affiliation", word):
            reach = k + AFFILIATION_NAME_REACH  # لـ/إلى/مع, perhaps a head noun, then the name
        elif is_particle("backing", word):
            reach = k + BACKING_NAME_REACH  # perhaps an adjective, then من and the backer
        else:
            break
        named = next((u for u in view.units if k < u.first <= reach), None)
        if named is None:
            break
        end = named.last
        k = _past_modifiers_from(tokens, end + 1)
    return end


def _phrase_head(view: SentenceView, u: Unit) -> Unit:
    """The name whose own phrase a name before a trigger closes, else that name: in التحالف
    الذي تقوده السعودية شن، the nearest name before the verb is only part of its subject's
    phrase (a relative clause on it, an affiliation participle or a noun of backing after it:
    _modifiers_end), so the phrase's head acts. The head may stand before the clause of the
    trigger, as the verb of the relative clause opens a clause of its own."""
    for head in view.actor_units:
        if head.first >= u.first:
            break
        if _subject_like(view, head) and _modifiers_end(view, head) >= u.last:
            return head
    return u


def _in_subject_phrase(view: SentenceView, subject: Unit | None, rule: str, chosen: list[Actor]) -> bool:
    """Whether a name chosen for a verb's object stands in its subject's phrase after the
    verb (VSO), its adjectives included, where the rules found no object (_subject_adjectives_end)."""
    if subject is None or not rule.startswith("VSO") or not _of_sentence(view, subject):
        return False
    tokens = view.tokens
    start, end = tokens[subject.last].end, tokens[_subject_adjectives_end(view, subject)].end
    return any(start < a.start and a.end <= end for a in chosen)


def _apposed_end(view: SentenceView, subject: Unit, end: int) -> int:
    """The subject's phrase past the genitive of a noun of kin in construct (والد الرهينة) or
    past the holder's name that follows an office and where it serves (السفير السعودي في
    القاهرة أحمد قطان): neither name is the verb's object."""
    tokens = view.tokens
    after = next((u for u in view.units if u.first > end), None)
    if after is None or after.marker not in ("", "locative"):
        return end
    if _holder_named_after(view, subject, end, after):
        return after.last
    if (
        not after.marker
        and after.first == end + 1
        and subject.first == subject.last == end
        and _in_construct(tokens[end])
        and is_particle("kin", tokens[end].norm)
    ):
        starts = {u.first for u in view.units}
        k = after.last + 1  # والد الرهينة الكرواتي: past the genitive's adjectives, never into a name
        while (
            k < len(tokens) and k not in starts and _is_adjective(tokens[k], has_article(tokens[after.last]))
        ):
            k += 1
        return k - 1
    if after.marker == "locative" and after.first <= end + 2 and _holderless_office(subject):
        holder = next((u for u in view.units if u.first == after.last + 1), None)
        if holder is not None and not holder.marker and all(i.label == "PER" for i in holder.identities):
            return holder.last
    return end


def _holder_named_after(view: SentenceView, subject: Unit, end: int, after: Unit) -> bool:
    """Whether the name right after a subject that names no one (a title, an office or a
    common noun for a person: الكاتب الاقتصادي، الخبير البيئي) is the person it is, past the
    subject's adjectives and a comma at most (طالب الكاتب الاقتصادي فلان الفلاني، الوزير):
    one person, not the verb's object."""
    tokens = view.tokens
    if after.marker or not _names_no_one(view, subject):
        return False
    k = _past_modifiers_from(tokens, end + 1) if end + 1 < len(tokens) else end + 1
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    return after.first == k and _is_person_name(after)


def _names_no_one(view: SentenceView, u: Unit) -> bool:
    """A unit for a person by a title, an office or a common noun, with no name of its own,
    or the body an office in construct before it belongs to (مفتي مصر، سفير الرياض)."""
    if (
        u.first
        and _in_construct(view.tokens[u.first - 1])
        and view.tokens[u.first - 1].norm in name_heads().offices
    ):
        return True
    refs = [m.ref for m in u.mentions]
    if all(r.startswith(("office:", "generic:")) for r in refs):
        # a body or a plural (السلطات، الشرطة، المسلحون) is no one person the name after it is
        return all(i.label == "PER" for i in u.identities) or all(
            r.startswith("office:") or _one_person_noun(r) for r in refs
        )
    return all(r.startswith("unknown:PER") for r in refs) and view.tokens[u.first].norm in name_heads().titles


def _one_person_noun(ref: str) -> bool:
    """Whether a common noun's reference (``generic:ROW``) is the singular of a noun of people."""
    return generic_of(ref.removeprefix("generic:"))[0].one_person


def _is_person_name(u: Unit) -> bool:
    """A unit naming a person by name: a known person's or an unknown one's, not an office."""
    return all(i.label == "PER" for i in u.identities) and all(
        m.ref.startswith(("unknown:PER", "actor:")) for m in u.mentions
    )


def _in_construct(tok: Token) -> bool:
    """A noun with neither the article nor a pronoun: it heads a genitive after it."""
    return tok.is_word and not tok.suffix and not tok.prefixes and not has_article(tok)


def _holderless_office(u: Unit) -> bool:
    """A unit naming an office or a title with no holder's name (السفير السعودي، وزير الخارجية)."""
    return all(m.ref.startswith(("office:", "unknown:PER")) for m in u.mentions)


def _complement_opening(view: SentenceView, trig: TriggerMatch) -> int | None:
    """The first token of the noun phrase between إن/أن and a verb, the subject إن/أن
    introduces; None past a clause break, a quotation mark or THAT_SUBJECT_REACH words, or when
    the verb follows إن/أن at once."""
    for k in range(trig.first - 1, max(trig.first - THAT_SUBJECT_REACH, 0) - 1, -1):
        norm = view.tokens[k].norm
        if norm == QUOTE_MARK and k > 0 and is_particle("complementizer", view.tokens[k - 1].norm):
            continue  # أن "وحدة من الجيش دمرت": the words reported open with the subject
        if norm in CLAUSE_BREAKS or norm == QUOTE_MARK or is_pronoun_complementizer(norm):
            return None
        if is_particle("complementizer", norm):
            break
    else:
        return None
    opening = k + 2 if view.tokens[k + 1].norm == QUOTE_MARK else k + 1
    return opening if opening < trig.first else None


def _complement_subject(view: SentenceView, trig: TriggerMatch, before: list[Unit]) -> Unit | None:
    """The name in the noun phrase between إن/أن and a verb, the subject إن/أن introduces: the
    first name there, unmarked, or marked inside a phrase a sector head opens (قوة تابعة لقوات
    البيشمركة). None past a clause break, a quotation mark or THAT_SUBJECT_REACH words."""
    if (opening := _complement_opening(view, trig)) is None:
        return None
    k = opening - 1 if view.tokens[opening - 1].norm != QUOTE_MARK else opening - 2
    headed = bare_stem(view.tokens[opening]) in head_rows()
    phrase = [u for u in before if u.first > k and u.is_actor]
    return next(
        (u for u in phrase if _agreeing_subject_like(view, trig, u) or (headed and u.marker != "locative")),
        None,
    ) or next((u for u in phrase if _member_of(view, u)), None)


def _agreeing_subject_like(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after reported words open may be the subject of a verb in them: unmarked
    like a subject and agreeing with the verb (the test _complement_subject and
    _reported_subject share; both fall back on a member's body, _member_of)."""
    return _subject_like(view, u) and _may_agree(view, trig, u)


def _member_of(view: SentenceView, u: Unit) -> bool:
    """Whether a name closes a phrase of a common noun and من or في (قائد في البحرية، وحدة من
    الجيش), or of a common noun and an affiliation participle (وحدة عسكرية تابعة لقوات
    البيشمركة): in a subject with no name of its own, the body the noun belongs to acts."""
    j = u.first - 1
    if j < 1:
        return False
    word = view.tokens[j].norm
    if word not in prepositions("member") and not is_particle("affiliation", word):
        return False
    head = view.tokens[j - 1]  # the noun, or its adjective (وحدة عسكرية تابعة)
    return head.is_word and not is_any_particle(head.norm) and head.norm not in function_words()


def _pronoun_object(view: SentenceView, trig: TriggerMatch, units: list[Unit]) -> Unit | None:
    """What the object pronoun of a verb with its subject after it stands for: a name fronted
    right before it in its clause, its adjectives and an auxiliary between perhaps (الصحفية
    قد خطفها مسلحون)."""
    fronted = _fronted_target(view, trig, units)
    if fronted is None:
        return None
    after_name = _past_modifiers_from(view.tokens, fronted.last + 1)  # الناشط الحقوقي اعتقلته
    if not all(_auxiliary(t.norm) for t in view.tokens[after_name : trig.first]):
        return None  # في كمين نصبته: the pronoun stands for the noun between
    pronoun, gender = view.tokens[trig.first].suffix, _unit_gender(view, fronted)
    return None if (pronoun == "ها" and gender == "m") or (pronoun == "ه" and gender == "f") else fronted


def _subject_before(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a verb is plural or dual (قتلوا، يطالبون، استهدفا، تبحثان): a verb before its
    subject is singular, so such a one has its subject before it or in its pronoun, and the
    name after it is its object."""
    if trig.plural:
        return True
    duals = _dual_verb_forms(trig.entry.lemma, trig.entry.present)
    return any(stem in duals for stem, _, _ in verb_readings(view.tokens[trig.first].norm))


@lru_cache(maxsize=1024)
def _dual_verb_forms(lemma: str, present: str) -> frozenset[str]:
    """A verb's third person dual forms, past (استهدفا، استهدفتا) and present (يقتلان، تقتلان).
    A three-letter past has no dual here: قصفا، دعما are as well its masdar in the accusative;
    nor a past in ا or ي (دعوا is plural too)."""
    past, present = normalize(lemma), normalize(present or "")
    forms = set()
    if len(past) > 3 and not past.endswith(("ا", "ي")):
        forms.update({past + "ا", past + "تا"})
    if len(present) > 1:
        forms.update(prefix + present[1:] + "ان" for prefix in ("ي", "ت"))
    return frozenset(forms)


def _organ_of(view: SentenceView, trig: TriggerMatch, after: list[Unit]) -> Unit | None:
    """The body named with ل right after an organ's name that follows a verb (عقدت الأمانة
    العامة لقوى 14 آذار اجتماعها): the organ, which no list knows, acts for it, so the body is
    the subject, not the recipient the ل would make it."""
    u = after[0] if after else None
    if u is None or u.marker != "recipient" or u.marker_word != "ل" or not u.is_actor:
        return None
    words = tuple(without_article(t.norm) for t in view.tokens[trig.last + 1 : u.first])
    full = tuple(t.norm for t in view.tokens[trig.last + 1 : u.first])
    heads = name_heads()
    if full in heads.org_phrases or (
        len(words) == 1 and (words[0] in heads.orgs or words[0] in heads.offices)
    ):
        return u
    return None


def _body_of_place(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The place named right after an organisation's head that follows a verb, in construct or
    after في (وقعت جامعة تبوك، قضت محكمة في ألمانيا): the body no list knows is of that place, so
    the place stands for the subject. The verb agrees with the head (ة: feminine)."""
    tokens, k = view.tokens, trig.first + 1  # a light verb's object may close the trigger
    if k + 1 >= len(tokens) or not _in_construct(tokens[k]) or tokens[k].norm not in name_heads().orgs:
        return None
    verb = _verb_gender(tokens[trig.first], trig)
    if verb and verb != ("f" if k in view.teh_marbuta() else "m"):
        return None
    start = k + 2 if tokens[k + 1].norm == "في" else k + 1
    return next((u for u in view.units if u.first == start and (u.is_place or is_state(u))), None)


def _same_holder(subject: Unit, u: Unit) -> bool:
    """Whether a name after the subject is the subject again (استقبل الشيخ تميم بن حمد أمير دولة
    قطر ...: the office in apposition resolves to the same person): no object."""
    named = {i.entity for i in subject.identities if i.entity}
    return bool(named) and all(i.entity in named for i in u.identities)


def _in_reach(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after a verb is near enough to be its subject: within SUBJECT_REACH
    tokens, or at the end of a chain of names each a few words after the last (a title with
    the body it heads before the holder's name: استعرض المشرف العام على مركز الملك سلمان
    للإغاثة الدكتور ...), with no clause opening between."""
    if u.first - trig.last <= SUBJECT_REACH:
        return True
    end = trig.last
    for v in view.units:
        if v.first <= trig.last or v.first > u.first:
            continue
        gap = view.tokens[end + 1 : v.first]
        if len(gap) > CHAIN_GAP or any(_opens_clause(t) for t in gap):
            return False
        end = max(end, v.last)
    return True


PREPOSITION_KINDS = ("locative", "recipient", "from", "temporal", "adjunct")
# words a title before an apposed name may have (رئيس مجلس النواب، وزير الخارجية السابق: three)
TITLE_WORDS = 4
# identity kinds of common nouns and offices, no proper names (المسلحين، الحكومة، الوزير)
NOT_PROPER_KINDS = ("generic", "group", "office")


def _in_prepositional_phrase(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after a verb closes a genitive chain a preposition opens (وأشاد بموقف دول
    التحالف، قال في بيان الجيش): the genitive of a noun in a prepositional phrase is no subject."""
    return bool(_chain_preposition(view, trig, u))


def _chain_preposition(view: SentenceView, trig: TriggerMatch, u: Unit, bound: int | None = None) -> str:
    """The preposition opening the genitive chain a name after a verb closes (في فرع وزارة
    الخارجية: في), as a word or a clitic (بموقف دول التحالف: ب); "" when there is none. A noun
    with the article or a pronoun suffix ends the chain (قال خلال لقائه الوزير). The chain is
    looked for back to the verb, or back to ``bound`` for a name before it."""
    bound = trig.last if bound is None else bound
    if (prep := _apposed_noun_preposition(view, u, bound)) is not None:
        return prep
    named = view.named_tokens()
    k = u.first - 1
    while k > bound and k not in named:
        tok = view.tokens[k]
        if tok.norm == QUOTE_MARK:  # مع مسلحي تنظيم "داعش": a name's quotation marks stand in no way
            k -= 1
            continue
        if not tok.is_word or tok.suffix or has_article(tok):
            return ""
        before = view.tokens[k - 1].norm
        if clitic := _preposition_clitic(tok):
            return clitic
        if any(is_particle(kind, before) for kind in PREPOSITION_KINDS):
            return before
        if _unsplit_b(tok) and "ب" in recipient_preps(trig):
            return "ب"  # أشاد بدور قوات التحالف: a ب the clitic reader left on the noun of a ب-verb
        k -= 1
    return _marked_head_preposition(view, k, bound)


def _marked_head_preposition(view: SentenceView, k: int, bound: int) -> str:
    """The preposition of a name whose phrase the chain back from a later name reaches at token
    ``k`` (اشتبكت مع مسلحي تنظيم داعش: the chain from داعش ends on مسلحي, after مع): the later
    name is that phrase's genitive, as prepositional as its head, when the head is a common noun
    in construct; "" when ``k`` ends no such name."""
    if k <= bound:
        return ""
    head = next((v for v in view.units if v.last == k), None)
    if head is None or head.marker not in ("recipient", "locative") or not _in_construct(view.tokens[k]):
        return ""  # بالديوان الملكي الدكتور فلان: a head with the article closes its phrase
    if any(i.kind not in ("generic", "group") for i in head.identities):
        return ""  # لدولة فلسطين لدى الأمم المتحدة: a proper name heads no construct
    return head.marker_word


def _apposed_noun_preposition(view: SentenceView, u: Unit, bound: int) -> str | None:
    """The preposition governing a noun with a pronoun suffix that a person's name after it, past
    the noun's adjectives, is in apposition to (مع نظيره الأردني فلان، بمستشاره فلان: the name is
    whom the suffixed noun names); None when the name follows no such noun. A bare name after a
    title or a common noun with the article is as well (مع رئيس البرلمان فلان، نحو المدينة
    الساحلية فلانة: _apposed_title_preposition)."""
    if (prep := _apposed_title_preposition(view, u, bound)) is not None:
        return prep
    if not all(i.label == "PER" for i in u.identities):
        return None
    tokens, k = view.tokens, u.first - 1
    while k > bound and _is_adjective(tokens[k], True):
        k -= 1
    if k <= bound or not tokens[k].is_word or not tokens[k].suffix or is_any_particle(tokens[k].norm):
        return None
    if clitic := _preposition_clitic(tokens[k]):
        return clitic
    before = tokens[k - 1].norm if k - 1 > bound else ""
    return before if any(is_particle(kind, before) for kind in PREPOSITION_KINDS) else None


def _apposed_title_preposition(view: SentenceView, u: Unit, bound: int) -> str | None:
    """The preposition before a title or a common noun with the article that a bare name right
    after it is in apposition to (وعملت مع وزير الخارجية فلان، زحفت الكتائب نحو المدينة
    الساحلية فلانة): the name is in the preposition's phrase, whom or where the act reaches, not the
    verb's subject. The title's words are nouns in construct and words with the article, up to
    TITLE_WORDS of them (رئيس مجلس النواب، وزير الخارجية السابق). None when a title opens the
    name's own span (the unit then starts a new noun phrase: قال في المؤتمر الصحفي الوزير
    فلان), when the word before the name has no article, or when no preposition opens the
    phrase."""
    tokens, named = view.tokens, view.named_tokens()
    k = u.first - 1
    if (
        not _bare_proper_name(view, u)
        or k <= bound
        or not has_article(tokens[k])
        or is_number_or_quantity(tokens[k].norm)
    ):
        return None
    for k in range(u.first - 1, max(bound, u.first - 1 - TITLE_WORDS), -1):
        tok = tokens[k]
        if k in named or not tok.is_word or tok.suffix or is_any_particle(tok.norm):
            return None
        if clitic := _preposition_clitic(tok):
            return clitic
        if not has_article(tok) and not _in_construct(tok):
            return None
        before = tokens[k - 1].norm if k - 1 > bound else ""
        if any(is_particle(kind, before) for kind in PREPOSITION_KINDS):
            # النائب عن ائتلاف الوطنية فلان: a phrase after a noun with the article is part of
            # the title the name holds, no phrase of the verb
            return None if k - 2 > bound and has_article(tokens[k - 2]) else before
    return None


def _bare_proper_name(view: SentenceView, u: Unit) -> bool:
    """A unit opened by a proper name: no title or office opens its span, no common noun."""
    first = u.mentions[0]
    return (
        not first.name
        and first.ref_kind != "office"
        and u.identities[0].kind not in NOT_PROPER_KINDS
        and not opens_with_title(view.tokens, u)
    )


def _preposition_clitic(tok: Token) -> str:
    """The preposition split off a word as its clitic (ب، ل، ك), or ""."""
    return next((p for p in tok.prefixes if p in PREPOSITIONS), "")


def _opens_clause(tok: Token) -> bool:
    return (
        tok.norm in CLAUSE_BREAKS
        or tok.prefixes[:1] == ("و",)
        or is_particle("relative", tok.norm)
        or is_particle("complementizer", tok.norm)
    )


def _subject_like(view: SentenceView, u: Unit) -> bool:
    """An unmarked name that is not after من: بضغط من إيران، المقرب من الأكراد name no subject."""
    return not u.marker and not _after_from(view.tokens, u)


def _object_like(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """A verb's direct or prepositional object (_recipient_like); a name after من only for a
    verb that takes its recipient with من (طلبت الحكومة من الأمم المتحدة، حرر الجيش المدينة
    من المسلحين)."""
    if _after_from(view.tokens, u):
        return _from_recipient(trig)
    return _recipient_like(u)


def _in_other_phrase(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether an unmarked name closes a genitive chain opened by a preposition the verb does not
    take its recipient with (اجتمع الوزير أمس في فرع وزارة الخارجية مع نظيره: the ministry names
    where, not whom): a place or a time phrase, no object."""
    if u.marker:
        return False
    prep = _chain_preposition(view, trig, u)
    return bool(prep) and prep not in recipient_preps(trig)


def _quote_opens_between(tokens: Sequence[Token], u: Unit, right: int) -> bool:
    """Whether a quotation opens between a name and a verb (قال لافروف «يرفض شركاؤنا ...»): the
    speaker does not act in the words quoted. A name quoted itself («داعش» يقصف) is closed by
    the mark after it, which opens nothing."""
    wrapped = u.first > 0 and tokens[u.first - 1].norm == QUOTE_MARK
    first_after = u.last + 2 if wrapped and tokens[u.last + 1].norm == QUOTE_MARK else u.last + 1
    return any(tokens[k].norm == QUOTE_MARK for k in range(first_after, right))


def _may_agree(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after a verb may be its subject by gender: a feminine verb has no
    masculine subject (طالبت الحزب: the party is the object), nor a masculine verb a feminine
    one (دعا الحكومة). Unknown genders (people, states, bare names) always may."""
    verb = _verb_gender(view.tokens[trig.first], trig)
    noun = _unit_gender(view, u) if verb else ""
    if verb and noun and verb != noun:
        # asked once here: both an office's gender and a common head's either way depend on it
        holder = _holder_after(view, u)
        # قصفت مدفعية الجيش، قصف طيران الحكومة: the verb agrees with the head the name follows
        head = _construct_head_gender(view, trig, u, holder)
        if not head and not holder and _common_construct_head(view, trig, u):
            # أدانت دول المجلس: a head of no known gender may agree either way; a person named
            # after (دعا أمين سر اللجنة فلان) is the subject the search goes on to
            return True
        noun = head or noun
    return not (verb and noun and verb != noun)


def _common_construct_head(view: SentenceView, trig: TriggerMatch, u: Unit) -> bool:
    """Whether a common noun in construct stands right before a name after a verb (دول المجلس،
    هيئة الطيران): the noun, not the name, is what the verb agrees with."""
    k = u.first - 1
    if k <= trig.last:
        return False
    tok = view.tokens[k]
    return (
        _in_construct(tok)
        and not is_any_particle(tok.norm)
        and tok.norm not in function_words()
        and not is_number_or_quantity(tok.norm)
    )


def _construct_head_gender(view: SentenceView, trig: TriggerMatch, u: Unit, holder: bool) -> str:
    """The gender of a sector head standing right before a name as the first term of a
    construct (مدفعية الجيش: f, طيران التحالف: m), "" when no such head is there. The head
    bears no article, suffix or preposition, and is not the verb itself. An office heads the
    name only with no ``holder`` named after it (:func:`_holder_after`)."""
    k = u.first - 1
    if k > 0 and view.tokens[k].norm == QUOTE_MARK:
        k -= 1  # طائرات «التحالف»: the name quoted is still the head's genitive
    if k < 0 or k in (trig.first, trig.last):
        return ""
    tok = view.tokens[k]
    if not tok.is_word or tok.suffix or has_article(tok) or any(p in tok.prefixes for p in PREPOSITIONS):
        return ""
    row = head_rows().get(bare_stem(tok))
    if row is not None:
        return sector_heads()[row].gender
    if tok.norm in name_heads().offices and not holder:
        # دعا زعيم المعارضة: an office heads its body's name, the verb agrees with the office
        return "f" if k in view.teh_marbuta() else "m"
    return ""


def _holder_after(view: SentenceView, u: Unit) -> bool:
    """Whether a person is named a few words after a name (رئيس هيئة الأركان في اليمن اللواء
    X): the office's holder, who is the subject the search goes on to."""
    holder = next((v for v in view.units if v.first > u.last and v.identities[0].label == "PER"), None)
    if holder is None or holder.first - u.last > CHAIN_GAP + 1:
        return False
    return not any(_opens_clause(t) for t in view.tokens[u.last + 1 : holder.first])


def _verb_gender(tok: Token, trig: TriggerMatch) -> str:
    """ "f" for a feminine third person singular form (طالبت، دعت، تستنكر), "m" for a masculine
    one (طالب، دعا، يطالب), "" when the form does not say."""
    if not trig.is_verb or trig.entry.pos == "noun":
        return ""
    forms = _singular_forms(trig.entry.lemma, trig.entry.present)
    word = tok.norm
    for w in (word, word[1:] if word.startswith(CONJUNCTIONS) else ""):
        for suffix in ("", *PRONOUN_SUFFIXES):
            if w and w.endswith(suffix) and (gender := forms.get(w[: len(w) - len(suffix)] if suffix else w)):
                return gender
    return ""


@lru_cache(maxsize=4096)
def _singular_forms(lemma: str, present: str) -> dict[str, str]:
    """A verb's third person singular forms, past and present, by gender (once per entry)."""
    past, present = normalize(lemma), normalize(present or "")
    past_f = past[:-1] + "ت" if past.endswith(("ا", "ي")) else past + "ت"
    forms = {past: "m", past_f: "f"}
    if len(present) > 1:
        forms["ي" + present[1:]] = "m"
        forms["ت" + present[1:]] = "f"
    return forms


def _unit_gender(view: SentenceView, u: Unit) -> str:
    """The grammatical gender of a unit's head word when its form or the head table says it
    (الحكومة: f; الحزب، المتمردين: m); "" for people, states, bare names and feminine plurals
    (a verb before القوات may be either: قصف القوات، قصفت القوات)."""
    if any(i.label in ("PER", "GPE") for i in u.identities):
        return ""
    tok = view.tokens[u.first]
    if tok.norm.endswith("ات"):
        return ""
    if u.first in view.teh_marbuta():
        return "f"
    if bare_stem(tok) in masculine_heads():
        return "m"  # حزب الله، ضابط شرطة: a common noun, not a bare name, with or without the article
    if not has_article(tok) and not tok.stem.startswith(ARTICLE):
        # داعش، حماس: a bare name's verb may be either; a bare common noun of people in the
        # sound masculine plural (مسلحين، عسكريون) is masculine
        return "m" if not u.identities[0].label and tok.norm.endswith(SOUND_PLURAL_ENDINGS) else ""
    if tok.norm.endswith(SOUND_PLURAL_ENDINGS):
        return "m"
    row = head_rows().get(bare_stem(tok))
    if row is not None:
        return sector_heads()[row].gender
    return ""


@lru_cache(maxsize=1)
def masculine_heads() -> frozenset[str]:
    """The masculine singular nouns of ``lexicon/ar/masculine_heads.txt``, normalized, no article."""
    return frozenset(k for w in data_lines(MASCULINE_HEADS) for k in word_keys(w))


def _reported_subject(view: SentenceView, trig: TriggerMatch, topic: Unit) -> Unit | None:
    """The subject of the words reported when a verb stands in them and the sentence's topic
    is who reports (وقالت الوزارة في بيان إن الوزيرين «بحثا»، وأفاد المسؤول بأن القوات تقدمت
    ... واستطاعت): the first name after the words open, unmarked or a member's body."""
    opens = _report_opens(view.tokens, trig.first)
    if not topic.last < opens < trig.first:
        return None
    return next(
        (
            u
            for u in view.actor_units
            if opens < u.first
            and u.last < trig.first
            and (_agreeing_subject_like(view, trig, u) or _member_of(view, u))
        ),
        None,
    )


def _topic(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """A name opening the sentence ("كيري" وفي تصريحات ... أكد): the topic the verb is about."""
    first = view.units[0] if view.units else None
    if (
        first
        and first.first <= TOPIC_START
        and first.is_actor
        and not first.marker
        and first.last < trig.first
        and not _after_setting_preposition(view.tokens, first)
    ):
        return first
    return None


def _after_setting_preposition(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a preposition opening the sentence governs the name after it (في طهران، أعلن؛
    وبعد القاهرة، سيتوجه؛ ومن عمان زار): that name sets the scene of what follows, it does not act.
    The prepositions are those of kind setting in prepositions.tsv, with or without و/ف."""
    if u.first != 1:
        return False
    word = tokens[0].norm
    setting = prepositions("setting")
    return word in setting or without_conjunction(word) in setting


def _referent(view: SentenceView, trig: TriggerMatch, pronoun_word: str) -> Unit | None:
    """What the pronoun of أنه/أنها/أنهم points to: the topic, else the nearest name before it
    that the pronoun can stand for (_pronoun_fits)."""
    topic = _topic(view, trig)
    if topic is not None and _pronoun_fits(view, topic, pronoun_word):
        return topic
    before = [u for u in view.units if u.last < trig.first and u.is_actor and not u.marker]
    return next((u for u in reversed(before) if _pronoun_fits(view, u, pronoun_word)), None)


def _pronoun_fits(view: SentenceView, u: Unit, pronoun_word: str) -> bool:
    """Whether a name agrees with a pronoun suffix: ه stands for a person or a masculine body
    (أعلن الحزب أنه، قال اللواء إنه), ها for a state or a feminine body (أكدت الوزارة أنها),
    هم and the others for anyone but one person (ذكر المحافظ أنهم: others). A body named by
    a common noun (النظام، القوات، المقاومة) is read as an organisation: it acts and is spoken
    of as one."""
    label, gender = _reference_label(u), _unit_gender(view, u)
    if pronoun_word.endswith("هم"):
        return not (label == "PER" and len(u.mentions) == 1)
    if pronoun_word.endswith("ها"):
        return label == "GPE" or (label == "ORG" and gender != "m")
    if pronoun_word.endswith("ه"):
        return label == "PER" or (label == "ORG" and gender != "f")
    return True


def _reference_label(u: Unit) -> str:
    """A unit's entity label for a pronoun to agree with: a common noun's group, which has
    none (الجيش، السلطات), is an organisation."""
    ident = u.identities[0]
    return ident.label or ("ORG" if ident.kind in ("generic", "group") else "")


def _names_both_sides(u: Unit) -> bool:
    """Whether a unit is a common noun in the dual naming the two parties (الجانبان، الطرفين،
    الوزيران): the actor noun table lists such a noun with its dual forms."""
    return any(m.ref.startswith("generic:") and normalize(m.text) in _dual_forms() for m in u.mentions)


@lru_cache(maxsize=1)
def _dual_forms() -> frozenset[str]:
    """The forms of the actor noun table that are duals: a form in ان whose ين form the table
    also lists, and the other way round (الجانبان، الجانبين; not المسلحين, nor سكان)."""
    forms = {normalize(g.name) for g in generic_actors()}
    other = {"ان": "ين", "ين": "ان"}
    return frozenset(f for f in forms if f[-2:] in other and f[:-2] + other[f[-2:]] in forms)


def _first_governed(trig: TriggerMatch, units: list[Unit]) -> Unit | None:
    return next(
        (u for u in units if u.first > trig.reach and u.first - trig.reach <= 3 and _recipient_like(u)), None
    )


def _recipient_like(u: Unit) -> bool:
    """A direct object, or a name after a recipient preposition (مع، على، ضد، ل، ب)."""
    return not u.marker or u.marker == "recipient" or (u.marker == "locative" and u.marker_word == "ب")


def _noun_arguments(
    view: SentenceView, trig: TriggerMatch, units: list[Unit], possessed: bool = False
) -> tuple[Unit | None, Unit | None, str]:
    tokens = view.tokens
    after = [u for u in units if u.first > trig.last and not _meeting_place(tokens, trig, u)]
    before = [u for u in units if u.last < trig.first]
    governed = next(
        (
            u
            for u in after
            # القبض على ثلاثة من أعضاء الخلية: the count fills the slot the name is in
            if _count_start(tokens, u) - trig.last <= 3
            and u.marker in ("", "recipient")
            # تحرير البلاد من المليشيات: what an act of force comes from is not its genitive
            and not (trig.entry.force and _after_from(tokens, u))
            # الهجوم الانتحاري: a noun with the article heads no genitive, what follows is an adjective
            and not (u.marker == "" and u.first == trig.last + 1 and has_article(tokens[trig.last]))
            and not _act_adjective(tokens, trig, u)
        ),
        None,
    )
    reach = _past_modifiers(tokens, trig)
    gathered = _gathered_sides(tokens, trig, reach, after)
    if gathered is not None:
        return (*gathered, "noun:gathered")
    target = _target_at(tokens, reach, after, trig.entry.side_after_b)
    agent = next((u for u in after if u.marker == "agent"), None)
    if agent is None and trig.entry.force:
        agent = _force_after_lam(tokens, trig, reach, after)
        if agent is not None:  # غارات لطيران التحالف على مواقع ...: what it reaches follows
            return agent, _target_at(tokens, agent.last + 1, after, trig.entry.side_after_b), "noun:agent"
    agent = agent or _relative_doer(tokens, trig, reach, after) or _ascribed_doer(tokens, trig, reach, after)
    if agent:
        if governed not in (None, agent):
            return agent, governed, "noun:agent"
        return (
            agent,
            target or _target_at(tokens, agent.last + 1, after, trig.entry.side_after_b),
            "noun:agent",
        )
    donor = _donor(tokens, trig, reach, after)
    if donor is not None:
        # يحصل الحزب على دعم من إيران، بمساندة من طائرات التحالف: who gives is after من, who
        # gets it is named after the giver or is the name before the noun
        given_to = next((u for u in after if u.first == donor.last + 1 and u.marker == "recipient"), None)
        given_to = given_to or _target_at(tokens, donor.last + 1, after, trig.entry.side_after_b)
        return donor, given_to or _name_before(view, trig, before), FROM_DOER_RULE
    parties = _between_parties(view, trig, after)
    if parties is not None:
        # محادثات السلام بين الحكومة وحركة طالبان، اشتباكات بين الجيش والمسلحين: the sides
        return parties, _other_side(view, parties, after), "noun:between"
    if (
        governed
        and not governed.marker
        and trig.entry.violence
        and governed.first <= reach
        and (is_armed(governed) or _force_headed(tokens, governed))
        and (held := _held_site_object(tokens, _past_modifiers_from(tokens, governed.last + 1), after))
    ):
        # استهداف طيران التحالف مواقع الحوثيين: an armed genitive with the sites of another
        # party after it as the masdar's object strikes them, whatever the entry's genitive is
        return governed, held, "noun:genitive-agent"
    if (
        governed
        and not governed.marker
        and trig.entry.violence
        and governed.first <= reach  # غارات على مقر المتمردين: the site's owner is no genitive of the act
        and (is_armed(governed) or _force_headed(tokens, governed))  # استعادة قوات الاتحاد الأفريقي
        and trig.entry.genitive != "recipient"  # مقتل الجندي: an entry whose genitive is who it befell
        and not (governed.first > trig.last + 1 and is_counted(tokens, governed))  # مقتل 49 مسلحا: who died
    ):
        # قصف قوات النظام: an armed force in the genitive of an attack is its agent; the one of
        # an arrest is who is held (اعتقال المسلحين)
        return (
            governed,
            _target_at(tokens, governed.last + 1, after, trig.entry.side_after_b),
            "noun:genitive-agent",
        )
    if governed and not governed.marker and trig.entry.violence and governed.first <= reach:
        # اعتداءات المستوطنين المتواصلة ضد القرويين: a genitive with a target after it is who attacks
        target = _target_at(
            tokens, _past_modifiers_from(tokens, governed.last + 1), after, trig.entry.side_after_b
        )
        if target is not None and _is_party_or_people(governed):
            return governed, target, "noun:genitive-agent"
    through_head = governed is not None and _people_head_between(tokens, trig.reach, governed)
    if (
        governed
        and not governed.marker
        and (_genitive_start(tokens, governed) == trig.reach + 1 or through_head)
        and trig.entry.genitive_doer  # زيارة الوزير; not قصف القافلة (the file says)
        and not possessed  # لقائه الرئيس: a possessed noun heads no genitive, the name is its object
    ):
        # زيارة كارتر لأربيل، دعوة السيستاني إلى ...: who visits, calls or accuses is the genitive
        if trig.entry.destination and is_state(governed) and not through_head:
            # زيارة الأردن، خلال زيارته فرنسا: a state after a visit is the place visited
            return _name_before(view, trig, before), governed, "noun"
        rest = next((u for u in after if u.first > governed.last and u.marker == "recipient"), None)
        rest = rest or _target_at(tokens, governed.last + 1, after, trig.entry.side_after_b)
        if rest is None and trig.entry.claim and _charge_after(tokens, governed):
            # اتهام تركيا بدعم الإرهاب: the genitive before the charge is who is accused
            return _name_before(view, trig, before), governed, "noun:genitive-patient"
        if rest is None and _genitive_reached(trig, tokens):
            # لإغاثة المنكوبين، إيواء النازحين: whom the act reaches; who acts is named before
            return _name_before(view, trig, before), governed, "noun"
        return governed, rest or _masdar_object(tokens, governed, after), "noun:genitive-agent"
    victims = next(
        (u for u in reversed(before) if not u.marker and trig.first - u.last <= 6 and is_victim(u)), None
    )
    if victims is not None and trig.entry.force:
        return None, victims, "noun:victims"
    if (
        governed is not None
        and not possessed
        and (done_to := _unnamed_masdar_object(tokens, trig, governed, after)) is not None
    ):
        # اعتقال الشرطة مستوطنين اثنين: the genitive acts on the people named after it, named as
        # who acts (no verb's subject or intent turns it round into whom the act reaches)
        return governed, done_to, "noun:agent"
    recipient = (
        governed or target or _with_party(tokens, trig, after) or _prep_recipient(tokens, trig, reach, after)
    )
    return _name_before(view, trig, before), recipient, "noun"


def _meeting_place(tokens: Sequence[Token], trig: TriggerMatch, u: Unit) -> bool:
    """Whether a capital right after a noun of meeting is where the meeting is held, no side
    of it (اجتماع الدوحة، محادثات القاهرة بين الوزيرين): a talk is named by its city, a visit by
    where it goes (its entry's destination, read apart)."""
    return (
        trig.entry.side_after_b  # the type of meetings and calls (consult.yaml)
        and not trig.entry.destination
        and u.first == trig.reach + 1
        and not u.marker
        and not tokens[trig.reach].suffix  # اجتماعاتها القاهرة: no construct
        and all(m.ref_kind == "capital" for m in u.mentions)
    )


def _gathered_sides(
    tokens: Sequence[Token], trig: TriggerMatch, reach: int, after: list[Unit]
) -> tuple[Unit, Unit | None] | None:
    """The sides of a meeting a verb of bringing together names right after its noun (its
    adjectives and a relative pronoun between): the verb's object meets, the name after ب or
    مع is the other side (لقاء جمع الوزير بنظيره، المحادثات التي جمعت الرئيس مع ضيفه). None
    when no such verb follows, or its object is a pronoun or a بين phrase (جمعه مع، جمع بين
    الطرفين: read by the rules of those)."""
    if not trig.entry.side_after_with:
        return None
    k = reach  # the first token past the noun's adjectives
    if k < len(tokens) and is_particle("relative", tokens[k].norm):
        k += 1
    if k + 1 >= len(tokens) or not is_particle("gather", tokens[k].norm):
        return None
    side = next((u for u in after if u.first > k), None)
    if side is None or side.marker or side.first != k + 1:
        return None
    other = next(
        (
            u
            for u in after
            if u.first > side.last
            and u.marker_word in (WITH_WORD, "ب")
            and not _clause_break(tokens, side.last, u.first)
        ),
        None,
    )
    return side, other


def _masdar_object(tokens: Sequence[Token], agent: Unit, after: list[Unit]) -> Unit | None:
    """The object of a masdar right after its genitive agent and the agent's adjectives, with
    the article as a verb's object has (مطالبة الاتحاد الأوروبي الحكومة الإسرائيلية بـ: the
    union demands, the government is whom): the masdar governs it as its verb would."""
    reach = _past_modifiers_from(tokens, agent.last + 1)
    u = next((u for u in after if u.first > agent.last), None)
    if u is None or u.first > reach or u.marker:
        return None
    # each word from the agent's adjectives to the object has the article as a clitic: no verb
    # whose own letters open with it (ألقى) stands between
    return u if all(has_article_clitic(t) for t in tokens[agent.last + 1 : u.first + 1]) else None


def _unnamed_masdar_object(
    tokens: Sequence[Token], trig: TriggerMatch, genitive: Unit, after: list[Unit]
) -> Unit | None:
    """The object of a masdar in construct with its genitive agent: people named by a common
    noun without the article right after the genitive and its adjectives (اعتقال الشرطة
    مستوطنين اثنين، خطف المسلحين عاملا أجنبيا): a noun in construct takes one genitive, so a
    second bare noun of people is the masdar's object, as its verb's would be, and the
    genitive does the act. A name there may be the genitive's apposition; ignored."""
    noun = tokens[trig.last]
    if (
        trig.entry.genitive == "recipient"  # مقتل شاب: the genitive is who died, never a doer
        or has_article(noun)
        or noun.suffix
        or genitive.marker
        or genitive.first != trig.reach + 1
    ):
        return None
    reach = _past_modifiers_from(tokens, genitive.last + 1)
    u = next((u for u in after if u.first > genitive.last), None)
    if u is None or u.first != reach or u.marker or not _is_unnamed_people(u):
        return None
    # no clitic from the genitive to the object: وإصابة، وجنود open a phrase of their own
    between = tokens[genitive.last + 1 : u.first + 1]
    return None if any(t.prefixes for t in between) or has_article(tokens[u.first]) else u


def _is_unnamed_people(u: Unit) -> bool:
    """A unit of one common noun of people, no name (مستوطنين، قياديا، 40 مدنيا)."""
    return len(u.mentions) == 1 and u.identities[0].kind in ("generic", "group")


def _act_adjective(tokens: Sequence[Token], trig: TriggerMatch, u: Unit) -> bool:
    """Whether a unit is one indefinite nisba word that also names people (group_words.tsv kind
    adjective) right after the indefinite noun of an act: it describes the act (هجوم انتحاري،
    اعتداء إرهابي), no one does it. A noun whose genitive is whom it befell reads the word as
    that person (مقتل عسكري: a soldier's death)."""
    noun, word = tokens[trig.last], tokens[u.first]
    return (
        u.first == u.last == trig.last + 1
        and trig.entry.genitive != "recipient"
        and not has_article(noun)
        and not noun.suffix
        and not has_article(word)
        and not word.prefixes
        and bare_stem(word) in group_words().adjectives
    )


def _people_head_between(tokens: Sequence[Token], reach: int, u: Unit) -> bool:
    """Whether the genitive slot right after a noun is filled by an office's or members' head
    in construct before a name, with at most one more bare word of its complement (زيارة وزير
    خارجية المملكة، اجتماع قادة الحركة): the name's people do the act, not a place visited."""
    between = tokens[reach + 1 : u.first]
    if not 1 <= len(between) <= 2:
        return False
    if not all(t.is_word and not t.prefixes and not t.suffix for t in between):
        return False
    return between[0].norm in name_heads().offices or is_member_head(between[0])


def _complement_doer(
    view: SentenceView, trig: TriggerMatch, units: list[Unit], ctx: ClauseContext
) -> Unit | None:
    """The subject of a verb whose object a masdar of force is: an unmarked name right before
    the masdar (its adjectives between), no judging trigger right before the name (أدانت فرنسا
    قصف النظام: the genitive of the act judged is who acted)."""
    tokens = view.tokens
    if has_article(tokens[trig.first]) or _prepositioned(tokens[trig.first], trig):
        return None
    u = next((v for v in reversed(units) if v.last < trig.first), None)
    if (
        u is None
        or not u.is_actor
        or not _subject_like(view, u)
        or is_counted(tokens, u)
        or is_victim(u)
        or _past_modifiers_from(tokens, u.last + 1) < trig.first
    ):
        return None
    # جدد الوزير دعوة المركز: the genitive of any other noun still acts, unless a verb of
    # undertaking governs the noun (واصلت الحكومة دعم المزارعين، قرر المجلس استقبال الوفد)
    if not trig.entry.force and not _undertaken(view, trig):
        return None
    judged = any(t.entry.judging and u.first - t.reach <= 2 for t in ctx.earlier)
    return None if judged else u


def _prepositioned(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a masdar carries a preposition, split off or not (لهجوم، في قصف)."""
    return any(p in tok.prefixes for p in PREPOSITIONS) or _unsplit_preposition(tok, trig)


def _undertaken(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a verb of undertaking takes the masdar as its object, its subject between
    (استأنفت القوات والشرطة ملاحقة ...)."""
    return _doer_verb(view, trig.first, "undertake", UNDERTAKE_GAP) is not None


def _unsplit_preposition(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a masdar still carries a preposition the clitic reader left on it (تعرض الجيش
    لهجوم): the word without its first letter opens like the entry's noun or one of its
    masdars, the word itself like none."""
    if tok.prefixes or tok.norm[:1] not in PREPOSITIONS:
        return False
    openings = {m[:2] for m in _masdar_stems((trig.entry.lemma, *trig.entry.masdar))}
    return tok.norm[1:3] in openings and tok.norm[:2] not in openings


def _fought_by(view: SentenceView, trig: TriggerMatch, units: list[Unit], fallen: Unit | None) -> Unit | None:
    """The armed side named after مع close after a noun of fighting (في اشتباكات مع قوات الأمن،
    خلال تبادل لإطلاق النار مع الشرطة) when the name before the noun is the counted dead or
    civilians: they fell to that side, which acts; who fought it otherwise acts on it."""
    if fallen is None or not trig.entry.reciprocal or not trig.entry.violence:
        return None
    if not (is_counted(view.tokens, fallen) or is_victim(fallen)):
        return None
    side = _with_unit(view.tokens, trig, units)
    return side if side is not None and is_armed(side) else None


def _prep_recipient(tokens: Sequence[Token], trig: TriggerMatch, k: int, after: list[Unit]) -> Unit | None:
    """The name right after a noun's adjectives, written with a preposition its entry takes for
    the recipient (تقديم مساعدات عاجلة للنازحين، تهديدات مباشرة إلى الحكومة)."""
    preps = recipient_preps(trig)
    found = next(
        (u for u in after if u.first in (k, k + 1) and u.marker == "recipient" and u.marker_word in preps),
        None,
    )
    if found is None and "ل" in preps and k + 1 < len(tokens) and _lam_noun(tokens[k]):
        # تقديم المساعدات للأشقاء السوريين: ل on a noun of people no name covers, the name after it
        found = next((u for u in after if u.first == k + 1 and not u.marker), None)
    return found


def _lam_noun(tok: Token) -> bool:
    """A word with ل and the article that no particle is (للأشقاء، للإخوة)."""
    return tok.is_word and tok.prefixes[-1:] == (FUSED_ARTICLE,) and not is_any_particle(tok.norm)


def _with_possessor(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, recipient: Unit | None, rule: str
) -> tuple[Unit | None, Unit | None, str]:
    """A noun trigger with a possessive pronoun (زيارته، سيطرتها، اعتقاله): the name it stands for
    is who acts, or, for an act of force done to someone (اعتقاله، اغتياله) and after a passive
    auxiliary (تم استقباله), who it is done to. A possessed noun heads no genitive, so the name
    before it is no actor when the pronoun names the patient."""
    tok = view.tokens[trig.first]
    if not _possessive(view, trig):
        return actor, recipient, rule
    passive = trig.first > 0 and is_particle("passive", view.tokens[trig.first - 1].norm)
    if passive or _done_to_possessor(trig):
        referent = None if recipient else _referent_before(view, trig, tok.norm, None if passive else actor)
        if referent is None:
            return actor, recipient, rule
        # الذي تم اغتياله: the name before a passive may be its patient, then nobody acts
        return (None if referent is actor else actor), referent, rule + "+possessor"
    if rule != "noun" or (actor is None and recipient is None):
        # a noun with no name in its clause stays a topic (وانسحابها، مطالبه): the pronoun
        # corrects who acts, it does not make an event; with a recipient it is an event, and
        # the pronoun, not an earlier clause, says who acts (قال إن محادثاته مع نظيره)
        return actor, recipient, rule
    referent = _referent_before(view, trig, tok.norm, skip=recipient)
    return (referent, recipient, "noun:possessor") if referent is not None else (actor, recipient, rule)


def _possessive(view: SentenceView, trig: TriggerMatch) -> str:
    """The possessive pronoun a one-word noun trigger carries (زيارته، لقائهم), or "": the
    segmenter's suffix (a hamza written on ي before it too: لقائه)."""
    if trig.first != trig.last or trig.is_verb:
        return ""
    suffix = view.tokens[trig.first].suffix
    return suffix if suffix in OBJECT_PRONOUNS else ""


def _done_to_possessor(trig: TriggerMatch) -> bool:
    """Whether a noun's possessive pronoun names who the act is done to: an act of force whose
    verb takes its object directly (اعتقاله، استهدافه); one taken with a preposition (سيطرتها
    على، هجومهم على) is done by the possessor. من and عن name where from, not whom (طرده من)."""
    preps = recipient_preps(trig) - {"من", "عن"}
    return trig.entry.force and not preps


def _referent_before(view: SentenceView, trig: TriggerMatch, word: str, skip: Unit | None) -> Unit | None:
    """The nearest unmarked name before a trigger in its sentence that a pronoun suffix can
    stand for (_pronoun_fits), other than ``skip``."""
    return _referent_before_token(view, trig.first, word, skip)


def _intent_holder(view: SentenceView, trig: TriggerMatch, skip: Unit | None) -> Unit | None:
    """Whom the pronoun of a noun of intent right before a masdar stands for (أعلنت الحكومة
    اعتزامها زيارة، أكد الوزير عزمه لقاء، نيته فرض): who means to act does the masdar. The
    masdar's preposition may stand between (رغبتها في زيارة، استعداده للقاء)."""
    k = trig.first - 1
    if k > 0 and view.tokens[k].norm in prepositions("endeavour"):
        k -= 1
    if k < 0:
        return None
    tok = view.tokens[k]
    if tok.suffix not in OBJECT_PRONOUNS or not any(
        is_particle("intent", stem) for stem in _suffixed_stems(tok)
    ):
        return None
    return _referent_before_token(view, k, tok.norm, skip)


def _suffixed_stems(tok: Token) -> set[str]:
    """A word's stem as read and, its teh marbuta written ت before the pronoun (نيته), as
    :func:`segmentations` restores it: the readings with the same clitics."""
    same = (s.stem for s in segmentations(tok.norm) if s.prefixes == tok.prefixes and s.suffix == tok.suffix)
    return {tok.stem, *same}


def _object_pronoun_referent(view: SentenceView, trig: TriggerMatch, actor: Unit | None) -> Unit | None:
    """Whom the object pronoun of a verb trigger stands for (اعتقلته الشرطة، أعدمهم التنظيم): the
    nearest earlier name in its sentence that agrees with it (_referent_before_token), never
    the verb's own subject. A light verb's pronoun stands for its object noun (هجوم تشنه)."""
    tok = view.tokens[trig.first]
    if (
        trig.entry.pos != "verb"
        or not trig.is_verb
        or trig.first != trig.last
        or tok.suffix not in OBJECT_PRONOUNS
        or _masdar_reading(tok, trig)
    ):
        return None
    # أعلنت الوزارة عن منح للطلاب، وطالبتهم: a verb joined by و goes on with whom the act
    # before it reached, a party its preposition marks
    return _referent_before_token(view, trig.first, tok.norm, actor, objects=_verb_joined_by_wa(tok, trig))


def _joined_verb_object(view: SentenceView, trig: TriggerMatch, actor: Unit | None) -> Unit | None:
    """Whom the object pronoun of a verb joined by و right after another verb's object stands
    for (انتقد الوزير إيران وحذرها): that object, a name after the verb's own subject with no
    preposition before it, which the pronoun agrees with."""
    tok = view.tokens[trig.first]
    if (
        actor is None
        or not trig.is_verb
        or trig.first != trig.last
        or tok.suffix not in OBJECT_PRONOUNS
        or not _verb_joined_by_wa(tok, trig)
    ):
        return None
    before = [u for u in view.units if u.last == trig.first - 1]
    if not before:
        return None
    obj = before[-1]
    if (
        not obj.is_actor
        or obj.is_place
        or obj.marker_word
        or _same_unit(obj, actor)
        or actor.last >= obj.first
        or not _possessor_fits(view, obj, tok.suffix)
    ):
        return None
    return obj


def _preposition_pronoun_referent(view: SentenceView, trig: TriggerMatch, actor: Unit | None) -> Unit | None:
    """Whom a pronoun on the preposition a trigger takes its recipient with, right after it,
    stands for (القيود التي فرضتها عليه السلطات، تفاوضنا معها، قبضت عليهم الشرطة): the nearest earlier
    name in its sentence that agrees with it, never the act's doer, as for an object pronoun.
    Not for ground taken, whose pronoun is the place (المدن التي يسيطر عليها المسلحون)."""
    k = trig.last + 1
    if k >= len(view.tokens):
        return None
    tok = view.tokens[k]
    if (
        tok.prefixes
        or tok.suffix not in OBJECT_PRONOUNS
        or tok.stem not in recipient_preps(trig)
        or trig.entry.from_party == "recipient"
    ):
        return None
    return _referent_before_token(view, trig.first, tok.suffix, actor)


def _sound_plural(view: SentenceView, u: Unit) -> bool:
    """Whether a common noun of people is a sound plural (مسلحين، المتظاهرون), which the
    singular pronoun ه never stands for; a name (فلسطين، بوتين) is not read so."""
    if u.identities[0].label in ("PER", "GPE"):
        return False
    return view.tokens[u.first].stem.endswith(SOUND_PLURAL_ENDINGS)


def _masdar_reading(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger with a pronoun reads as its own masdar, one the past verb is not
    written as (سيطرتها، استعادته، إدانته): its pronoun is a possessive, often the doer's."""
    masdars = _masdar_stems(tuple(trig.entry.masdar)) - {normalize(trig.entry.lemma)}
    return any(s.stem in masdars for s in segmentations(tok.norm) if s.suffix == tok.suffix)


def _referent_before_token(
    view: SentenceView, k: int, word: str, skip: Unit | None, objects: bool = False
) -> Unit | None:
    """_referent_before for the word at token ``k``; with ``objects``, a party after ل، ب or
    على may be what the pronoun stands for too (a verb joined by و: _object_pronoun_referent)."""
    candidates = [
        u for u in view.units if u.last < k and (_subject_like(view, u) or (objects and _object_of_act(u)))
    ]
    for u in reversed(candidates):
        if u.is_place:
            return None  # سيطرت على المدينة وتحريرها: the pronoun stands for the place
        if u.is_actor and not _same_unit(u, skip) and _possessor_fits(view, u, word):
            # الفصائل التي تدعمها تركيا ... هجماتها: the pronoun stands for the phrase's head
            head = _phrase_head(view, u)
            if head is u or _same_unit(head, skip) or not _possessor_fits(view, head, word):
                return u  # a name that heads its own phrase is not asked twice
            return head
    return None


def _object_of_act(u: Unit) -> bool:
    """A party after a preposition an act or a word reaches it with (prepositions.tsv kind
    reached: ل، ب، على), no place (منح للطلاب، الإطاحة بالرئيس)."""
    return u.marker_word in prepositions("reached") and not u.is_place


def _doer_subject(view: SentenceView, trig: TriggerMatch, recipient: Unit | None) -> Unit | None:
    """The subject of a form of قام whose ب-complement the noun is (قامت القوات بقصف، قام
    متطرفون بحرق), of تمكن whose من-complement it is (تمكنت القوات من السيطرة), or of a verb
    of undertaking whose object it is (واصلت القوات قصف المدينة)."""
    doer, start = _complement_verb(view, trig)
    return None if doer is None else _verb_subject(view, doer, start, recipient)


def _perpetrator_subject(view: SentenceView, trig: TriggerMatch, recipient: Unit | None) -> Unit | None:
    """The subject of a verb of doing an act (particles.tsv kind perpetrate: عقد، شن، نفذ، تبنى،
    وجه) whose object the noun is, a few words before it (عقد الأمير ... في مكتبه اليوم
    اجتماعا، تبنى التنظيم الهجوم، وجه السفير الدعوة): who does that verb does the act, not the
    nearest name before the noun, often one of the subject's titles. None for a noun after a
    preposition, no object (للتحقيق، في إطلاق), and for a verb with a pronoun suffix: that is
    its object, or the word is no verb (ناقشوا تبني عقوبات: a masdar)."""
    tokens, start = view.tokens, trig.first
    if _prefixed_by(tokens[start], PREPOSITION_CLITICS) or _endeavour_opening(tokens, trig) is not None:
        return None
    if start and tokens[start - 1].norm in prepositions("setting") | prepositions("endeavour"):
        return None
    verb = _doer_verb(view, start, "perpetrate", PERPETRATE_GAP)
    if verb is None or tokens[verb].suffix:
        return None
    return _verb_subject(view, verb, start, recipient)


def _governing_subject(view: SentenceView, trig: TriggerMatch, other: Unit | None) -> tuple[Unit, str] | None:
    """The subject of the verb of endeavour or of movement whose complement or purpose the masdar
    is, with the rule that names which (:func:`_endeavour_doer`, :func:`_purpose_doer`)."""
    if (doer := _endeavour_doer(view, trig, other)) is not None:
        return doer, "noun:endeavour"
    if (doer := _purpose_doer(view, trig, other)) is not None:
        return doer, "noun:purpose"
    return None


def _endeavour_doer(view: SentenceView, trig: TriggerMatch, other: Unit | None) -> Unit | None:
    """The subject of a verb of endeavour whose complement the masdar is, after a preposition
    of endeavour (يستعد الجيش لاقتحام، شارك مقاتلو العشائر في استعادة القاعدة، بادر المسلحون
    بإطلاق النار): it acts, not the masdar's genitive nor ``other``."""
    tokens = view.tokens
    opening = _endeavour_opening(tokens, trig)
    if opening is None:
        return None
    verb = _doer_verb(view, opening, "endeavour", UNDERTAKE_GAP)
    if verb is None or _complement_opened(tokens, verb, opening):
        return None
    return _uncontrued_subject(view, verb, opening, other)


def _purpose_doer(view: SentenceView, trig: TriggerMatch, other: Unit | None) -> Unit | None:
    """The subject of a verb of movement or sending (particles.tsv kind purpose) whose purpose
    a masdar after a preposition of purpose tells (توجه الوزير إلى الرياض لزيارة، وصل الوفد
    للمشاركة في المحادثات، أرسلت الحكومة قوات لمساندة الجيش): who goes or sends does it, not
    the masdar's genitive nor ``other``. A comma may set the purpose off (يزور الوزير موسكو،
    لإجراء محادثات)."""
    tokens = view.tokens
    k = trig.first
    if not _prefixed_by(tokens[k], prepositions("purpose")):
        return None
    end = k - 1 if k and tokens[k - 1].norm in COMMAS else k
    verb = _doer_verb(view, end, "purpose", PURPOSE_GAP)
    if verb is None or _complement_opened(tokens, verb, end, prepositions("purpose")):
        return None
    return _uncontrued_subject(view, verb, end, other)


def _uncontrued_subject(view: SentenceView, verb: int, opening: int, other: Unit | None) -> Unit | None:
    """The subject of the verb at ``verb`` whose complement opens at ``opening`` (_verb_subject),
    unless it is the genitive of a noun in construct."""
    subject = _verb_subject(view, verb, opening, other)
    # بدأت محاكمة المتهمين بالتفجير: a name after a noun in construct is its genitive, and
    # that noun, no name, is the verb's subject
    if subject is not None and verb < subject.first and _construct_between(view.tokens, verb, subject.first):
        return None
    return subject


def _verb_subject(view: SentenceView, verb: int, start: int, recipient: Unit | None) -> Unit | None:
    """The subject of the verb at ``verb`` whose complement opens at ``start``: the name right
    after the verb, else the one before it, past a relative clause that describes it (طائرات
    التحالف الذي تقوده المملكة ... قامت بشن غارات)."""
    tokens = view.tokens
    if _clause_break(tokens, verb, start):
        return None
    named = [u for u in view.units if verb < u.first < start and u.is_actor and _subject_like(view, u)]
    if named:
        return named[0]
    before = [u for u in view.units if u.last < verb and u.is_actor and _subject_like(view, u)]
    for u in before:  # the earliest name a relative clause reaching the verb describes
        if (
            u.last + 1 < verb
            and is_particle("relative", tokens[u.last + 1].norm)
            and not _clause_break(tokens, u.last, verb)
        ):
            return u if not _same_unit(u, recipient) else None
    u = before[-1] if before else None
    if u is None or _same_unit(u, recipient) or new_clause_between(tokens, u.last, verb):
        return None
    return u


def _complement_verb(view: SentenceView, trig: TriggerMatch) -> tuple[int | None, int]:
    """The form of قام, تمكن or a verb of undertaking whose complement a noun is, or None, and
    the token its complement opens at: the noun, من or the light verb's masdar before it."""
    tokens, start = view.tokens, trig.first
    if start and tokens[start - 1].norm == "من":
        # تمكنت القوات من السيطرة: who is enabled does it
        return _doer_verb(view, start - 1, "enabler", ENABLER_GAP), start - 1
    if not _is_b_complement(tokens, trig):
        if start and tokens[start - 1].is_word and tokens[start - 1].norm.startswith("ب"):
            start -= 1  # بشن غارات، بتنفيذ هجوم: the ب-word is a light verb's masdar before the noun
        elif _prepositioned(tokens[start], trig) or _endeavour_opening(tokens, trig) is not None:
            return None, start
        else:
            # واصلت القوات قصف المدينة: the verb's object
            return _doer_verb(view, start, "undertake", UNDERTAKE_GAP), start
    return _doer_verb(view, start, "doer", DOER_GAP), start


def _complement_opened(
    tokens: Sequence[Token], verb: int, opening: int, preps: frozenset[str] | None = None
) -> bool:
    """Whether the verb's complement opens before the masdar's preposition (يسعى للحصول على
    موافقة: the verb's masdar is للحصول, whose object the noun after على is). A ب-word between
    says how (نجحوا بمؤازرة من الطائرات في صد الهجوم), it opens no complement. ``preps``: those
    that open one (of endeavour but ب when not given)."""
    preps = prepositions("endeavour") - {"ب"} if preps is None else preps
    return any(tokens[k].norm in preps or _prefixed_by(tokens[k], preps) for k in range(verb + 1, opening))


def _endeavour_opening(tokens: Sequence[Token], trig: TriggerMatch) -> int | None:
    """Where a masdar's preposition of endeavour is (prepositions.tsv): the masdar itself when
    it is joined to it (لاقتحام، بإطلاق), the word before it when apart (في ملاحقة)."""
    k = trig.first
    if _prefixed_by(tokens[k], prepositions("endeavour")):
        return k
    if _unsplit_preposition(tokens[k], trig) and tokens[k].norm[0] in prepositions("endeavour"):
        return k
    return k - 1 if k and tokens[k - 1].norm in prepositions("endeavour") else None


def _prefixed_by(tok: Token, preps: frozenset[str]) -> bool:
    """Whether one of ``preps`` is joined to the word as a clitic (لاقتحام، وللمشاركة)."""
    return any(p.split("+")[0] in preps for p in tok.prefixes)


def _construct_between(tokens: Sequence[Token], left: int, right: int) -> bool:
    """Whether a noun in construct that is no particle or number stands between two tokens."""
    return any(
        _in_construct(t) and not is_any_particle(t.norm) and not is_number_or_quantity(t.norm)
        for t in tokens[left + 1 : right]
    )


def _doer_verb(view: SentenceView, start: int, kind: str, gap: int) -> int | None:
    """The form of a verb of particle ``kind`` (doer قام، enabler تمكن، undertake واصل،
    endeavour استعد) at most ``gap`` words before token ``start``, the words of names and
    numbers not counted: a long name and title between (قام الأمير ... بن عبدالعزيز نائب وزير
    الدفاع بزيارة) is the subject, not distance."""
    named = view.named_tokens()
    counted = 0
    for j in range(start - 1, -1, -1):
        if is_particle(kind, view.tokens[j].norm):
            return j
        # ثلاثة آلاف مقاتل: the count belongs to the subject's phrase, as its name does
        counted += j not in named and not is_number_or_quantity(view.tokens[j].norm)
        if counted >= gap:
            return None
    return None


def _receiver(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The subject of a verb of receiving whose object a noun of aid or support is (تلقت الحكومة
    مساعدات، الجيش حصل على دعم): the name between the verb and the noun, else the one before
    the verb in its clause. A verb of obtaining takes the noun after على (حصل هجوم: happened)."""
    if not trig.entry.giving:
        return None
    verb = _receiving_verb(view.tokens, trig.first, lambda _: True)
    return None if verb is None else _subject_before_noun(view, verb, trig.first)


def _taker(
    view: SentenceView, trig: TriggerMatch, earlier: Sequence[TriggerMatch]
) -> tuple[Unit, str] | None:
    """Whom the act a noun names reached, the subject of a verb before it, with its rule's tag:
    who received aid (_receiver), else who underwent the act (_undergoer)."""
    if (receiver := _receiver(view, trig)) is not None:
        return receiver, "+received"
    if (undergoer := _undergoer(view, trig, earlier)) is not None:
        return undergoer, "+undergone"
    return None


def _undergoer(view: SentenceView, trig: TriggerMatch, earlier: Sequence[TriggerMatch]) -> Unit | None:
    """The subject of a verb of undergoing a noun of an act follows in its clause, no other act
    named between (تعرض الموكب لهجوم، أصيب ثلاثة جنود في انفجار، لقي ضابط مصرعه إثر قصف، خضع
    المتهم للتحقيق): whom the act befell. A name before the verb counts only in the verb's own
    clause (ذكر المرصد أن البلدة تتعرض لقصف: who reports is not who is shelled), or is the
    head of the verb's relative clause (_undergoing_antecedent). Aid and support received are
    the receiver's (_receiver)."""
    if trig.entry.giving:
        return None
    tokens = view.tokens
    verb = view.undergoing_verb(trig.first)
    if verb is None or any(verb < t.first < trig.first for t in earlier):
        return None
    if (head := _undergoing_antecedent(view, verb, trig.first)) is not None:
        return head
    if _undergoing_of(tokens[verb]):
        return _referent_before_token(view, verb, tokens[verb].norm, None)
    u = _subject_before_noun(view, verb, trig.first)
    if u is None or u.first > verb:
        return u
    nearest = next(v for v in reversed(view.units) if v.last < verb)
    return u if nearest is u and not complementizer_between(tokens, u.last, verb) else None


def _undergo_verb_before(tokens: Sequence[Token], noun: int) -> int | None:
    """The nearest verb of undergoing or receiving within UNDERGO_GAP words before a noun."""
    lo = max(-1, noun - 1 - UNDERGO_GAP)
    return next(
        (j for j in range(noun - 1, lo, -1) if _undergoes(tokens[j].norm) or _undergoing_of(tokens[j])), None
    )


def _undergoing_of(tok: Token) -> bool:
    """Whether a word is a verb of undergoing, or its masdar, with a third-person pronoun (بعد
    تعرضه لقصف، إثر تعرضهم لإطلاق نار): the pronoun names who underwent the act."""
    return tok.suffix in OBJECT_PRONOUNS and is_particle("undergo", tok.stem)


def _undergone(view: SentenceView, noun: int) -> bool:
    """Whether a verb of undergoing takes the word at ``noun`` in its own clause."""
    verb = view.undergoing_verb(noun)
    return verb is not None and not _clause_break(view.tokens, verb, noun)


def _undergoing_antecedent(view: SentenceView, verb: int, noun: int) -> Unit | None:
    """The name a relative pronoun right before a verb of undergoing stands for, when no name
    stands between the verb and the act (السفير الذي تعرض للطعن، الناشط الذي كان تعرض لاعتداء):
    the head of the relative clause underwent it."""
    if any(verb < u.first < noun and u.is_actor and not u.marker for u in view.units):
        return None
    k = _relative_before(view.tokens, verb)
    if k < 1:
        return None
    return _relative_head(view, _past_comma(view.tokens, k))  # السفير فلان، الذي تعرض


@lru_cache(maxsize=100_000)  # why: asked of the words before every noun trigger; one look-up, not two
def _undergoes(word: str) -> bool:
    """A verb of undergoing, or of receiving an act that is no gift (تلقى تهديدات، تلقى دعوة)."""
    return is_particle("undergo", word) or is_particle("receive", word)


def _subject_before_noun(view: SentenceView, verb: int, noun: int) -> Unit | None:
    """The subject of a verb whose object or complement a noun after it is, in one clause: the
    name between the verb and the noun, else the one before the verb in its clause."""
    tokens = view.tokens
    if _clause_break(tokens, verb, noun):
        return None
    named = [u for u in view.units if verb < u.first < noun and u.is_actor and not u.marker]
    if named:
        return named[0]
    before = [u for u in view.units if u.last < verb and u.is_actor and not u.marker]
    u = before[-1] if before else None
    if u is None or new_clause_between(tokens, u.last, verb):
        return None
    return u


def _receiving_verb(tokens: Sequence[Token], noun: int, between: Callable[[int], bool]) -> int | None:
    """The nearest verb of receiving (_receives) within RECEIVE_GAP words before the noun at
    ``noun`` that takes it as object, every word passed on the way being one ``between`` lets
    stand between them. A verb of obtaining needs على right before the noun (حصل الجيش على
    دعم): a search that lets no particle between ends there."""
    for j in range(noun - 1, max(-1, noun - 1 - RECEIVE_GAP), -1):
        if _receives(tokens, j, noun):
            return j
        if not between(j):
            return None
    return None


def _receives(tokens: Sequence[Token], j: int, noun: int) -> bool:
    """Whether token ``j`` is a verb of receiving the noun at ``noun`` is the object of."""
    if is_particle("receive", tokens[j].norm):
        return True
    return is_particle("obtain", tokens[j].norm) and noun > 0 and tokens[noun - 1].norm == "علي"


def _clause_break(tokens: Sequence[Token], left: int, right: int) -> bool:
    return any(tokens[k].norm in CLAUSE_BREAKS for k in range(left + 1, right))


def _same_unit(u: Unit, other: Unit | None) -> bool:
    """Whether two units name the same words (a unit carried from an earlier event may be
    another object for the same mention)."""
    return other is not None and u.mentions[0].start == other.mentions[0].start


def _possessor_fits(view: SentenceView, u: Unit, word: str) -> bool:
    """Whether a name agrees with a possessive suffix: as for أنه/أنها (_pronoun_fits), and
    people named by a common noun (والده، النازحين) by their gender; هم never stands for one
    person or a state."""
    label = u.identities[0].label
    if word.endswith(("هم", "هما", "هن")):
        return label not in ("PER", "GPE")
    if word.endswith("ه") and _sound_plural(view, u):
        return False  # اختطفه مسلحون: ه stands for one
    if label == "PER":  # السفيرة مليحة لودهي خلال مشاركتها: a title with teh marbuta is a woman's
        return (u.first in view.teh_marbuta()) == word.endswith("ها")
    if label:
        return _pronoun_fits(view, u, word)
    gender = _unit_gender(view, u)
    return gender != "m" if word.endswith("ها") else gender != "f"


def _genitive_reached(trig: TriggerMatch, tokens: Sequence[Token]) -> bool:
    """Whether the genitive of a noun is whom its act reaches (إغاثة المنكوبين), not who acts:
    so the entry says, for the singular act only (مساعدات الأمم المتحدة are the UN's), and not
    with ب, "with the help of" (تقدمت القوات بمساعدة الطيران)."""
    with_b = tokens[trig.first].prefixes[-1:] == ("ب",)
    return trig.entry.genitive == "recipient" and not trig.plural and not with_b


def _with_party(tokens: Sequence[Token], trig: TriggerMatch, after: list[Unit]) -> Unit | None:
    """The name after مع a few words after a noun of meeting or working together, in its
    clause: the other side (مناقشة مسودة القرار مع روسيا، بالتنسيق مع الجيش)."""
    if not trig.entry.side_after_with:
        return None
    return _with_unit(tokens, trig, after)


def _with_unit(tokens: Sequence[Token], trig: TriggerMatch, units: Sequence[Unit]) -> Unit | None:
    """The first name after مع within a few words after a noun, in its clause."""
    for u in units:
        if u.first <= trig.reach:
            continue
        if u.first - trig.reach > WITH_REACH or _clause_break(tokens, trig.reach, u.first):
            return None
        if u.marker_word == WITH_WORD:
            return u
    return None


def _name_before(view: SentenceView, trig: TriggerMatch, before: list[Unit]) -> Unit | None:
    """The nearest name before a noun in its clause (no verb trigger between), who acts in it:
    "أجرى الوزير زيارة"، "وصلت إلى الميناء مساعدات سعودية"; past the phrase of the name it closes
    (_phrase_head: القوات التي يدعمها التحالف ... هجمات)."""
    tokens = view.tokens
    actor = next((u for u in reversed(before) if not u.marker), None)
    if actor is not None:
        actor = _phrase_head(view, actor)
    if trig.first > 0 and any(is_particle(k, tokens[trig.first - 1].norm) for k in ("eve", "temporal")):
        return None  # غداة قصف ...: a time phrase; the name before it is not its actor
    if actor is not None and complementizer_between(tokens, actor.last, trig.first):
        return None  # أكدت الوزارة أن اجتماع ...: the speaker is not the meeting's actor
    return actor


def _relative_doer(tokens: Sequence[Token], trig: TriggerMatch, k: int, after: list[Unit]) -> Unit | None:
    """The name after «يقوم بها» in a relative clause right after a noun (الزيارة التي يقوم
    بها الوزير، الحملة التي قامت بها القوات): who does the act the noun names. An indefinite
    noun's relative clause has no pronoun (زيارة رسمية لدمشق يقوم بها الوزير)."""
    if k < len(tokens) and is_particle("relative", tokens[k].norm):
        k += 1
    elif has_article(tokens[trig.reach]):
        return None
    for j in range(k, min(len(tokens) - 2, k + RELATIVE_DOER_REACH)):
        if tokens[j].norm in CLAUSE_BREAKS or is_particle("relative", tokens[j].norm):
            return None  # مطالبة بدعم الإجراءات التي تقوم بها: the clause of another noun
        if is_particle("doer", tokens[j].norm) and tokens[j + 1].norm in RESUMPTIVE_B:
            # زيارة قام بها لموسكو: a name behind a preposition is where the act goes, not who does it
            return _name_opening(tokens, j + 2, after)
        if _does_it(tokens[j].norm, "perpetrate"):
            # الغارات التي شنها الطيران، الهجوم الذي تبناه التنظيم: the verb's pronoun is the
            # noun, so its subject does the act
            return _name_opening(tokens, j + 1, after)
    return None


def _doer_past_clause(
    view: SentenceView, trig: TriggerMatch, units: list[Unit], clause_end: int
) -> Unit | None:
    """Who a relative clause of doing right after a noun names as doing its act (الضربات التي
    توجهها الطائرات، الهجوم الذي نسبته السلطات إلى التنظيم) when the clause's verb is a trigger
    of its own: the noun's clause then ends (``clause_end``) right before that verb, and its
    subject is sought among the sentence's names past it. None when the noun's own clause
    holds that name, or another trigger past the noun's adjectives stands before the verb."""
    after = [u for u in view.actor_units if u.first > trig.last]
    if not after or all(u in units for u in after):
        return None
    tokens = view.tokens
    reach = _past_modifiers(tokens, trig)
    verb = _doing_verb_at(tokens, reach)
    # the clause may also end at a trigger among the noun's own adjectives (الهجوم الانتحاري)
    if verb < 0 or not (verb == clause_end + 1 or clause_end < reach):
        return None
    doer = _relative_doer(tokens, trig, reach, after) or _ascribed_doer(tokens, trig, reach, after)
    return None if doer is None or doer in units else doer


def _doing_verb_at(tokens: Sequence[Token], k: int) -> int:
    """Where the verb of doing or of ascribing the act that opens the relative clause at ``k``
    (past a relative pronoun) stands, else -1: not one further on, whose pronoun may stand for
    another noun (صد هجوم شنته القوات: the attack is what the forces launched)."""
    if k < len(tokens) and is_particle("relative", tokens[k].norm):
        k += 1
    if k >= len(tokens):
        return -1
    word = tokens[k].norm
    doing = is_particle("doer", word) or _does_it(word, "perpetrate") or _does_it(word, "ascribe")
    return k if doing or is_particle("ascribe", word) or is_particle("ascribed", word) else -1


def _name_opening(tokens: Sequence[Token], k: int, after: list[Unit]) -> Unit | None:
    """The unmarked name that opens at token ``k``, or past a quotation mark or a bracket and
    a bare head noun or a descriptor the name follows (تنظيم (داعش)، حكومة «الوفاق»)."""
    for j in range(k, min(len(tokens), k + NAME_OPENING_REACH)):
        found = next((u for u in after if u.first == j), None)
        if found is not None:
            return None if found.marker else found
        if tokens[j].is_word and not (_heads_name(tokens[j]) or tokens[j].norm in name_heads().descriptors):
            return None
    return None


@lru_cache(maxsize=100_000)  # why: asked of each word a few tokens after every noun trigger
def _does_it(word: str, kind: str) -> bool:
    """Whether a word is a verb of a particle kind with the act as its object pronoun (of
    perpetrate: شنها، نفذته، تبناه; of ascribe: نسبته). Why not the token's clitic reading:
    it keeps شنها whole (a stem under three letters), reads نفذته as نفذه + ه and leaves تبنا
    without ى."""
    stems = [word[: -len(pronoun)] for pronoun in OBJECT_PRONOUNS if word.endswith(pronoun)]
    # تبناه، أجراها: a final ى is written ا before a suffix
    stems += [normalize(stem[:-1] + "ى") for stem in stems if stem.endswith("ا")]
    return any(is_particle(kind, stem) for stem in stems)


def _ascribed_doer(tokens: Sequence[Token], trig: TriggerMatch, k: int, after: list[Unit]) -> Unit | None:
    """The name after إلى that a verb or participle of ascribing close after a noun points to
    (هجوم انتحاري نسب إلى التنظيم، التفجير المنسوب إلى الحركة، هجمات نسب بعضها إلى، تفجير نسبت
    السلطات المسؤولية عنه إلى): who the act is laid on does it, as told."""
    for j in range(k, min(len(tokens), k + ASCRIBE_REACH)):
        word = tokens[j].norm
        if word in CLAUSE_BREAKS:
            return None
        if is_particle("ascribe", word) or is_particle("ascribed", word) or _does_it(word, "ascribe"):
            return _name_after_to(tokens, j + 1, after)
    return None


def _name_after_to(tokens: Sequence[Token], k: int, after: list[Unit]) -> Unit | None:
    """The name right after the first preposition of ascription (إلى) within a few words from
    ``k``, in its clause."""
    for i in range(k, min(len(tokens) - 1, k + ASCRIBED_TO_REACH)):
        if tokens[i].norm in CLAUSE_BREAKS:
            return None
        if tokens[i].norm in prepositions("ascription"):
            return next((u for u in after if u.first == i + 1), None)
    return None


def _donor(tokens: Sequence[Token], trig: TriggerMatch, k: int, after: list[Unit]) -> Unit | None:
    """A state, body or force after من right after a noun of aid or support (دعم عسكري من
    إيران، المساعدات القادمة من المنظمات الدولية): who gives it; any name so after a noun whose
    entry reads من as its doer (احتجاجات من المزارعين، انتقادات من المعارضة)."""
    from_doer = trig.entry.from_doer and "من" not in recipient_preps(trig)
    if not trig.entry.giving and not from_doer:
        return None
    for j in (k, k + 1):  # one word may stand between (القادمة، المقدمة)
        if j < len(tokens) and is_particle("from", tokens[j].norm):
            u = next(
                (u for u in after if u.first == j + 1 or (u.first == j + 2 and _heads_name(tokens[j + 1]))),
                None,
            )
            if u is None or from_doer:
                return u
            return u if _is_party(u) or not _all_in_sectors(u, ("CVL", "REF")) else None
    return None


def _charge_after(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a ب-word that names no one follows a unit (اتهام تركيا بدعم الإرهاب)."""
    k = u.last + 1
    if k >= len(tokens) or not tokens[k].is_word:
        return False
    # the clitic may be left on a word the tokenizer does not know (باضطهاد)
    return tokens[k].prefixes[-1:] == ("ب",) or _unsplit_b(tokens[k])


def _past_modifiers(tokens: Sequence[Token], trig: TriggerMatch) -> int:
    """The first token after a noun's adjectives (الغارات الجوية التركية، حملة مقاطعة واسعة)."""
    return _past_modifiers_from(tokens, trig.reach + 1)


def _past_modifiers_from(tokens: Sequence[Token], k: int) -> int:
    """The first token from ``k``, right after a genitive, that is no adjective (اعتداءات
    المستوطنين المتواصلة ضد: the construct is definite as its genitive is)."""
    # the fused لل (للمعارضة المعتدلة) makes the noun definite as ال does
    definite = has_article(tokens[k - 1]) or FUSED_ARTICLE in tokens[k - 1].prefixes
    end = k + MAX_MODIFIERS
    while k < len(tokens) and k < end:
        if _is_adjective(tokens[k], definite):
            k += 1
        elif _negated_adjective_at(tokens, k, definite):
            k += 2  # زيارة غير معلنة إلى العراق: a negated adjective is one modifier
        else:
            break
    return k


def _negated_adjective_at(tokens: Sequence[Token], k: int, definite: bool) -> bool:
    """Whether a negating word (غير) and an adjective after it stand at ``k``."""
    return (
        k + 1 < len(tokens)
        and is_particle("negating", tokens[k].norm)
        and _is_adjective(tokens[k + 1], definite)
    )


def _is_adjective(tok: Token, definite: bool) -> bool:
    # هجوم شنه مسلحان: a verb of perpetrating with the act as its pronoun opens a relative
    # clause with the doer after it; no adjective, though it agrees with an indefinite noun
    return (
        agrees(tok, definite)
        and not is_any_particle(tok.norm)
        and tok.norm not in function_words()
        and not _does_it(tok.norm, "perpetrate")
    )


def _is_party_or_people(u: Unit) -> bool:
    return all(i.sector for i in u.identities)


def _target_at(tokens: Sequence[Token], k: int, after: list[Unit], side_after_b: bool) -> Unit | None:
    """The name an act reaches from token ``k`` on: after a recipient particle (على، ضد، إلى)
    through the nouns of sites its owner holds (غارات على مواقع التنظيم، هجوم على مقر الحزب),
    or, for a type that reads its other side so (``side_after_b``: a meeting, a call), after ب
    (اتصال هاتفي بنظيره، لقاؤه بالرئيس)."""
    if k >= len(tokens):
        return None
    tok = tokens[k]
    if is_particle("recipient", tok.norm):
        k += 1
    elif side_after_b and tok.prefixes[-1:] == ("ب",):
        return next((u for u in after if u.first == k and u.marker_word == "ب"), None)
    elif not (tok.prefixes[-1:] == ("ل",) and _is_site(tok)):
        return None
    site = k
    while k < len(tokens) and _is_site(tokens[k]):
        k += 1
    if k > site and k < len(tokens) and agrees(tokens[k], False) and not is_any_particle(tokens[k].norm):
        # مواقع عسكرية للحوثيين: an adjective of the site, then its holder after ل
        held_by = next((u for u in after if u.first == k + 1 and u.marker_word == "ل"), None)
        if held_by is not None:
            return held_by
    return next((u for u in after if u.first == k), None)


def _ranks_party(view: SentenceView, people: Unit) -> Unit | None:
    """The party named right after «في صفوف» or «بين صفوف» that follows a common noun of people
    (12 شخصا في صفوف قوات النظام، قتلى بين صفوف المتمردين): the people are of that party, so
    an act done to them is done to it."""
    tokens = view.tokens
    k = people.last + 1
    if (
        not _is_unnamed_people(people)
        or k + 2 >= len(tokens)
        or tokens[k].norm not in prepositions("ranks")
        or not is_particle("ranks", tokens[k + 1].norm)
    ):
        return None
    return next((u for u in view.actor_units if u.first == k + 2 and not u.marker), None)


def _held_site_object(tokens: Sequence[Token], k: int, after: list[Unit]) -> Unit | None:
    """The holder of the sites a masdar takes as its bare object from token ``k`` (مواقع
    الحوثيين، مقرات التنظيم، مواقع عسكرية للحوثيين): the site nouns, no clitic, then the
    holder's name in construct or after ل past one adjective of the sites."""
    j = k
    while j < len(tokens) and _is_site(tokens[j]) and not tokens[j].prefixes:
        j += 1
    if j == k:
        return None
    held = next((u for u in after if u.first in (j, j + 1)), None)
    if held is None or (held.first == j + 1 and not agrees(tokens[j], False)):
        return None
    return held if held.marker_word == "ل" or (held.first == j and not held.marker) else None


def _is_site(tok: Token) -> bool:
    """A noun of a place in construct with its holder (مواقع، مقر، لمعسكرات، وتجمعات)."""
    return tok.is_word and not tok.suffix and is_particle("site", bare_stem(tok)) and not has_article(tok)


def _force_after_lam(tokens: Sequence[Token], trig: TriggerMatch, k: int, after: list[Unit]) -> Unit | None:
    """An armed force written with ل right after an act of force: its agent (غارة جوية لطيران
    التحالف، قصف مدفعي لقوات النظام)."""
    u = next((u for u in after if u.first == k), None)
    if u is None or u.marker_word != "ل":
        return None
    return u if is_force_head(tokens[k]) or _armed_doer_after_lam(tokens, trig, u) else None


def _armed_doer_after_lam(tokens: Sequence[Token], trig: TriggerMatch, u: Unit) -> bool:
    """Whether an armed party after ل is who did an attack told by a bare indefinite noun and
    its adjectives (هجمات متفرقة للمتمردين، كمين لحركة الشباب). After a definite noun or one
    with a pronoun (الضربة الموجعة للمسلحين، استهدافه للجنود) ل names whom the act reached;
    an arrest's ل always does."""
    head = tokens[trig.last]
    if not trig.entry.violence or has_article(head) or head.suffix or not u.identities:
        return False
    return is_armed(u) and all(_adjective_shape(tokens[j]) for j in range(trig.last + 1, u.first))


def _adjective_shape(tok: Token) -> bool:
    """Whether a word of no article has the shape of an adjective: a participle (مسلح، متفرقة)
    or a nisba (جوي، انتحارية, :func:`is_nisba_adjective`). A plain noun between (قصف أهداف
    لحزب) makes the ل its owner's."""
    return (not tok.prefixes and tok.norm.startswith("م")) or is_nisba_adjective(tok, definite=False)


def _between_parties(view: SentenceView, trig: TriggerMatch, after: list[Unit]) -> Unit | None:
    """The names right after «بين» a few words after a noun: the sides of the act. The words
    that tell when and where it happened do not count (معارك متواصلة منذ صيف 2012 بين، اجتماع
    عقد أمس في العاصمة بين)."""
    tokens = view.tokens
    start, stop = trig.reach + 1, min(len(tokens), trig.reach + 1 + BETWEEN_SCAN)
    # why the particle first: for most nouns there is none, and the words before it are
    # weighed (the costlier setting-word test) only when there is
    between = _particle_ahead(tokens, start, stop, "between")
    if between is None:
        return None
    counted = 0
    for k in range(start, between):
        if not _setting_word(view, k):
            counted += 1
            if counted >= BETWEEN_REACH:
                return None
    return next((u for u in after if u.first == between + 1 and u.is_actor), None)


def _particle_ahead(tokens: Sequence[Token], start: int, stop: int, kind: str) -> int | None:
    """The first particle of a kind among tokens ``start`` to ``stop - 1``, no clause break before it."""
    for k in range(start, stop):
        norm = tokens[k].norm
        if norm in CLAUSE_BREAKS:
            return None
        if is_particle(kind, norm):
            return k
    return None


def _agent_by_side(view: SentenceView, trig: TriggerMatch, units: list[Unit]) -> Unit | None:
    """The name right after «من جانب» (من طرف) past a noun's adjectives, who does the act it
    names (قصف من جانب القوات، عقوبات من طرف الاتحاد). Not a name joined by و there: that is
    the other side of a بين phrase the words close (بين الجيش من جهة والمسلحين)."""
    tokens = view.tokens
    k = _past_modifiers(tokens, trig)
    if k + 2 >= len(tokens) or not is_particle("from", tokens[k].norm):
        return None
    side = tokens[k + 1]
    if side.prefixes or side.suffix or not is_particle("side", side.norm):
        return None
    named = next((u for u in units if u.first == k + 2), None)
    if named is None or named.marker or not named.is_actor or tokens[k + 2].prefixes[:1] == ("و",):
        return None
    return named


def _other_side(view: SentenceView, parties: Unit, after: list[Unit]) -> Unit | None:
    """The other side of a بين phrase whose first side «من جهة» (من طرف، من ناحية) closes within
    SIDE_REACH tokens, no clause break between: the next unit after it, when that is an actor
    opening within OTHER_SIDE_GAP tokens (قتال بين الشرطة وحلفائها من جهة، والمتمردين من جهة
    ثانية), whom the first side's act is on; else None."""
    tokens = view.tokens
    end = min(len(tokens) - 1, parties.last + 1 + SIDE_REACH)
    for k in range(parties.last + 1, end):
        if tokens[k].norm in CLAUSE_BREAKS:
            return None
        if is_particle("from", tokens[k].norm) and is_particle("side", tokens[k + 1].norm):
            other = next((u for u in after if u.first > k + 1), None)
            return (
                other
                if other is not None and other.first <= k + 1 + OTHER_SIDE_GAP and other.is_actor
                else None
            )
    return None


def _setting_word(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` tells when or where: a word of a date or a place, a particle of time
    or place (منذ، في، داخل), a relative pronoun or a number."""
    tok = view.tokens[k]
    if tok.norm.isdigit() or any(is_particle(kind, tok.norm) for kind in SETTING_KINDS):
        return True
    return _names_place(view, k) or _in_mention(view, tok, ("date", "place"))


def _sense(
    trig: TriggerMatch, actors: list[Actor], recipients: list[Actor], tokens: Sequence[Token]
) -> tuple[str, str, str]:
    """The event type, CAMEO code and mode a trigger means with these parties: an entry's
    sense in words when it is told as said (هاجم الوزير المعارضة قائلا is criticism), its
    finer code when a word names what it is done with (الأسلحة الكيماوية: 204), its
    recipient sense when every recipient is of its sectors (استقبل الجرحى is aid), its doer
    sense when every actor is and no fighter is held (احتجز التنظيم عائلات is an abduction),
    else its own."""
    said = trig.entry.said_sense
    if said and _told_in_words(
        trig, tokens, said.reach, normalized_words(tuple(said.words)), normalized_words(tuple(said.unless))
    ):
        return said.event_type, said.cameo, said.mode
    named = trig.entry.object_sense
    if named and _done_with(trig, tokens, named.reach, normalized_words(tuple(named.words))):
        return named.event_type, named.cameo, named.mode
    sense = trig.entry.recipient_sense
    if sense and recipients and all(sense.fits(r.sector, r.entity) for r in recipients):
        return sense.event_type, sense.cameo, sense.mode
    doer = trig.entry.doer_sense
    if (
        doer
        and actors
        and all(doer.fits(a.sector, a.entity) for a in actors)
        # fighters the group holds were taken in battle, prisoners as any side takes them (173)
        and not any(r.sector in ARMED_SECTORS for r in recipients)
    ):
        return doer.event_type, doer.cameo, doer.mode
    return trig.entry.event_type, trig.entry.cameo, trig.entry.mode


def _ultimatum(tokens: Sequence[Token], trig: TriggerMatch, ctx: ClauseContext) -> bool:
    """Whether a demand is set against the act in its clause, a few words before or after it
    (سيعدمونه خلال يومين ما لم تفرج الحكومة عن ...، وإلا سيقوم التنظيم بقتله): an ultimatum."""
    first, last = max(ctx.lo, trig.first - ULTIMATUM_REACH), min(ctx.hi, trig.last + ULTIMATUM_REACH)
    words = [tok.norm for tok in tokens[first : last + 1]]
    return any(
        tuple(words[j : j + len(phrase)]) == phrase
        for phrase in particle_phrases("unless")
        for j in range(len(words) - len(phrase) + 1)
    )


def _told_in_words(
    trig: TriggerMatch, tokens: Sequence[Token], reach: int, words: frozenset[str], unless: frozenset[str]
) -> bool:
    """Whether a word of saying follows the trigger closely (قائلا، في تغريدات، هجوما لاذعا)
    and no word of force is in the sentence (an attack claimed «قائلة في بيان» is still one)."""
    after = tokens[trig.last + 1 : trig.last + 1 + reach]
    return _has_word(after, words) and not _has_word(tokens, unless)


def _done_with(trig: TriggerMatch, tokens: Sequence[Token], reach: int, words: frozenset[str]) -> bool:
    """Whether one of ``words`` comes after the trigger's first word, up to ``reach`` words past
    its last (a light verb's last word is its object): الأسلحة الكيماوية, the adjective after
    the object, or the object itself."""
    return _has_word(tokens[trig.first + 1 : trig.last + 1 + reach], words)


def _has_word(tokens: Sequence[Token], words: frozenset[str]) -> bool:
    """Whether one of ``tokens`` is one of ``words``, as normalized or as its stem."""
    return any(t.norm in words or t.stem in words for t in tokens)


def _retold(trig: TriggerMatch, ctx: ClauseContext) -> str:
    """The suffix "+retold" when the trigger tells what was done at an act of its type that an earlier
    trigger of the sentence told (التقى ... وبحثا): merged into that act's event below."""
    if trig.entry.retells and any(e.entry.event_type == trig.entry.event_type for e in ctx.earlier):
        return "+retold"
    return ""


def _alone_subject_fits(trig: TriggerMatch, actor: Unit, inherited: bool) -> bool:
    """Whether the subject lets a light verb with no object be its event: of the entry's
    sectors, a person where the entry asks one, and the verb's own subject (one ``inherited``
    from an earlier clause says nothing of what the verb does: الخطة التي تصل إلى ...)."""
    if inherited:
        return False
    person = not trig.entry.alone_person or all(i.label == "PER" for i in actor.identities)
    return person and all(i.sector in trig.requires_sectors for i in actor.identities)


def _heir(trig: TriggerMatch, ctx: ClauseContext) -> Unit | None:
    """Who acts earlier in the sentence, else the story's last actor, as the doer of an act
    named by a noun; an act of force is never inherited by a reporter, a rights group or
    civilians (هيومن رايتس ووتش وثقت ... القصف)."""
    heir = ctx.last_subject  # who acts earlier in this sentence when anyone does, else before it
    if heir is None or not trig.entry.force:
        return heir
    return None if _never_force(heir) else heir


def _never_force(u: Unit) -> bool:
    """Whether a unit names a reporter, a rights group or civilians: who tells of force or
    suffers it, never its doer."""
    return any(i.sector in NEVER_FORCE_SECTORS for i in u.identities)


def _topic_doer(view: SentenceView, trig: TriggerMatch, ctx: ClauseContext) -> tuple[Unit | None, str]:
    """The likeliest doer of a noun with no argument in its clause, and the topic rule tagged
    with where it came from: the name its possessive pronoun stands for (زيارته), else the
    first name of its sentence before it that is no object (past its clause: who speaks of a
    meeting mostly took part in it; a nearer name is often a modifier's, في مؤتمر صحفي),
    else the story's last actor (_heir)."""
    tok = view.tokens[trig.first]
    if _possessive(view, trig):
        referent = _referent_before(view, trig, tok.norm, None)
        if referent is not None:
            return referent, f"{TOPIC_RULE}+possessor"
    named = next((u for u in view.actor_units if u.last < trig.first and _subject_like(view, u)), None)
    if named is not None and not (trig.entry.force and _never_force(named)):
        return named, f"{TOPIC_RULE}+before"  # قال الوزير خلال اللقاء، أكد الجانبان أن المحادثات
    heir = _heir(trig, ctx)
    if heir is None:
        return None, TOPIC_RULE
    return heir, f"{TOPIC_RULE}+{'sentence' if heir is ctx.sentence_subject else 'story'}"


def is_topic_candidate(event: Event) -> bool:
    """Whether an event is a topic noun handed to the learned filter (_topic_doer)."""
    return f":{TOPIC_RULE}" in event.rule


def _force_heir(ctx: ClauseContext) -> Unit | None:
    """Who acted earlier in the sentence, as the doer of an act of force told with its victims
    and no doer (شن الطيران غارات على البلدة وقتل 20 مدنيا): an armed force or a state only."""
    heir = ctx.sentence_subject
    if heir is None or is_victim(heir):
        return None
    return heir if all(i.sector in ARMED_SECTORS or i.label == "GPE" for i in heir.identities) else None


def _covers(u: Unit, trig: TriggerMatch) -> bool:
    """Whether a unit sits on the trigger's own words."""
    first, last = u.first, u.last
    return first <= trig.first <= last or first <= trig.last <= last or first <= trig.head <= last


def _material_with_place(view: SentenceView, trig: TriggerMatch) -> bool:
    """An act of force or aid named by a noun in a sentence that also names a place is reported
    even when nobody is named as doing it (تحرير المدينة، قصف على حي ...)."""
    return (quad_class(trig.entry.cameo) == 4 or trig.entry.relief) and any(
        m.kind == "place" for m in view.mentions
    )


def _from_party(tokens: Sequence[Token], trig: TriggerMatch, units: list[Unit]) -> Unit | None:
    """An actor after من right after an act of force (غارات من طيران التحالف، تحرير المدينة
    من المسلحين), before any other name but the state or capital the act is over (تحرير
    العاصمة صنعاء من سيطرة المسلحين)."""
    if not trig.entry.force:
        return None
    after = [u for u in units if u.first > trig.reach and u.first - trig.reach <= FROM_REACH]
    first = next((u for u in after if not _names_territory(u)), None)
    return first if first is not None and _after_from(tokens, first) and _is_party(first) else None


def _object_unit(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The name a light verb's object word begins (طرد المسلحين الحوثيين، أسر عناصر التنظيم):
    the party the act is done to, though the trigger's own words hold it; for aid, the people
    it is given to (درب المقاتلين، استقبلت اللاجئين، نقل الجرحى)."""
    if trig.entry.pos != "light" or not trig.entry.object_recipient:
        return None
    found = _object_party(view, trig)
    if found is None or trig.entry.object_victims:  # the wounded carried to care (aid)
        return found
    # سقط قتلى: the object is who fell, the act's subject, told apart; فرقت الشرطة المتظاهرين:
    # civilians a light verb of force is done to are its recipient like any other party
    return None if trig.entry.object_is_subject and is_victim(found) else found


def _members_object(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The group a light noun's object word names some of the people of (القضاء على مقاتلين من
    التنظيم، القضاء على عناصر التنظيم): the name opens inside the trigger's own words, where no
    argument of a noun is looked for, so the object's party is read here."""
    word = view.tokens[trig.head]
    if trig.head <= trig.first or not (is_member_head(word) or is_part_head(word)):
        return None
    return _object_unit(view, trig)


def _object_word_subject(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The party holding the object word of a light verb marked ``object_is_subject`` outside
    the attacks (no ``violence`` entry: انتشرت قوات الجيش، احتشد عشرات من الجنود): the word names
    its subject, who acts. After a verb of an attack that word is what befell (سقط قتلى)."""
    entry = trig.entry
    if entry.pos != "light" or not entry.object_is_subject or entry.violence or trig.head <= trig.first:
        return None
    return next((u for u in view.actor_units if u.first <= trig.head <= u.last and u.is_actor), None)


def _object_party(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The party a light construction's object word begins (تدريب القوات العراقية), else None:
    an adjective after it is that party's, not the doer's as after goods (تقديم المساعدات
    الأمريكية)."""
    if trig.head <= trig.first:
        return None
    return next((u for u in view.actor_units if u.first == trig.head and u.is_actor), None)


def _object_of_subject(view: SentenceView, trig: TriggerMatch, actor: Unit, recipient: Unit | None) -> bool:
    """Whether the recipient is a verb's object counted right after the verb and its subject
    (أسرت القبائل أعدادا من المتمردين، خطف أبناء العشيرة عشرات اللصوص): the subject, civilian
    as it is, acted on the people counted. A victim read as the subject of a passive has its
    doer after a preposition or a noun of means (قتل مدني برصاص القوات), never counted in the
    object slot; a name right after the subject may be its genitive or adjective (أكراد سوريا،
    السكان المدنيين), so only a count tells the object."""
    if recipient is None or recipient.marker or not trig.is_verb or actor.first <= trig.last:
        return False
    tokens = view.tokens
    subject_heads = range(trig.last + 1, actor.first)  # رجال العشائر: a noun of its people at most
    if not all(_in_construct(tokens[j]) and not is_any_particle(tokens[j].norm) for j in subject_heads):
        return False
    between = [tokens[j] for j in range(actor.last + 1, recipient.first)]
    return any(is_number_or_quantity(t.norm) for t in between) and all(_counts_object(t) for t in between)


def _counts_object(tok: Token) -> bool:
    """A word that counts or heads the people named after it (أعدادا من، العشرات من، عناصر)."""
    return is_number_or_quantity(tok.norm) or is_particle("from", tok.norm) or is_owner_head(tok)


def _told_as_perpetrator(view: SentenceView, trig: TriggerMatch, actor: Unit, rule: str) -> bool:
    """Whether the actor is the subject of a verb of perpetrating whose pronoun is the act
    (هجوم شنه شخصان، الغارات التي نفذها مدنيون مسلحون), found as a noun's agent or as the name
    right after that verb coded itself (the light verb نفذها): told as who did it, whatever the
    words for them, so never turned round into its victims. A light verb's subject found
    elsewhere is left to that rule: it may be the victims the act left (أوقع قتلى)."""
    tokens = view.tokens
    if trig.is_verb:
        return (
            actor.first == trig.last + 1
            and _of_sentence(view, actor)
            and _does_it(tokens[trig.first].norm, "perpetrate")
        )
    return (
        rule.startswith("noun:agent")
        and actor.first > 0
        and _does_it(tokens[actor.first - 1].norm, "perpetrate")
    )


OBJECT_AFTER_SUBJECT = 2  # words past the subject a direct object opens within (a number, a word)


def _passive_subject(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, recipient: Unit | None, rule: str
) -> bool:
    """Whether the people named right after a verb whose passive is spelled as its active
    (قتل: its entry's genitive is who it befell) are whom it befell: no direct object follows
    them, only a preposition, a conjunction or the sentence's end (وقتل جندي تركي في اشتباك،
    قتل شرطي ومدنيان في الهجوم). The active verb takes its object in the clause (قتل مسلحون
    4 جنود، قتل مسلح حارسا). Organisations and states are left as doers: their object may be a
    word that is no name (قتل التنظيم العشرات)."""
    if not (
        trig.is_verb
        and trig.entry.genitive == "recipient"
        and actor is not None
        and rule.startswith("VSO")
        and actor.first == trig.last + 1
        and _of_sentence(view, actor)
    ):
        return False
    tokens = view.tokens
    if tokens[trig.first].suffix in OBJECT_PRONOUNS or has_article(tokens[actor.first]):
        return False  # قتله مسلح: the pronoun is the object; قتل الجيش: a definite subject acts
    if not all(i.kind == "generic" or i.label == "PER" for i in actor.identities):
        return False
    k = _past_nisbas(tokens, actor.last + 1)
    origin = next((u for u in view.units if u.first == k + 1), None) if k < len(tokens) else None
    if origin is not None and is_particle("from", tokens[k].norm):
        k = _past_nisbas(tokens, origin.last + 1)  # جنود من تشاد: whence they come is their phrase
    if (
        recipient is not None
        and not recipient.marker
        and recipient.first - k <= OBJECT_AFTER_SUBJECT
        and "و" not in tokens[recipient.first].prefixes
    ):
        return False  # an unmarked name right after the subject is the object (قتل مسلحون 4 جنود)
    if k >= len(tokens):
        return True
    after = tokens[k]
    return not after.is_word or bool(after.prefixes) or is_any_particle(after.norm)


def _past_nisbas(tokens: Sequence[Token], k: int) -> int:
    """The first token from ``k`` that is no adjective of origin (قتل جندي تركي في: any other
    bare word may be the object)."""
    while k < len(tokens) and _is_nisba_adjective(tokens[k]):
        k += 1
    return k


def _is_nisba_adjective(tok: Token) -> bool:
    """A bare word of the relative-adjective form (تركي، أوكرانية، إسرائيليين), no particle
    (في، الذي end as a nisba does)."""
    return not tok.prefixes and is_nisba_adjective(tok, False)


def _fought_with(trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after مع is the other side of a fight that an assault's counted subject
    died in (قتل ستة جنود خلال معارك مع مسلحي الحركة): no object, but who they fought."""
    return trig.entry.violence and u.marker_word == WITH_WORD


def _named_past_means(view: SentenceView, actor: Unit | None, u: Unit) -> bool:
    """Whether a name past the verb's counted subject is who wielded a means or did an act the
    clause names after that subject (:func:`_means_doer` reaching up to the name: قتل أربعة جنود
    بقذيفة أطلقتها الميليشيا، قتل ثلاثة مدنيين إثر غارة شنها X). The verb is then read as a
    passive (قُتل), the name as the means' doer, not the verb's object."""
    return actor is not None and _means_doer(view, actor, [u], reach=u.first - actor.last) is u


def _means_doer(
    view: SentenceView, victims: Unit, names: list[Unit], reach: int = MEANS_DOER_REACH
) -> Unit | None:
    """The name of ``names`` that opens right after a verb of doing with a means or an act as
    its object pronoun, fewer than ``reach`` tokens past the victims of a verb in its sentence
    (قتل أربعة جنود وجرح اثنان بشاحنة مفخخة يقودها مسلحو الحركة، بقذيفة أطلقها الجيش): who
    wielded the means killed them. The first such verb decides; a clause break ends the search."""
    tokens = view.tokens
    for j in range(victims.last + 2, min(len(tokens) - 1, victims.last + reach)):
        if tokens[j].norm in (".", ":"):
            return None
        if _does_it(tokens[j].norm, "perpetrate"):
            return _name_opening(tokens, j + 1, names)
    return None


def _victims_named(view: SentenceView, actor: Unit | None) -> bool:
    """Whether the name in the actor slot is victims or people counted (قتل 30 مسلحا): the
    act's target is already named."""
    return actor is not None and (
        is_victim(actor) or (actor in view.units and is_counted(view.tokens, actor))
    )


def _target_or_holder(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, named: Unit | None
) -> tuple[Unit, str] | None:
    """Whom an act of force with no target named is aimed at (هجمات المتطرفين التي تستهدف قوات
    الأمن), else who holds the ground it is on (سيطر الجيش على البلدة التي كانت في أيدي
    المسلحين), with the rule's tag. Who is said in so many words to have held ground taken
    comes before a name of no armed force the rules took for the object (سيطرت القوات الموالية
    لحكومة الرئيس هادي على زنجبار التي كانت في أيدي المتمردين)."""
    open_slot = named is None or _names_territory(named)
    if open_slot and (aimed := _aimed_at(view, trig)) is not None:
        return aimed, "+aimed"
    holder = _ground_holder(view, trig, actor)
    if holder is None or _same_unit(holder, named):
        return None
    taken = trig.entry.from_party == "recipient" and named is not None and not is_armed(named)
    if open_slot or (taken and _held_by(view.tokens, holder)):
        return holder, "+holder"
    return None


def _aimed_at(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """Whom an act of force is said to aim at by a verb of aiming right after it, past its
    adjectives and genitive or in a relative clause on it (ضربات جوية تستهدف المقاتلين، غارات
    - مستهدفة مقاتلي التنظيم، هجمات المتطرفين التي تستهدف قوات الأمن): that verb's object."""
    tokens = view.tokens
    k = _past_modifiers(tokens, trig)
    genitive = next((u for u in view.actor_units if u.first == k and not u.marker), None)
    if genitive is not None:  # هجمات المتطرفين التي: the doer named in the genitive
        k = _past_modifiers_from(tokens, genitive.last + 1)
    if k < len(tokens) and (is_particle("relative", tokens[k].norm) or tokens[k].norm in AIM_DASHES):
        k += 1
    if k >= len(tokens) or not is_particle("aiming", tokens[k].norm) or tokens[k].prefixes:
        return None
    return next(
        (
            u
            for u in view.actor_units
            if k < u.first <= k + AIM_OBJECT_REACH
            and (not u.marker or u.marker == "recipient" or u.marker_word == "ل")
            and not _after_from(tokens, u)
        ),
        None,
    )


def _ground_holder(view: SentenceView, trig: TriggerMatch, actor: Unit | None) -> Unit | None:
    """Who holds the ground an act of force is on, named after it before another clause: the
    party whose grip the place is under (التي كانت في أيدي المتمردين، الخاضعة لسيطرة المعارضة،
    تسيطر عليها القوات الكردية) or, for ground taken, the party it is taken from however far
    in the clause (استعاد الجيش السيطرة على عدد من القرى من مقاتلي المعارضة)."""
    tokens = view.tokens
    end = min(len(tokens), trig.reach + 1 + HOLDER_REACH)
    taken = trig.entry.from_party == "recipient"
    scanned = trig.reach  # the words up to here are read and none stops the scan
    for u in view.actor_units:
        if u.first <= trig.reach or u.first >= end:
            continue
        # why from where the last name's test ended: each name's would read the same words again
        if _holder_scan_stops(tokens, scanned, u.first):
            return None
        scanned = max(scanned, u.first - 1)
        held = _held_by(tokens, u) or (taken and _after_from(tokens, u))
        if held and _may_hold_ground(u) and not _same_unit(u, actor):
            return u
    return None


def _may_hold_ground(u: Unit) -> bool:
    """A named party or a force, not people who suffer or report (المدنيين، الأهالي)."""
    return u.is_actor and not any(i.sector in NEVER_FORCE_SECTORS for i in u.identities)


def _holder_scan_stops(tokens: Sequence[Token], left: int, right: int) -> bool:
    """A full stop, a reported clause or another act told in contrast (فيما، بينما) between."""
    return any(
        tokens[k].norm in HOLDER_BREAKS
        or is_particle("complementizer", tokens[k].norm)
        or is_particle("contrast", tokens[k].norm)
        for k in range(left + 1, right)
    )


def _held_by(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a unit is named as who holds a place: after a noun of grip in a frame of being
    held (تحت سيطرة، في أيدي، من قبضة، الخاضعة لسيطرة) or after a verb of holding with the
    place as its pronoun (يسيطر عليها، سيطروا عليه)."""
    j = u.first - 1
    if j < 1:
        return False
    grip = tokens[j]
    if is_particle("hold", grip.stem) and not grip.suffix and not has_article(grip):
        framed = grip.prefixes[-1:] == ("ل",) or is_particle("held", tokens[j - 1].norm)
        return framed and tokens[j - 1].norm not in CLAUSE_BREAKS
    return grip.stem == "علي" and bool(grip.suffix) and is_particle("holding", tokens[j - 1].norm)


def _from_recipient(trig: TriggerMatch) -> bool:
    """Whether the party after من is what an act is done to (حرر، تطهير المدينة من المسلحين،
    دحرهم من القرى: an entry that says so, or takes its recipient with من), not who acts."""
    return trig.entry.from_party == "recipient" or "من" in recipient_preps(trig)


def _armed_force(u: Unit) -> bool:
    """An armed force, not one officer: forces take ground, a general who «enters» a town
    mostly visits it (دخل اللواء المدينة)."""
    return is_armed(u) and not any(i.label == "PER" for i in u.identities)


def _unarmed_doer_near(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """The name that may be an armed verb's doer when it is no armed force, else None: the name
    right after it (its subject or genitive) when armed settles it, else the nearest name
    before it, else the name after it; with neither, its subject is carried from before and
    the coder judges it. Asked before the clauses are cut, like _reaches_place."""
    after = next((u for u in view.actor_units if u.first == trig.reach + 1), None)
    if after is not None and _armed_force(after):
        return None
    before = [u for u in view.actor_units if u.last < trig.first]
    if before:
        return None if _armed_force(before[-1]) else before[-1]
    return after


def _reaches_place(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a place is named right after a trigger, past a name right after it (its subject
    or its genitive) and one of the entry's recipient prepositions, within a few words (دخلت
    القوات حي التواهي، دخول الجيش إلى حرم الجامعة، دخلت القوات بعض أجزاء المدينة), or named
    before it as the head of its relative clause (_place_before_relative). Asked before the
    clauses are cut, so that a word of another sense bounds none."""
    tokens = view.tokens
    if _place_before_relative(view, trig):
        return True
    k = trig.reach + 1
    subject = next((u for u in view.actor_units if u.first == k and not _names_territory(u)), None)
    if subject is not None:
        k = subject.last + 1
    if k < len(tokens) and tokens[k].norm in recipient_preps(trig):
        k += 1
    for j in range(k, min(len(tokens), k + PLACE_OBJECT_REACH)):
        if not tokens[j].is_word:
            return False
        if _names_place(view, j):
            return True
    return False


def _place_before_relative(view: SentenceView, trig: TriggerMatch) -> bool:
    """Whether a verb with an object pronoun heads a relative clause of a place named before it
    (المدينة التي دخلتها القوات، المواقع التي احتلها المسلحون): the pronoun is the place."""
    if not trig.is_verb or view.tokens[trig.first].suffix not in OBJECT_PRONOUNS:
        return False  # only a third person object stands for the place (ها، ه); نا، ك are people
    k = _relative_before(view.tokens, trig.first)
    return k >= 1 and _names_place(view, k - 1)


def _names_place(view: SentenceView, j: int) -> bool:
    """Whether token ``j`` names a place: a place name, a state or capital, a place noun (مدينة،
    الحي، مطار) or a site a party holds (مواقع، معسكر)."""
    tok = view.tokens[j]
    if _place_in(view, j) is not None:
        return True
    if any(u.first == j and _names_territory(u) for u in view.actor_units):
        return True
    cues = place_cues()
    word = bare_stem(tok)
    return word in cues.heads or tok.stem in cues.anaphors or is_particle("site", word)


def _settlement_object(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None
) -> tuple[int, Mention] | None:
    """The settlement an act of force is done to, as its object right after it (past its
    adjectives, its subject or genitive doer and one of its recipient prepositions): a town or
    a district of the gazetteer, alone or after a noun of a place people live in (قصفت الطائرات
    بلدة كفرنبل، شنت الطائرات غارات على مدينة حلب), with the token its phrase starts at. A
    name after the noun of a site (مطار، قاعدة، سجن) is no one's home."""
    tokens = view.tokens
    plain_verb = trig.is_verb and trig.first == trig.last == trig.reach  # no noun of a light verb
    k = trig.reach + 1 if plain_verb else _past_adjectives(view, trig.reach + 1)
    if actor is not None and k < len(tokens) and actor.first == k:
        k = _past_adjectives(view, actor.last + 1)
    if k < len(tokens) and tokens[k].norm in recipient_preps(trig):
        k += 1
    start = k
    cues = place_cues()
    if k < len(tokens) and bare_stem(tokens[k]) in cues.settlements:
        k += 1
    if k >= len(tokens) or (k == start and bare_stem(tokens[k]) in cues.heads):
        return None
    place = _place_in(view, k)
    return None if place is None else (start, place)


def _place_in(view: SentenceView, k: int) -> Mention | None:
    """The place name that starts in token ``k`` (also past its clitics: وبحلب)."""
    tok = view.tokens[k]
    return next((m for m in view.mentions if m.kind == "place" and tok.start <= m.start < tok.end), None)


def _undergoing_settlement(view: SentenceView, trig: TriggerMatch) -> tuple[int, Mention] | None:
    """The settlement that is the subject of a verb of undergoing an act of force's noun
    follows in its clause (تتعرض بلدة كفرنبل لقصف، البلدة تتعرض لقصف عنيف: what befell the
    town befell its people), alone or after a noun of a place people live in, right after the
    verb or right before it, with the token its phrase starts at."""
    tokens = view.tokens
    verb = view.undergoing_verb(trig.first) if not trig.is_verb else None
    if verb is None or _clause_break(tokens, verb, trig.first) or _undergoing_of(tokens[verb]):
        return None
    settlements = place_cues().settlements
    k = verb + 1
    start = k
    if k < trig.first and bare_stem(tokens[k]) in settlements:
        k += 1
    if k < trig.first and (place := _place_in(view, k)) is not None:
        return start, place
    j = verb - 1  # the name ends right before the verb: its first token, past a settlement noun
    place = next((m for m in view.mentions if m.kind == "place" and j >= 0 and m.end == tokens[j].end), None)
    if place is None:
        return None
    first = token_index(tokens, place.start)
    if first > 0 and bare_stem(tokens[first - 1]) in settlements:
        first -= 1
    return first, place


def _past_adjectives(view: SentenceView, k: int) -> int:
    """The first token from ``k`` past the adjectives of the noun before it, stopping at a place
    name that looks like one (الزبداني، الحسكة: a definite name in -ي is no nisba here)."""
    end = _past_modifiers_from(view.tokens, k) if k < len(view.tokens) else k
    return next((j for j in range(k, end) if _names_place(view, j)), end)


def _names_territory(u: Unit) -> bool:
    """Whether a unit names only states or capitals (صنعاء، اليمن): land an act is over."""
    return all(m.ref_kind in METONYM_KINDS for m in u.mentions)


def _after_from(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a unit follows من (through a force's head: من طيران التحالف, or the grip it
    holds: من سيطرة المسلحين), not a partitive one (عشرات من المدنيين، 20 من)."""
    j = u.first - 1
    if j > 0 and (is_force_head(tokens[j]) or is_particle("hold", tokens[j].norm)):
        j -= 1
    if j < 0 or not is_particle("from", tokens[j].norm):
        return False
    return not (j > 0 and is_number_or_quantity(tokens[j - 1].norm))


def _genitive_start(tokens: Sequence[Token], u: Unit) -> int:
    """Where the genitive slot a unit fills begins: at a number or quantity counting it (فرار
    مئات المقاتلين، لقاء ثلاثة وزراء), which stands in that slot with the name its own
    genitive; else as _count_start."""
    j = u.first - 1
    if j > 0 and is_number_or_quantity(tokens[j].norm):
        return j
    return _count_start(tokens, u)


def _force_headed(tokens: Sequence[Token], u: Unit) -> bool:
    """Whether a force's bare head noun opens a name or stands right before it (قوات الاتحاد
    الأفريقي، طائرات التحالف): the name, whatever it is, is named as an armed force."""
    return any(j >= 0 and not tokens[j].prefixes and is_force_head(tokens[j]) for j in (u.first - 1, u.first))


def _heads_name(tok: Token) -> bool:
    """A bare noun of a force, of members or of a body in construct with the name after it
    (قوات، عناصر، حكومة، وفد): no clitic, no article."""
    return not tok.prefixes and not tok.suffix and (is_owner_head(tok) or is_sector_head(tok))


def _count_start(tokens: Sequence[Token], u: Unit) -> int:
    """Where the words counting a unit's people begin, when it is named after a partitive من
    (ثمانية من مسلحي التنظيم، عشرات من المدنيين): the count stands in the slot the name
    fills; else the unit's first token."""
    j = u.first - 1
    if j > 0 and is_particle("from", tokens[j].norm) and is_number_or_quantity(tokens[j - 1].norm):
        return j - 1
    return u.first


def _is_party(u: Unit) -> bool:
    """A state, armed force or named group: someone who can act with force."""
    return all(i.label in ("GPE", "ORG") or i.sector in ARMED_SECTORS for i in u.identities)


def _in_earlier_act(tokens: Sequence[Token], trig: TriggerMatch, earlier: Sequence[TriggerMatch]) -> bool:
    """A noun after في/خلال that names the act a verb of its type just told: "قتلوا في الغارات
    التركية" tells one act, its doer named by the noun."""
    if trig.first == 0 or tokens[trig.first - 1].norm not in MEANS_WORDS:
        return False
    return any(e.is_verb and e.entry.event_type == trig.entry.event_type for e in earlier)


def _act_phrase(view: SentenceView, trig: TriggerMatch, ctx: ClauseContext) -> str:
    """The suffix "+phrase" when a noun says how or why the act of its type told just before was
    done (مقتل 5 بقصف، قتلوا في مواجهات، جراء القصف، تظاهروا ... احتجاجا، مقتل طفل حرقا): one act
    told twice, merged into one event below. The noun may be the genitive of a bare noun (اعتقلوا
    عشرة خلال حملة دهم): the word before that noun then opens the phrase. An aim after ل (تقدمت
    القوات لتحرير المدينة) is left alone: news often codes the advance and the liberation as two acts."""
    tokens = view.tokens
    if trig.is_verb or not ctx.earlier:
        return ""
    told = ctx.earlier[-1]  # the act right before, with no act of another type between
    if told.entry.event_type != trig.entry.event_type or trig.first - told.reach > ACT_PHRASE_REACH:
        return ""
    if _new_act_between(tokens, told.reach, trig.first):
        return ""
    head = tokens[trig.first]
    opener = trig.first - 1
    if opener > 0 and _construct_head(view, view.name_mentions(), opener):
        opener -= 1
    before = tokens[opener].norm if opener >= 0 else ""
    means = _means_prefix(head, trig) or before in MEANS_WORDS or is_particle("cause", before)
    return "+phrase" if means or _adverbial(head) else ""


def _means_prefix(tok: Token, trig: TriggerMatch) -> bool:
    """بقصف، بالغارات: the act's noun after ب. The clitic analysis leaves some such words whole;
    a ب its lemma does not start with is then the preposition."""
    if tok.prefixes in MEANS_PREFIXES:
        return True
    return _unsplit_b(tok) and not normalize(trig.entry.lemma).startswith("ب")


def _unsplit_b(tok: Token) -> bool:
    """Whether a word may still carry a ب the clitic reader left on it (باضطهاد، بقصف)."""
    return not tok.prefixes and tok.norm.startswith("ب")


def _new_act_between(tokens: Sequence[Token], left: int, right: int) -> bool:
    """Whether ثم or a form of قام stands between two acts (اعتقلته ثم قامت بإيداعه السجن):
    the second is a step of its own."""
    return any(
        is_particle("sequence", tokens[k].norm) or is_particle("doer", tokens[k].norm)
        for k in range(left + 1, right)
    )


def _adverbial(tok: Token) -> bool:
    """An indefinite accusative masdar with no clitic (احتجاجا، حرقا): the manner or the reason
    of the act told before it, not an act of its own."""
    return not tok.prefixes and not tok.suffix and tok.norm.endswith("ا") and tok.stem == tok.norm


def _object_names_means(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a light verb's object stands before it after a word of cause or means (جراء غارات
    شنتها الطائرات، في هجوم نفذه مسلحون، بقصف شنه الجيش): the clause says who did the act that
    an earlier trigger of the sentence told, and is merged into that act's event below."""
    if trig.entry.pos != "light" or not 0 < trig.head < trig.first:
        return False
    before = tokens[trig.head - 1].norm
    return is_particle("cause", before) or before in MEANS_WORDS or _means_prefix(tokens[trig.head], trig)


def _after_cause(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    return _after_particle(tokens, trig, "cause")


def _after_result(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a noun follows a verb of outcome and its preposition: it names what an act told
    before it brought about."""
    return _outcome_verb(tokens, trig.first, RESULT_REACH) is not None


def _outcome_verb(tokens: Sequence[Token], noun: int, reach: int) -> int | None:
    """The verb of outcome a noun follows with its preposition (أسفر القصف عن مقتل، ما أدى إلى
    سقوط، أسفرت أيضا عن إصابة): the preposition right before the noun, the verb among the
    ``reach`` words before that preposition, only words between."""
    if not noun:
        return None
    # the preposition is a word before the noun or, ب and ل, its first clitic (بسقوط، لمقتل)
    joined = tokens[noun].prefixes[:1]
    prep = noun
    if not (joined and joined[0] in prepositions("result")):
        if tokens[noun - 1].norm not in prepositions("result"):
            return None
        prep = noun - 1
    return _particle_before(tokens, prep, "result", reach)


def _outcome_victims(view: SentenceView, trig: TriggerMatch) -> Unit | None:
    """Whom an act of force befell, named after a verb of outcome that follows it in its clause
    and the noun of what came of it (المواجهات أسفرت عن إصابة 43 من المسلحين، القصف تسبب في
    مصرع 22 متمردا، أدى إلى سقوط قتلى في صفوف الحوثيين): the first name within OUTCOME_REACH
    words of that noun, when the noun itself made no event to carry them."""
    tokens = view.tokens
    end = min(len(tokens), trig.last + 1 + OUTCOME_GAP)
    verb = next((k for k in range(trig.last + 1, end) if is_particle("result", tokens[k].stem)), None)
    if verb is None or any(not t.is_word and t.norm != "," for t in tokens[trig.last + 1 : verb]):
        return None
    # the noun of what came of it, right after the verb's preposition (أسفرت عن مقتل)
    nouns = range(verb + 2, min(len(tokens), verb + 2 + OUTCOME_PREP_REACH))
    noun = next((n for n in nouns if _outcome_verb(tokens, n, OUTCOME_PREP_REACH) == verb), None)
    if noun is None:
        return None
    return next(
        (
            u
            for u in view.units
            if noun < u.first <= noun + OUTCOME_REACH
            and u.is_actor
            and all(t.is_word for t in tokens[noun : u.first])
        ),
        None,
    )


def _particle_within(tokens: Sequence[Token], end: int, kind: str, reach: int) -> bool:
    """Whether a particle of a kind stands among the ``reach`` tokens before ``end``."""
    return _particle_before(tokens, end, kind, reach) is not None


def _particle_before(tokens: Sequence[Token], end: int, kind: str, reach: int) -> int | None:
    """The nearest particle of a kind among the ``reach`` tokens before ``end``, no
    punctuation between (a clause break, a quotation mark: no word, so the search stops)."""
    for j in range(end - 1, max(-1, end - 1 - reach), -1):
        if not tokens[j].is_word:
            return None
        if is_particle(kind, tokens[j].norm):
            return j
    return None


def _after_particle(tokens: Sequence[Token], trig: TriggerMatch, kind: str) -> bool:
    return trig.first > 0 and is_particle(kind, tokens[trig.first - 1].norm)


def _stopped_or_absent(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether an act's noun follows a word that halts it or says it is not done (وقف، عدم;
    without: دون، بدون, kept apart from halt, whose kind the event filter weighs in a window
    that also reaches the verb of «دون أن يحدد مكان المواجهات»)."""
    return _after_particle(tokens, trig, "halt") or _after_particle(tokens, trig, "without")


def _all_in_sectors(u: Unit, sectors: tuple[str, ...]) -> bool:
    return all(i.sector in sectors for i in u.identities)


def _active_only(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb trigger is a past of the فاعل pattern (هاجم، قاتل، طارد), whose passive is
    spelled otherwise (هوجم): written without vowels it is still active, so its subject acts,
    whatever its sector or number (هاجم مستوطنون منزلا، طارد ثلاثة شبان دورية)."""
    lemma = normalize(trig.entry.lemma)
    return (
        trig.entry.pos == "verb"
        and len(lemma) == 4
        and lemma[1] == "ا"
        and trig.first == trig.last
        and tok.stem in _active_pasts(trig.entry.lemma)
    )


def _wields_object(trig: TriggerMatch, u: Unit, rule: str) -> bool:
    """Whether a unit is the subject of an attack's light verb, named before the object it acts
    through: who throws, fires or launches it (ألقى مستوطنون زجاجات حارقة، أطلق ثلاثة شبان النار،
    شن الأمريكيون هجومهم) acts, whatever its sector or number. What falls or goes off (سقط
    قتلى) is the subject itself, and a relative clause's head may be its object (المدنيين الذين
    أطلق المسلحون النار عليهم)."""
    return (
        trig.entry.pos == "light"
        and trig.entry.violence
        and not trig.entry.object_is_subject
        and "relative" not in rule
        and u.last < trig.head
    )


def _give_thing_recipients(
    events: list[Event], things: list[tuple[Event, Actor]], tag: str = STRUCK_TAG
) -> list[tuple[Event, Actor]]:
    """The thing struck as the recipient of each act of force that still has none once the
    events are merged, judged and continued (أحرقوا كنيسة، الهجوم على دورية): it is no party, so
    what reads parties (merging, continuing, the filter, the calibration) never saw it. So too
    the common noun a call or a meeting is aimed at (``tag`` CALLED_TAG: دعا الوزير الآباء إلى،
    زار الوزير العائلة المنكوبة). Returns the events given one, with their thing, for the trace."""
    kept = {id(e) for e in events}
    given = []
    for event, thing in things:
        if id(event) in kept and not event.recipient:
            event.recipient = [thing]
            event.rule += tag
            given.append((event, thing))
    return given


def _called_object_noun(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, rule: str, actors: list[Actor]
) -> Actor | None:
    """The common noun phrase an active verb that may take an object before its call (the
    entry's object_call and object_then words) has there when no name is its recipient:
    ودعا رئيس الجمعية الطلاب إلى، وطالب الشيخ الآباء بمتابعة، ودعا المنشآت إلى. It opens
    right after the verb's subject after it (a comma between allowed) or right after the verb,
    with a word that has the article or heads a genitive, and runs, coordinated nouns with و
    included, up to the word that opens the call, no further than OBJECT_WORDS words
    (_object_start, _object_span)."""
    tokens, words = view.tokens, trig.entry.object_call_norm
    if (
        not words
        or (k := _object_start(view, trig, actor, rule)) is None
        or _opens_complement(tokens[k], words)
    ):
        return None
    for end in range(k, min(len(tokens) - 1, k + OBJECT_WORDS)):
        after = tokens[end + 1]
        if _opens_complement(after, words):
            return _object_span(view, k, end, actors)
        if not after.is_word or after.norm in CLAUSE_BREAKS or is_any_particle(after.norm):
            return None
    return None


def _met_object_noun(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, rule: str, actors: list[Actor]
) -> Actor | None:
    """The common noun phrase a verb of meeting (the entry's object_noun) takes as its direct
    object when no name is its recipient (وزار الوزير العائلة المنكوبة، والتقى الوفد أعضاء
    الجالية، وزار الرئيس عدة بلدان): opening as _called_object_noun's does, then its adjectives
    and its genitive (_phrase_goes_on), no further than OBJECT_WORDS words."""
    if not trig.entry.object_noun or (k := _object_start(view, trig, actor, rule)) is None:
        return None
    tokens, end = view.tokens, k
    while end + 1 < min(len(tokens), k + OBJECT_WORDS) and _phrase_goes_on(tokens[end], tokens[end + 1]):
        end += 1
    return _object_span(view, k, end, actors)


def _phrase_goes_on(tok: Token, nxt: Token) -> bool:
    """Whether a noun phrase goes on from ``tok`` to ``nxt``: a word with no clitic but the
    article and no particle, which has the article (an adjective or a genitive: العائلة المنكوبة،
    أعضاء الجالية) or follows a noun in construct (عدة بلدان)."""
    if not (nxt.is_word and no_clitic_but_article(nxt)) or is_any_particle(nxt.norm):
        return False
    return has_article(nxt) or _in_construct(tok)


def _object_start(view: SentenceView, trig: TriggerMatch, actor: Unit | None, rule: str) -> int | None:
    """Where an active verb's direct object would open: right after its subject after it (a
    comma between allowed) or right after the verb; None when no common noun opens there
    (_object_noun_opens) or the verb holds its object as a pronoun."""
    tokens = view.tokens
    if not trig.is_verb or tokens[trig.first].suffix or rule.startswith("passive"):
        return None
    k = trig.last + 1
    if actor is not None and _named_in(view, actor) and actor.first > trig.last:
        k = _subject_phrase_end(view, actor) + 1  # ودعا رئيس الجمعية الطلاب: past the subject
    if k < len(tokens) and tokens[k].norm in COMMAS:
        k += 1
    return k if k < len(tokens) and _object_noun_opens(view, k) else None


def _object_span(view: SentenceView, first: int, last: int, actors: list[Actor]) -> Actor | None:
    """Tokens ``first`` to ``last`` as an argument of their own text; None when they hold who
    acts (ودعا فلان إلى: the speaker the quote stage named there)."""
    start, stop = view.tokens[first].start, view.tokens[last].end
    if any(a.start < stop and start < a.end for a in actors):
        return None
    text = view.text[start:stop]
    return Actor(start, stop, text, text)


def _named_in(view: SentenceView, u: Unit) -> bool:
    """Whether a unit is named in this sentence: one of its own or a noun the subject rules
    read in it (وطالب الوزير، ودعا المنشآت), not one carried from an earlier sentence."""
    return bool(u.mentions) and view.start <= u.mentions[0].start < view.end


def _object_noun_opens(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` may open a common noun's phrase that is a verb's object: a word no
    name, time, place, number or particle holds (_bare_thing), with the article or in construct
    with the word after it; or an unmarked name."""
    tok = view.tokens[k]
    if tok.norm.startswith(SEPARATE_PRONOUN):
        return False  # متهما إياه: the pronoun stands for a name told before, no noun
    if any(u.first == k and u.is_actor and not u.marker for u in view.actor_units):
        return True  # ودعا فلان، المجلس البلدي إلى: a name the rules did not read past the comma
    return _bare_thing(view, k) and (has_article(tok) or _in_construct(tok))


def _struck_thing(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, rule: str, actors: list[Actor]
) -> Actor | None:
    """The thing an act of force is done to when no name is: a common noun right after the verb
    or the masdar (أحرق المستوطنون كنيسة، هدم مسجد), or after the preposition the trigger takes
    its recipient with (شن هجمات على سفارات، إطلاق النار على دورية). A subject after the verb,
    an object pronoun, a word of time or place, a particle and a clitic preposition (بالصواريخ)
    are no such noun, and the ground an act takes or a battle's place no thing struck. An active
    verb whose subject was found nowhere has it in the noun after it (وقصف الطيران)."""
    tokens = view.tokens
    if tokens[trig.first].suffix or trig.entry.from_party == "recipient" or trig.entry.reciprocal:
        return None  # سيطرت القوات على التلة: ground taken is its holder's; a battle is with a side
    if trig.is_verb and actor is None and not rule.startswith("passive"):
        return None
    k = trig.last + 1
    if trig.is_verb and actor is not None and _named_in(view, actor) and actor.first > trig.last:
        k = _past_subject_adjectives(tokens, _subject_phrase_end(view, actor) + 1)  # هاجم مسلحون فندقا
    k = max(k, trig.head + 1)  # شن المسلحون هجمات على: past the light verb's own object
    bare = k
    while k < len(tokens) and is_nisba_adjective(tokens[k], has_article(tokens[k])):
        k += 1  # هجمات جوية على: the act's own adjectives
    if k >= len(tokens):
        return None
    if tokens[k].norm in recipient_preps(trig) & prepositions("struck"):
        k += 1
    elif k > bare or trig.entry.pos != "verb" or not (trig.is_verb or _masdar_in_construct(tokens, trig, k)):
        # الهجوم الإرهابي مسجدا، نصبت كمينا محكما: only a verb or its masdar takes the noun bare
        return None
    if k >= len(tokens) or not _bare_thing(view, k):
        return None
    end = k
    while end + 1 < len(tokens) and is_nisba_adjective(tokens[end + 1], has_article(tokens[k])):
        end += 1
    return _object_span(view, k, end, actors)  # who acts is never what is struck


def _subject_adjectives_end(view: SentenceView, subject: Unit) -> int:
    """The last token of a subject's phrase after its verb, past the adjectives of it that a
    name may also read (هاجم مسلحون مجهولون، أحرق المستوطنون المتطرفون): no object. A nisba
    there may be the object, a noun (اتهمت الحكومة الانفصاليين، زار الرئيس كينيا): only
    another one's adjective and the ون plural, which no object takes, are stepped over."""
    return _past_subject_adjectives(view.tokens, _subject_phrase_end(view, subject) + 1, nisba=False) - 1


def _past_subject_adjectives(tokens: Sequence[Token], k: int, *, nisba: bool = True) -> int:
    """The first token from ``k``, right after a subject past its verb, that is no adjective of
    it (هاجم مسلحون آخرون حاجزا، هاجم المسلحون الملثمون حاجزا): a nisba, an adjective of another
    one, or a word in the ون plural, a subject's form (an object's is ين), of the subject's
    definiteness; no nisba unless ``nisba``."""
    definite = has_article(tokens[k - 1]) or FUSED_ARTICLE in tokens[k - 1].prefixes
    while k < len(tokens) and _subject_adjective(tokens[k], definite, nisba=nisba):
        k += 1
    return k


def _subject_adjective(tok: Token, definite: bool, *, nisba: bool = True) -> bool:
    """Whether a word may be an adjective of a subject of that definiteness (``definite``):
    a bare word, the article at most, no particle or function word, and a nisba (when
    ``nisba``), an adjective of another one or in the ون plural (see
    :func:`_past_subject_adjectives`)."""
    if not (tok.is_word and no_clitic_but_article(tok) and has_article(tok) == definite):
        return False
    if is_any_particle(tok.norm) or tok.norm in function_words():
        return False
    return (
        (nisba and is_nisba_adjective(tok, definite))
        or without_article(tok.norm) in other_adjectives()
        or tok.norm.endswith(NOMINATIVE_PLURAL)
    )


def _masdar_in_construct(tokens: Sequence[Token], trig: TriggerMatch, k: int) -> bool:
    """Whether a masdar heads a genitive at token ``k``: it has no article nor pronoun (القتل
    قصاصا names no one killed). An indefinite word after it is its adjective unless it ends as
    a feminine noun after a masculine masdar or as a feminine plural (قصف عنيف، سيطرة كاملة،
    اشتباكات عنيفة; إحراق كنيسة، مهاجمة قوات)."""
    masdar, word = tokens[trig.last], tokens[k]
    if not _in_construct(masdar):
        return False
    if has_article(word) or word.suffix:
        return True
    feminine = word.norm.endswith(TEH_MARBUTA_ENDING) and not masdar.norm.endswith(FEMININE_ENDINGS)
    return feminine or word.norm.endswith(FEMININE_PLURAL_ENDING)


def _bare_thing(view: SentenceView, k: int) -> bool:
    """Whether token ``k`` is a common noun no name, place, date, number or particle holds, with
    no clitic but the article."""
    tok = view.tokens[k]
    return (
        tok.is_word
        and k not in view.named_tokens()
        and no_clitic_but_article(tok)
        and not _unsplit_b(tok)  # بصاروخ، باستخدام: the means
        and not is_any_particle(tok.norm)
        and not is_any_particle(tok.stem)  # عليهم: a preposition with its pronoun
        and tok.norm not in function_words()
        and not is_number_or_quantity(tok.norm)
        and not _setting_word(view, k)
        and not is_nisba_adjective(tok, has_article(tok))
    )


def _bodies_of_counted(view: SentenceView, recipients: list[Actor]) -> list[Actor]:
    """The bodies that counted victims named as recipients come from (15 قتيلا من رجال الأمن،
    جرحى من المدنيين، 19 شخصا من قوات الأمن): who the act befell is that body, which the
    count alone does not name; its name follows the victims' noun with من at once."""
    spans = {(a.start, a.end) for a in recipients}
    tokens, out = view.tokens, []
    for k, u in enumerate(view.units[:-1]):
        body = view.units[k + 1]
        if (  # the word tests first: most units have no body after them
            body.first == u.last + 2
            and tokens[u.last + 1].norm == "من"
            and is_victim(u)
            and any((a.start, a.end) in spans for a in u.actors())
            and body.is_actor
        ):
            out += [a for a in body.actors() if (a.start, a.end) not in spans]
    return out


RECENT_SUBJECTS = 4  # subjects remembered for a dropped one the verb's gender tells apart


def _remember(recent: list[tuple[Unit, str]], view: SentenceView, subject: Unit) -> None:
    """Note a subject with its gender, read while its sentence is at hand (_unit_gender)."""
    gender = _unit_gender(view, subject) if _of_sentence(view, subject) else ""
    recent.append((subject, gender))
    del recent[:-RECENT_SUBJECTS]


def _of_sentence(view: SentenceView, u: Unit) -> bool:
    """Whether a unit is one of the sentence's own, not one carried from an earlier sentence:
    the same object (units compare equal field by field, which is slow and not the question)."""
    return any(own is u for own in view.units)


def _agreeing_subject(view: SentenceView, trig: TriggerMatch, ctx: ClauseContext) -> Unit | None:
    """A dropped subject the verb agrees with (وطالب after الحكومة أنشأت: not the government):
    the latest remembered subject whose gender is the verb's or unknown, when the last one's
    is the other; None when the last one may do."""
    verb = _verb_gender(view.tokens[trig.first], trig)
    if not verb or not ctx.recent:
        return None
    if ctx.recent[-1][1] in ("", verb):
        return None
    return next((u for u, gender in reversed(ctx.recent) if gender in ("", verb)), None)


def _object_subject_pairs(view: SentenceView, event: Event) -> list[tuple[Unit, Unit]]:
    """The (object, subject) units of a coded event, as it was finally told (victims in the
    subject slot already turned into its recipient)."""
    subject = _unit_at(view, event.actor[0]) if event.actor else None
    if subject is None:
        return []
    return [
        (u, subject) for a in event.recipient if (u := _unit_at(view, a)) is not None and u is not subject
    ]


def _unit_at(view: SentenceView, actor: Actor) -> Unit | None:
    return next(
        (u for u in view.actor_units if view.tokens[u.first].start <= actor.start < view.tokens[u.last].end),
        None,
    )


def _verb_joined_by_wa(tok: Token, trig: TriggerMatch) -> bool:
    """Whether a verb opens with the conjunction و: split off, or left on the word (وشن is read
    whole) when its lemma does not start with و."""
    return joined_by_wa(tok, own_letter=tok.prefixes[:1] != ("و",) and trig.entry.lemma[:1] == "و")


def _quoted_speaker(
    view: SentenceView, trig: TriggerMatch, rule: str, ctx: ClauseContext, actor: Unit | None = None
) -> Actor | None:
    """Who the quote stage says speaks a verb the rules found no subject for: the speaker of
    the quote the verb is the cue of (وطالب، داعيا), named before it or, when the coder has no
    unit for the name, right after it (ودعا شفيتزر إلى; a name the rules read and did not take
    as the subject is the object: دعت حزب الله); or of the words a first person verb is in
    (ندعو); None when there is no such quote or it names nobody."""
    start = view.tokens[trig.first].start
    if rule.removesuffix(CHAIN_TAG) in SPEAKER_CUE_RULES:
        speaker = ctx.speakers.at_cue(start)
        if speaker is None or speaker.start < start:
            return speaker
        return speaker if rule == DROPPED_RULE and _unread_name_after(view, trig, ctx, speaker) else None
    if rule == FIRST_PERSON_RULE:
        return ctx.speakers.saying(start)
    if (
        rule == PRONOUN_RULE
        and actor is ctx.last_subject
        and (actor is None or not _of_sentence(view, actor))
    ):
        # قال حلفاء غربيون إنهم يؤيدون: no name of the sentence fits the pronoun of the إن that
        # opens someone's words, so it stands for who says them, not for the story's last
        # subject (إلا أنه رفض: a pronoun inside the words goes on with who acted)
        return ctx.speakers.opening(start)
    return None


def _unread_name_after(view: SentenceView, trig: TriggerMatch, ctx: ClauseContext, speaker: Actor) -> bool:
    """Whether the quote stage's speaker of a cue verb is a name the coder has no unit for (a
    person the knowledge base does not know), opening right on the word after the verb with
    no preposition or particle (ودعا شفيتزر إلى): the verb's subject the rules could not read.
    A known name there the rules passed over is the verb's object (ناشد الأمم المتحدة)."""
    k = trig.last + 1
    if k >= len(view.tokens) or speaker.kb_id or _speaker_unit(view, ctx, speaker) is not None:
        return False
    tok = view.tokens[k]
    return (
        tok.start == speaker.start
        and not is_any_particle(tok.norm)
        and tok.norm not in function_words()
        and not _prefixed_by(tok, PREPOSITION_CLITICS)
    )


def _speaker_unit(view: SentenceView, ctx: ClauseContext, speaker: Actor) -> Unit | None:
    """The unit that names the speaker, in the sentence or among the story's last subjects
    (for the subject chain): one inside the speaker's words with the speaker's identity, not
    another name in them (لجنة تابعة للأمم المتحدة: not the UN); None when no unit there has
    the speaker's identity (two unknown names share the empty identity, so an unknown speaker
    may still find an unknown unit inside his words)."""
    units = (*view.actor_units, *(u for u, _ in reversed(ctx.recent)))
    return next(
        (
            u
            for u in units
            if speaker.start <= u.mentions[0].start < speaker.end and u.identities[0].entity == speaker.entity
        ),
        None,
    )


def _chain_subject(
    view: SentenceView, trig: TriggerMatch, actor: Unit | None, ctx: ClauseContext
) -> Unit | None:
    """The subject of an earlier verb in a chain joined by و, for a verb that names no subject of
    its own: استولى التنظيم على بلدات وأعدم رهائن وشن هجمات: the name before شن is أعدم's
    object, so the chain's subject (التنظيم) acts, when the verb agrees with it; else None."""
    if actor is None or actor.last >= trig.first or not _verb_joined_by_wa(view.tokens[trig.first], trig):
        return None
    subject = next((s for obj, s in reversed(ctx.objects) if obj is actor), None)
    if subject is None or subject is actor or not _may_agree(view, trig, subject):
        return None
    return subject


def _first_actor(actor_units: list[Unit]) -> Unit | None:
    """The sentence's first named party (of its ``actor_units``), when no preposition of a
    recipient or a place governs it; None when one does (خففت القيود المفروضة على طهران،
    والطقس في السودان حار، كان الكلام موجها للبشير): what is done or said to a party, or where
    things are, does not make it the story's topic, and the subject before goes on. A later
    name of such a sentence is no likelier the topic, so none is taken (passing on to it
    scored worse; the numbers are in the commit that made it so)."""
    for u in actor_units:
        if u.identities[0].label in ("PER", "ORG", "GPE"):
            return None if u.marker in ("recipient", "locative") else u
    return None


def modality(tokens: Sequence[Token], trig: TriggerMatch, earlier: Sequence[TriggerMatch]) -> str:
    """asserted, negated, future, hypothetical or claimed, from the words around a trigger."""
    # the particle kinds of the words before the trigger, read once for the tests below
    before = list(
        map(particle_kinds, map(_NORM, tokens[max(0, trig.first - CONDITIONAL_REACH) : trig.first]))
    )
    near = before[-NEGATION_REACH:]
    head = tokens[trig.first]
    if any("negation" in kinds for kinds in near):
        return "negated"
    if _denied(tokens, trig):
        return "negated"
    if (  # the cheap tests first: the scan back to the sentence start runs for ب-nouns only
        not trig.entry.claim
        and head.prefixes[-1:] == ("ب",)
        and (
            any(e.entry.claim for e in earlier)
            or any(is_particle("claim", tokens[j].norm) for j in range(0, trig.first))
        )
    ):
        return "claimed"
    if trig.future or any("future" in kinds for kinds in near):
        return "future"
    if any("conditional" in kinds for kinds in before):
        return "hypothetical"
    return "asserted"


def _said_possible(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a word of ability or duty stands a few words before the trigger, no punctuation
    between (يمكن أن يحكم عليه، قادرة على استعادة الأرض، ملزمة باعتقاله)."""
    return _particle_within(tokens, trig.first, "ability", ABILITY_REACH)


def _denied(tokens: Sequence[Token], trig: TriggerMatch) -> bool:
    """Whether a denial verb governs the trigger: its object (نفت الوزارة قصف القافلة) or its
    أن-clause (نفت أن تكون طائراتها قد قصفت القافلة)."""
    # the words back to the last clause break (نفى أن يكون التقى لافروف، لكنه هدد موسكو: the
    # threat is not denied), the last denial verb among them. Why read at C level (map), not a
    # step per word: every trigger asks it of the words before it back to the sentence start
    norms = list(map(_NORM, tokens[: trig.first]))
    breaks = list(map(CLAUSE_BREAKS.__contains__, norms))
    start = len(breaks) - breaks[::-1].index(True) if True in breaks else 0
    denials = list(map(is_particle, repeat("denial"), norms[start:]))
    if True not in denials:
        return False
    j = start + len(denials) - 1 - denials[::-1].index(True)
    between = range(j + 1, trig.first)
    return trig.first - j <= DENIAL_OBJECT_REACH or any(
        is_particle("complementizer", tokens[k].norm) or is_pronoun_complementizer(tokens[k].norm)
        for k in between
    )


def _confidence(trig: TriggerMatch, actors: list[Actor], recipients: list[Actor]) -> float:
    score = 0.4 + (0.15 if trig.is_verb else 0.0) + (0.25 if actors else 0.0) + (0.1 if recipients else 0.0)
    return round(min(score, 0.95), 2)


def merge_clause_events(events: list[Event], separate: frozenset[str] = frozenset()) -> list[Event]:
    """One event per act: a noun trigger that is the means of a verb's event in the same
    sentence (قتل 20 مدنيا بقصف ...، جراء القصف) adds its arguments to that event.

    separate: the types whose acts of different specific codes are acts apart
    (:func:`_acts_apart`), which never merge.
    """
    out: list[Event] = []
    merged: tuple[Event, Event] | None = None  # the phrase last merged, and the event it went into
    for event in events:
        host = None
        rule = _split_model_tag(event.rule)[0]
        phrase = rule.endswith("+phrase")
        rule = rule.removesuffix("+phrase")
        # the events this one may retell: not an act apart of its type (اعتقال ... وحظر)
        told = [e for e in out if not _acts_apart(e, event, separate)] if separate else out
        if "+result" in rule and (outcome_of := _last_act(told, event)) is not None:
            _fill_empty(outcome_of, event)  # الاشتباكات أسفرت عن مقتل 5: the clash befell the 5
            if _words_after_told(outcome_of, event) <= RESULT_FOLD_REACH:
                # الغارة أسفرت عن مقتل 5: what came of the act just told is that act, no event of
                # its own; those it befell are among whom the act reached
                outcome_of.recipient += _unseen(outcome_of, event.recipient)
                continue
        if _continues(out[-1] if out and not _acts_apart(out[-1], event, separate) else None, event):
            # تفجير انتحاري استهدف سوقا: the noun names the act, the verb right after tells it
            host = out[-1]
        elif merged and not _acts_apart(merged[1], event, separate) and _continues(merged[0], event):
            host = merged[1]  # مقتل 5 بقصف استهدف مخبأهم: the verb tells the merged act
        elif rule.endswith(("+means", "+retold")) or (":noun" in rule and _actorless(event)):
            # قتل ... بقصف، قصف قافلة ... ما أسفر عن مقتل: one act told twice in one sentence
            host = next((e for e in told if _one_act(e, event, rule)), None)
        elif ":noun" in rule:
            # قُتل القيادي بغارة إسرائيلية: the act's noun names who did what the passive told
            host = (
                next(
                    (e for e in told if _same_act(e, event) and ":passive" in e.rule and _actorless(e)), None
                )
                if rule.endswith(NAMED_AGENT_RULES)
                else None
            )
        if phrase and host is None:
            # مقتل 5 بقصف: the phrase and the act before it are one event, the richer one kept
            at = next(
                (
                    k
                    for k in range(len(out) - 1, -1, -1)
                    if not _acts_apart(out[k], event, separate) and _one_act(out[k], event, rule)
                ),
                None,
            )
            if at is not None:
                out[at] = _keep_richer(out[at], event)
                merged = (event, out[at])
                continue
        if host is None:
            out.append(event)
        else:
            _absorb(host, event)
    return out


def _acts_apart(host: Event, event: Event, separate: frozenset[str]) -> bool:
    """Whether two events of a type whose acts are apart by their codes (``separate_acts``)
    name two acts: both codes specific and unlike (اعتقال الناشطين وحظر الجمعية: an arrest and
    a ban). The type's general code (170: a raid, repression) names the acts told with it."""
    return (
        host.event_type in separate
        and host.cameo != event.cameo
        and not _general_code(host.cameo)
        and not _general_code(event.cameo)
    )


def _general_code(cameo: str) -> bool:
    """A CAMEO root or its first code (17, 170): the type's act in general."""
    return len(cameo) <= 2 or (len(cameo) == 3 and cameo.endswith("0"))


def _actorless(event: Event) -> bool:
    return not rules_arguments(event)[0]


def rules_arguments(event: Event) -> tuple[list[Actor], list[Actor]]:
    """The actors and recipients as the rules found them: a role a learned chooser filled is
    empty (what merges events and what places them reads only the rules' arguments)."""
    chosen = model_roles(event.rule)
    # a town read as its residents (RESIDENTS_TAG) is still where the act is, and no party to merge by,
    # nor is a thing struck (STRUCK_TAG)
    residents = RESIDENTS_TAG in event.rule
    return (
        [] if "actor" in chosen else event.actor,
        [] if "recipient" in chosen or residents else party_recipients(event),
    )


def _keep_richer(host: Event, phrase: Event) -> Event:
    """Of two events telling one act, the one naming more of it in its own clause, with the
    other's actors or recipients where it names none."""
    kept, other = (phrase, host) if _richness(phrase) > _richness(host) else (host, phrase)
    _fill_empty(kept, other)
    return kept


def _richness(event: Event) -> int:
    """Each filled slot counts; an actor inherited from an earlier clause counts less."""
    return 2 * (bool(event.actor) + bool(event.recipient)) - ("+inherited" in event.rule)


def _among(actor: Actor, actors: list[Actor]) -> bool:
    return any((a.start, a.end) == (actor.start, actor.end) for a in actors)


def _same_act(host: Event, event: Event) -> bool:
    return host.sentence_start == event.sentence_start and host.event_type == event.event_type


def _one_act(host: Event, event: Event, rule: str) -> bool:
    """Whether an event retelling an act of its sentence and type may merge into it: not when
    it names a doer of its own (_done_by_another). rule: the event's rule without the learned
    chooser's tag."""
    return _same_act(host, event) and not _done_by_another(host, event, rule)


def _done_by_another(host: Event, event: Event, rule: str) -> bool:
    """Whether a noun names after من a doer the act it would merge into does not have: a second
    party's act beside the first (اقتحم الجيش البلدة مدعوما بغارات من طيران التحالف), its own
    event. A doer after من of an act whose teller names none (قُتل 5 بغارات من الطيران) is
    still who did that act."""
    if _rule_role(rule) != FROM_DOER_RULE:
        return False
    doers = rules_arguments(host)[0]
    named = {a.entity for a in doers if a.entity}
    return bool(doers) and not any(_among(a, doers) or a.entity in named for a in event.actor)


def _rule_role(rule: str) -> str:
    """The rule's way of finding the arguments (verb:قصف:noun:from+undergone -> noun:from)."""
    return rule.split(":", 2)[-1].partition("+")[0]


def _continues(previous: Event | None, event: Event) -> bool:
    """Whether an event retells the previous one: same sentence and type, its trigger a few
    characters after a noun trigger, or a verb heading a clause that modifies that noun."""
    if (
        previous is None
        or previous.sentence_start != event.sentence_start
        or previous.event_type != event.event_type
        or ":noun" not in previous.rule
    ):
        return False
    gap = event.trigger_start - previous.trigger_end
    if 0 <= gap <= CONTINUATION_CHARS:
        return True
    return gap > 0 and _modifies(previous, event)


def _modifies(noun: Event, verb: Event) -> bool:
    """Whether a verb trigger heads a relative or attributive clause of the noun trigger before
    it (الهجوم الإرهابي الذي استهدف، انفجار سيارة مفخخة استهدف): a few words between them, no
    break, and no و opening the verb or a word between (which would start a clause of its own)."""
    pos, lemma, how = verb.rule.split(":", 2)
    first = normalize(verb.trigger)[:1]
    if pos == "noun" or how.startswith("noun") or (first in CONJUNCTIONS and normalize(lemma)[:1] != first):
        return False
    start = noun.trigger_end - noun.sentence_start
    between = noun.sentence[start : verb.trigger_start - noun.sentence_start]
    words = between.split()
    return (
        len(words) <= MODIFIER_WORDS
        and not any(c in MODIFIER_BREAKS for c in between)
        and not any(normalize(w).startswith("وال") for w in words)  # معارك في تعز والمقاومة تتقدم
    )


def _words_in(event: Event, start: int, end: int) -> int:
    """How many words of the event's sentence lie between two offsets of the text."""
    return len(event.sentence[start - event.sentence_start : end - event.sentence_start].split())


def _words_after_told(act: Event, after: Event) -> int:
    """How many words lie between where an act's telling ends and a later event's trigger: the
    end of the last of its arguments (who, to whom, where) standing between the two triggers,
    else its trigger (شنت الطائرات غارات على مواقع ... في ريف المدينة، ما أسفر عن)."""
    spans = [(a.start, a.end) for a in act.actor + act.recipient]
    if act.location is not None:
        spans.append((act.location.start, act.location.end))
    told_end = max(
        (end for start, end in spans if act.trigger_end <= start and end <= after.trigger_start),
        default=act.trigger_end,
    )
    return _words_in(after, told_end, after.trigger_start)


def _last_act(events: list[Event], event: Event) -> Event | None:
    return next((e for e in reversed(events) if _same_act(e, event)), None)


def _fill_empty(host: Event, other: Event) -> None:
    """The roles the host names nobody for, from another telling of its act."""
    if not host.actor:
        host.actor = [a for a in other.actor if not _among(a, host.recipient)]
    if not host.recipient:
        host.recipient = [a for a in other.recipient if not _among(a, host.actor)]
    host.confidence = max(host.confidence, other.confidence)


def _unseen(host: Event, args: list[Actor]) -> list[Actor]:
    """The arguments whose span the host names in neither role."""
    spans = {(a.start, a.end) for a in host.actor + host.recipient}
    return [a for a in args if (a.start, a.end) not in spans]


def _absorb(host: Event, other: Event) -> None:
    """Fold another telling of the host's act into it: its parties the host does not name yet
    and the higher confidence."""
    # Why both before either is added: _unseen checks a span against the host's actors and
    # recipients together, so were the other's actors added first, a span the other telling
    # names in both roles would come in as an actor only. Each role is judged against the
    # host as it was, and the fold keeps the other telling's roles as they were told.
    actors, recipients = _unseen(host, other.actor), _unseen(host, other.recipient)
    host.actor += actors
    host.recipient += recipients
    host.confidence = max(host.confidence, other.confidence)
