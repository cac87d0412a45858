"""A learned chooser of an event's actor and recipient among the names of its clause.

The coder's rules pick an actor and a recipient for each trigger. This module scores every
candidate name (the actor units of the trigger's clause, plus the subjects carried from
earlier clauses) for each role with a small conditional-logit model over shallow features:
where the name stands against the trigger (side, distance, names in between), the word or
clitic before it (على، ضد، مع، إلى، ل، من، ب، عن), whether a clause break, a complementizer or a
quotation mark lies between, what the name is (sector, kind, victims, armed, counted,
definite), what the trigger is (verb or noun, passive, type, the rule family that read it)
and whether the rules chose it. A candidate replaces the rules' choice only when its score
beats the score of the rules' choice by the model's margin (or, where the rules chose
nobody, when the model is sure enough); the event's rule then ends in ``+model``.
The shipped weights set no margin (``margin: null``): the model only fills a role the rules
left empty, and never replaces a name the rules chose.

The weights live in ``data/models/argmodel.yaml`` (schema below, checked by ``hadath kb
validate``) and are fitted by ``scripts/train_argmodel.py`` on hand-annotated gold files.
Without that file the coder runs on its rules alone.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache, partial
from itertools import repeat
from pathlib import Path

from pydantic import BaseModel, ConfigDict, Field, model_validator

from hadath.errors import DataError
from hadath.events.arguments import Unit
from hadath.events.coder import (
    MODEL_TAG,
    QUOTE_MARK,
    ClauseContext,
    SentenceView,
)
from hadath.events.particles import prepositions
from hadath.events.positions import (
    agrees,
    complementizer_between,
    is_armed,
    is_counted,
    is_state,
    is_victim,
    new_clause_between,
    recipient_preps,
)
from hadath.events.triggers import TriggerMatch
from hadath.kb.load import ShippedModel
from hadath.model import Actor
from hadath.text.clitics import ARTICLE, has_article
from hadath.text.normalize import CLAUSE_BREAKS, normalize

ROLES = ("actor", "recipient")
# the words before a name that tell its role (a clitic ل or ب is read from the token)
ROLE_WORDS = frozenset(
    map(normalize, ("على", "ضد", "مع", "إلى", "ل", "من", "ب", "عن", "بين", "قبل", "يد", "في"))
)
# Feature families: a feature is ``family=value`` or a conjunction ``family=value&family=value``.
FAMILIES = frozenset(
    {
        "side", "dist", "between", "rank", "word", "marker", "clitic", "break", "comp", "quote",
        "and", "sector", "kind", "label", "victim", "armed", "counted", "definite", "carried",
        "rules", "pos", "passive", "type", "family", "state", "nobody",
    }
)  # fmt: skip


@dataclass(slots=True)
class Candidate:
    """One name that may fill a role, with its features and the arguments it gives."""

    unit: Unit | None  # None: nobody named fills the role
    features: list[str]
    actors: list[Actor] = field(
        default_factory=list
    )  # built by describe(); choosing builds the winner's only
    roles: frozenset[str] = frozenset(ROLES)  # the roles the name may be given
    spans: list[tuple[int, int]] = field(default_factory=list)  # its mentions' offsets

    def chosen_actors(self) -> list[Actor]:
        """The arguments the name gives (built here when describe() did not)."""
        return self.actors or (self.unit.actors() if self.unit is not None else [])


class _Strict(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class TrainInfo(_Strict):
    """Where the weights came from, so that a reader can re-run the training."""

    data: str
    events: dict[str, int]
    l2: float = Field(ge=0)
    command: str
    date: str


class ArgModel(_Strict):
    """Per role, ``score = sum of the weights of a candidate's features``; the highest wins."""

    # per role: how much the best must beat the rules' choice (None: the rules' choice stays)
    margin: dict[str, float | None]
    # per role: how much the best must beat the choice of nobody where the rules chose nobody
    fill: dict[str, float | None]
    weights: dict[str, dict[str, float]]
    trained: TrainInfo

    @model_validator(mode="after")
    def _known(self) -> ArgModel:
        for part in (self.margin, self.fill, self.weights):
            unknown = set(part) - set(ROLES)
            if unknown:
                raise ValueError(f"unknown roles {sorted(unknown)} (known: {list(ROLES)})")
        for role, weights in self.weights.items():
            for name in weights:
                families = {atom.split("=", 1)[0] for atom in name.split("&")}
                if "=" not in name or not families <= FAMILIES:
                    raise ValueError(f"weights.{role}: unknown feature {name!r}")
        return self

    def score(self, role: str, features: Sequence[str]) -> float:
        weights = self.weights.get(role, {})
        return sum(map(weights.get, features, repeat(0.0)))  # in the features' order, as trained


SHIPPED = ShippedModel("argmodel.yaml", ArgModel)


def model_path() -> Path:
    return SHIPPED.path


def read_model(path: Path) -> ArgModel:
    """Read and check a model file; a bad one is a one-line :class:`DataError`."""
    return SHIPPED.read(path)


def shipped_model() -> ArgModel | None:
    """The shipped model, or None when the project ships none."""
    return SHIPPED.shipped


def model_problems() -> list[DataError]:
    """The shipped model file checked against its schema: the error, if any."""
    return SHIPPED.problems()


@dataclass(slots=True)
class Slot:
    """What the coder knows of one event when the chooser looks at it."""

    view: SentenceView
    trig: TriggerMatch
    ctx: ClauseContext
    units: list[Unit]
    rule: str
    event_type: str
    in_clause: frozenset[int] = field(init=False)  # ids of the clause's units, asked per feature

    def __post_init__(self) -> None:
        self.in_clause = frozenset(id(u) for u in self.units)


def candidates(slot: Slot) -> list[Unit]:
    """The clause's actor units, then the subjects carried from before (once each); never the
    adjective of a definite noun trigger (القصف الانتحاري: a definite noun heads no genitive),
    nor a word of the trigger itself (مؤتمر صحفي مشترك: صحفي is no group of journalists)."""
    trig = slot.trig
    out = [u for u in slot.units if not _adjective_of(slot, u) and not trig.first <= u.first <= trig.last]
    for carried in (slot.ctx.sentence_subject, slot.ctx.last_subject):
        if carried is not None and all(not _same_span(carried, u) for u in out):
            out.append(carried)
    return out


def _adjective_of(slot: Slot, u: Unit) -> bool:
    trig, tokens = slot.trig, slot.view.tokens
    return (
        not trig.is_verb
        and u.first == trig.reach + 1
        and has_article(tokens[trig.reach])
        and agrees(tokens[u.first], definite=True)
    )


def _roles(slot: Slot, u: Unit) -> frozenset[str]:
    """The roles a name may be given: only a name of the trigger's clause (one carried from
    elsewhere the rules already weighed) that no locative word governs; a recipient never before a clause that opens
    between (قصف الجيش المتمردين ولم تقصف روسيا، قال الجيش إن مسلحين هاجموا), never one after
    من (بضغط من إيران), and for a noun never a name before it that an earlier verb of the
    sentence governs (بحث الجانبان ترتيبات زيارة: the subject of بحث); a name after the
    trigger behind the preposition of its recipient is never its actor."""
    if not _in_clause(slot, u) or (u.marker == "locative" and u.marker_word != "ب"):
        return frozenset()  # في تشاد: a name after a locative word is where, not who
    trig, tokens = slot.trig, slot.view.tokens
    before = u.last < trig.first
    other_clause = before and (
        new_clause_between(tokens, u.last, trig.first - 1)
        or complementizer_between(tokens, u.last, trig.first)
    )
    earlier_verb = (
        before and not trig.is_verb and any(t.is_verb and t.reach < u.first for t in slot.ctx.earlier)
    )
    if other_clause or earlier_verb or (u.first > 0 and tokens[u.first - 1].norm == "من"):
        return frozenset({"actor"})
    if not before and _reached_by_preposition(trig, u):
        return frozenset({"recipient"})
    return frozenset(ROLES)


def _reached_by_preposition(trig: TriggerMatch, u: Unit) -> bool:
    """Whether a name after the trigger stands behind the preposition the entry takes its
    recipient with (فرض عقوبات على طهران), or is a state a visit goes to (زيارة قام بها الوزير
    لموسكو): who the act reaches, never who acts."""
    if u.marker != "recipient":
        return False
    if u.marker_word in recipient_preps(trig):
        return True
    return trig.entry.destination and u.marker_word in prepositions("destination") and is_state(u)


def _in_clause(slot: Slot, u: Unit) -> bool:
    return id(u) in slot.in_clause


def _same_span(a: Unit, b: Unit) -> bool:
    return a is b or _spans(a) & _spans(b) != set()


def _spans(u: Unit) -> set[tuple[int, int]]:
    return {(m.start, m.end) for m in u.mentions}


def _bucket(n: int, edges: Sequence[int]) -> str:
    for edge in edges:
        if n <= edge:
            return str(edge)
    return f">{edges[-1]}"


def _position(slot: Slot, u: Unit) -> list[str]:
    """Side, distance, names in between, rank on its side, and what lies in between."""
    trig, tokens = slot.trig, slot.view.tokens
    carried = not _in_clause(slot, u)
    if carried and (u.first >= len(tokens) or u.mentions[0].sentence != slot.view.index):
        return ["side=carried"]
    if u.last < trig.first:
        side, left, right = "before", u.last, trig.first
    elif u.first > trig.reach:
        side, left, right = "after", trig.reach, u.first
    else:
        return ["side=inside"]
    between = sum(1 for v in slot.units if left < v.first and v.last < right)
    span = range(left + 1, right)
    feats = [
        f"side={side}",
        f"dist={side}:{_bucket(right - left, (1, 2, 3, 5, 8, 12))}",
        f"between={side}:{_bucket(between, (0, 1, 2))}",
    ]
    if any(tokens[k].norm in CLAUSE_BREAKS for k in span):
        feats.append(f"break={side}")
    if complementizer_between(tokens, left, right):
        feats.append(f"comp={side}")
    if any(tokens[k].norm == QUOTE_MARK for k in span):
        feats.append(f"quote={side}")
    if any("و" in tokens[k].prefixes for k in range(left + 1, right + 1)):
        feats.append(f"and={side}")
    return feats


def _word_before(slot: Slot, u: Unit) -> list[str]:
    """The role word before the name, its marker and the clitic it carries."""
    tokens = slot.view.tokens
    if not _in_clause(slot, u):
        return []
    feats = [f"marker={u.marker or 'none'}"]
    word = tokens[u.first - 1].norm if u.first > 0 else ""
    feats.append(f"word={word if word in ROLE_WORDS else ('other' if word else 'start')}")
    clitics = [p for p in tokens[u.first].prefixes if p not in (ARTICLE, "و")]
    feats.append(f"clitic={clitics[-1] if clitics else 'none'}")
    if has_article(tokens[u.first]):
        feats.append("definite=yes")
    return feats


def _identity(slot: Slot, u: Unit) -> list[str]:
    """What the name is: sector, kind and label of its first member, victims, armed, counted."""
    first = u.identities[0]
    feats = [f"sector={first.sector or 'none'}", f"kind={first.kind or 'none'}", f"label={first.label}"]
    if first.kind == "country" or (first.label == "GPE" and first.sector == "GOV"):
        feats.append("state=yes")
    if is_victim(u):
        feats.append("victim=yes")
    if is_armed(u):
        feats.append("armed=yes")
    if _in_clause(slot, u) and is_counted(slot.view.tokens, u):
        feats.append("counted=yes")
    return feats


def name_features(slot: Slot, u: Unit) -> list[str]:
    """The word before the name and what the name is: the same for every trigger whose clause
    the name is of (or is not), so worked out once per unit and kept on it."""
    in_clause = _in_clause(slot, u)
    found = u.chooser_features.get(in_clause)
    if found is None:
        found = u.chooser_features[in_clause] = _word_before(slot, u) + _identity(slot, u)
    return found


def _origin(slot: Slot, u: Unit, actors: list[Actor], recipients: list[Actor]) -> list[str]:
    """Whether the rules chose the name, and whether it is carried from an earlier clause."""
    spans = _spans(u)
    feats = []
    if any((a.start, a.end) in spans for a in actors):
        feats.append("rules=actor")
    if any((a.start, a.end) in spans for a in recipients):
        feats.append("rules=recipient")
    if slot.ctx.last_subject is not None and _same_span(u, slot.ctx.last_subject):
        feats.append("carried=last")
    if slot.ctx.sentence_subject is not None and _same_span(u, slot.ctx.sentence_subject):
        feats.append("carried=sentence")
    return feats


# the base features each conjunction takes, by their family's prefix
_WITH_FAMILY = ("side=", "rules=", "word=", "marker=")
_WITH_TYPE = ("side=", "rules=", "sector=", "victim=", "armed=")
_WITH_SIDE = ("word=", "marker=", "sector=", "kind=", "victim=")


def features(slot: Slot, u: Unit, actors: list[Actor], recipients: list[Actor]) -> list[str]:
    """Every feature of one candidate, with its conjunctions with what the trigger is."""
    base = (*_position(slot, u), *name_features(slot, u), *_origin(slot, u, actors, recipients))
    return list(
        _conjoined(base, slot.trig.is_verb, slot.rule.startswith("passive"), _family(slot), slot.event_type)
    )


@lru_cache(maxsize=50_000)  # why: candidates of one kind recur across events and articles
def _conjoined(
    base: tuple[str, ...], verb: bool, passive: bool, family: str, event_type: str
) -> tuple[str, ...]:
    """A candidate's base features, then their conjunctions with what the trigger is."""
    pos = "pos=verb" if verb else "pos=noun"
    passive_feature = "passive=yes" if passive else "passive=no"
    # the conjoined parts, each written once per candidate
    with_pos, with_family = f"&{pos}&{passive_feature}", f"&family={family}"
    with_type, with_side = f"&type={event_type}", "&" + base[0]  # _position opens with side=
    out = list(base)
    out += [f + with_pos for f in base]
    out += [f + with_family for f in base if f.startswith(_WITH_FAMILY)]
    out += [f + with_type for f in base if f.startswith(_WITH_TYPE)]
    out += [f + with_side for f in base if f.startswith(_WITH_SIDE)]
    return tuple(out)


def nobody_features(slot: Slot) -> list[str]:
    """The features of the choice of nobody: what the trigger is and how the rules read it."""
    return list(_nobody(slot.trig.is_verb, slot.rule.startswith("passive"), slot.event_type, _family(slot)))


@lru_cache(maxsize=4096)  # why: asked of every event the model may revise; few combinations recur
def _nobody(verb: bool, passive: bool, event_type: str, family: str) -> tuple[str, ...]:
    pos = "pos=verb" if verb else "pos=noun"
    passive_feature = "passive=yes" if passive else "passive=no"
    base = "nobody=yes"
    return (base, f"{base}&{pos}&{passive_feature}", f"{base}&type={event_type}", f"{base}&family={family}")


def _family(slot: Slot) -> str:
    return slot.rule.split("+", 1)[0]


def describe(
    slot: Slot, actors: list[Actor], recipients: list[Actor], *, choosable_only: bool = False
) -> list[Candidate]:
    """The candidates of an event with their features, the choice of nobody last. Training
    describes every candidate; choosing needs only those that may take a role (scores are
    compared, not normalised, so the others never weigh)."""
    named = []
    for u in candidates(slot):
        roles = _roles(slot, u)
        if roles or not choosable_only:
            named.append(
                Candidate(u, features(slot, u, actors, recipients), u.actors(), roles, _mention_spans(u))
            )
    return [*named, Candidate(None, nobody_features(slot))]


class ArgChooser:
    """Revises the rules' actor and recipient with a model's choice (see the module doc)."""

    def __init__(self, model: ArgModel) -> None:
        self.model = model

    def revise(
        self,
        view: SentenceView,
        trig: TriggerMatch,
        ctx: ClauseContext,
        units: list[Unit],
        rule: str,
        event_type: str,
        actors: list[Actor],
        recipients: list[Actor],
    ) -> tuple[list[Actor], list[Actor], str]:
        """The actors, recipients and rule suffix after the model's look (the rules' when it
        agrees or is not sure)."""
        if not self._may_change(actors, recipients):
            return actors, recipients, ""
        slot = Slot(view, trig, ctx, units, rule, event_type)
        # describe()'s choosable candidates, each described only when a role's pool scores it
        # (why: most events fill one role, and some candidates may never take it)
        # (and the Actor records built for the winner only)
        found = [
            Candidate(u, [], roles=roles, spans=_mention_spans(u))
            for u in candidates(slot)
            if (roles := _roles(slot, u))
        ]
        found.append(Candidate(None, nobody_features(slot)))
        described = partial(_described, slot, actors, recipients)
        new_actors = self._choose("actor", found, actors, recipients, described)
        # a recipient decides the sense of some entries (استقبل الجرحى): those keep the rules'
        new_recipients = (
            recipients
            if slot.trig.entry.recipient_sense
            else self._choose("recipient", found, recipients, new_actors, described)
        )
        roles = [
            role
            for role, new, old in zip(ROLES, (new_actors, new_recipients), (actors, recipients), strict=True)
            if new is not old
        ]
        return new_actors, new_recipients, MODEL_TAG + ",".join(roles) if roles else ""

    def _may_change(self, actors: list[Actor], recipients: list[Actor]) -> bool:
        """Whether the model may change a role at all (most events are left before any work)."""
        limits = self.model.fill if not actors else self.model.margin
        limits_r = self.model.fill if not recipients else self.model.margin
        return limits.get("actor") is not None or limits_r.get("recipient") is not None

    def _choose(
        self,
        role: str,
        found: list[Candidate],
        chosen: list[Actor],
        other: list[Actor],
        described: Callable[[Candidate], list[str]],
    ) -> list[Actor]:
        """The rules' choice for a role, or the model's best candidate when it beats the rules'
        by the role's margin (the fill margin where the rules chose nobody); never one of the
        other role, never nobody in place of a name."""
        other_spans = _span_set(other)
        pool = [
            c for c in found if not other_spans.intersection(c.spans) and (c.unit is None or role in c.roles)
        ]
        if chosen:
            chosen_spans = _span_set(chosen)
            limit, rules_at = (
                self.model.margin.get(role),
                [k for k, c in enumerate(pool) if not chosen_spans.isdisjoint(c.spans)],
            )
        else:
            limit, rules_at = self.model.fill.get(role), [k for k, c in enumerate(pool) if c.unit is None]
        if limit is None or not rules_at:
            return chosen  # the model may not change this role, or does not see the rules' choice
        scores = [self.model.score(role, c.features or described(c)) for c in pool]
        named = [k for k, c in enumerate(pool) if c.unit is not None]
        best = max(named, key=scores.__getitem__, default=None)
        if best is None or best in rules_at:
            return chosen
        return (
            pool[best].chosen_actors() if scores[best] - max(scores[k] for k in rules_at) > limit else chosen
        )


def _described(slot: Slot, actors: list[Actor], recipients: list[Actor], c: Candidate) -> list[str]:
    """A named candidate's features (as describe() gives them), kept on it once built."""
    if not c.features and c.unit is not None:
        c.features = features(slot, c.unit, actors, recipients)
    return c.features


def _span_set(actors: list[Actor]) -> set[tuple[int, int]]:
    return {(a.start, a.end) for a in actors}


def _mention_spans(u: Unit) -> list[tuple[int, int]]:
    return [(m.start, m.end) for m in u.mentions]


@lru_cache(maxsize=1)
def shipped_chooser() -> ArgChooser | None:
    model = shipped_model()
    return ArgChooser(model) if model else None
