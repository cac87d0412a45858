"""Build the alias index of every name in the knowledge base.

Actors, countries (and their capitals, used as metonyms: واشنطن = the US government),
offices combined with country adjectives and construct forms (وزير الخارجية الأمريكي،
وزير خارجية روسيا), gazetteer places, and the common nouns of unnamed actors
(``data/lexicon/ar/actor_nouns.tsv``) all go into one :class:`AliasIndex`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from hadath.kb import KnowledgeBase
from hadath.kb.index import AliasIndex, Candidate, alias_key
from hadath.kb.lexicon import SIDES_MARK, data_lines, data_rows
from hadath.kb.query import office_seats
from hadath.text.clitics import ARTICLE, without_article

GENERIC_ACTORS_FILE = "lexicon/ar/actor_nouns.tsv"
SECTOR_HEADS_FILE = "lexicon/ar/sector_heads.tsv"
SUBJECT_NOUNS_FILE = "lexicon/ar/subject_nouns.tsv"
NOT_PLACES_FILE = "lexicon/ar/not_places.txt"


@dataclass(frozen=True, slots=True)
class GenericActor:
    """An unnamed actor group named by a common noun (مدنيين، قوات الأمن)."""

    name: str
    entity: str
    sector: str
    country: str  # "", an ISO3 code, or "context"
    # the singular of a noun of people with plurals (مدني، صحفي): one person may be meant, not a
    # body (السلطات، الشرطة) nor a plural
    one_person: bool = False
    # a dual that stands for the two parties named before it (الطرفان: ``sides``)
    sides: bool = False

    @property
    def of_article_country(self) -> bool:
        """Whether the noun takes the country the article is about (``context``: القوات الحكومية)."""
        return self.country == "context"


@cache
def generic_actors() -> tuple[GenericActor, ...]:
    """The shipped common-noun actors, one record per written form."""
    out: list[GenericActor] = []
    for name, plurals, entity, sector, country, sides in data_rows(GENERIC_ACTORS_FILE, 6):
        forms = [name, *filter(None, plurals.split("|"))]
        for form in forms:
            one_person = form == name and len(forms) > 1
            out.append(GenericActor(form, entity, sector, country, one_person, sides == SIDES_MARK))
    return tuple(out)


def generic_of(ref: str) -> tuple[GenericActor, str]:
    """The common-noun actor a ``generic`` reference names, and the country a plural demonym
    after it named, "" for none: the reference is "row", or "row:ISO3" (الجنود السعوديون)."""
    row, _, iso3 = ref.partition(":")
    return generic_actors()[int(row)], iso3


@dataclass(frozen=True, slots=True)
class GroupNoun:
    """A common noun of a body or a group of people, a row ``word gender sector english`` of
    sector_heads.tsv (with a country's adjective it names a part of that state or people:
    القوات السعودية) or of subject_nouns.tsv (it names an actor only as a verb's subject)."""

    # as written: a subject noun without the article, a sector head with it or not (القوات،
    # قوات), in one word or more (الأجهزة الأمنية)
    word: str
    gender: str  # what a verb or an adjective agrees in: "m", "f", or "" (either: a broken plural)
    sector: str
    english: str  # what it is called after a country's English name, or alone
    # a dual subject noun that stands for the two parties named before it (الرئيسان: ``sides``)
    sides: bool = False

    @property
    def feminine(self) -> bool:
        """Whether its adjective or verb is feminine (القوات السعودية، السلطات)."""
        return self.gender == "f"


def _group_nouns(path: str) -> tuple[GroupNoun, ...]:
    """The rows of a table of group nouns (lexicon.py checks the gender column of each, and
    the ``sides`` column subject_nouns.tsv alone has)."""
    return tuple(
        GroupNoun(word, gender, sector, english, sides == SIDES_MARK)
        for word, gender, sector, english, sides in data_rows(path, 5)
    )


@cache
def sector_heads() -> tuple[GroupNoun, ...]:
    """The shipped sector heads (القوات، الحكومة، الشعب ...), each "m" or "f"."""
    return _group_nouns(SECTOR_HEADS_FILE)


@cache
def subject_nouns() -> tuple[GroupNoun, ...]:
    """The shipped nouns of bodies and groups no list names (النواب، الأطراف، الرئيسان)."""
    return _group_nouns(SUBJECT_NOUNS_FILE)


@cache
def sides_entities() -> frozenset[str]:
    """The entities of the duals that stand for the two parties named before them (الطرفان،
    الرئيسان), common-noun actors or subject nouns marked ``sides``: an argument is known by its
    entity alone."""
    return frozenset(
        [*(g.entity for g in generic_actors() if g.sides), *(n.english for n in subject_nouns() if n.sides)]
    )


@cache
def not_places() -> frozenset[tuple[str, ...]]:
    """Common words that are never read as a place on their own (بيان، وقف، صور)."""
    return frozenset(alias_key(line) for line in data_lines(NOT_PLACES_FILE))


def build_alias_index(kb: KnowledgeBase) -> AliasIndex:
    """One index over every kind of name the knowledge base holds (from the disk cache when
    built before from the same data, lexicon files and code; see ``kb/cache.py``)."""
    from hadath.kb.cache import cache_key, cached, files_digest
    from hadath.kb.load import DATA_DIR

    if not kb.data_hash:  # a knowledge base made in memory: nothing to key a cache entry on
        return _build_alias_index(kb)
    lexicon = files_digest(DATA_DIR / f for f in (GENERIC_ACTORS_FILE, SECTOR_HEADS_FILE, NOT_PLACES_FILE))
    return cached("aliases", cache_key("aliases", kb.data_hash, lexicon), lambda: _build_alias_index(kb))


def _build_alias_index(kb: KnowledgeBase) -> AliasIndex:
    index = AliasIndex()
    for actor in kb.actors.values():
        index.add_all(actor.names, Candidate("actor", actor.id, actor.type))
    for iso3, country in kb.countries.items():
        index.add_all(country.names, Candidate("country", iso3, "GPE"))
        index.add_all(country.capital_names, Candidate("capital", iso3, "GPE"))
    for office in kb.offices.values():
        for seat, phrases in office_seats(kb, office):
            index.add_all(phrases, Candidate("office", f"{office.id}:{seat}", "PER"))
    stop = not_places()
    for place in kb.places.values():
        label = "GPE" if place.precision in ("country", "admin1", "admin2", "city") else "LOC"
        names = [n for n in place.names if alias_key(n) not in stop]
        index.add_all(names, Candidate("place", place.id, label))
    for i, generic in enumerate(generic_actors()):
        cand = Candidate("generic", str(i), "")
        index.add(generic.name, cand)
        if not generic.name.startswith(ARTICLE) and " " not in generic.name:
            index.add(ARTICLE + generic.name, cand)  # common nouns come definite: المتظاهرون
    for i, head in enumerate(sector_heads()):
        for iso3, country in kb.countries.items():
            if not country.bare_adjective:
                continue  # السلطات المالية are "the financial authorities", not Mali's
            adjectives = country.adjectives_feminine if head.feminine else country.adjectives
            if not head.word.startswith(ARTICLE):  # indefinite head, indefinite adjective: قوات سعودية
                adjectives = [without_article(a) for a in adjectives if a.startswith(ARTICLE)]
            index.add_all(
                (f"{head.word} {adj}" for adj in adjectives), Candidate("group", f"{i}:{iso3}", "ORG")
            )
    return index
