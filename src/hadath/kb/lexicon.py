"""Read the shipped word lists and small tables under ``hadath/data``.

Every lexicon file has the same shape: ``#`` comment lines, blank lines, and entries one a
line (tab-separated columns for tables). Loaders of each kind of knowledge call these two
functions, so the file format is read in one place.
"""

from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

from hadath.kb.schema import ARABIC_LETTER, OTHER_SENSE_KINDS


def data_lines(relpath: str) -> list[str]:
    """The entries of a shipped word list: stripped lines, comments and blanks left out."""
    text = resources.files("hadath.data").joinpath(relpath).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


def data_rows(relpath: str, columns: int) -> list[list[str]]:
    """The rows of a shipped tab-separated table, each padded or cut to ``columns`` fields."""
    rows = []
    for line in data_lines(relpath):
        fields = [f.strip() for f in line.split("\t")]
        rows.append((fields + [""] * columns)[:columns])
    return rows


@dataclass(frozen=True, slots=True)
class TableSchema:
    """The columns of a lexicon table: how many, the allowed first-column kinds, and which
    columns must hold Arabic, a PLOVER sector, an integer or one of a few values."""

    columns: int
    kinds: frozenset[str] = frozenset()
    arabic: tuple[int, ...] = ()
    sector: tuple[int, ...] = ()
    integer: tuple[int, ...] = ()
    choices: tuple[tuple[int, frozenset[str]], ...] = ()
    # (column, kinds whose rows fill it, kinds whose rows may): a column only some kinds use
    kind_columns: tuple[tuple[int, frozenset[str], frozenset[str]], ...] = ()


# Word lists that give a trigger another sense, by kind: an entry's excluded_with_kind names one.
OTHER_SENSES_FILE = "lexicon/ar/other_senses.tsv"

# The kinds of word in lexicon/ar/calendar.tsv (read by hadath.mentions.dates).
CALENDAR_KINDS: tuple[str, ...] = (
    "month", "weekday", "relative", "eve_after", "ordinal", "hijri_month", "shift", "day_unit",
    "daypart", "period",
)  # fmt: skip

# The kinds of word in lexicon/ar/numbers.tsv (read by hadath.text.numbers).
NUMBER_KINDS: tuple[str, ...] = ("number", "multiplier")

# The kinds of word in lexicon/ar/place_cues.tsv (read by hadath.resolve.relations).
PLACE_CUE_KINDS = frozenset(
    {"direction", "near", "unit", "distance", "head", "link", "part", "seat", "country_word", "clause",
     "host", "target", "anaphor", "idiom", "time", "title", "topic", "gathering"}
)  # fmt: skip

# The kinds of lexicon/ar/name_heads.tsv (read by hadath.mentions.names): those whose words
# are read as a plain set, and those each read into a table of their own.
NAME_WORD_KINDS = frozenset(
    {
        "link",
        "not_name",
        "epithet",
        "facility",
        "given",
        "foreign_given",
        "descriptor",
        "unnamed",
        "description",
        "back_office",
    }
)
NAME_HEAD_KINDS = NAME_WORD_KINDS | {"title", "org", "office", "chain", "honorific"}

# The kinds of lexicon/ar/group_words.tsv (read by hadath.mentions.groups) whose words are read
# as a plain set, in the order of GroupWords' fields; the file's other kind, demonym, maps each
# word to a country and is read on its own (not in this tuple).
GROUP_WORD_KINDS = ("member", "part", "voice", "link", "adjective")

# lexicon/ar/counted_plurals.tsv (read by hadath.mentions.groups): the plural an unknown counted
# sound plural of people is read as, and the sound plurals after a number that are no people
COUNTED_PLURALS_FILE = "lexicon/ar/counted_plurals.tsv"
COUNTED_PLURAL_KINDS = ("default", "none")

# The kinds of lexicon/ar/quote_kinds.tsv (read by hadath.truce.violations), in the order a
# quote's cue is tried
QUOTE_KINDS = ("denial", "accusation")

# The kinds of lexicon/ar/particles.tsv whose rows are verb lemmas with their present (read
# by hadath.events.particles, which makes their forms).
PARTICLE_VERB_KINDS = frozenset(
    {"doer", "perpetrate", "ascribe", "enabler", "result", "undertake", "endeavour", "purpose", "gather"}
)

# The last column of a dual in actor_nouns.tsv or subject_nouns.tsv that stands for the two
# parties named before it (الطرفان، البلدان; read by hadath.kb.names.sides_entities).
SIDES_MARK = "sides"

LEXICON_TABLES: dict[str, TableSchema] = {
    "lexicon/ar/actor_nouns.tsv": TableSchema(
        6, arabic=(0,), sector=(3,), choices=((5, frozenset({"", SIDES_MARK})),)
    ),
    "lexicon/ar/sector_heads.tsv": TableSchema(4, arabic=(0,), sector=(2,), choices=((1, frozenset("mf")),)),
    "lexicon/ar/subject_nouns.tsv": TableSchema(
        5,
        arabic=(0,),
        sector=(2,),
        choices=((1, frozenset({"", "m", "f"})), (4, frozenset({"", SIDES_MARK}))),
    ),
    "lexicon/ar/name_heads.tsv": TableSchema(3, NAME_HEAD_KINDS, arabic=(1,), sector=(2,)),
    "lexicon/ar/particles.tsv": TableSchema(
        5,
        frozenset(
            {
                "negation",
                "future",
                "conditional",
                "unless",
                "claim",
                "locative",
                "recipient",
                "agent",
                "attribution",
                "complementizer",
                "nominal",
                "cause",
                "sequence",
                "receive",
                "undergo",
                "obtain",
                "temporal",
                "adjunct",
                "halt",
                "without",
                "eve",
                "denial",
                "from",
                "quantity",
                "relative",
                "manner",
                "between",
                "side",
                "site",
                "hold",
                "held",
                "holding",
                "ranks",
                "contrast",
                "aiming",
                "kin",
                "doer",
                "perpetrate",
                "gather",
                "ascribe",
                "ascribed",
                "enabler",
                "undertake",
                "endeavour",
                "purpose",
                "intent",
                "passive",
                "affiliation",
                "backing",
                "negating",
                "result",
                "ability",
            }
        ),
        arabic=(1,),
        choices=((4, frozenset({"", "m", "f"})),),  # a singular relative pronoun's gender
        kind_columns=(
            (2, PARTICLE_VERB_KINDS, frozenset()),
            (3, frozenset(), PARTICLE_VERB_KINDS),
            (4, frozenset(), frozenset({"relative"})),
        ),
    ),
    "lexicon/ar/prepositions.tsv": TableSchema(
        2,
        frozenset(
            {
                "result",
                "member",
                "endeavour",
                "purpose",
                "destination",
                "ascription",
                "voice",
                "setting",
                "service",
                "struck",
                "reached",
                "partitive",
                "ranks",
            }
        ),
        arabic=(1,),
    ),
    "lexicon/ar/calendar.tsv": TableSchema(
        3,
        frozenset(CALENDAR_KINDS),
        arabic=(1,),
        integer=(2,),
    ),
    "lexicon/ar/group_words.tsv": TableSchema(3, frozenset({"demonym", *GROUP_WORD_KINDS}), arabic=(1,)),
    "lexicon/ar/place_cues.tsv": TableSchema(
        3,
        PLACE_CUE_KINDS,
        arabic=(1,),
        integer=(2,),
    ),
    "lexicon/ar/date_cues.tsv": TableSchema(
        3,
        frozenset(
            {
                "name_head",
                "range_open",
                "range_join",
                "number",
                "month_part",
                "other_day",
                "night",
                "weekday_link",
                "night_part",
                "day_noun",
            }
        ),
        arabic=(1,),
        integer=(2,),
    ),
    "lexicon/ar/numbers.tsv": TableSchema(3, frozenset(NUMBER_KINDS), arabic=(1,), integer=(2,)),
    OTHER_SENSES_FILE: TableSchema(2, frozenset(OTHER_SENSE_KINDS), arabic=(1,)),
    "lexicon/ar/quote_acts.tsv": TableSchema(
        3, frozenset({"ACCUSE", "THREATEN", "REJECT", "REQUEST"}), arabic=(2,), integer=(1,)
    ),
    "lexicon/ar/quote_kinds.tsv": TableSchema(2, frozenset(QUOTE_KINDS), arabic=(1,)),
    "lexicon/ar/not_places.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/place_guard_cues.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/function_words.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/speaker_nouns.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/nisba_endings.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/other_adjectives.txt": TableSchema(1, arabic=(0,)),
    "lexicon/ar/honorific_titles.tsv": TableSchema(2, arabic=(0, 1)),
    "lexicon/ar/masculine_heads.txt": TableSchema(1, arabic=(0,)),
    COUNTED_PLURALS_FILE: TableSchema(2, frozenset(COUNTED_PLURAL_KINDS), arabic=(1,)),
}


def table_problems(relpath: str, schema: TableSchema, sectors: frozenset[str]) -> list[tuple[int, str]]:
    """``(line, message)`` for every row of a shipped lexicon table that breaks its schema."""
    text = resources.files("hadath.data").joinpath(relpath).read_text(encoding="utf-8")
    problems: list[tuple[int, str]] = []
    for number, line in enumerate(text.splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = ([f.strip() for f in line.split("\t")] + [""] * schema.columns)[: schema.columns]
        if line.count("\t") >= schema.columns:
            problems.append((number, f"more than {schema.columns} columns"))
        if schema.kinds and fields[0] not in schema.kinds:
            problems.append((number, f"unknown kind {fields[0]!r}"))
        problems += [
            (number, f"no Arabic letter in {fields[i]!r}")
            for i in schema.arabic
            if not ARABIC_LETTER.search(fields[i])
        ]
        problems += [
            (number, f"unknown sector {fields[i]!r}") for i in schema.sector if fields[i] not in sectors
        ]
        problems += [
            (number, f"not a number: {fields[i]!r}")
            for i in schema.integer
            if not fields[i].lstrip("-").isdigit()
        ]
        problems += [
            (number, f"{fields[i]!r} is not one of {sorted(ok)}")
            for i, ok in schema.choices
            if fields[i] not in ok
        ]
        problems += [(number, message) for message in _kind_column_problems(fields, schema)]
    return problems


def _kind_column_problems(fields: list[str], schema: TableSchema) -> list[str]:
    """What is wrong with a row's columns that only some kinds use: one its kind must fill
    and leaves empty, or one its kind may not fill."""
    kind, problems = fields[0], []
    for i, must, may in schema.kind_columns:
        if kind in must and not fields[i]:
            problems.append(f"kind {kind!r} needs column {i + 1}")
        elif fields[i] and kind not in must | may:
            problems.append(f"kind {kind!r} has no column {i + 1}")
    return problems
