"""Give each event the place where it happened, from the names in its sentence.

The location is the place governing the event's clause, of the names in its sentence that
are not its own actors or recipients: a name governed by a locative word or a relation cue
(في، قرب، شمال ...، ريف) or that the act reaches (على، إلى), in the trigger's clause, beats a
bare name or one in another clause; of those, places of one country nest (the most specific
wins) and places of other countries compete by nearness to the trigger. A visit takes place
at its destination, a meeting where it is hosted (named in no place: where the story tells
its officials met or arrived, «اجتمعا ... وخلال اجتماعهما في الدوحة»). A place noun alone (نحو المدينة) stands for
the story's place; «العاصمة» for a capital, of the state its adjective names or the story's. With no place named: statements where the report was filed or their
author sits, acts where the story is. Countries and capitals resolve to their gazetteer
records; a town's name given as a speaker's is that person's.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from bisect import bisect_left
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache, lru_cache

from hadath.events.coder import rules_arguments
from hadath.events.ontology import quad_class
from hadath.events.particles import is_particle
from hadath.kb import KnowledgeBase
from hadath.kb.schema import PlaceRecord
from hadath.mentions.groups import nisba_endings
from hadath.model import Article, Event, Mention, Place
from hadath.pipeline import Stage
from hadath.resolve.relations import (
    Relation,
    hosts,
    links_to,
    place_cues,
    placed,
    relation_before,
    written_anywhere,
)
from hadath.resolve.seats import Seats
from hadath.text.clitics import ARTICLE, PREPOSITIONS, without_article, without_conjunction
from hadath.text.normalize import CLAUSE_BREAKS as NORM_CLAUSE_BREAKS
from hadath.text.normalize import (
    has_clause_break,
    in_raw_text,
    last_clause_break,
    normalize,
    normalize_slice,
    normalize_with_map,
)

DATELINE_START = 3  # a dateline opens the text
DATELINE_LINE_CHARS = 80  # or is a first line this short
DATELINE_MARKS = "-–—:(،,"
BYLINE_DASHES = "-–—"
VERBAL_QUADS = (1, 3)
MATERIAL_QUADS = (2, 4)
# Clause breaks as raw text spells them, in either script, and a line
CLAUSE_BREAKS = in_raw_text(NORM_CLAUSE_BREAKS) | {"\n"}
TRUSTED_POPULATION = 1000
NOTABLE_POPULATION = 50_000
_SPECIFICITY = {"sub-city": 5, "city": 4, "admin2": 3, "region": 3, "admin1": 2, "country": 1, "continent": 0}
# Places a bare name never is: states acting, continents told of (only «في أوروبا» places)
STATE_SIZED = frozenset({"country", "continent"})
# Of places sharing a name, one this close to another place the article names is the one meant.
NEIGHBOUR_KM = 100.0
# An arrest by these organs of a state happens inside it (armies and spies act abroad too).
COERCE_ROOT = "17"
MEETING_ROOT = "04"
JURISDICTION_SECTORS = frozenset({"GOV", "COP", "JUD"})
# Precisions of a place that may share its name with a family (الأحمدي، التكريتي)
TOWNS = frozenset({"city", "sub-city"})
SEAT_WINDOW = 25  # characters before an organisation's name searched for «مقر»
WORDS_WINDOW = 40  # characters before a name searched for the word governing it
UNDERGOER_GAP = 2  # words between a place and «تحت» (اليمن وقع تحت، أصبحت المدينة تحت)
PRONOUN_GAP = 3  # words between a place and the act whose pronoun stands for it (عدن بعد تحريرها)
OBJECT_PRONOUN = "ها"  # the feminine object pronoun, as place nouns are (المدينة، المحافظة)
CAPITAL_WORD = normalize("العاصمة")
NAME_GAP = 2  # characters between «العاصمة» and the capital's own name after it
COMPLEMENT_WINDOW = 60  # characters before a name searched for the noun it completes
TITLE_WORDS = 4  # words between a noun of office and في (المنسق الإقليمي للعمليات الإنسانية في)
LOCATIVE_IN = normalize("في")
ORIGIN_FROM = normalize("من")
ORIGIN_WINDOW = 20  # characters before a name searched for «من» and the people before it
GATHERING_WORDS = 4  # words before a place's locative word searched for a word for meeting
GATHERING_WINDOW = 500  # characters between a meeting and the place the story tells it held at
# «جنوب اليمن»: a side of a country is where its people on that side live, the towns furthest
# toward it holding this share of the country's town population (a country's centroid moved a
# fixed distance lies in the desert of one country and short of the side of another)
SIDE_SHARE = 0.25
SIDE_MIN_TOWNS = 5  # fewer towns of known population tell no side


class EventPlacer(Stage):
    """Fills ``Event.location``."""

    name = "places"
    requires = ("events", "mentions", "quotes", "focus")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self._country_places: dict[str, PlaceRecord] = {
            p.country: p for p in kb.places.values() if p.precision == "country"
        }
        # a country's name is matched as the state acting (actor:Q796): its place is the country's
        self._country_of_actor = {c.qid: iso3 for iso3, c in kb.countries.items() if c.qid}
        self._by_name: dict[str, list[PlaceRecord]] = defaultdict(list)
        for p in kb.places.values():
            for name in {normalize(n) for n in p.names}:
                self._by_name[name].append(p)
        self.seats = Seats(kb)
        self._adjectives: dict[str, str] | None = None
        self._towns: dict[str, list[PlaceRecord]] | None = None
        self._sides: dict[tuple[str, int, int], tuple[float, float] | None] = {}

    def place_record(self, ref: str) -> PlaceRecord | None:
        """The gazetteer record a mention's ``kind:id`` ref stands for: a place itself, a
        country's own record, a capital's, or the country of an actor that stands for one."""
        kind, _, key = ref.partition(":")  # split once here, not again by KnowledgeBase.gazetteer_place
        if kind == "place":
            return self.kb.places.get(key)
        if kind == "country":
            return self._country_place(key)
        if kind == "capital" and key in self.kb.countries:
            return self.kb.places.get(self.kb.countries[key].capital)
        if kind == "actor" and key in self._country_of_actor:
            return self._country_place(self._country_of_actor[key])
        return None

    def _country_place(self, iso3: str) -> PlaceRecord | None:
        """A country's own gazetteer record, else one made from its country record."""
        return self._country_places.get(iso3) or self._country_as_place(iso3)

    def _country_as_place(self, iso3: str) -> PlaceRecord | None:
        c = self.kb.countries.get(iso3)
        if c is None:
            return None
        return PlaceRecord(
            id=f"hd:country/{iso3.lower()}",
            name=c.name,
            names=c.names,
            country=iso3,
            lat=c.lat,
            lon=c.lon,
            precision="country",
        )

    def process(self, article: Article) -> Article:
        focus_record = self._focus_record(article)
        on = _published_day(article)
        named = self._named_places(article, on, focus_record)
        # the country, no span of its own
        told = _Told(
            self._dateline(article),
            _unnamed(focus_record) if focus_record else None,
            on,
            named,
            _spots(named),
            _hosted(article.text, named),
            _gathered(article.text, named),
            frozenset(m.end for m in article.mentions if m.kind == "actor"),
        )
        scene: Place | None = None  # the place the last located event was told at
        talk: Place | None = None  # the place the last statement or meeting was told at
        scenes: dict[int, PlaceRecord] = {}  # the last place of each rank events were told at
        for event in sorted(article.events, key=lambda e: e.trigger_start):
            here = _at_scene(named, scenes)
            if quad_class(event.cameo) in VERBAL_QUADS:
                # a statement after fighting told elsewhere is still said where the talk was
                said_at = scene if event.cameo.startswith(MEETING_ROOT) else talk or scene
                event.location, named_here = self._where_said(article, event, here, told, said_at)
            else:
                event.location = self._locate(article, event, here, told)
                named_here = event.location is not None
                if event.location is None and quad_class(event.cameo) in MATERIAL_QUADS:
                    event.location = self._where_done(event, told, scene)
            if named_here and event.location is not None and event.location.start >= 0:
                # a visit called for, an act denied or one told as what came before («بعد
                # تحريرها») does not move the story there
                told_now = event.modality == "asserted" and not _after_time_word(article.text, event)
                scene = event.location if told_now else scene
                talk = scene if told_now and quad_class(event.cameo) in VERBAL_QUADS else talk
                if (record := self.kb.places.get(scene.kb_id) if scene else None) is not None:
                    scenes[_rank(record)] = record
            if event.location:
                self.stats.update("located")
        return article

    def _where_said(
        self,
        article: Article,
        event: Event,
        here: list[tuple[Mention, PlaceRecord]],
        told: _Told,
        scene: Place | None,
    ) -> tuple[Place | None, bool]:
        """Where a statement, meeting or accusation happened, and whether its sentence says
        so: a place its sentence names
        (a country named there is what was said when the report or its author is placed:
        «هدد بشن هجمات في السعودية»); else where the report was filed, else at the seat of the
        organisation that made it, else where the article last placed its talk (its story,
        for a meeting or before any talk was placed) when that is in the speaker's own country, else where the acting government sits (a foreign
        minister speaks from home, not from the scene); else a town named bare in its sentence
        in the article's country (a local report: «طلاب جامعة طيبة بالمدينة المنورة»). A
        visit named in no place is away from the visitor's seats: where the story is; so is a
        meeting (not a call) when the story has a place."""
        # a visit is away from the visitor's seat: only where the story is tells where it went
        own_seat, state_seat = self._seats_of(event, told.on) if event.mode != "visit" else (None, None)
        elsewhere = told.dateline or own_seat or scene or state_seat
        location = self._locate(article, event, here, told)
        if location is not None and location.precision == "country" and (told.dateline or own_seat):
            location = None
        if location is None and not elsewhere and told.focus is not None:
            location = self._locate(article, event, here, told, topics=told.focus.country)
        meeting = event.cameo.startswith(MEETING_ROOT) and event.mode != "phone"
        if _unsure(location, event) and meeting and told.dateline is None and (met := _met_at(event, told)):
            # «استقبل الرئيس الوفد ... ووصل الوفد إلى بغداد»: a meeting named in
            # no place (or a country, mostly their topic) is where the story tells its officials met
            # or arrived, not at a seat
            self.stats.update("located_gathering")
            return met, False
        if location is not None or not elsewhere:
            return location, location is not None
        home = scene if scene and (state_seat is None or scene.country == state_seat.country) else None
        if event.cameo.startswith(MEETING_ROOT) and event.mode != "phone" and scene is not None:
            # «استعرض الجانبان خلال اللقاء»: a meeting is where the story is, not at one party's
            # seat (officials travel to meet; a call joins two places)
            own_seat, home = None, scene
        location = told.dateline or own_seat or home or state_seat or scene
        self.stats.update(
            "located_dateline"
            if told.dateline
            else "located_seat"
            if location is not scene
            else "located_scene"
        )
        return location, False

    def _where_done(self, event: Event, told: _Told, scene: Place | None) -> Place | None:
        """Where a material act named in no place of its sentence happened: where the article
        last placed its story («المدينة» after «تعز») when the sentence names no state (states
        named put the act in the world at large), else the country the article is about, at
        country precision (never a guessed city); an arrest by a state's organs in that state."""
        if scene is None and told.focus is None:
            return None
        story = scene if scene and not self._names_a_state(told, event, scene) else None
        location = self._jurisdiction(event, story or told.focus) or story or told.focus
        self.stats.update("located_scene" if location is story else "located_focus")
        return location

    def _jurisdiction(self, event: Event, told: Place | None) -> Place | None:
        """«اعتقلت السلطات التركية رجلا»: an arrest or a detention by a state's civil organs
        (police, courts, authorities) happens in that state, wherever else the story is told."""
        if not event.cameo.startswith(COERCE_ROOT):
            return None
        for actor in rules_arguments(event)[0]:
            if actor.sector in JURISDICTION_SECTORS and actor.country in self.kb.countries:
                if told is not None and told.country == actor.country:
                    return None
                rec = self._country_places.get(actor.country) or self._country_as_place(actor.country)
                return _unnamed(rec) if rec else None
        return None

    def _seats_of(self, event: Event, on: dt.date | None) -> tuple[Place | None, Place | None]:
        """The seat of the event's first actor that has one: as its own (an organisation's
        headquarters, an office's seat) or as a state organ (its government's seat)."""
        for actor in rules_arguments(event)[0]:
            if own := self.seats.listed(actor.kb_id, on) or self.seats.of_actor(actor.kb_id, "", "", on):
                return _unnamed(own), None
            if state := self.seats.of_actor(actor.kb_id, actor.country, actor.sector, on):
                return None, _unnamed(state)
        return None, None

    def _names_a_state(self, told: _Told, event: Event, scene: Place) -> bool:
        """Whether the event's sentence names a country (as a state or a place), or the event
        has a party of a country other than the scene's («وزارة الدفاع الروسية» in a story set
        in Aleppo): the act is then not told as part of that scene. A foreigner who only tells
        of the act or stands in another clause is no party to it."""
        within = range(event.sentence_start, event.sentence_end)
        if any(m.start in within and rec.precision == "country" for m, rec in told.named):
            return True
        actors, recipients = rules_arguments(event)
        # a common noun of the article's country (مدنيين، الجيش) names no state of its own
        countries = {a.country for a in actors + recipients if not a.country_of_article}
        return bool({c for c in countries if len(c or "") == 3} - {scene.country, "IGO", "NGO"})

    def _named_places(
        self, article: Article, on: dt.date | None = None, focus: PlaceRecord | None = None
    ) -> list[tuple[Mention, PlaceRecord]]:
        """Every name of the article that is a place, same-name places told apart by the
        unit named as containing them ("دوما في الضفة الغربية") and by the other places;
        with the seat of an organisation named after «مقر» and the focus country named as
        «البلاد» after a side word, in text order. A town's name that the article gives as
        someone's who speaks («وأكد الأحمدي») is that person's name wherever it stands."""
        speakers = _speaker_names(article)
        named = [
            (m, rec)
            for m in article.mentions
            if (rec := self.place_record(m.ref)) is not None
            and not (m.kind == "place" and rec.precision in TOWNS and normalize(m.text) in speakers)
        ]
        visits = [e.trigger_end for e in article.events if e.mode == "visit"]
        # one normalized view of the text for the two searches over all of it
        normalized = normalize_with_map(article.text)
        named += self._seats_named(article, on) + _country_words(article.text, focus, visits, normalized)
        named += self._capital_words(article, focus, normalized)
        named.sort(key=lambda pair: pair[0].start)
        countries = Counter(rec.country for _, rec in named)
        settled = [rec for m, rec in named if len(self._same_name(m)) <= 1 and rec.precision != "country"]
        out = []
        for i, (m, rec) in enumerate(named):
            same_name = self._same_name(m)
            if len(same_name) > 1:
                container = next(
                    (r for n, r in named[i + 1 :] if links_to(article.text, m.end, n.start)), None
                )
                rec = _choose_same_name(same_name, container, countries, settled)
            out.append((m, rec))
        return sorted(out + _anaphors(article, out, normalized), key=_start)

    def _capital_words(
        self, article: Article, focus: PlaceRecord | None, normalized: tuple[str, list[int]]
    ) -> list[tuple[Mention, PlaceRecord]]:
        """«في العاصمة البريطانية»: the capital of the state its adjective names; «وقع انفجار
        في العاصمة», the word alone after a locative word: the capital of the country the
        article is about. Before the capital's own name («العاصمة الإيرانية طهران») the name
        is the mention."""
        text, (norm, offsets) = article.text, normalized
        if CAPITAL_WORD not in norm:
            return []  # why: a plain substring test is far cheaper than the pattern's scan
        starts = {m.start for m in article.mentions}
        names = {m.start for m in article.mentions if m.ref_kind in ("place", "capital")}
        out = []
        for hit in _capital_pattern().finditer(norm):
            group = "w" if hit["w"] else "l"
            start = offsets[hit.start(group)]
            adjective = hit["adj"] and self._capital_adjectives().get(hit["adj"])
            end = offsets[hit.end("adj" if adjective else group) - 1] + 1
            if start in starts or _name_follows(end, names):
                continue
            iso3 = adjective or (focus.country if focus and _cued(text, start) else "")
            rec = self.place_record(f"capital:{iso3}") if iso3 else None
            if rec is not None:
                mention = Mention(
                    start, end, text[start:end], "place", "LOC", f"capital:{iso3}", rule="capital_word"
                )
                out.append((mention, rec))
        return out

    def _capital_adjectives(self) -> dict[str, str]:
        """The normalized feminine adjectives of the states (البريطانية), to their codes."""
        if self._adjectives is None:
            self._adjectives = {
                normalize(a): iso3 for iso3, c in self.kb.countries.items() for a in c.adjectives_feminine
            }
        return self._adjectives

    def _same_name(self, m: Mention) -> list[PlaceRecord]:
        return self._by_name.get(normalize(m.text), []) if m.kind == "place" else []

    def _seats_named(self, article: Article, on: dt.date | None) -> list[tuple[Mention, PlaceRecord]]:
        """«اجتماعها بمقر الجامعة العربية»: an organisation named after «مقر» stands for the
        place of its headquarters."""
        out = []
        for m in article.mentions:
            kind, _, key = m.ref.partition(":")
            # the table look-up first: few actors have a seat, and the text is read only for them
            if kind != "actor" or (rec := self.seats.listed(key, on)) is None:
                continue
            if _after_seat_word(article.text, m.start):
                out.append(
                    (Mention(m.start, m.end, m.text, "place", "LOC", f"place:{rec.id}", rule="seat"), rec)
                )
        return out

    def _focus_record(self, article: Article) -> PlaceRecord | None:
        """The article's focus country as a gazetteer record of country precision."""
        iso3 = article.focus
        return self._country_places.get(iso3) or self._country_as_place(iso3) if iso3 else None

    def _dateline(self, article: Article) -> Place | None:
        """The place of the article's dateline: a short first line that names one
        ("عين اليوم – الرياض", "بغداد 25 شوال 1436 هـ ... واس"), or a place opening the text
        before a dash, colon or bracket ("دمشق - سانا:", "صنعاء (رويترز)"), also after the
        agency's name ("واس - الرياض :") or a byline ("سعود الدعجاني- سبق- جدة:")."""
        if (byline := self._byline_place(article)) is not None:
            return byline
        line_end = article.text.find("\n")
        short_line = 0 < line_end <= DATELINE_LINE_CHARS
        opening = DATELINE_START
        for m in article.mentions:
            if m.start > max(opening, line_end if short_line else 0):
                break
            if m.kind == "source" and article.text[m.end : m.end + 4].strip(" ")[:1] in DATELINE_MARKS:
                opening = m.end + 4  # the agency opens the dateline; its place follows the mark
                continue
            rec = self.place_record(m.ref) if m.kind in ("place", "actor") else None
            if rec is None:
                continue
            after = article.text[m.end : m.end + 4].lstrip(" ")
            if (short_line and m.end <= line_end) or (after and after[0] in DATELINE_MARKS):
                return _place(m, rec)
        return None

    def _byline_place(self, article: Article) -> Place | None:
        """A place at the end of an opening byline: after a dash and before a colon, near the
        text's start («عيسى الحربي- سبق- الرياض:»)."""
        text = article.text
        for m in article.mentions:
            if m.end > DATELINE_LINE_CHARS:
                break
            rec = self.place_record(m.ref) if m.kind in ("place", "actor", "capital") else None
            dashed = text[max(0, m.start - 3) : m.start].strip()[-1:] in BYLINE_DASHES
            if rec is not None and dashed and text[m.end : m.end + 3].strip()[:1] == ":":
                return _place(m, rec)
        return None

    def _locate(
        self,
        article: Article,
        event: Event,
        named: list[tuple[Mention, PlaceRecord]],
        told: _Told,
        topics: str = "",
    ) -> Place | None:
        """The most specific place governing the event's clause: a name after a locative
        word or a relation cue (في، قرب، شمال ...، ريف) beats a bare name; a country or capital
        is a place only after such a word (else it acts as a state). A bare name in what was
        said is its topic, taken only in the country ``topics`` (the article's, when nothing
        else places the words: a local report)."""
        visit = event.mode == "visit"
        material = quad_class(event.cameo) in MATERIAL_QUADS
        verbal = quad_class(event.cameo) in VERBAL_QUADS
        targets = _targets(article, event, named, material, told)
        actors, recipients = rules_arguments(event)
        taken = {(a.start, a.end) for a in actors + ([] if visit else recipients)} - targets
        found: list[_Candidate] = []
        # names are in text order: start at the sentence's first, stop after its last
        first = bisect_left(named, event.sentence_start, key=_start)
        for i, (m, rec) in enumerate(named[first:], first):
            if m.start >= event.sentence_end:
                break
            if (m.start, m.end) in taken or _inside_any(m, taken):
                continue
            if m.end <= event.trigger_start and _origin(article.text, m.start, told.actor_ends):
                continue  # «تجمع مئات السائقين من حلب للمشاركة في الاحتجاج»: where they come from
            relation = relation_before(article.text, m.start)
            target = (m.start, m.end) in targets
            same_clause = _same_clause(article.text, m, event.trigger_start) or target
            locative = (
                target
                or relation.kind != "at"
                or _locative_before(article.text, m.start)
                or ((material or visit) and same_clause and _reached(article.text, m.start))
            )
            topic = topics == rec.country
            if verbal and _completes_noun(article.text, m.start, event):
                continue  # «بحثا الأزمة في اليمن»، «المبعوث الأممي في اليمن»: not where it was said
            if not locative and ((verbal and not topic) or m.kind != "place" or not _notable(rec)):
                # a country or capital acting as a state, or a common word, is not a place; nor
                # is a bare name in what was said or asked for («أشاد بتحرير عدن»): its topic
                continue
            found.append(_Candidate(i, rec, relation, (int(locative), int(same_clause)), _gap(m, event)))
        if not found:
            return None
        best = _governing(found, material)
        i, relation = best.index, best.relation
        while (
            i > 0
            and _trusted(named[i - 1][1])
            and links_to(article.text, named[i - 1][0].end, named[i][0].start)
        ):
            # "في سهل الغاب بريف حماة": the place inside the unit is the more specific one
            i -= 1
            relation = relation_before(article.text, named[i][0].start)
        m, rec = named[i]
        return self._at_side(_place(m, rec, relation, article.text), rec, relation)

    def _at_side(self, place: Place, rec: PlaceRecord, relation: Relation) -> Place:
        """A side of a country («شمال شرقي نيجيريا») at the towns toward that side."""
        if relation.kind != "part" or relation.bearing is None or rec.precision != "country":
            return place
        point = self._side_point(rec.country, relation.bearing, relation.sides)
        return replace(place, lat=round(point[0], 4), lon=round(point[1], 4)) if point else place

    def _side_point(self, country: str, bearing: int, sides: int) -> tuple[float, float] | None:
        """The population-weighted centre of the country's towns furthest toward a compass
        bearing that hold :data:`SIDE_SHARE` of its town population for each side joined
        (None: too few towns)."""
        key = (country, bearing, sides)
        if key not in self._sides:
            self._sides[key] = _side_centre(self._towns_of(country), bearing, SIDE_SHARE * sides)
        return self._sides[key]

    def _towns_of(self, country: str) -> list[PlaceRecord]:
        if self._towns is None:
            self._towns = defaultdict(list)
            for p in self.kb.places.values():
                if p.precision == "city" and p.population > 0:
                    self._towns[p.country].append(p)
        return self._towns.get(country, [])


@dataclass(frozen=True, slots=True)
class _Told:
    """What the article tells of places, whatever the event: its dateline, its focus
    country, its day and every place it names."""

    dateline: Place | None
    focus: Place | None
    on: dt.date | None
    named: list[tuple[Mention, PlaceRecord]]
    spots: frozenset[tuple[int, int]]  # spans of the names of places and capitals
    hosted: frozenset[tuple[int, int]]  # spans of names of a seat or told as hosting
    gathered: list[tuple[Mention, PlaceRecord]]  # places told as where officials met or arrived
    actor_ends: frozenset[int]  # where the names and nouns of actors end


@dataclass(frozen=True, slots=True)
class _Candidate:
    """A place named in the event's sentence that may be where it happened."""

    index: int  # into the article's named places
    record: PlaceRecord
    relation: Relation
    tier: tuple[int, int]  # (governed by a locative word or cue, in the trigger's clause)
    gap: int  # characters between the name and the trigger; negative before it


def _gap(m: Mention, event: Event) -> int:
    """How far a name stands from the trigger: after it (>= 0) or before it (< 0)."""
    if m.start >= event.trigger_end:
        return m.start - event.trigger_end
    return min(0, m.end - event.trigger_start) - 1


def _governing(found: list[_Candidate], material: bool) -> _Candidate:
    """The place that governs the event's clause, of the best-placed names (locative, same
    clause). Places of one country nest: the most specific wins («في سوريا ... في حلب»).
    For a material act, places of other countries compete: in the trigger's clause the one
    that follows it nearest, else the nearest, sets the country («تم إعدام سجناء في إيران»
    with «بروكسل» told in the clause before; «في سوريا ... مدينة عرسال اللبنانية» further on).
    Talks keep the most specific: a country after them is mostly their topic («لقاءاته في
    القاهرة لبحث التطورات في اليمن»)."""
    top = max(c.tier for c in found)
    tied = [c for c in found if c.tier == top]
    if material:
        after = [c for c in tied if c.gap >= 0] if top[1] else []  # outside the clause: the nearest
        anchor = min(after, key=lambda c: c.gap) if after else min(tied, key=lambda c: abs(c.gap))
        tied = [c for c in tied if c.record.country == anchor.record.country]
    return max(tied, key=lambda c: (_specificity(c.record), -abs(c.gap)))


def _specificity(rec: PlaceRecord) -> int:
    return _SPECIFICITY.get(rec.precision, 0) if _trusted(rec) else 0


def _targets(
    article: Article, event: Event, named: list[tuple[Mention, PlaceRecord]], material: bool, told: _Told
) -> set[tuple[int, int]]:
    """Spans of the names that are where the event is by what it does to them: a material
    act's target named as a place («استعادة صنعاء»), an organisation named for its
    headquarters («بمقر الجامعة»), a state or town told as hosting it («تستضيفها المغرب»),
    a place told as undergoing it («وقع اليمن تحت سيطرة المليشيات»), and a visit's
    destination, the first place after its trigger in its clause or in the
    relative clause that tells it («زار الوزير طهران»، «الزيارة التي تقوم بها إلى طهران»;
    not «بين برلين والرياض» further on). ``named`` has the spans of ``told.named`` (the
    scene may stand for a place noun, not move it), so the article's spans serve."""
    out = {(a.start, a.end) for a in event.recipient} & told.spots if material else set()
    out |= told.hosted
    if material and (under := _undergoer(article.text, event, named)) is not None:
        out.add(under)
    if material and (referent := _pronoun_referent(article.text, event, named)) is not None:
        out.add(referent)
    if event.mode == "visit":
        after = (m for m, _ in named if event.trigger_end <= m.start < event.sentence_end)
        first = next(after, None)
        told = first is not None and _describes(article.text, event.trigger_end, first.start)
        if told and not _unknown_place_between(article.text, event.trigger_end, first.start):
            out.add((first.start, first.end))
    return out


def _spots(named: list[tuple[Mention, PlaceRecord]]) -> frozenset[tuple[int, int]]:
    """Spans of the names that are places or capitals (not states acting)."""
    return frozenset((m.start, m.end) for m, _ in named if m.ref_kind in ("place", "capital"))


def _gathered(text: str, named: list[tuple[Mention, PlaceRecord]]) -> list[tuple[Mention, PlaceRecord]]:
    """The places below a country told as where a meeting was held or a visitor arrived: a
    name after في or إلى that follows a word for a meeting, a visit or an arrival in its
    clause («وخلال اجتماعهما في الدوحة»، «ووصل الوفد إلى بغداد»)."""
    if not written_anywhere(text, place_cues().gatherings):
        return []  # no word for a meeting in the article: no name follows one
    return [
        (m, rec)
        for m, rec in named
        if rec.precision not in STATE_SIZED
        and (_locative_before(text, m.start) or _reached(text, m.start))
        and _gathering_before(text, m.start)
    ]


def _gathering_before(text: str, start: int) -> bool:
    """Whether a word for a meeting, a visit or an arrival stands a few words before an
    offset, in its clause; the word bare or after و/ف, ب/ل/ك and the article (للقاء، ووصل)."""
    segment = text[max(0, start - WORDS_WINDOW) : start]
    segment = segment[last_clause_break(segment, CLAUSE_BREAKS) + 1 :]
    stems = tuple(place_cues().gatherings)
    return any(
        form.startswith(stems)
        for word in normalize(segment).split()[-GATHERING_WORDS:]
        for form in _forms(word)
    )


def _forms(word: str) -> tuple[str, ...]:
    """A word as written and without the clitics and article fused before it."""
    bare = without_conjunction(word)
    unjoined = bare[1:] if bare[:1] in PREPOSITIONS else bare
    return (word, bare, unjoined, without_article(unjoined), without_article(bare))


def _origin(text: str, start: int, actor_ends: frozenset[int]) -> bool:
    """Whether a name follows «من» right after people or a number of them: where they come
    from («مئات السائقين من حلب»، «و50 من حمص»), not where they act."""
    head = text[max(0, start - ORIGIN_WINDOW) : start]
    words = normalize(head).split()
    if len(words) < 2 or words[-1] != ORIGIN_FROM:
        return False
    before_from = head.rstrip()[: -len(words[-1])].rstrip()
    end = start - (len(head) - len(before_from))
    return end in actor_ends or before_from[-1:].isdigit()


def _unsure(location: Place | None, event: Event) -> bool:
    """Whether a meeting's place from its sentence leaves where it was held open: none, or
    a country, which after talks is mostly their topic («لمساعدة المتضررين في اليمن»); a
    visit's country is its destination."""
    return location is None or (location.precision == "country" and event.mode != "visit")


def _met_at(event: Event, told: _Told) -> Place | None:
    """The place nearest the event of those the story tells its officials met or arrived at,
    if one is near enough to be of the same story."""
    near = [
        (abs(m.start - event.trigger_start), m, rec)
        for m, rec in told.gathered
        if abs(m.start - event.trigger_start) <= GATHERING_WINDOW
    ]
    if not near:
        return None
    _, m, rec = min(near, key=lambda item: item[0])
    return _place(m, rec)


def _hosted(text: str, named: list[tuple[Mention, PlaceRecord]]) -> frozenset[tuple[int, int]]:
    """Spans of the names that stand for a seat or are told as hosting what happens: the
    same for every event of the article, so found once per article, not once per event."""
    hosting = written_anywhere(text, place_cues().hosts)  # no word for hosting: only seats
    return frozenset(
        (m.start, m.end) for m, _ in named if m.rule == "seat" or (hosting and hosts(text, m.start, m.end))
    )


def _place(m: Mention, rec: PlaceRecord, relation: Relation | None = None, text: str = "") -> Place:
    """The event's place from a name, moved and marked by its relation cue, if any."""
    if relation is None or relation.kind == "at":
        lat, lon, precision, start = rec.lat, rec.lon, rec.precision, m.start
    else:
        lat, lon, precision = placed(relation, rec.lat, rec.lon, rec.precision)
        start = relation.start
    surface = text[start : m.end] if text else m.text
    return Place(
        start, m.end, surface, rec.name, rec.country, round(lat, 4), round(lon, 4), rec.id, precision
    )


def _choose_same_name(
    places: list[PlaceRecord],
    container: PlaceRecord | None,
    countries: Counter[str],
    settled: list[PlaceRecord] = (),  # type: ignore[assignment]
) -> PlaceRecord:
    """Of places sharing a name, the one inside the unit named as containing it, else the one
    near the other places the article names (those with one reading), else the one in the
    country the article names most, else the most populous."""

    def inside(p: PlaceRecord) -> int:
        if container is None:
            return 0
        return 2 if container.id in (p.admin1, p.id) else int(container.country == p.country)

    def neighbours(p: PlaceRecord) -> int:
        return sum(1 for o in settled if o.id != p.id and _km(p, o) <= NEIGHBOUR_KM)

    return max(places, key=lambda p: (inside(p), neighbours(p), countries[p.country], p.population))


def _km(a: PlaceRecord, b: PlaceRecord) -> float:
    """Great-circle distance between two places."""
    la1, lo1, la2, lo2 = map(math.radians, (a.lat, a.lon, b.lat, b.lon))
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin((lo2 - lo1) / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, h)))


def _side_centre(towns: Sequence[PlaceRecord], bearing: int, share: float) -> tuple[float, float] | None:
    """The population-weighted centre of the towns furthest toward a bearing that together
    hold a share of the towns' population (of the last one, the people needed)."""
    if len(towns) < SIDE_MIN_TOWNS:
        return None
    rad = math.radians(bearing)
    # how far toward the bearing a town lies (degrees; longitude shrunk by the latitude)
    shrink = math.cos(math.radians(sum(t.lat for t in towns) / len(towns)))
    ahead = sorted(towns, key=lambda t: t.lat * math.cos(rad) + t.lon * shrink * math.sin(rad), reverse=True)
    share *= sum(t.population for t in towns)
    held, lat, lon = 0.0, 0.0, 0.0
    for town in ahead:
        # the town that completes the share counts only with the people it adds
        weight = min(town.population, share - held)
        held, lat, lon = held + weight, lat + town.lat * weight, lon + town.lon * weight
        if held >= share:
            break
    return lat / held, lon / held


def _same_clause(text: str, m: Mention, trigger: int) -> bool:
    """Whether no clause break (، ؛ : . or a line) and no word opening another clause
    (الذي، التي، حيث، فيما) stands between a name and a trigger; a name right before the
    relative word of the trigger's own clause is that clause's head («في تونس التي كان يزورها»)."""
    before = m.end <= trigger
    between = text[m.end : trigger] if before else text[trigger : m.start]
    if has_clause_break(between, CLAUSE_BREAKS):
        return False
    words = normalize(between).split()
    cues = place_cues()
    opening = [i for i, w in enumerate(words) if w in cues.clauses]
    return not opening or (before and opening == [0] and words[0] in cues.relatives)


def _undergoer(text: str, event: Event, named: list[tuple[Mention, PlaceRecord]]) -> tuple[int, int] | None:
    """The span of the last place named before a trigger opened by «تحت», at most two words
    before that word («اليمن وقع تحت سيطرة مليشيات»)."""
    before = [m for m, _ in named if event.sentence_start <= m.start and m.end <= event.trigger_start]
    if not before:
        return None
    m = before[-1]
    words = normalize(text[m.end : event.trigger_start]).split()
    undergoes = bool(words) and words[-1] in place_cues().undergoes and len(words) <= UNDERGOER_GAP + 1
    return (m.start, m.end) if undergoes and _describes(text, m.end, event.trigger_start) else None


def _unknown_place_between(text: str, start: int, end: int) -> bool:
    """Whether a place noun between two offsets heads a name the gazetteer does not know
    («زار بلدة كوجيلو وهي ...»: the visit's destination is that town, not a place after it)."""
    heads = place_cues().heads
    words = normalize(text[start:end]).split()[:-1]  # a head right before the place is its own
    return any(w in heads or without_article(w) in heads for w in words)


def _pronoun_referent(
    text: str, event: Event, named: list[tuple[Mention, PlaceRecord]]
) -> tuple[int, int] | None:
    """The span of the place a material act's object pronoun stands for: the last place
    named just before a trigger ending in «ها» («محافظة عدن بعد تحريرها»)."""
    if not normalize(event.trigger).endswith(OBJECT_PRONOUN):
        return None
    before = [m for m, _ in named if event.sentence_start <= m.start and m.end <= event.trigger_start]
    if not before:
        return None
    m = before[-1]
    near = len(normalize(text[m.end : event.trigger_start]).split()) <= PRONOUN_GAP
    return (m.start, m.end) if near and _describes(text, m.end, event.trigger_start) else None


def _after_time_word(text: str, event: Event) -> bool:
    """Whether a trigger follows a word placing it before or after another time (بعد، قبل)."""
    words = normalize(
        text[max(event.sentence_start, event.trigger_start - WORDS_WINDOW) : event.trigger_start]
    )
    return words.split()[-1:] in ([w] for w in place_cues().times)


def _describes(text: str, start: int, end: int) -> bool:
    """Whether the words between two offsets stay in one clause or go on into a relative
    clause about what comes before (no punctuation, no word opening another clause)."""
    between = text[start:end]
    if has_clause_break(between, CLAUSE_BREAKS):
        return False
    cues = place_cues()
    return not (cues.clauses - cues.relatives).intersection(normalize(between).split())


def _trusted(rec: PlaceRecord) -> bool:
    """A place curated by hand (``hd:`` ids), an administrative unit, or a town of some size:
    GeoNames also lists hamlets whose names are common words (السجن، الدور)."""
    return rec.id.startswith("hd:") or rec.precision != "city" or rec.population >= TRUSTED_POPULATION


def _notable(rec: PlaceRecord) -> bool:
    """A place that a bare name, with no locative word before it, is taken to be."""
    # an unknown population (0) is no evidence of a hamlet; a small known one is
    big = rec.population == 0 or rec.population >= NOTABLE_POPULATION
    return rec.precision not in STATE_SIZED and (rec.id.startswith("hd:") or big)


def _inside_any(m: Mention, spans: set[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


# Why: every event of a sentence asks the same questions of the words before each of its
# names; the answers depend on the text and the offset alone (the text is hashed once).
_POSITIONS = 4096


@lru_cache(maxsize=_POSITIONS)
def _words_before(text: str, start: int) -> tuple[str, ...]:
    """The normalized words just before an offset, quotation marks and brackets left out
    («في "إسرائيل"»)."""
    words = normalize_slice(text, max(0, start - WORDS_WINDOW), start).split()
    return tuple(w for w in words if any(c.isalnum() for c in w))


@lru_cache(maxsize=_POSITIONS)
def _locative_before(text: str, start: int) -> bool:
    """Whether a name is governed by a locative word, a place noun (مدينة، مطار، سوق) or a
    fused ب/في just before it: «في تحرير عدن» is in the act of freeing Aden, not in Aden."""
    before = _words_before(text, start)
    if start > 0 and text[start - 1] not in ' \n\t"«(':
        return text[start - 1] in "ب"  # بنيويورك، بحلب
    if before and _is_nisba(before[-1]):
        before = before[:-1]  # «في العاصمة الروسية موسكو»: the adjective stands between
    if not before:
        return False
    last = before[-1]
    heads = place_cues().heads
    return is_particle("locative", last) or last in heads or without_article(last) in heads


@lru_cache(maxsize=_POSITIONS)
def _reached(text: str, start: int) -> bool:
    """Whether a name is the place a material act reaches: after على or إلى, also over a word
    for all or part of it («سيطروا على كامل محافظة لحج»، «وصلت إلى مطار عدن»)."""
    before = _words_before(text, start)
    cues = place_cues()
    if before and before[-1] in cues.parts:
        before = before[:-1]
    return any(" ".join(before[-n:]).removeprefix("و") in cues.targets for n in (1, 2) if len(before) >= n)


def _completes_noun(text: str, start: int, event: Event) -> bool:
    """Whether a name after «في» completes a noun of its own clause instead of placing the
    event: a title that names where its holder serves («سفير السعودية في لبنان») or a matter
    talked of, right before it («الأوضاع في سوريا»، «الأزمة الإنسانية في اليمن»)."""
    low = max(event.sentence_start, start - COMPLEMENT_WINDOW)
    segment = text[low:start]
    segment = segment[last_clause_break(segment, CLAUSE_BREAKS) + 1 :]
    words = normalize(segment).split()
    if len(words) < 2 or words[-1] != LOCATIVE_IN:
        return False
    before = words[:-1]
    cues = place_cues()
    noun = before[-2] if _is_nisba(before[-1]) and len(before) > 1 else before[-1]
    trigger = normalize(event.trigger).split()
    if _definite(noun) in cues.topics and noun not in trigger:
        return True
    return any(_bare(word) in cues.titles for word in before[-TITLE_WORDS:])


def _definite(word: str) -> str:
    """A definite noun without the clitics fused to its article: للأزمة، وبالأوضاع → الأزمة."""
    word = without_conjunction(word)
    if word.startswith("لل"):
        return ARTICLE + word[2:]
    return word.removeprefix("ب").removeprefix("ك") if word[1:3] == ARTICLE else word


def _bare(word: str) -> str:
    """A noun without its clitics and article: وللمبعوث، والسفير، بمندوب → مبعوث، سفير، مندوب."""
    word = _definite(word)
    return without_article(word) if word.startswith(ARTICLE) else word.removeprefix("ل").removeprefix("ب")


def _is_nisba(word: str) -> bool:
    """A definite relative adjective (الروسية، السوري), which may follow a place noun."""
    return word.startswith(ARTICLE) and word.endswith(nisba_endings()) and len(word) > 4


def _speaker_names(article: Article) -> frozenset[str]:
    """The names the article's quotes are attributed to, normalized."""
    return frozenset(normalize(q.speaker.text) for q in article.quotes if q.speaker is not None)


def _unnamed(rec: PlaceRecord) -> Place:
    """A place the text does not name (a seat): no span of its own."""
    return Place(
        -1, -1, "", rec.name, rec.country, round(rec.lat, 4), round(rec.lon, 4), rec.id, rec.precision
    )


def _published_day(article: Article) -> dt.date | None:
    try:
        return dt.date.fromisoformat((article.published or "")[:10])
    except ValueError:
        return None


def _after_seat_word(text: str, start: int) -> bool:
    """Whether «مقر» (also fused: بمقر، في مقر) stands just before a name."""
    words = normalize(text[max(0, start - SEAT_WINDOW) : start]).split()
    if not words:
        return False
    seats = place_cues().seats
    last = words[-1]
    return any(last in (w, f"ب{w}", f"و{w}", f"وب{w}", f"ل{w}") or " ".join(words[-2:]) == w for w in seats)


def _start(pair: tuple[Mention, PlaceRecord]) -> int:
    return pair[0].start


def _anaphors(
    article: Article,
    named: list[tuple[Mention, PlaceRecord]],
    normalized: tuple[str, list[int]] | None = None,
) -> list[tuple[Mention, PlaceRecord]]:
    """«تقدمت القوات نحو المدينة»: a place noun alone, after a locative or relation word,
    stands for the last place named before it in its sentence, else the last of the noun's
    rank (a city for المدينة) named before. Named in an earlier sentence, it gives way to the story's current place of that rank as each
    event is placed (rule ``anaphor``); named in the same sentence, it stays (``anaphor_here``:
    «منطقة الزبداني تتعرض لهجمة ... على البلدة»)."""
    text, taken = article.text, {m.start for m in article.mentions}
    norm, offsets = normalized or normalize_with_map(text)
    out = []
    for word, rank in place_cues().anaphors.items():
        if word[1:] not in norm:
            continue  # why: a plain substring test is far cheaper than the pattern's scan
        # bare, after و/ف and ب/ك, or after ل, which drops the article's alef (للمدينة)
        pattern = rf"(?<!\w)(?:[وف]?[بك]?(?P<w>{re.escape(word)})|[وف]?ل(?P<l>{re.escape(word[1:])}))(?!\w)"
        for hit in re.finditer(pattern, norm):
            group = "w" if hit["w"] else "l"
            start, end = offsets[hit.start(group)], offsets[hit.end(group) - 1] + 1
            if start in taken or not _cued(text, start):
                continue
            sentence = next((s.start for s in article.sentences if s.start <= start < s.end), 0)
            here = [(m, rec) for m, rec in named if sentence <= m.start and m.end <= start]
            # in its own sentence, the last place below a country («في محافظة تعز ... في المدينة»)
            antecedent = _last_of_rank(here, start, None) or _last_of_rank(named, start, rank)
            if antecedent is None:
                continue
            rule = "anaphor_here" if antecedent[0].start >= sentence else "anaphor"
            ref = f"place:{antecedent[1].id}"
            out.append((Mention(start, end, text[start:end], "place", "LOC", ref, rule=rule), antecedent[1]))
    return out


@cache
def _capital_pattern() -> re.Pattern[str]:
    """«العاصمة» bare or after و/ف and ب/ك or ل (للعاصمة), and the word after it, normalized."""
    word = re.escape(CAPITAL_WORD)
    return re.compile(
        rf"(?<!\w)(?:[وف]?[بك]?(?P<w>{word})|[وف]?ل(?P<l>{word[1:]}))(?!\w)(?:\s+(?P<adj>\w+))?"
    )


def _name_follows(end: int, starts: set[int]) -> bool:
    """Whether a place's name begins right after an offset (the capital's own name)."""
    return any(end < s <= end + NAME_GAP for s in starts)


def _cued(text: str, start: int) -> bool:
    """Whether a place word is governed by a locative, relation or target word."""
    return relation_before(text, start).kind != "at" or _locative_before(text, start) or _reached(text, start)


def _last_of_rank(
    named: list[tuple[Mention, PlaceRecord]], before: int, rank: int | None
) -> tuple[Mention, PlaceRecord] | None:
    """The last place of a rank (``None``: of any below a country's) named before an offset."""
    country = _SPECIFICITY["country"]
    earlier = [
        (m, rec)
        for m, rec in named
        if m.end <= before and (_rank(rec) == rank if rank is not None else _rank(rec) > country)
    ]
    return earlier[-1] if earlier else None


def _anaphor_rank(m: Mention) -> int | None:
    """The rank of the place an anaphoric place noun stands for (للمدينة spans لمدينة)."""
    if m.rule != "anaphor":
        return None
    word, anaphors = normalize(m.text), place_cues().anaphors
    return anaphors.get(word, anaphors.get(f"ا{word}"))


def _at_scene(
    named: list[tuple[Mention, PlaceRecord]], scenes: dict[int, PlaceRecord]
) -> list[tuple[Mention, PlaceRecord]]:
    """The named places with each place noun alone read as the last place of its rank the
    story was told at (``scenes``, by rank): «المقاومة في المحافظة» after events told in
    محافظة البيضاء, though محافظة صعدة was named since as a target and صنعاء told since."""
    if not scenes or not any(m.rule == "anaphor" for m, _ in named):
        return named  # why: no place noun to read, no copy of the list per event
    return [(m, _scene_of(scenes, m) or rec) for m, rec in named]


def _scene_of(scenes: dict[int, PlaceRecord], m: Mention) -> PlaceRecord | None:
    """The story's place an anaphoric place noun stands for, if it is one and there is one."""
    rank = _anaphor_rank(m)
    return scenes.get(rank) if rank is not None else None


def _rank(rec: PlaceRecord) -> int:
    """The rank a place noun alone refers back to: a district is told as its town
    («منطقة الزبداني» ... «البلدة»)."""
    return _SPECIFICITY["city"] if rec.precision == "admin2" else _specificity(rec)


def _country_words(
    text: str,
    focus: PlaceRecord | None,
    visits: Sequence[int] = (),
    normalized: tuple[str, list[int]] | None = None,
) -> list[tuple[Mention, PlaceRecord]]:
    """«جنوب البلاد»، «شرق المملكة»: the country the article is about, named by a common word
    after a side word (a part of it), or in the clause of a visit («سيزور الوزير المملكة»;
    ``visits``: where visit triggers end). Alone such a word is no name: it may be another
    state."""
    if focus is None:
        return []
    cues = place_cues()
    norm, offsets = normalized or normalize_with_map(text)
    out = []
    for word in cues.country_words:
        if word not in norm:
            continue  # why: a plain substring test is far cheaper than the pattern's scan
        for hit in re.finditer(rf"(?<!\w){re.escape(word)}(?!\w)", norm):
            start, end = offsets[hit.start()], offsets[hit.end() - 1] + 1
            visited = any(end <= start and _describes(text, end, start) for end in visits)
            if visited or relation_before(text, start).kind == "part":
                mention = Mention(start, end, text[start:end], "place", "LOC", f"country:{focus.country}")
                out.append((mention, focus))
    return out
