"""One Pydantic model per kind of knowledge record; ``extra="forbid"`` everywhere.

The models are the truth about the data files under ``hadath/data``; docs/DATA.md mirrors
them with one example per kind. Arabic fields hold words as written (with hamza and teh
marbuta); the loader normalizes them with the same code that articles go through.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from hadath.model import EVENT_TYPES
from hadath.text.normalize import normalize

SECTORS: tuple[str, ...] = (
    "GOV", "MIL", "COP", "REB", "OPP", "PTY", "LEG", "JUD", "CVL", "MED", "REL", "BUS", "REF",
    "IGO", "NGO", "SPY", "UAF", "CRM", "EDU", "HLH", "LAB", "AGR", "ENV", "ELI", "",
)  # fmt: skip
PRECISIONS: tuple[str, ...] = ("continent", "country", "admin1", "admin2", "city", "sub-city", "region")
# Places above every state (أوروبا، أفريقيا): the only ones with no country.
STATELESS_PRECISIONS = frozenset({"continent"})
# The kinds of lexicon/ar/other_senses.tsv: lists of words that give a trigger another sense
# anywhere in its sentence, which an entry names with excluded_with_kind
OTHER_SENSE_KINDS: tuple[str, ...] = ("accident", "sport")
ARABIC_LETTER = re.compile(r"[\u0621-\u064A\u0671-\u06D3]")
ISO3 = re.compile(r"^([A-Z]{3}|IGO|NGO)$")
# The CAMEO roots of the codes the entries of a trigger file that sets each type-wide switch
# may hold.
SWITCH_ROOTS: dict[str, tuple[str, ...]] = {
    "violence": ("18", "19", "20"),  # armed violence: assault, fight, mass violence
    "giving": ("05", "07"),  # what is given: praise and aid
    "asking": ("10",),  # appeals and demands
    "side_after_b": ("04",),  # meetings and talks
    "force": ("17", "18", "19", "20"),  # acts of force: coercion and armed violence
    "claim": ("09", "11"),  # charges laid: investigations and disapproval
    "side_after_with": ("03", "04", "06"),  # done with another side: agreeing, meeting, working together
    "judging": ("05", "09", "11", "12"),  # judgements of an act: praise, charges, rejection
    "relief": ("07",),  # relief brought: aid
    "separate_acts": ("17",),  # coercion: an arrest, a ban, a demolition are acts apart
}

# CAMEO root (2 digits) -> PLOVER type, refined for 08 by the third digit (guideline).
CAMEO_ROOT_TO_PLOVER: dict[str, str] = {
    "03": "AGREE", "04": "CONSULT", "05": "SUPPORT", "06": "COOPERATE", "07": "AID",
    "09": "ACCUSE", "10": "REQUEST", "11": "ACCUSE", "12": "REJECT", "13": "THREATEN",
    "14": "PROTEST", "15": "MOBILIZE", "16": "SANCTION", "17": "COERCE", "18": "ASSAULT",
    "19": "ASSAULT", "20": "ASSAULT",
}  # fmt: skip


def plover_of_cameo(cameo: str) -> str | None:
    """The PLOVER type a CAMEO code maps to, or None for 01/02 and malformed codes."""
    if not re.fullmatch(r"\d{2,4}", cameo or ""):
        return None
    if cameo.startswith("08"):
        if len(cameo) == 2:
            return "CONCEDE"
        return "CONCEDE" if cameo[2] in "0123" else "RETREAT"
    return CAMEO_ROOT_TO_PLOVER.get(cameo[:2])


class Record(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


def _arabic_names(names: list[str]) -> list[str]:
    for n in names:
        if not ARABIC_LETTER.search(n):
            raise ValueError(f"Arabic name without Arabic letters: {n!r}")
    return names


class Tenure(Record):
    """An office held from ``start`` to ``end`` (None: still in office)."""

    office: str
    start: dt.date
    end: dt.date | None = None

    def covers(self, on: dt.date) -> bool:
        """Whether the office was held on a day: tenures are half-open, ``end`` being the
        successor's first day."""
        return self.start <= on and (self.end is None or on < self.end)

    @model_validator(mode="after")
    def _ordered(self) -> Tenure:
        if self.end and self.end < self.start:
            raise ValueError(f"tenure of {self.office} ends before it starts")
        return self


class ActorRecord(Record):
    """A person, organisation or state that can act in an event."""

    id: str = Field(pattern=r"^(Q\d+|hd:[a-z0-9_./-]+)$")
    name: str
    type: Literal["PER", "ORG", "GPE"]
    country: str = ""
    sector: str = ""
    names: list[str] = Field(min_length=1)
    valid_from: dt.date | None = None
    valid_to: dt.date | None = None
    holds: list[Tenure] = Field(default_factory=list)
    source: bool = False  # a news agency or outlet: a source of reports, never an event party
    ambiguous: list[str] = Field(default_factory=list)  # names knowingly shared with other records
    note: str = ""

    _check_names = field_validator("names")(_arabic_names)

    @field_validator("country")
    @classmethod
    def _country(cls, v: str) -> str:
        if v and not ISO3.match(v):
            raise ValueError(f"country must be ISO 3166 alpha-3, IGO or NGO: {v!r}")
        return v

    @field_validator("sector")
    @classmethod
    def _sector(cls, v: str) -> str:
        if v not in SECTORS:
            raise ValueError(f"unknown PLOVER sector {v!r}")
        return v


class OfficeRecord(Record):
    """An office ("foreign minister of X"): the Arabic phrases that name it.

    ``names`` are written without the country ("وزير الخارجية"); the loader combines them
    with the country's adjectives ("الأمريكي") and construct forms ("وزير خارجية روسيا").
    """

    id: str = Field(pattern=r"^[a-z_]+$")
    name: str
    sector: str
    names: list[str] = Field(min_length=1)
    construct_names: list[str] = Field(default_factory=list)  # "وزير خارجية" + a country name
    feminine: bool = False  # the adjective may also be feminine (المتحدث باسم الخارجية الروسية)
    # The only seats of this office (ISO3 codes, or IGO for an international body); empty:
    # every state. With one seat the names alone name it (قائد الحرس الثوري = Iran's).
    countries: list[str] = Field(default_factory=list)

    _check_names = field_validator("names")(_arabic_names)

    @field_validator("countries")
    @classmethod
    def _countries(cls, v: list[str]) -> list[str]:
        bad = [c for c in v if not ISO3.match(c) or c == "NGO"]
        if bad:
            raise ValueError(f"countries must be ISO 3166 alpha-3 codes or IGO: {bad}")
        return v


class CountryRecord(Record):
    """A state: its names, adjectives, capital and centre."""

    iso3: str = Field(pattern=r"^[A-Z]{3}$")
    name: str
    names: list[str] = Field(min_length=1)
    adjectives: list[str] = Field(default_factory=list)  # masculine, definite: الأمريكي، الأميركي
    adjectives_feminine: list[str] = Field(default_factory=list)  # الأمريكية
    # False when the adjective is also a common word (المالي "financial", الصحراوي "desert"):
    # it then names the state only inside a phrase (وزير الخارجية المالي), never on its own
    bare_adjective: bool = True
    capital: str = ""  # GeoNames id of the capital in the gazetteer
    capital_names: list[str] = Field(default_factory=list)  # used as metonyms: واشنطن = USA GOV
    qid: str = ""
    lat: float
    lon: float

    _check_names = field_validator("names")(_arabic_names)


class PlaceRecord(Record):
    """A gazetteer place: GeoNames id, names, coordinates, admin level."""

    id: str = Field(pattern=r"^(\d+|hd:[a-z0-9_./-]+)$")
    name: str
    names: list[str] = Field(min_length=1)
    country: str = Field(pattern=r"^([A-Z]{3})?$")  # empty for a continent only
    lat: float = Field(ge=-90, le=90)
    lon: float = Field(ge=-180, le=180)
    precision: Literal["continent", "country", "admin1", "admin2", "city", "sub-city", "region"]
    population: int = 0
    admin1: str = ""  # GeoNames id of the containing first-level unit, if known

    _check_names = field_validator("names")(_arabic_names)

    @model_validator(mode="after")
    def _country_unless_stateless(self) -> PlaceRecord:
        if (self.country == "") != (self.precision in STATELESS_PRECISIONS):
            raise ValueError(f"{self.id}: a continent has no country and every other place has one")
        return self


class CodedSense(Record):
    """A sense an entry means in some context, by its own CAMEO code and mode; the event type
    is the code's (the senses below say when each holds)."""

    cameo: str = Field(pattern=r"^\d{2,4}$")
    mode: str = ""

    @property
    def event_type(self) -> str:
        return plover_of_cameo(self.cameo)


class RecipientSense(CodedSense):
    """Another type an entry means when every recipient is of these sectors: a host receiving
    the wounded gives aid (استقبل الجرحى: 073), support to an armed force is military aid
    (دعم القوات: 072)."""

    sectors: list[str] = Field(default_factory=list)
    entities: list[str] = Field(default_factory=list)  # unnamed actors by name: wounded, patients

    @field_validator("sectors")
    @classmethod
    def _known(cls, v: list[str]) -> list[str]:
        unknown = [s for s in v if s not in SECTORS or not s]
        if unknown:
            raise ValueError(f"unknown PLOVER sectors {unknown}")
        return v

    def fits(self, sector: str, entity: str) -> bool:
        """Whether a party of this sector and entity calls for this sense: the recipient for a
        RecipientSense, one who does the act for a DoerSense."""
        return sector in self.sectors or entity in self.entities


class DoerSense(RecipientSense):
    """Another type an entry means when everyone who does it is of these sectors: holding
    people by an armed group outside the state (احتجز التنظيم عائلات) takes them captive, an
    abduction (181), where the police holding them arrest them (173)."""


class SaidSense(CodedSense):
    """Another type an entry means when it is told as done in words: an attack in words
    (هاجم الوزير المعارضة قائلا، شن هجوما لاذعا على الحكومة في تغريدات) is criticism (111).
    One of ``words`` comes within ``reach`` words after the trigger, and none of ``unless``
    (words of force: قتلى، تفجير، تبنى) is anywhere in the sentence."""

    words: list[str] = Field(min_length=1)
    unless: list[str] = Field(default_factory=list)
    reach: int = Field(default=12, ge=1)


class ObjectSense(CodedSense):
    """A finer code of the same act an entry means when one of ``words`` names what the act is
    done with, after the trigger's first word up to ``reach`` words past its last (a light
    verb's last word is its object): arms named chemical
    (استخدم الأسلحة الكيماوية) are weapons of mass destruction (204), where arms alone are
    fighting (190)."""

    words: list[str] = Field(min_length=1)
    reach: int = Field(default=3, ge=1)


class TriggerRecord(Record):
    """One trigger lexicon entry: a verb lemma, a noun/masdar, or a light-verb construction.

    - ``verb``: ``lemma`` is the 3rd person masculine singular past, ``present`` the 3rd
      person masculine singular present; the inflection generator makes the other forms;
      ``masdar`` lists verbal nouns that trigger the same event.
    - ``noun``: ``lemma`` is the singular; ``plural`` lists broken plurals.
    - ``light``: ``lemma``/``present`` are the light verb (شنّ، عقد، فرض), ``objects`` the
      nouns that make it an event (غارة، اجتماعًا، عقوبات).
    """

    lemma: str
    pos: Literal["verb", "noun", "light"]
    event_type: str
    cameo: str = Field(pattern=r"^\d{2,4}$")
    mode: str = ""
    present: str = ""
    masdar: list[str] = Field(default_factory=list)
    plural: list[str] = Field(default_factory=list)
    objects: list[str] = Field(default_factory=list)
    forms: list[str] = Field(default_factory=list)  # irregular forms no rule produces
    reciprocal: bool = False  # تبادل الاتهامات: both sides are actor and recipient
    recipient_preps: list[str] = Field(default_factory=list)  # مع، على، ضد، إلى...
    # A light verb alone (no object in reach) still means this event when its subject is of
    # one of these sectors: عقدت المجموعة الدولية في نيويورك (IGO) is a meeting.
    alone_with: list[str] = Field(default_factory=list)
    # ... and that subject must be a person (an official), not a state, a body or a plane: an
    # official who arrives somewhere is on a visit (وصل الوزير إلى بغداد), a state that
    # "arrives at" a point (وصلت الدولتان إلى) or a plane of a state is not.
    alone_person: bool = False
    # The event exists only with a named recipient or a ب-complement close after the verb: a
    # host receives a guest (استقبل), a threat targets someone or threatens with something
    # (هدد بفرض عقوبات); "تستقبل المدينة الحجاج" or "يهدد الأمن" are no events.
    needs_recipient: bool = False
    # With needs_recipient on a verb: the past verb is the act even with no one named (هدد
    # قيادي في الحزب باللجوء إلى القضاء); the present and the masdar mostly tell a danger
    # (يهدد الأمن، تهديد للاستقرار), so they still need one.
    past_needs_none: bool = False
    # Objects of a light verb that make it an event only with a named recipient, as the whole
    # entry does with needs_recipient: support given to someone (قدمت الدعم للقوات) is aid,
    # support offered with no one named (تقديم الدعم، ما تقدمه من دعم ورعاية) mostly praise.
    needs_recipient_with: list[str] = Field(default_factory=list)
    # What a country adjective right after the noun names: who acts (الغارات التركية، المساعدات
    # السعودية) or where it happens (الحرب السورية).
    adjective: Literal["agent", "setting"] = "agent"
    # A state or capital right after the verb is where the actor goes, never its subject:
    # "زار الرياض" (the visitor is named before or elsewhere); "زار الرئيس الرياض" is VSO.
    destination: bool = False
    # An object word (عبوة ناسفة، سيارة مفخخة): an event only with someone acting or harmed,
    # never from a place in the sentence alone ("ضبطت القوات عبوات ناسفة في ..." is no attack).
    object_word: bool = False
    # Verbs of movement and seizure (دخل، احتل، طارد) are acts of force only when an armed force
    # does them: forces entering a town take it (دخلت القوات المدينة); a delegation, a convoy of
    # aid or a law that «enters» does nothing of the kind. The doer must be of an armed sector.
    armed_doer: bool = False
    # ... and the act must reach a place named right after the verb, after its subject or after
    # one of the entry's recipient_preps (دخلت القوات إلى حي التواهي، احتل التنظيم المدينة): a
    # place name, a place noun (مدينة، الحي، مطار) or a site held by a party (مواقع التنظيم).
    place_object: bool = False
    # A light verb whose object is its grammatical subject: what falls or goes off (سقط قتلى،
    # وقع انفجار، هز انفجار المدينة). A name before the object of any other light verb is
    # who acts through it (ألقى مستوطنون زجاجات حارقة), never what befell. On an entry outside the
    # attacks (no ``violence``: انتشر، احتشد) the party holding the object word is the actor
    # (انتشرت قوات الجيش).
    object_is_subject: bool = False
    # What a party after من names for an act of force: who it comes from (غارات من طيران
    # التحالف) or whom it is taken from (تحرير المدينة من المسلحين، استعادة الموقع من داعش).
    from_party: Literal["agent", "recipient"] = "agent"
    # What a name in the genitive right after the singular noun names: who acts (زيارة الوزير،
    # دعوة المجلس) or whom the act reaches (إغاثة المنكوبين، إيواء النازحين، تسليح المعارضة).
    # A plural names the things given, its genitive their giver (مساعدات الأمم المتحدة).
    genitive: Literal["agent", "recipient"] = "agent"
    # Whether the noun's genitive rule applies at all: a name in the genitive right after it
    # is who acts, or whom it reaches where ``genitive`` says so. Set for whole files whose acts
    # are done by their genitive (زيارة الوزير، احتجاج العمال، انسحاب المسلحين); off for acts
    # of force, whose genitive is mostly the target (قصف القافلة) and read by their own rules.
    genitive_doer: bool = False
    # A party after من right after the noun (past its adjectives) is who does the act, for acts
    # that are neither force nor giving (those read من by from_party and by their giver):
    # احتجاجات من المزارعين، انتقادات من المعارضة، عقوبات من الاتحاد. Mostly set for a whole
    # file; an entry that takes its recipient with من (طلب من، حذر من) never reads it so.
    from_doer: bool = False
    # A verb that always takes a direct object and then what it is charged with or called to
    # with one of these words (اتهم حماس بالتصعيد، حث المجلس على التحرك، شكر تركيا على):
    # a lone name between the verb and that word is the object, so the subject is before the
    # verb or carried from before (واتهم حماس بـ ...: who accuses was named earlier).
    object_then: list[str] = Field(default_factory=list)
    # object_then normalized once, when the entry is loaded: the coder compares it with tokens
    _object_then_norm: tuple[str, ...] = PrivateAttr(default=())
    # A verb that may take a direct object before what it calls for with one of these words,
    # or leave it out (دعا الوزير الآباء إلى، دعا الوزير إلى الحوار): when the rules name no
    # recipient, the common noun phrase between the subject (or the verb) and that word is
    # whom the act is aimed at (events/coder.py, _called_object_noun). The words of
    # object_then count so too.
    object_call: list[str] = Field(default_factory=list)
    # A verb of meeting whose direct object, when it is a common noun no list names, is whom
    # it meets or visits (زار الوزير العائلة المنكوبة، التقى الوفد أعضاء الجالية): given as the
    # recipient as object_call's noun is (events/coder.py, _met_object_noun).
    object_noun: bool = False
    _object_call_norm: tuple[str, ...] = PrivateAttr(default=())
    recipient_sense: RecipientSense | None = None
    doer_sense: DoerSense | None = None
    said_sense: SaidSense | None = None
    object_sense: ObjectSense | None = None
    # Words right after the trigger that give it another sense, so no event: a prayer
    # (داعيا الله، دعا له بالشفاء), declining to be named (رفض الكشف عن هويته), putting out a
    # fire (السيطرة على الحريق). Each item is one word or a phrase, as written.
    excluded_after: list[str] = Field(default_factory=list)
    # The excluded_after words cancel the verb also past a short subject written after it:
    # «رفض المتحدث باسم الوزارة التعليق»، «لم يستبعد الوزير أن يكون». Not for a verb whose
    # object may come between (حذر الجيش المتظاهرين من أن ... is still a threat).
    excluded_past_subject: bool = False
    # Words right before the trigger that make it part of another expression: the editor
    # (رئيس التحرير), recruitment agencies (مكاتب الاستقدام). A word may carry و.
    excluded_before: list[str] = Field(default_factory=list)
    # Words one of which must come right after the trigger for it to be the event: an agreement
    # reached on something (الاتفاق على), backing from someone (مدعومة من), not the word alone.
    required_after: list[str] = Field(default_factory=list)
    # The required_after words may also come a few words on, past a subject written after a
    # verb (سخر المعلقون من، شكا السكان من). Only for verbs whose required word never follows
    # an object or an adjunct instead: حقق الفريق في المباراة فوزا is no inquiry.
    required_past_subject: bool = False
    # Forms the generator makes, or words as written with their clitics, that are mostly another
    # word and never match: وعدن (they promised) is nearly always و + عدن (and Aden).
    not_forms: list[str] = Field(default_factory=list)
    # Words as written with a shadda the entry's word never has, so another word: وعدّ (and
    # considered, و + عدّ) is no وعد (promised). Compared with the other marks left out.
    not_written: list[str] = Field(default_factory=list)
    # Words anywhere in the sentence that give the trigger another sense: لقاء، يلتقي in a
    # sentence about a match (مباراة، الملعب، الدوري) is a game, no meeting.
    excluded_with: list[str] = Field(default_factory=list)
    # ... and a list of such words several entries may share, by its kind in
    # lexicon/ar/other_senses.tsv: مصرع with a word of an accident or a disaster (accident:
    # حادث مروري، السيول) is a death no one caused.
    excluded_with_kind: str = ""
    # The verb tells what was done at an act of its type already told in the sentence, so
    # it is that act, not another: «التقى الوزير نظيره وبحثا العلاقات» is one meeting.
    retells: bool = False
    # A light verb whose object may follow بأن/أن: what something is called (وصف الهجوم بأنه
    # عمل إجرامي), where the object of any other light verb ends at the complementizer.
    objects_past_that: bool = False
    # A light verb whose object is what it tells of as its subject, named before it too: the
    # head of its relative clause or the subject right before it (المعونات الإغاثية التي
    # وصلت، شحنة الأدوية وصلت), as close as an object pronoun's antecedent.
    object_before: bool = False
    # Words after which a light verb's object may still come when a long subject (and object)
    # put it past the light verb's reach: أعرب [رئيس الحكومة الكندي في مؤتمر صحفي] عن أسفه،
    # وصف [وزير الداخلية ...] الاعتداء بأنه «عمل مشين». The object must follow one of them closely;
    # "ب" stands for the preposition ب written joined (بالعمل المشين), alone (بـ) or in بأن(ه).
    far_object_after: list[str] = Field(default_factory=list)
    # What the act becomes when it is told as to come and a demand is set against it (سيعدمونه
    # ما لم تفرج الحكومة عن ...، وإلا): a threat of it, a THREATEN code (138, threaten with
    # force). The force files (assault, coerce) set it once for their entries.
    ultimatum_cameo: str = Field(default="", pattern=r"^(\d{2,4})?$")
    # What the act becomes when its noun is the object of a verb of receiving and no other
    # sense took it (تلقت الفصائل دعما من تركيا، حصل الجيش على دعم): support received is given,
    # an AID code (070). Where the receiver is an armed force, recipient_sense decides.
    received_cameo: str = Field(default="", pattern=r"^(\d{2,4})?$")
    # A light verb's object, when it begins a party, is the recipient: whom the act is done
    # to (طرد المسلحين، درب المقاتلين) or given to (استقبلت اللاجئين، نقل الجرحى). Set once on
    # the files whose type works so (assault, coerce, aid), inherited by every entry.
    object_recipient: bool = False
    # The recipient a light verb's object begins may be victims (the dead or the wounded):
    # the wounded carried to care are whom the aid is for (نقل الجرحى), where after an act of
    # force (سقط قتلى) victims named so are who fell, told apart. Set once on aid.yaml.
    object_victims: bool = False
    # The type of attacks and fights (assault), whose parties the coder reads by rules of its
    # own: an armed force in the noun's genitive (قصف قوات النظام) or after ل past its
    # adjectives (كمين لحركة الشباب) is who attacks; the site struck or its holder is the
    # recipient; the armed side after مع is who killed the counted dead (قتل جنود في اشتباكات مع
    # المسلحين); ground taken is taken from the side fought; an attack told with no doer is
    # done by the story's last attacker. Set once on assault.yaml, inherited by every entry.
    violence: bool = False
    # The types of what is given (aid, support): a name after من right after the noun is who
    # gives (دعم عسكري من إيران); the subject of a verb of receiving it is who received it
    # (تلقت الحكومة مساعدات), not who underwent an act; a ب-noun of it after a verb is help the
    # act was done with (سيطرت القوات بدعم من الطيران). Set once on aid.yaml and support.yaml.
    giving: bool = False
    # The type of demands: help asked for after its verb is what is asked (طالب بدعم من
    # المجتمع الدولي), not help the asking was done with; in a quote, the one asked is named
    # right after its phrase (يجب على روسيا), unless it is the speaker's own duty (يتعين
    # علينا). Set once on request.yaml.
    asking: bool = False
    # The type of meetings and calls, whose other side may follow ب right after the noun
    # (اتصال هاتفي بنظيره، لقاؤه بالرئيس). Set once on consult.yaml.
    side_after_b: bool = False
    # The types of acts of force (assault, coerce): one done to someone is done to the
    # genitive or the possessive pronoun of its noun (اعتقاله), not by it; what it comes from
    # after من is its source or the side it is taken from (تحرير المدينة من المسلحين); a
    # reporter, a rights group or civilians never inherit it as its doer; a town struck with
    # nobody named is struck at its people; with no doer, a passive one is the act before's
    # doer's. Set once on assault.yaml and coerce.yaml.
    force: bool = False
    # The type of charges laid (accuse): an act after its verb is the charge, told as claimed
    # (اتهم موسكو بقصف المدينة), not the verb's content; the genitive before the charge after its
    # noun is who is accused (اتهام تركيا بدعم). Set once on accuse.yaml.
    claim: bool = False
    # The types of acts done with another side (agree, consult, cooperate): the name after مع a
    # few words after the noun is the other side (بالتنسيق مع الجيش). Set once on agree.yaml,
    # consult.yaml and cooperate.yaml.
    side_after_with: bool = False
    # The types of verbs that judge an act (accuse, support, reject): whom they are aimed at is
    # who does the act judged, named right after the verb (أدان قصف قوات النظام). Set once on
    # accuse.yaml, support.yaml and reject.yaml.
    judging: bool = False
    # The type of relief brought (aid): acts of it told in one sentence are a chain of givers
    # bringing one relief to the same people, one going on with the other's recipient; its
    # noun is reported with nobody named when its sentence names a place, as force is. Set
    # once on aid.yaml.
    relief: bool = False
    # The type whose acts of different specific codes told in one sentence are acts apart
    # (coercion: arrests and a ban, a seizure and a demolition), never one act told twice;
    # its type's general code (170: repression, a raid) still names the acts it is told with.
    # Set once on coerce.yaml.
    separate_acts: bool = False
    # A noun that is this entry only with a possessive pronoun, one party's own act told in
    # words (قدمت الوزارة احتجاجها، عبر عن احتجاجه: a complaint lodged), where the word
    # without one stays the other entries' (الاحتجاجات: demonstrations).
    possessed: bool = False
    example: str
    note: str = ""

    @model_validator(mode="after")
    def _consistent(self) -> TriggerRecord:
        if self.event_type not in EVENT_TYPES:
            raise ValueError(f"unknown event type {self.event_type!r}")
        mapped = plover_of_cameo(self.cameo)
        if mapped != self.event_type:
            raise ValueError(f"CAMEO {self.cameo} maps to {mapped}, not {self.event_type}")
        for field_name, sense in (("recipient_sense", self.recipient_sense), ("doer_sense", self.doer_sense)):
            if sense and sense.event_type not in EVENT_TYPES:
                raise ValueError(f"{field_name}: CAMEO {sense.cameo} maps to no event type")
            if sense and not (sense.sectors or sense.entities):
                raise ValueError(f"{field_name} needs sectors or entities")
        if self.said_sense and self.said_sense.event_type not in EVENT_TYPES:
            raise ValueError(f"said_sense: CAMEO {self.said_sense.cameo} maps to no event type")
        if self.object_sense and self.object_sense.event_type != self.event_type:
            raise ValueError(f"object_sense: CAMEO {self.object_sense.cameo} is no {self.event_type} code")
        if self.object_then and self.pos != "verb":
            raise ValueError("object_then is for verb entries only")
        if (self.object_call or self.object_noun) and self.pos != "verb":
            raise ValueError("object_call and object_noun are for verb entries only")
        if phrases := [word for word in self.object_call if len(word.split()) != 1]:
            # the coder compares each word with one token (coder._opens_complement)
            raise ValueError(f"object_call takes single words, not {phrases}")
        if self.required_past_subject and not (self.required_after and self.pos == "verb"):
            raise ValueError("required_past_subject is for verb entries with required_after")
        if self.ultimatum_cameo and plover_of_cameo(self.ultimatum_cameo) != "THREATEN":
            raise ValueError(f"ultimatum_cameo {self.ultimatum_cameo} is no THREATEN code")
        if self.received_cameo and plover_of_cameo(self.received_cameo) != "AID":
            raise ValueError(f"received_cameo {self.received_cameo} is no AID code")
        if self.object_victims and not self.object_recipient:
            raise ValueError("object_victims needs object_recipient")
        for switch, roots in SWITCH_ROOTS.items():
            if getattr(self, switch) and not self.cameo.startswith(roots):
                raise ValueError(f"{switch} is for CAMEO {'/'.join(roots)} codes, not {self.cameo}")
        if self.pos == "light" and not self.objects:
            raise ValueError("a light-verb entry needs objects")
        if self.possessed and self.pos != "noun":
            raise ValueError("possessed is for noun entries only")
        if self.place_object and self.pos == "light":
            raise ValueError("place_object is for verb and noun entries (a light verb's object is its noun)")
        if self.far_object_after and self.pos != "light":
            raise ValueError("far_object_after is for light-verb entries only")
        if self.alone_person and not self.alone_with:
            raise ValueError("alone_person needs alone_with")
        if self.past_needs_none and not (self.needs_recipient and self.pos == "verb"):
            raise ValueError("past_needs_none is for verb entries with needs_recipient")
        if stray := set(self.needs_recipient_with) - set(self.objects):
            raise ValueError(f"needs_recipient_with names words that are no objects: {sorted(stray)}")
        if not ARABIC_LETTER.search(self.example):
            raise ValueError("the example must be an Arabic sentence")
        if self.excluded_with_kind and self.excluded_with_kind not in OTHER_SENSE_KINDS:
            raise ValueError(f"excluded_with_kind {self.excluded_with_kind!r} is no kind of other_senses.tsv")
        return self

    @model_validator(mode="after")
    def _normalize_object_then(self) -> TriggerRecord:
        self._object_then_norm = tuple(normalize(word) for word in self.object_then)
        before = [normalize(word) for word in self.object_call]
        self._object_call_norm = tuple(dict.fromkeys([*before, *self._object_then_norm]))
        return self

    @property
    def object_then_norm(self) -> tuple[str, ...]:
        """The object_then words normalized, as the coder compares them with tokens."""
        return self._object_then_norm

    @property
    def object_call_norm(self) -> tuple[str, ...]:
        """The words, normalized, that open what a verb calls its object to: object_call's
        and object_then's."""
        return self._object_call_norm


# What a trigger file may set for its whole type, next to event_type: its entries inherit it.
TYPE_FIELDS = (
    "ultimatum_cameo",
    "object_recipient",
    "object_victims",
    *SWITCH_ROOTS,
    "from_doer",
    "genitive_doer",
)
# The type-wide fields no entry may set otherwise than its file.
FILE_ONLY_FIELDS = ("object_recipient", "object_victims", *SWITCH_ROOTS)


def file_fields(data: dict[str, Any]) -> dict[str, Any]:
    """What a trigger file's entries inherit from it: its ``event_type`` and, when it sets
    them, its ``ultimatum_cameo``, ``object_recipient``, ``object_victims``, its switches
    (``SWITCH_ROOTS``: ``violence``, ``giving``, ...), ``from_doer`` and ``genitive_doer``."""
    return {"event_type": data.get("event_type")} | {k: data[k] for k in TYPE_FIELDS if k in data}


class TriggerFile(Record):
    """A trigger lexicon file: one PLOVER type, its entries.

    Entries may omit ``event_type`` and ``ultimatum_cameo``: they inherit the file's (the
    files under ``data/triggers/`` are written that way); an entry that states another type
    is an error.
    """

    event_type: str
    ultimatum_cameo: str = ""  # checked on each entry, which inherits it
    object_recipient: bool = False  # a property of the type: no entry sets it otherwise
    object_victims: bool = False  # likewise
    violence: bool = False  # likewise
    giving: bool = False  # likewise
    asking: bool = False  # likewise
    side_after_b: bool = False  # likewise
    force: bool = False  # likewise
    claim: bool = False  # likewise
    side_after_with: bool = False  # likewise
    judging: bool = False  # likewise
    relief: bool = False  # likewise
    separate_acts: bool = False  # likewise
    from_doer: bool = False  # the default of the file's entries, which may set it otherwise
    genitive_doer: bool = False  # likewise
    entries: list[TriggerRecord]

    @model_validator(mode="before")
    @classmethod
    def _inherit_type(cls, data: object) -> object:
        if isinstance(data, dict) and isinstance(data.get("entries"), list):
            inherited = file_fields(data)
            entries = [{**inherited, **e} if isinstance(e, dict) else e for e in data["entries"]]
            data = {**data, "entries": entries}
        return data

    @model_validator(mode="after")
    def _one_type(self) -> TriggerFile:
        for e in self.entries:
            if e.event_type != self.event_type:
                raise ValueError(f"entry {e.lemma!r} is {e.event_type}, the file is {self.event_type}")
            for field in FILE_ONLY_FIELDS:
                if getattr(e, field) != getattr(self, field):
                    raise ValueError(f"entry {e.lemma!r} sets {field}, a field of the whole file")
        return self


class CueRecord(Record):
    """A reporting verb or phrase that introduces a quote (قال، أكد، أوضح، بحسب)."""

    lemma: str
    present: str = ""
    # venue: a noun for where words were said (بيان، تصريح، مؤتمر): في before it starts an
    # adjunct (أكد في تصريح صحفي أن), not a place inside the speaker's title. adverb: a word
    # passed before the speaker's name and ending it after (قال أمس الوزير، قال الوزير أمس);
    # adjunct: a preposition or a pronoun that starts a side phrase, never a speaker (قال حول
    # القضية؛ وقالت الوزيرة، وهي من ..., إن).
    # topic: the words after it name the speaker of a cue with ف (أما فلان فقال). connective:
    # a cue right after it opens a new statement, not one inside what was said (بينما أكد).
    # matter: a noun of what was said (أهمية، ضرورة، اتهامات) or an object pronoun (إياه):
    # right after a cue it opens the words said, never the speaker's name (وأكدت أهمية
    # الحوار، نفى اتهامات بأنه، مناشدا إياه الحضور). opener: a word opening the clause after an
    # attribution phrase that opens the sentence, left out of what was said (وبحسب الوزارة، فإن).
    # contrast: a word that, with أن after it, opens a clause whose first words are its own
    # subject (إلا أن المراقبين يرون، غير أن جماعات حقوقية أكدت).
    # attribution_end: a preposition that may end an attribution phrase, written apart or on
    # the source's name (وفقا لـ، نقلا عن): the phrase is matched without it.
    kind: Literal[
        "verb",
        "attribution",
        "attribution_end",
        "venue",
        "adverb",
        "adjunct",
        "topic",
        "connective",
        "matter",
        "opener",
        "contrast",
    ] = "verb"
    forms: list[str] = Field(default_factory=list)
    # phrase: what was said may be a noun or prepositional phrase (أعرب عن قلقه، أشاد بالدور),
    # not only a clause after أن/إن or words in quotation marks.
    complement: Literal["clause", "phrase"] = "clause"
    # forms written like a common other word (بين the preposition): a cue only when أن/إن or
    # a colon follows at once.
    homographs: list[str] = Field(default_factory=list)
    # forms that, followed by أن, are the writer's own remark, nobody's words (يذكر أن).
    impersonal: list[str] = Field(default_factory=list)
    # a preposition the verb's phrase opens with (عبر عن، تحدث عن): a form is a cue only when
    # it follows within a speaker's words, so a word written alike is none (عبر الحدود).
    needs: str = ""

    @model_validator(mode="after")
    def _one_word_end(self) -> CueRecord:
        if self.kind == "attribution_end" and len(self.lemma.split()) != 1:
            raise ValueError(f"an attribution_end is one word, not {self.lemma!r}")
        return self
