"""List the location and date misses of the event coder on a gold file, by reason class.

    python bench/where_when.py GOLD.jsonl [--system OUT.jsonl] [--show N] [--field location|date]

Runs the pipeline on the gold texts (or reads a system file), matches events at the type
level exactly as the scorer does, and for every matched pair whose place is more than
161 km off or whose day differs prints gold and predicted values with a reason class
(``paired_other_event``: the scorer paired the gold event with a system event of the same
type and sentence but another trigger, so the place is that other event's). Ends
with a count per class. The sentences it prints come from the gold file: read them in the
terminal, never commit them.
"""

from __future__ import annotations

import argparse
import json
from collections import Counter
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from hadath.eval import read_gold, run_system
from hadath.eval.gold import DocRecord, EventRecord, Location, parse_record
from hadath.eval.match import LOCATION_TOLERANCE_KM, greedy_match, haversine_km, same_sentence


@dataclass(frozen=True, slots=True)
class Raw:
    """The records as read, for the fields the parsed records leave out (``date_text``)."""

    gold: dict[str, dict[str, Any]]
    system: dict[str, dict[str, Any]]


def _read_jsonl(path: str) -> list[dict[str, Any]]:
    with open(path, encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


@dataclass(frozen=True, slots=True)
class Miss:
    """One wrong place or day among the type-level matches."""

    field: str
    reason: str
    doc_id: str
    published: str
    sentence: str
    trigger: str
    system_trigger: str
    gold: str
    predicted: str


def _place(loc: Location | None) -> str:
    if loc is None:
        return "-"
    return f"{loc.text} = {loc.name} ({loc.lat}, {loc.lon})"


def _location_reason(gold: EventRecord, system: EventRecord, sentence: str) -> str:
    g, s = gold.location, system.location
    if not _same_trigger(gold.trigger, system.trigger):
        # the scorer pairs events by type and sentence only: this is another event's place
        return "paired_other_event"
    if s is None or s.lat is None:
        return "no_prediction"
    g_text, s_text = g.text, s.text
    if g_text and s_text and (g_text in s_text or s_text in g_text):
        return "same_name_other_place"
    if not s_text:
        return "fallback_focus_country"
    if s_text not in sentence:
        return "dateline_or_other_sentence"
    if g_text and g_text not in sentence:
        return "gold_outside_sentence"
    return "other_name_in_sentence"


def _same_trigger(gold: str, system: str) -> bool:
    """Whether two triggers share a word (وصلوا / ووصلت do not; «تم إعدام» / «إعدام» do)."""
    if not gold or not system:
        return True
    stems = {w.lstrip("وف") for w in system.split()}
    return any(w.lstrip("وف") in stems or any(w in t or t in w for t in stems) for w in gold.split())


def _date_reason(system_date: str | None, g_text: str, s_text: str, sentence: str) -> str:
    if not system_date:
        return "no_prediction"
    if not s_text:
        return "carried_from_earlier"
    if g_text and (g_text in s_text or s_text in g_text):
        return "same_words_other_day"
    if g_text and g_text not in sentence:
        return "gold_outside_sentence"
    if not g_text:
        return "gold_has_no_words"
    return "other_words_in_sentence"


def _pairs(gold: DocRecord, system: DocRecord) -> Iterator[tuple[int, int, str]]:
    """Indices of the (gold, system) events matched at the type level, with the sentence."""
    doc = gold.text
    g_spans = [(i, e, e.sentence.locate(doc)) for i, e in enumerate(gold.events)]
    s_spans = [(i, e, e.sentence.locate(doc)) for i, e in enumerate(system.events)]

    def accept(g: tuple, s: tuple) -> bool:
        return g[1].event_type == s[1].event_type and same_sentence(g[2], s[2])

    for (gi, _, span), (si, _, _) in greedy_match(g_spans, s_spans, accept):
        yield gi, si, doc[span[0] : span[1]] if span else ""


def _date_text(raw: dict[str, Any], i: int) -> str:
    return raw.get("events", [])[i].get("date_text") or ""


def misses(gold: dict[str, DocRecord], system: dict[str, DocRecord], raw: Raw) -> Iterator[Miss]:
    """Every wrong place and day among the type-level matches."""
    for doc_id, g_doc in gold.items():
        s_doc = system.get(doc_id) or DocRecord(doc_id=doc_id)
        for gi, si, sentence in _pairs(g_doc, s_doc):
            g, s = g_doc.events[gi], s_doc.events[si]
            g_words, s_words = _date_text(raw.gold[doc_id], gi), _date_text(raw.system[doc_id], si)
            base = (doc_id, g_doc.published or "", sentence, g.trigger, s.trigger)
            if g.location and g.location.lat is not None:
                ok = s.location and s.location.lat is not None
                km = (
                    haversine_km((g.location.lat, g.location.lon), (s.location.lat, s.location.lon))
                    if ok
                    else 1e9
                )
                if km > LOCATION_TOLERANCE_KM:
                    reason = _location_reason(g, s, sentence)
                    yield Miss("location", reason, *base, _place(g.location), _place(s.location))
            if g.date and (s.date or "")[:10] != g.date:
                reason = _date_reason(s.date, g_words, s_words, sentence)
                yield Miss("date", reason, *base, f"{g.date} «{g_words}»", f"{s.date} «{s_words}»")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("gold")
    parser.add_argument("--system", help="a system output JSONL (default: run the pipeline)")
    parser.add_argument("--field", choices=("location", "date"))
    parser.add_argument("--show", type=int, default=1000, help="misses to print (0: only the counts)")
    args = parser.parse_args()
    gold = read_gold(args.gold)
    records = _read_jsonl(args.system) if args.system else run_system(gold.values())
    system = {r["doc_id"]: parse_record(r, strict=False) for r in records}
    raw = Raw({r["doc_id"]: r for r in _read_jsonl(args.gold)}, {r["doc_id"]: r for r in records})
    found = [m for m in misses(gold, system, raw) if args.field in (None, m.field)]
    for m in found[: args.show]:
        print(
            f"[{m.field}:{m.reason}] {m.doc_id} published {m.published}"
            f" trigger «{m.trigger}» (system «{m.system_trigger}»)"
        )
        print(f"  {m.sentence}")
        print(f"  gold: {m.gold}\n  pred: {m.predicted}")
    for (field, reason), n in sorted(Counter((m.field, m.reason) for m in found).items()):
        print(f"{field:9} {reason:28} {n}")


if __name__ == "__main__":
    main()
