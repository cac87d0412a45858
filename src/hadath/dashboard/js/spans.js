// Highlighting spans of an article. The API's offsets count Unicode code points (Python
// string indices); JavaScript strings count UTF-16 units, which differ for any character
// outside the Basic Multilingual Plane (emoji, some symbols). Text is therefore cut as
// arrays of code points, never with String.slice on API offsets.

import { el } from "./dom.js";
import { kindLabel } from "./i18n.js";

// The order in which kinds win where spans overlap: the trigger is what the event is about.
export const KINDS = ["trigger", "actor", "recipient", "place", "date", "speaker", "quote", "sentence"];

/** Every span of a mention (or canonical event) as {start, end, kind, label}, in article offsets. */
export function eventSpans(ev) {
  const spans = [{ start: ev.trigger_start, end: ev.trigger_end, kind: "trigger", label: ev.trigger }];
  for (const a of ev.actor || []) spans.push({ start: a.start, end: a.end, kind: "actor", label: a.entity });
  for (const a of ev.recipient || []) spans.push({ start: a.start, end: a.end, kind: "recipient", label: a.entity });
  if (ev.place) spans.push({ start: ev.place.start, end: ev.place.end, kind: "place", label: ev.place.name });
  if (ev.date_start !== null && ev.date_start !== undefined) {
    spans.push({ start: ev.date_start, end: ev.date_end, kind: "date", label: ev.date || ev.date_text });
  }
  return spans.filter((s) => Number.isInteger(s.start) && s.start >= 0 && s.end > s.start);
}

/** The code points of `text`, so offsets from the API index it directly. */
export const codePoints = (text) => Array.from(text || "");

/**
 * `text` (whose first code point is article offset `base`) as a fragment with every span
 * inside it marked. Overlapping spans cut the text at each boundary; each piece is one
 * <mark> coloured by the highest kind covering it and listing every kind in data-kinds.
 * data-start/data-end are the piece's article offsets, in code points.
 */
export function highlight(text, base, spans) {
  const chars = Array.isArray(text) ? text : codePoints(text);
  const end = base + chars.length;
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([base, end]);
  for (const s of inside) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = chars.slice(from - base, to - base).join("");
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) {
      frag.append(piece);
      continue;
    }
    covering.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
    const kinds = [...new Set(covering.map((s) => s.kind))];
    frag.append(el("mark", {
      class: "hl", "data-kind": kinds[0], "data-kinds": kinds.join(" "), "data-start": from, "data-end": to,
      title: covering.map((s) => `${kindLabel(s.kind)}: ${s.label || ""}`).join(" · "),
    }, piece));
  }
  return frag;
}

/** The colour key of the highlight kinds, for the pages that highlight. */
export function legend(kinds = KINDS.slice(0, 5)) {
  return el("p", { class: "legend" },
    kinds.map((kind) => el("span", { class: "hl", "data-kind": kind }, kindLabel(kind))));
}
