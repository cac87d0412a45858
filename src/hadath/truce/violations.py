"""Reported violations of a truce, and the accusations and denials about them, read from a store.

:class:`Monitor` asks the store (through its :class:`~hadath.store.db.Database`, every value a
bound parameter) for the candidate events of a truce: the forbidden types, dated within its
days, placed in its countries when the area allows that shortcut. :mod:`hadath.truce.scope`
decides each one; the reported ones are gathered per canonical event (cluster), so two
outlets telling one strike make one violation with both reports, and the cluster's count of
independent sources. A violation keeps its modality: ``asserted`` when some report tells it as
fact, ``claimed`` when every report only has someone say it happened.

Accusations are ACCUSE/REJECT events about the truce (see :meth:`Scope.link`), events the
truce forbids that a report says did not happen (denials), and quotes that name the truce
or the violation told in their article. One is linked to a violation when both happened on
the same day (or the next) at the same place (or within :data:`NEAR_KM`), or when they are
told in one sentence.
"""

from __future__ import annotations

import datetime as dt
import json
from collections import Counter, defaultdict
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from functools import cache
from typing import Any

from hadath.errors import StoreError
from hadath.kb.lexicon import QUOTE_KINDS, data_rows
from hadath.store.db import Database
from hadath.store.search import index_terms
from hadath.text.clitics import without_conjunction
from hadath.text.normalize import normalize
from hadath.truce.load import Truce
from hadath.truce.scope import Scope, Verdict, distance_km, is_day

NEAR_KM = 25.0  # an accusation placed this close to a violation, a day apart at most, is about it
CHUNK = 500  # ids bound per IN (...) list
MAX_SERIES_DAYS = 3660

EVENT_COLUMNS = (
    "e.id, e.article_id, e.cluster_id, e.event_type, e.mode, e.cameo, e.modality, e.confidence, e.date, "
    "e.location, e.actor, e.recipient, e.sentence, e.sentence_start, e.trigger, e.search_terms, "
    "a.doc_id, a.url, a.source, a.published, a.title"
)
_QUOTE_COLUMNS = (
    "q.id, q.article_id, q.speaker, q.speaker_entity, q.cue, q.content, q.sentence_start, "
    "a.doc_id, a.url, a.source, a.published, a.title"
)
# The cue words (kind<TAB>word) that make a quote a denial or an accusation (kinds: QUOTE_KINDS).
QUOTE_KINDS_FILE = "lexicon/ar/quote_kinds.tsv"


@dataclass(slots=True)
class _Hit:
    """A candidate event row and what the truce makes of it."""

    row: dict[str, Any]
    verdict: Verdict


def _loads(value: Any) -> Any:
    if isinstance(value, str):
        return json.loads(value) if value else None
    return value


def decode(row: Mapping[str, Any]) -> dict[str, Any]:
    """An event row with its JSON columns (place, actors, recipients) decoded."""
    out = dict(row)
    out["location"] = _loads(row.get("location"))
    out["actor"] = _loads(row.get("actor")) or []
    out["recipient"] = _loads(row.get("recipient")) or []
    return out


def terms_of(row: Mapping[str, Any]) -> frozenset[str]:
    """The search terms of an event's sentence (computed when the store holds none)."""
    stored = row.get("search_terms") or ""
    return frozenset(stored.split() if stored else index_terms(row.get("sentence") or "").split())


def _names(actors: Iterable[Mapping[str, Any]]) -> list[str]:
    return list(dict.fromkeys((a.get("entity") or a.get("text") or "") for a in actors if a))


def _place(location: Mapping[str, Any] | None) -> dict[str, Any] | None:
    if not location:
        return None
    keys = ("name", "country", "lat", "lon", "precision", "kb_id", "text")
    return {k: location.get(k) for k in keys}


def _report(row: Mapping[str, Any], in_scope: bool) -> dict[str, Any]:
    """One article's telling of an event: where to read it and what it says."""
    return {
        "mention_id": row["id"], "article_id": row["article_id"], "doc_id": row["doc_id"] or "",
        "url": row["url"] or "", "source": row["source"] or "", "published": row["published"],
        "title": row["title"] or "", "sentence": row["sentence"] or "", "sentence_start": row["sentence_start"],
        "trigger": row["trigger"] or "",
        "modality": row["modality"], "date": row["date"], "in_scope": in_scope,
    }  # fmt: skip


def _next_day(day: str, days: int = 1) -> str:
    return (dt.date.fromisoformat(day) + dt.timedelta(days=days)).isoformat()


def _chunks(values: Sequence[int]) -> Iterator[Sequence[int]]:
    for start in range(0, len(values), CHUNK):
        yield values[start : start + CHUNK]


class Monitor:
    """A truce watched over one store: its violations, accusations, daily series and report.

    ``min_sources`` and ``min_confidence`` keep only violations told by that many independent
    sources, or coded with that confidence by their best report.
    """

    def __init__(
        self,
        db: Database,
        truce: Truce,
        *,
        min_sources: int | None = None,
        min_confidence: float | None = None,
    ) -> None:
        self.db = db
        self.truce = truce
        self.scope: Scope = truce.scope
        self.min_sources = min_sources
        self.min_confidence = min_confidence

    def _rows(self, sql: str, args: Sequence[Any] = ()) -> list[dict[str, Any]]:
        try:
            return self.db.query(sql, args)
        except self.db.errors as err:
            raise StoreError(f"{self.db.label}: truce query failed: {self.db.describe(err)}") from err

    # -- candidates --------------------------------------------------------------------------

    def candidates(self, *, after_id: int | None = None) -> list[dict[str, Any]]:
        """Event rows that may be violations: forbidden types, dated to a day within the truce.

        ``after_id`` keeps only rows stored after that event id (for watching a store fill).
        """
        types = sorted({act.type for act in self.scope.acts})
        where = [f"e.event_type IN ({', '.join('?' * len(types))})", "length(e.date) = 10", "e.date >= ?"]
        args: list[Any] = [*types, self.scope.first_day]
        if self.scope.last_day is not None:
            where.append("e.date <= ?")
            args.append(self.scope.last_day)
        countries = sorted(self.scope.area_countries or ())
        if self.scope.area_countries is not None:
            where.append(f"e.place_country IN ({', '.join('?' * len(countries))})" if countries else "1 = 0")
            args.extend(countries)
        if after_id is not None:
            where.append("e.id > ?")
            args.append(after_id)
        sql = (
            f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE {' AND '.join(where)} ORDER BY e.id"
        )
        return [decode(r) for r in self._rows(sql, args)]

    def judge(self, rows: Iterable[dict[str, Any]]) -> list[_Hit]:
        """Each row with the truce's verdict on it."""
        return [_Hit(row, self.scope.decide(row, terms_of(row))) for row in rows]

    # -- violations --------------------------------------------------------------------------

    def violations(self, hits: Sequence[_Hit] | None = None) -> list[dict[str, Any]]:
        """The reported violations, one per canonical event, by day then id."""
        hits = self.judge(self.candidates()) if hits is None else hits
        groups: dict[int, list[_Hit]] = defaultdict(list)
        for hit in hits:
            if hit.verdict.reported:
                groups[_cluster_key(hit.row)].append(hit)
        if not groups:
            return []
        clusters = self._clusters([k for k in groups if k > 0])
        for key in [k for k, c in clusters.items() if self._began_before(c)]:
            del groups[key]
        reports = self._cluster_reports([k for k in groups if k > 0])
        out = [
            self._violation(key, found, clusters.get(key), reports.get(key, []))
            for key, found in groups.items()
        ]
        out = [v for v in out if self._kept(v)]
        return sorted(out, key=lambda v: (v["day"], v["id"]))

    def _kept(self, violation: Mapping[str, Any]) -> bool:
        if self.min_sources is not None and violation["sources"] < self.min_sources:
            return False
        return self.min_confidence is None or violation["confidence"] >= self.min_confidence

    def _began_before(self, cluster: Mapping[str, Any]) -> bool:
        """Whether an event was already reported on a day before the truce: told again later, it is
        no violation (the coder dates an undated mention by its article, so old events recur)."""
        return is_day(cluster["date"]) and cluster["date"] < self.scope.first_day

    def _clusters(self, ids: Sequence[int]) -> dict[int, dict[str, Any]]:
        out: dict[int, dict[str, Any]] = {}
        for chunk in _chunks(sorted(ids)):
            sql = (
                "SELECT id, sources, mentions, articles, date, date_last FROM clusters "
                f"WHERE id IN ({', '.join('?' * len(chunk))})"
            )
            out.update((r["id"], r) for r in self._rows(sql, chunk))
        return out

    def _cluster_reports(self, ids: Sequence[int]) -> dict[int, list[dict[str, Any]]]:
        """Every mention of the clusters (every article telling each event), oldest publication first."""
        out: dict[int, list[dict[str, Any]]] = defaultdict(list)
        for chunk in _chunks(sorted(ids)):
            sql = (
                f"SELECT {EVENT_COLUMNS} FROM events e JOIN articles a ON a.id = e.article_id "
                f"WHERE e.cluster_id IN ({', '.join('?' * len(chunk))}) ORDER BY COALESCE(a.published, ''), e.id"
            )
            for row in self._rows(sql, chunk):
                out[row["cluster_id"]].append(decode(row))
        return out

    def _violation(
        self, key: int, hits: list[_Hit], cluster: Mapping[str, Any] | None, mentions: list[dict[str, Any]]
    ) -> dict[str, Any]:
        hits = sorted(hits, key=lambda h: (h.row["date"], h.row["id"]))
        first = hits[0]
        in_scope = {h.row["id"] for h in hits}
        attributed = any(h.verdict.status == "violation" for h in hits)
        modalities = {h.row["modality"] for h in hits}
        sides = list(dict.fromkeys(s for h in hits for s in h.verdict.sides))
        rows = mentions or [h.row for h in hits]
        return {
            "id": key if key > 0 else -key,
            "canonical": key > 0,
            "day": first.row["date"],
            "event_type": first.row["event_type"],
            "mode": first.row["mode"] or "",
            "act": first.verdict.act,
            "status": "violation" if attributed else "unattributed",
            "attributed": attributed,
            "sides": sides,
            "actors": _names(a for h in hits for a in h.row["actor"]),
            "recipients": _names(r for h in hits for r in h.row["recipient"]),
            "modality": "asserted" if "asserted" in modalities else sorted(modalities)[0],
            "place": _place(first.row["location"]),
            "area": first.verdict.area,
            "confidence": max(float(h.row["confidence"] or 0) for h in hits),
            "sources": int(cluster["sources"]) if cluster else len({h.row["source"] for h in hits}),
            "mentions": int(cluster["mentions"]) if cluster else len(hits),
            "sentence": first.row["sentence"] or "",
            "reports": [_report(r, r["id"] in in_scope) for r in rows],
        }

    # -- accusations and denials -------------------------------------------------------------

    def accusations(
        self, violations: Sequence[dict[str, Any]], hits: Sequence[_Hit] | None = None
    ) -> list[dict[str, Any]]:
        """Accusations, denials and statements about the truce, each linked to the violations it is about."""
        hits = self.judge(self.candidates()) if hits is None else hits
        found = self._accusation_events(violations) + self._denied_acts(hits, violations)
        found += self._quotes(violations)
        return sorted(found, key=lambda a: (a["day"] or "", a["origin"], a["id"]))

    def _day_window(self, date_column: str, published_column: str) -> tuple[str, list[Any]]:
        """Rows dated (or, undated, published) between the first day and the accusations' last day."""
        last = self.scope.accusations_last_day
        upper, upper_args = (" AND {c} <= ?", [last]) if last else ("", [])
        dated = f"length({date_column}) = 10 AND {date_column} >= ?" + upper.format(c=date_column)
        published = f"substr({published_column}, 1, 10)"
        undated = (
            f"({date_column} IS NULL OR length({date_column}) <> 10) AND {published} >= ?"
            + upper.format(c=published)
        )
        first = self.scope.first_day
        return f"(({dated}) OR ({undated}))", [first, *upper_args, first, *upper_args]

    def _accusation_events(self, violations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        window, args = self._day_window("e.date", "a.published")
        sql = (
            f"SELECT {EVENT_COLUMNS}, e.place_name FROM events e JOIN articles a ON a.id = e.article_id "
            f"WHERE e.event_type IN ('ACCUSE', 'REJECT') AND {window} ORDER BY e.id"
        )
        groups: dict[int, list[tuple[dict[str, Any], Any]]] = defaultdict(list)
        for raw in self._rows(sql, args):
            row = decode(raw)
            day = row["date"] if is_day(row["date"]) else (row["published"] or "")[:10]
            link = self.scope.link(row, day, terms_of(row))
            if link is not None:
                row["day"] = day
                groups[_cluster_key(row)].append((row, link))
        index = _ViolationIndex(violations)
        out = []
        for key, members in groups.items():
            row, link = members[0]
            linked = sorted({v for r, _ in members for v in index.about(r)})
            out.append({
                "id": key if key > 0 else -key, "origin": "event", "kind": link.kind, "day": row["day"],
                "event_type": row["event_type"], "modality": row["modality"],
                "accuser": {"names": _names(row["actor"]), "sides": list(link.accuser)},
                "accused": {"names": _names(row["recipient"]), "sides": list(link.accused)},
                "names_truce": any(lk.names_truce for _, lk in members), "text": row["sentence"] or "",
                "place": _place(row["location"]), "violations": linked,
                "reports": [_report(r, True) for r, _ in members],
            })  # fmt: skip
        return out

    def _denied_acts(
        self, hits: Sequence[_Hit], violations: Sequence[dict[str, Any]]
    ) -> list[dict[str, Any]]:
        """Forbidden acts in scope that a report says did not happen: denials of the side named."""
        index = _ViolationIndex(violations)
        out = []
        for hit in hits:
            row = hit.row
            if hit.verdict.status != "modality" or row["modality"] != "negated":
                continue
            row = {**row, "day": row["date"]}
            out.append({
                "id": row["id"], "origin": "negated_event", "kind": "denial", "day": row["date"],
                "event_type": row["event_type"], "modality": "negated",
                "accuser": {"names": [], "sides": []},
                "accused": {"names": _names(row["actor"]), "sides": list(self.scope.sides_of(row["actor"]))},
                "names_truce": self.scope.names_truce(terms_of(row)), "text": row["sentence"] or "",
                "place": _place(row["location"]), "violations": sorted(index.about(row)),
                "reports": [_report(row, True)],
            })  # fmt: skip
        return out

    def _quotes(self, violations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """Quotes that name the truce (in its window), or that tell again a violation of their article."""
        index = _ViolationIndex(violations)
        out = []
        for row in self._quote_rows(index.articles()):
            terms = frozenset(index_terms(row["content"] or "").split())
            names = self.scope.names_truce(terms)
            speaker = _loads(row["speaker"]) or {}
            sides = self.scope.sides_of([speaker]) if speaker else ()
            kind = _quote_kind(row["cue"] or "")
            # A quote is about a violation of its article when it repeats the act's word and is a
            # denial or an accusation, or a side says it.
            about = kind != "statement" or bool(sides)
            linked = sorted(index.quoted(row, terms)) if about else []
            if not (names or linked):
                continue
            out.append({
                "id": row["id"], "origin": "quote", "kind": kind,
                "day": (row["published"] or "")[:10] or None, "event_type": None, "modality": None,
                "accuser": {"names": _names([speaker]) if speaker else [], "sides": list(sides)},
                "accused": {"names": [], "sides": []}, "names_truce": names, "text": row["content"] or "",
                "cue": row["cue"] or "", "place": None, "violations": linked,
                "reports": [{
                    "article_id": row["article_id"], "doc_id": row["doc_id"] or "", "url": row["url"] or "",
                    "source": row["source"] or "", "published": row["published"], "title": row["title"] or "",
                }],
            })  # fmt: skip
        return out

    def _quote_rows(self, violation_articles: set[int]) -> list[dict[str, Any]]:
        """Quotes of articles published in the window that name the truce, and of the violations' articles."""
        published = "substr(a.published, 1, 10)"
        last = self.scope.accusations_last_day
        window = f"{published} >= ?" + (f" AND {published} <= ?" if last else "")
        window_args = [self.scope.first_day, *([last] if last else [])]
        seen: dict[int, dict[str, Any]] = {}
        for phrase in self.scope.phrases:
            match = self.db.match_clause("articles", "s")
            sql = (
                f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id WHERE {window} "
                f"AND q.article_id IN (SELECT s.id FROM articles s WHERE {match}) ORDER BY q.id"
            )
            expression = self.db.match_expression([list(word) for word in phrase])
            seen.update((r["id"], r) for r in self._rows(sql, [*window_args, expression]))
        for chunk in _chunks(sorted(violation_articles)):
            sql = (
                f"SELECT {_QUOTE_COLUMNS} FROM quotes q JOIN articles a ON a.id = q.article_id "
                f"WHERE q.article_id IN ({', '.join('?' * len(chunk))}) ORDER BY q.id"
            )
            seen.update((r["id"], r) for r in self._rows(sql, chunk))
        return [seen[k] for k in sorted(seen)]

    # -- series and summaries ----------------------------------------------------------------

    def coverage(self, first: str, last: str | None) -> dict[str, int]:
        """Articles published per day from ``first`` to the day after ``last``."""
        day = "substr(a.published, 1, 10)"
        where, args = f"{day} >= ?", [first]
        if last is not None:
            where += f" AND {day} <= ?"
            args.append(_next_day(last))
        sql = f"SELECT {day} AS day, COUNT(*) AS n FROM articles a WHERE {where} GROUP BY {day}"
        return {r["day"]: int(r["n"]) for r in self._rows(sql, args) if is_day(r["day"])}

    def series(self, violations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """One row per day of the truce (up to its end, or the last day the store has for an open one).

        ``articles`` counts the articles published that day or the next (a day's events are
        told then); a day has data when it has articles or violations, and is quiet when it
        has data and no reported violation.
        """
        coverage = self.coverage(self.scope.first_day, self.scope.last_day)
        last = self.scope.last_day or max([*coverage, *(v["day"] for v in violations), self.scope.first_day])
        by_day: dict[str, list[dict[str, Any]]] = defaultdict(list)
        for v in violations:
            by_day[v["day"]].append(v)
        out = []
        day = self.scope.first_day
        while day <= last and len(out) < MAX_SERIES_DAYS:
            found = by_day.get(day, [])
            sides = Counter(s for v in found for s in v["sides"])
            places = Counter(v["place"]["name"] for v in found if v["place"] and v["place"].get("name"))
            articles = coverage.get(day, 0) + coverage.get(_next_day(day), 0)
            out.append({
                "day": day, "violations": len(found), "attributed": sum(v["attributed"] for v in found),
                "unattributed": sum(not v["attributed"] for v in found),
                "asserted": sum(v["modality"] == "asserted" for v in found),
                "claimed": sum(v["modality"] == "claimed" for v in found),
                "by_side": {s.id: sides.get(s.id, 0) for s in self.scope.sides},
                "by_place": dict(places.most_common()), "articles": articles,
                "has_data": articles > 0 or bool(found), "quiet": articles > 0 and not found,
            })  # fmt: skip
            day = _next_day(day)
        return out

    def summary(
        self, violations: Sequence[dict[str, Any]], series: Sequence[dict[str, Any]]
    ) -> dict[str, Any]:
        """Totals: violations, per side, days with data, and compliance (days with none reported)."""
        covered = [d for d in series if d["has_data"]]
        return {
            "violations": len(violations),
            "attributed": sum(v["attributed"] for v in violations),
            "unattributed": sum(not v["attributed"] for v in violations),
            "asserted": sum(v["modality"] == "asserted" for v in violations),
            "claimed": sum(v["modality"] == "claimed" for v in violations),
            "days": len(series),
            "days_with_data": len(covered),
            "quiet_days": sum(d["quiet"] for d in series),
            "per_day": round(len(violations) / len(covered), 2) if covered else None,
            "sides": [
                {
                    "id": s.id, "name": s.name, "name_ar": s.name_ar,
                    "violations": sum(s.id in v["sides"] for v in violations),
                    "quiet_days": sum(d["by_side"][s.id] == 0 for d in covered),
                }
                for s in self.scope.sides
            ],
        }  # fmt: skip

    def aggregate(self, by: str, violations: Sequence[dict[str, Any]]) -> list[dict[str, Any]]:
        """Violations counted by ``side`` (with the unattributed apart) or by ``place``."""
        if by == "party":
            rows = []
            for s in self.scope.sides:
                mine = [v for v in violations if s.id in v["sides"]]
                rows.append(_bucket(s.id, mine, name=s.name, name_ar=s.name_ar))
            rows.append(_bucket("unattributed", [v for v in violations if not v["attributed"]],
                                name="Unattributed", name_ar="غير منسوبة"))  # fmt: skip
            return rows
        if by == "place":
            groups: dict[tuple[str, str], list[dict[str, Any]]] = defaultdict(list)
            for v in violations:
                place = v["place"] or {}
                groups[(place.get("name") or "", place.get("country") or "")].append(v)
            rows = []
            for (name, country), mine in groups.items():
                place = mine[0]["place"] or {}
                rows.append(_bucket(name, mine, name=name, country=country, lat=place.get("lat"),
                                    lon=place.get("lon"), sides=dict(Counter(s for v in mine for s in v["sides"]))))  # fmt: skip
            return sorted(rows, key=lambda r: (-r["count"], r["key"]))
        raise ValueError(f"unknown grouping {by!r}: party or place (day: the series)")

    def report(self) -> dict[str, Any]:
        """Everything about the truce in one JSON-ready mapping."""
        hits = self.judge(self.candidates())
        violations = self.violations(hits)
        series = self.series(violations)
        return {
            "truce": self.truce.summary(),
            "summary": self.summary(violations, series),
            "series": series,
            "violations": violations,
            "accusations": self.accusations(violations, hits),
        }


def _bucket(key: str, violations: Sequence[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    return {
        "key": key, "count": len(violations),
        "asserted": sum(v["modality"] == "asserted" for v in violations),
        "claimed": sum(v["modality"] == "claimed" for v in violations), **extra,
    }  # fmt: skip


def _cluster_key(row: Mapping[str, Any]) -> int:
    """The canonical event of a mention; a mention of a store without clusters stands alone (negative id)."""
    return int(row["cluster_id"]) if row.get("cluster_id") else -int(row["id"])


@cache
def _kind_cues() -> dict[str, frozenset[str]]:
    """The cue words of each kind of quote_kinds.tsv, normalized."""
    rows = data_rows(QUOTE_KINDS_FILE, 2)
    return {kind: frozenset(normalize(w) for k, w in rows if k == kind) for kind in QUOTE_KINDS}


def _quote_kind(cue: str) -> str:
    """What a quote's cue makes it: a denial, an accusation (quote_kinds.tsv), or a statement."""
    word = normalize(cue)
    bare = without_conjunction(word)  # ونفى -> نفى
    return next((kind for kind, cues in _kind_cues().items() if word in cues or bare in cues), "statement")


class _ViolationIndex:
    """Violations looked up by day and place, by sentence, and by article (for linking accusations)."""

    def __init__(self, violations: Sequence[dict[str, Any]]) -> None:
        self.violations = violations
        self.by_sentence: dict[tuple[int, int], set[int]] = defaultdict(set)
        self.by_article: dict[int, list[tuple[int, frozenset[str]]]] = defaultdict(list)
        for v in violations:
            for r in v["reports"]:
                self.by_sentence[(r["article_id"], r["sentence_start"])].add(v["id"])
                if not r["in_scope"]:
                    continue
                self.by_article[r["article_id"]].append(
                    (v["id"], verb_stems(index_terms(r["trigger"]).split()))
                )

    def articles(self) -> set[int]:
        return set(self.by_article)

    def about(self, row: Mapping[str, Any]) -> set[int]:
        """Violations an accusation event is about: told in its sentence, or a day apart at most at the same place."""
        found = set(self.by_sentence.get((row["article_id"], row["sentence_start"]), ()))
        day, place = row.get("day") or row.get("date"), row.get("location")
        if not is_day(day) or not place:
            return found
        days = {day, _next_day(day, -1), _next_day(day)}
        for v in self.violations:
            if v["day"] in days and _same_place(place, v["place"]):
                found.add(v["id"])
        return found

    def quoted(self, row: Mapping[str, Any], terms: frozenset[str]) -> set[int]:
        """Violations of a quote's article whose trigger word the quote repeats."""
        stems = verb_stems(terms)
        return {vid for vid, trigger in self.by_article.get(row["article_id"], []) if trigger & stems}


def verb_stems(terms: Iterable[str]) -> frozenset[str]:
    """Terms with a past-tense subject ending taken off as well (قصفت, قصفوا -> قصف), so a quote
    that says قصف matches a report whose trigger is قصفت."""
    out = set(terms)
    for term in list(out):
        for ending in ("وا", "ت"):
            if term.endswith(ending) and len(term) - len(ending) >= 3:
                out.add(term[: -len(ending)])
    return frozenset(out)


def _same_place(a: Mapping[str, Any], b: Mapping[str, Any] | None) -> bool:
    if not b:
        return False
    if a.get("name") and a.get("name") == b.get("name") and a.get("country") == b.get("country"):
        return (a.get("precision") or "") not in ("country",)
    if None in (a.get("lat"), a.get("lon"), b.get("lat"), b.get("lon")):
        return False
    if (a.get("precision") or "") in ("country", "admin1") or (b.get("precision") or "") in (
        "country",
        "admin1",
    ):
        return False
    return distance_km(a["lat"], a["lon"], b["lat"], b["lon"]) <= NEAR_KM
