"""The store's side of deduplication: copies and clusters, kept in step with every save.

:mod:`hadath.dedup` decides; this module finds its candidates through the store's indexes
and writes the outcome, inside the transaction that saves the article, so a killed run
never leaves an article without its clusters or a cluster counting a lost mention.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from hadath.dedup import minhash
from hadath.dedup.cluster import Assignment, Candidate, assign, blocking_keys, may_match
from hadath.dedup.decide import compare
from hadath.dedup.mention import MentionView, day_range, place_of_row, view_of
from hadath.dedup.settings import DedupSettings
from hadath.dedup.sources import ArticleSource, independent_sources
from hadath.dedup.text import ClauseSimilarity, clause, content_stems
from hadath.model import Article, Event
from hadath.store.db import Database

_CANDIDATE_COLUMNS = (
    "e.id, e.article_id, e.cluster_id, e.event_type, e.modality, e.date, e.date_precision, "
    "e.place_name, e.place_country, e.place_lat, e.place_lon, e.place_precision, e.clause_vector, e.clause_terms, "
    "e.confidence"
)


@dataclass
class Deduplicator:
    """Links copies and clusters events as articles are saved (one per store)."""

    settings: DedupSettings
    similarity: ClauseSimilarity

    # -- near-duplicate articles ----------------------------------------------------------

    def link_copies(self, db: Database, article_id: int, article: Article) -> frozenset[int]:
        """Record the article's signature and the earlier article it copies; returns its copies.

        The copies are every stored article sharing its text group: the one it copies,
        that one's original and the other copies of it.
        """
        hashed = minhash.shingles(f"{article.title}\n{article.text}", self.settings.copies.shingle_words)
        sig = minhash.signature_of(hashed, self.settings.copies)
        if sig is None:
            return frozenset()
        keys = minhash.band_keys(sig, self.settings.copies)
        best_id, best_score = self._best_copy(db, sig, hashed.size, keys)
        db.execute(
            "UPDATE articles SET minhash = ?, shingles = ?, copy_of = ?, copy_similarity = ? WHERE id = ?",
            (minhash.to_text(sig), int(hashed.size), best_id, best_score, article_id),
        )
        db.executemany(
            "INSERT INTO article_bands (article_id, band) VALUES (?, ?)", [(article_id, k) for k in keys]
        )
        return self._copies_of(db, article_id) if best_id is not None else frozenset()

    def _best_copy(
        self, db: Database, sig: np.ndarray, size: int, keys: list[str]
    ) -> tuple[int | None, float | None]:
        """The original (root) of the stored article this one copies most, and how much they share."""
        rows = db.query(
            "SELECT DISTINCT a.id, a.minhash, a.shingles, a.copy_of FROM article_bands b "
            f"JOIN articles a ON a.id = b.article_id WHERE b.band IN ({', '.join('?' * len(keys))})",
            keys,
        )
        best: tuple[float, int] | None = None
        for row in rows:
            other = minhash.from_text(str(row["minhash"]))
            if other is None:
                continue
            share = minhash.containment(minhash.similarity(sig, other), size, int(row["shingles"]))
            if share >= self.settings.copies.min_containment:
                # Point at the original of a copy, so every copy of one text shares one root.
                root = int(row["copy_of"] if row["copy_of"] is not None else row["id"])
                if best is None or (share, -root) > (best[0], -best[1]):
                    best = (share, root)
        return (best[1], round(best[0], 3)) if best else (None, None)

    # -- clusters -------------------------------------------------------------------------

    def cluster_events(
        self, db: Database, article_id: int, events: Sequence[tuple[int, Event]], copies: frozenset[int]
    ) -> set[int]:
        """Put each new event in a cluster, in article order; returns the clusters touched."""
        clauses = [
            clause(e.sentence, e.trigger_start - e.sentence_start, e.trigger_end - e.sentence_start,
                   self.settings.clause_words)
            for _, e in events
        ]  # fmt: skip
        vectors = self.similarity.encode(clauses)
        touched: set[int] = set()
        for (event_id, event), text, vector in zip(events, clauses, vectors, strict=True):
            stems = content_stems(text)
            view = view_of(event, event_id, article_id, vector, stems)
            done = assign(
                view, self._candidates(db, view, copies), copies=copies,
                similarity=self.similarity, settings=self.settings,
            )  # fmt: skip
            cluster = done.cluster if done.cluster is not None else self._new_cluster(db, event, event_id)
            if done.absorbed:  # the mention bridges clusters: they are one event
                db.execute(
                    f"UPDATE events SET cluster_id = ? WHERE cluster_id IN ({', '.join('?' * len(done.absorbed))})",
                    (cluster, *done.absorbed),
                )
                touched.update(done.absorbed)
            db.execute(
                "UPDATE events SET cluster_id = ?, cluster_link = ?, clause_vector = ?, clause_terms = ? WHERE id = ?",
                (cluster, _link_json(done), vector, " ".join(sorted(stems)), event_id),
            )
            self._index_keys(db, view)
            touched.add(cluster)
        return touched

    def _new_cluster(self, db: Database, event: Event, event_id: int) -> int:
        rows = db.query(
            "INSERT INTO clusters (event_type, first_event) VALUES (?, ?) RETURNING id",
            (event.event_type, event_id),
        )
        return int(rows[0]["id"])

    def _candidates(self, db: Database, view: MentionView, copies: frozenset[int]) -> list[Candidate]:
        """Earlier mentions worth comparing with ``view``, the most recent first, found by index."""
        if view.first_day is None or view.last_day is None:
            return []
        low, high = (
            _iso(view.first_day - self.settings.window_days),
            _iso(view.last_day + self.settings.window_days),
        )
        ids = self._keyed(db, view, low, high)
        if copies:
            rows = db.query(
                f"SELECT id FROM events WHERE article_id IN ({', '.join('?' * len(copies))}) "
                "AND event_type = ? AND date >= ? AND date <= ?",
                (*sorted(copies), view.event_type, low, high),
            )
            ids.update(int(r["id"]) for r in rows)
        chosen = sorted(ids, reverse=True)[: self.settings.max_candidates]
        if not chosen:
            return []
        rows = db.query(
            f"SELECT {_CANDIDATE_COLUMNS}, c.date AS cluster_first, c.date_last AS cluster_last FROM events e "
            f"LEFT JOIN clusters c ON c.id = e.cluster_id WHERE e.id IN ({', '.join('?' * len(chosen))}) "
            "AND e.article_id <> ? AND e.cluster_id IS NOT NULL ORDER BY e.id",
            (*chosen, view.article),
        )
        named = _named_participants(db, [int(r["id"]) for r in rows])
        candidates = [
            Candidate(_row_view(r, named.get(int(r["id"]), (set(), set()))), int(r["cluster_id"]), _span(r))
            for r in rows
        ]
        return [c for c in candidates if may_match(view, c.view, copies, self.settings)]

    def _keyed(self, db: Database, view: MentionView, low: str, high: str) -> set[int]:
        """Mentions of the type and days sharing a participant or place key, or enough word keys."""
        keys = sorted(blocking_keys(view, self.settings))
        if not keys:
            return set()
        rows = db.query(
            f"SELECT event_id, key FROM event_keys WHERE event_type = ? AND key IN ({', '.join('?' * len(keys))}) "
            "AND day >= ? AND day <= ?",
            (view.event_type, *keys, low, high),
        )
        words: dict[int, int] = {}
        found: set[int] = set()
        for row in rows:
            event_id = int(row["event_id"])
            if str(row["key"]).startswith("w:"):
                words[event_id] = words.get(event_id, 0) + 1
            else:
                found.add(event_id)
        return found | {e for e, n in words.items() if n >= self.settings.block_shared}

    def _index_keys(self, db: Database, view: MentionView) -> None:
        """Make a day-precise mention findable by its keys (others are never candidates)."""
        if view.first_day is None or view.first_day != view.last_day:
            return
        day = _iso(view.first_day)
        db.executemany(
            "INSERT INTO event_keys (event_id, event_type, day, key) VALUES (?, ?, ?, ?)",
            [(view.key, view.event_type, day, k) for k in sorted(blocking_keys(view, self.settings))],
        )

    # -- explanations ---------------------------------------------------------------------

    def explain(self, db: Database, cluster_id: int) -> dict[str, Any] | None:
        """Why a cluster's mentions were merged, and why its neighbours were kept apart.

        Returns ``None`` for an unknown cluster; else the cluster row, its mentions (each
        with its article, outlet, sentence and the recorded link), the copies among its
        articles, and for its founding mention every other cluster it was compared with,
        with the decision (computed now, with the current settings).
        """
        found = db.query("SELECT * FROM clusters WHERE id = ?", (cluster_id,))
        if not found:
            return None
        mentions = db.query(
            "SELECT e.id, e.trigger, e.sentence, e.date, e.modality, e.confidence, e.cluster_link, "
            "a.id AS article_id, a.doc_id, a.source, a.published, a.copy_of, a.copy_similarity "
            "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.id",
            (cluster_id,),
        )
        for mention in mentions:
            link = mention.pop("cluster_link")
            mention["link"] = json.loads(str(link)) if link else None
        return {"cluster": found[0], "mentions": mentions, "kept_apart": self._kept_apart(db, found[0])}

    def _kept_apart(self, db: Database, cluster: dict[str, Any]) -> list[dict[str, Any]]:
        rows = db.query(
            f"SELECT {_CANDIDATE_COLUMNS} FROM events e WHERE e.id = ?", (cluster["first_event"],)
        )
        if not rows:
            return []
        face = _row_view(
            rows[0], _named_participants(db, [int(rows[0]["id"])]).get(int(rows[0]["id"]), (set(), set()))
        )
        copies = self._copies_of(db, face.article)
        out = []
        for candidate in self._candidates(db, face, copies):
            if candidate.cluster == cluster["id"]:
                continue
            decision = compare(face, candidate.view, same_copy=candidate.view.article in copies,
                               similarity=self.similarity, settings=self.settings)  # fmt: skip
            out.append({"cluster": candidate.cluster, "event": candidate.view.key, "reason": decision.reason(),
                        **decision.to_dict()})  # fmt: skip
        return out

    def _copies_of(self, db: Database, article_id: int) -> frozenset[int]:
        rows = db.query(
            "SELECT b.id FROM articles a JOIN articles b ON b.id <> a.id AND (b.id = a.copy_of OR b.copy_of = a.id "
            "OR (a.copy_of IS NOT NULL AND b.copy_of = a.copy_of)) WHERE a.id = ?",
            (article_id,),
        )
        return frozenset(int(r["id"]) for r in rows)

    # -- cluster summaries ----------------------------------------------------------------

    def clusters_of_articles(self, db: Database, article_ids: Iterable[int]) -> set[int]:
        ids = sorted(set(article_ids))
        if not ids:
            return set()
        rows = db.query(
            f"SELECT DISTINCT cluster_id FROM events WHERE article_id IN ({', '.join('?' * len(ids))}) "
            "AND cluster_id IS NOT NULL",
            ids,
        )
        return {int(r["cluster_id"]) for r in rows}

    def refresh(self, db: Database, cluster_ids: Iterable[int]) -> None:
        """Recompute each cluster's summary from its mentions; drop clusters left empty."""
        for cluster_id in sorted(set(cluster_ids)):
            members = db.query(
                "SELECT e.id, e.event_type, e.date, e.place_name, e.place_country, e.place_lat, e.place_lon, "
                "e.actor_entities, e.recipient_entities, e.confidence, e.article_id, a.source, a.copy_of "
                "FROM events e JOIN articles a ON a.id = e.article_id WHERE e.cluster_id = ? ORDER BY e.id",
                (cluster_id,),
            )
            if not members:
                db.execute("DELETE FROM clusters WHERE id = ?", (cluster_id,))
                continue
            db.execute(
                "UPDATE clusters SET event_type = ?, date = ?, date_last = ?, place_name = ?, place_country = ?, "
                "place_lat = ?, place_lon = ?, actor = ?, recipient = ?, mentions = ?, articles = ?, sources = ?, "
                "confidence = ?, first_event = ? WHERE id = ?",
                (*_summary(members), cluster_id),
            )


def _span(row: dict[str, Any]) -> tuple[int, int] | None:
    """The days a candidate's cluster spans, from its summary row (None when it has no day)."""
    first, _ = day_range(row["cluster_first"], "day")
    last, _ = day_range(row["cluster_last"], "day")
    return (first, last) if first is not None and last is not None else None


def _summary(members: list[dict[str, object]]) -> tuple[object, ...]:
    face = members[0]
    # The span is read from day-precise mentions (a week or a month would blur it).
    days = sorted(str(m["date"]) for m in members if m["date"] and len(str(m["date"])) == len("2016-09-20"))
    dates = days or sorted(str(m["date"]) for m in members if m["date"])
    sources = independent_sources(
        ArticleSource(int(m["article_id"]), str(m["source"] or ""), _int_or_none(m["copy_of"]))  # type: ignore[arg-type]
        for m in members
    )
    return (
        face["event_type"], dates[0] if dates else None, dates[-1] if dates else None, face["place_name"],
        face["place_country"], face["place_lat"], face["place_lon"], _union_key(m["actor_entities"] for m in members),
        _union_key(m["recipient_entities"] for m in members), len(members),
        len({m["article_id"] for m in members}), sources, max(float(m["confidence"] or 0) for m in members),  # type: ignore[arg-type]
        face["id"],
    )  # fmt: skip


def _link_json(done: Assignment) -> str | None:
    """Why the mention joined its cluster (and which clusters it bridged); None for a founder."""
    if done.link is None:
        return None
    return json.dumps({**done.link.to_dict(), "bridged": list(done.absorbed)}, ensure_ascii=False)


def _union_key(keys: Iterable[object]) -> str:
    names = dict.fromkeys(n for k in keys for n in str(k or "").strip("|").split("|") if n)
    return f"|{'|'.join(names)}|" if names else ""


def _int_or_none(value: object) -> int | None:
    return None if value is None else int(value)  # type: ignore[call-overload]


def _iso(ordinal: int) -> str:
    return dt.date.fromordinal(ordinal).isoformat()


def _named_participants(db: Database, event_ids: list[int]) -> dict[int, tuple[set[str], set[str]]]:
    out: dict[int, tuple[set[str], set[str]]] = {}
    if not event_ids:
        return out
    rows = db.query(
        f"SELECT event_id, role, entity FROM event_actors WHERE kb_id <> '' AND entity <> '' "
        f"AND event_id IN ({', '.join('?' * len(event_ids))})",
        event_ids,
    )
    for row in rows:
        actors, recipients = out.setdefault(int(row["event_id"]), (set(), set()))
        (actors if row["role"] == "actor" else recipients).add(str(row["entity"]).casefold())
    return out


def _row_view(row: dict[str, object], named: tuple[set[str], set[str]] | tuple[dict, dict]) -> MentionView:
    first, last = day_range(row["date"], str(row["date_precision"] or ""))  # type: ignore[arg-type]
    place = place_of_row(row)
    return MentionView(
        key=int(row["id"]), article=int(row["article_id"]), event_type=str(row["event_type"]),  # type: ignore[call-overload]
        modality=str(row["modality"]), first_day=first, last_day=last, actors=frozenset(named[0]),
        recipients=frozenset(named[1]), place=place, clause=str(row["clause_vector"] or ""),
        stems=frozenset(str(row["clause_terms"] or "").split()),
        confidence=float(row["confidence"] or 0),  # type: ignore[arg-type]
    )  # fmt: skip
