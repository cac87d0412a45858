"""Why one sentence gave the events it gave: the report behind ``hadath explain``.

:func:`explain_sentence` runs the pipeline over an article with a :class:`CoderTrace` on
the event coder for one sentence, then joins what the trace saw (trigger candidates, the
rule that accepted or rejected each, arguments and how they were found) with the final
events of that sentence (place, date, confidence and the weights behind it).
:func:`explain_lines` renders the report as plain text.
"""

from __future__ import annotations

from typing import Any

from hadath.errors import InputError
from hadath.events.coder import EventCoder, model_roles
from hadath.events.confidence import event_features, meanings
from hadath.events.trace import CoderTrace, SentenceNote, TriggerNote, modality_cues
from hadath.model import Article, Event
from hadath.pipeline import Pipeline


def explain_sentence(
    article: Article, index: int, path: str, pipeline: Pipeline | None = None
) -> dict[str, Any]:
    """The report for sentence ``index`` (from 0) of an article read from ``path``.

    Raises:
        InputError: when the article has no sentence ``index``.
    """
    pipeline = pipeline or Pipeline.default()
    coder = pipeline.stage(EventCoder)
    trace = CoderTrace([index])
    coder.trace = trace
    try:
        article = pipeline(article)
    finally:
        coder.trace = None
    if not 0 <= index < len(article.sentences):
        count = len(article.sentences)
        raise InputError(path, f"no sentence {index}: the article has {count} (0 to {count - 1})")
    sentence = article.sentences[index]
    note = trace.sentences.get(index)
    tokens = [t for t in article.tokens if t.sentence == index]
    events = [e for e in article.events if sentence.start <= e.trigger_start < sentence.end]
    return {
        "file": path,
        "doc_id": article.doc_id,
        "sentence": {
            "index": index, "start": sentence.start, "end": sentence.end,
            "text": article.text[sentence.start : sentence.end],
        },
        "tokens": [
            {"i": i, "start": t.start, "end": t.end, "text": article.text[t.start : t.end], "norm": t.norm,
             "stem": t.stem, "prefixes": list(t.prefixes), "suffix": t.suffix}
            for i, t in enumerate(tokens)
        ],
        "triggers": [_trigger(article, note, tn, events, coder) for tn in (note.triggers if note else [])],
        "events": [e.to_dict() for e in events],
    }  # fmt: skip


def _trigger(
    article: Article, note: SentenceNote, tn: TriggerNote, events: list[Event], coder: Any
) -> dict[str, Any]:
    start, end = note.tokens[tn.first].start, note.tokens[tn.last].end
    text = article.text[start:end]
    out = tn.to_dict()
    out.update(text=text, start=start, end=end)
    out["how_matched"] = _how_matched(article, note, tn)
    others = sorted(meanings(coder.index, note.tokens[tn.first].norm) - {tn.entry["event_type"]})
    out["also_means"] = others
    out["modality_cues"] = [{"word": w, "kinds": k} for w, k in modality_cues(note.tokens, tn.first)]
    event = next((e for e in events if e.trigger_start == start), None)
    if event is not None and tn.decision == "coded":
        out["event"] = _event_summary(event, coder)
    return out


def _how_matched(article: Article, note: SentenceNote, tn: TriggerNote) -> str:
    entry = tn.entry
    if entry["pos"] == "light":
        head = note.tokens[tn.head]
        obj = article.text[head.start : head.end]
        if tn.head == tn.first:
            return f"light verb {entry['lemma']} alone (allowed only with a subject of certain sectors)"
        return f"light verb {entry['lemma']}: the sense is decided by its object {obj!r}"
    kind = "verb form" if tn.is_verb else "noun (masdar)" if entry["pos"] == "verb" else "noun"
    return f"{kind} of the entry {entry['lemma']}"


def _event_summary(event: Event, coder: Any) -> dict[str, Any]:
    features = event_features(event, coder.index)
    calibration = coder.calibration
    terms = calibration.contributions(features) if calibration else []
    return {
        "event_type": event.event_type, "cameo": event.cameo, "mode": event.mode,
        "modality": event.modality, "rule": event.rule,
        "actor": [a.to_dict() for a in event.actor], "recipient": [r.to_dict() for r in event.recipient],
        "location": event.location.to_dict() if event.location else None,
        "date": event.date, "date_text": event.date_text, "date_start": event.date_start,
        "date_end": event.date_end, "confidence": event.confidence,
        "confidence_model": {
            "intercept": calibration.intercept if calibration else None,
            "terms": [{"feature": f, "value": v, "weight": round(w, 4)} for f, v, w in terms],
        },
    }  # fmt: skip


def _argument_line(actor: dict[str, Any], traced: dict[tuple[int, int], dict[str, Any]], chosen: bool) -> str:
    """One argument of the final event; how it was found when the coder's trace saw it.
    chosen: the learned argument chooser filled the argument's role."""
    who = actor["entity"] or "?"
    ident = ", ".join(x for x in (actor["kb_id"], actor["sector"], actor["country"]) if x)
    line = f"{actor['text']!r} [{actor['start']}–{actor['end']}] → {who}" + (f" ({ident})" if ident else "")
    seen = traced.get((actor["start"], actor["end"]))
    if seen is None and chosen:
        return line + "; chosen by the learned argument chooser (events/argmodel.py)"
    if seen is None:
        return line + "; from another event of the sentence folded into this one"
    if seen["added_by"]:
        return line + f"; added by a rule: {seen['added_by']}"
    marker = f", after {seen['marker_word']!r} ({seen['marker']})" if seen["marker"] else ""
    return line + f"; {seen['kind']}, matched by {seen['matched_by'] or '?'}{marker}"


def _traced(arguments: list[dict[str, Any]], role: str) -> dict[tuple[int, int], dict[str, Any]]:
    """The names the trace saw for one role's arguments, by span: a name of the clause in
    whichever slot it was found, one a rule added only in the role it was added to."""
    return {
        (n["start"], n["end"]): {
            **n, "marker": a["marker"], "marker_word": a["marker_word"], "added_by": a["added_by"]
        }
        for a in arguments
        if not a["added_by"] or a["role"] == role
        for n in a["names"]
    }  # fmt: skip


def _event_lines(trig: dict[str, Any]) -> list[str]:
    ev = trig["event"]
    lines = []
    # the roles the learned chooser filled, from the rule's tag (+model:actor,recipient)
    chosen = model_roles(ev["rule"])
    for role in ("actor", "recipient"):
        traced = _traced(trig["arguments"], role)
        found = [_argument_line(a, traced, role in chosen) for a in ev[role]]
        lines.append(f"      {role}: {' + '.join(found) if found else '—'}")
    lines.append(f"      argument rule: {ev['rule'].split(':', 2)[-1]}")
    cues = ", ".join(f"{c['word']} ({'/'.join(c['kinds'])})" for c in trig["modality_cues"])
    lines.append(f"      modality: {ev['modality']}" + (f" (particles before it: {cues})" if cues else ""))
    loc = ev["location"]
    lines.append(
        f"      place: {loc['name'] or loc['text']} ({loc['precision']}) from {loc['text']!r} [{loc['start']}–{loc['end']}]"
        if loc
        else "      place: —"
    )
    date = (
        f"{ev['date']} from {ev['date_text']!r}"
        if ev["date"] and ev["date_text"]
        else f"{ev['date']} (carried from an earlier sentence or the article's date)"
        if ev["date"]
        else "—"
    )
    lines.append(f"      date: {date}")
    model = ev["confidence_model"]
    if model["intercept"] is not None:
        terms = ", ".join(f"{t['feature']}={t['value']} {t['weight']:+.2f}" for t in model["terms"])
        lines.append(
            f"      confidence: {ev['confidence']:.2f} = logistic({model['intercept']:+.2f}; {terms})"
        )
    else:
        lines.append(f"      confidence: {ev['confidence']:.2f} (rule of thumb)")
    return lines


def explain_lines(report: dict[str, Any]) -> list[str]:
    """The report as plain text for a person."""
    s = report["sentence"]
    lines = [
        f"{report['file']}: sentence {s['index']} (characters {s['start']}–{s['end']})",
        f"  {s['text']}",
        "",
        "tokens:",
    ]
    for t in report["tokens"]:
        split = "+".join([*t["prefixes"], t["stem"]]) + (f"+{t['suffix']}" if t["suffix"] else "")
        lines.append(f"  {t['i']:>3}  {t['text']}  [{t['start']}–{t['end']}]  {split}")
    lines += [
        "",
        "trigger candidates:" if report["triggers"] else "trigger candidates: none (no lexicon word here)",
    ]
    for trig in report["triggers"]:
        e = trig["entry"]
        lines.append(
            f"  * {trig['text']} (tokens {trig['tokens'][0]}–{trig['tokens'][1]}) — {e['event_type']} {e['pos']} "
            f"{e['lemma']} [{e['file']}], read as {trig['read_as']}"
        )
        lines.append(f"      matched: {trig['how_matched']}")
        if trig["also_means"]:
            lines.append(
                f"      the word can also mean: {', '.join(trig['also_means'])} (this entry was taken)"
            )
        if trig["decision"] == "coded" and "event" in trig:
            ev = trig["event"]
            lines.append(f"      coded: {ev['event_type']} (CAMEO {ev['cameo']}), rule {ev['rule']}")
            lines += _event_lines(trig)
        else:
            lines.append(f"      {trig['decision']}: {trig['reason'] or 'no reason recorded'}")
    lines += ["", f"events from this sentence: {len(report['events'])}"]
    return lines
