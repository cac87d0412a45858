"""Give each event the place where it happened, from the names in its sentence.

The location is the most specific place named in the event's sentence that is not one
of the event's own actors or recipients, preferring names governed by a locative word
(في، قرب، شمال ...) and names closest to the trigger. Countries and capitals resolve
to their gazetteer records.
"""

from __future__ import annotations

from hadath.events.ontology import quad_class
from hadath.events.particles import is_particle
from hadath.kb import KnowledgeBase
from hadath.kb.schema import PlaceRecord
from hadath.mentions.entities import focus_country
from hadath.model import Article, Event, Mention, Place
from hadath.pipeline import Stage

DATELINE_START = 3  # a dateline opens the text
DATELINE_LINE_CHARS = 80  # or is a first line this short
DATELINE_MARKS = "-–—:(،,"
VERBAL_QUADS = (1, 3)
MATERIAL_QUADS = (2, 4)
_SPECIFICITY = {"sub-city": 5, "city": 4, "admin2": 3, "region": 3, "admin1": 2, "country": 1}


class EventPlacer(Stage):
    """Fills ``Event.location``."""

    name = "places"
    requires = ("events", "mentions")
    assigns = ("events",)

    def __init__(self, kb: KnowledgeBase) -> None:
        super().__init__()
        self.kb = kb
        self._country_places: dict[str, PlaceRecord] = {
            p.country: p for p in kb.places.values() if p.precision == "country"
        }

    def place_record(self, ref: str) -> PlaceRecord | None:
        """The gazetteer record a mention's ``kind:id`` ref points to, if it is a place."""
        kind, _, key = ref.partition(":")
        if kind == "place":
            return self.kb.places.get(key)
        if kind == "country":
            return self._country_places.get(key) or self._country_as_place(key)
        if kind == "capital" and key in self.kb.countries:
            return self.kb.places.get(self.kb.countries[key].capital)
        return None

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
        dateline = self._dateline(article)
        focus = self._focus_place(article)
        for event in article.events:
            candidates = [m for m in article.mentions if event.sentence_start <= m.start < event.sentence_end]
            event.location = self._locate(article, event, candidates)
            if event.location is None and dateline is not None and quad_class(event.cameo) in VERBAL_QUADS:
                # statements, meetings and accusations happen where the report was filed
                event.location = dateline
                self.stats.update("located_dateline")
            elif event.location is None and focus is not None and quad_class(event.cameo) in MATERIAL_QUADS:
                # the country the article is about, at country precision: never a guessed city
                event.location = focus
                self.stats.update("located_focus")
            if event.location:
                self.stats.update("located")
        return article

    def _focus_place(self, article: Article) -> Place | None:
        """The article's focus country as a place of country precision, with no span of its own."""
        iso3 = focus_country(article, self.kb)
        rec = self._country_places.get(iso3) or self._country_as_place(iso3) if iso3 else None
        if rec is None:
            return None
        return Place(
            -1, -1, "", rec.name, rec.country, round(rec.lat, 4), round(rec.lon, 4), rec.id, "country"
        )

    def _dateline(self, article: Article) -> Place | None:
        """The place of the article's dateline: a short first line that names one
        ("عين اليوم – الرياض", "بغداد 25 شوال 1436 هـ ... واس"), or a place opening the text
        before a dash, colon or bracket ("دمشق - سانا:", "صنعاء (رويترز)")."""
        line_end = article.text.find("\n")
        short_line = 0 < line_end <= DATELINE_LINE_CHARS
        for m in article.mentions:
            if m.start > max(DATELINE_START, line_end if short_line else 0):
                break
            rec = self.place_record(m.ref) if m.kind in ("place", "actor") else None
            if rec is None:
                continue
            after = article.text[m.end : m.end + 4].lstrip(" ")
            if (short_line and m.end <= line_end) or (after and after[0] in DATELINE_MARKS):
                return _place(m, rec)
        return None

    def _locate(self, article: Article, event: Event, mentions: list[Mention]) -> Place | None:
        taken = {(a.start, a.end) for a in event.actor + event.recipient}
        best: tuple[tuple[int, int, int], Mention, PlaceRecord] | None = None
        for m in mentions:
            rec = self.place_record(m.ref)
            if rec is None or (m.start, m.end) in taken or _inside_any(m, taken):
                continue
            locative = _locative_before(article.text, m.start)
            if m.kind != "place" and not locative:
                continue  # a country or capital acting as a state is not a place
            key = (int(locative), _SPECIFICITY.get(rec.precision, 0), -abs(m.start - event.trigger_start))
            if best is None or key > best[0]:
                best = (key, m, rec)
        if best is None:
            return None
        _, m, rec = best
        return _place(m, rec)


def _place(m: Mention, rec: PlaceRecord) -> Place:
    return Place(
        m.start,
        m.end,
        m.text,
        rec.name,
        rec.country,
        round(rec.lat, 4),
        round(rec.lon, 4),
        rec.id,
        rec.precision,
    )


def _inside_any(m: Mention, spans: set[tuple[int, int]]) -> bool:
    return any(s <= m.start and m.end <= e for s, e in spans)


def _locative_before(text: str, start: int) -> bool:
    """Whether a name is governed by a locative word or a fused ب/في just before it."""
    before = text[max(0, start - 30) : start].split()
    if start > 0 and text[start - 1] not in ' \n\t"«(':
        return text[start - 1] in "ب"  # بنيويورك، بحلب
    return any(is_particle("locative", w) for w in before[-2:])
