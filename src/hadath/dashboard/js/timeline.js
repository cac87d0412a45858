// The timeline: canonical events per day, week or month, stacked by type or quad class, from
// /api/timeline (counted on the server). Clicking a period keeps that period's events.

import { getJSON, Latest } from "./api.js";
import { EVENT_TYPES, QUADS, quadColor, typeColor } from "./colors.js";
import { clear, el, svg } from "./dom.js";
import { num, quadLabel, t, typeLabel } from "./i18n.js";

const DAY_MS = 86400000;
const MIN_WINDOW_DAYS = 29; // a selection shorter than this is shown inside a month of context
const HEIGHT = 150;
const MARGIN = { top: 10, right: 8, bottom: 22, left: 40 };

// Dates are ISO text handled in UTC, so no time zone moves an event to another day.
const toTime = (iso) => Date.parse(`${iso}T00:00:00Z`);
const toIso = (ms) => new Date(ms).toISOString().slice(0, 10);

/** The period length that gives a readable number of bars over a span of days. */
export function chooseInterval(from, to) {
  const days = (toTime(to) - toTime(from)) / DAY_MS;
  if (days <= 92) return "day";
  if (days <= 731) return "week";
  return "month";
}

/** The period (as /api/timeline names it) holding an ISO day. */
export function periodOf(day, interval) {
  if (interval === "month") return day.slice(0, 7);
  if (interval === "week") {
    const time = toTime(day);
    const weekday = (new Date(time).getUTCDay() + 6) % 7; // Monday = 0
    return toIso(time - weekday * DAY_MS);
  }
  return day;
}

/** Every period from the one holding `from` to the one holding `to`, in order. */
export function periodsBetween(from, to, interval) {
  const out = [];
  if (interval === "month") {
    let [year, month] = from.slice(0, 7).split("-").map(Number);
    const last = to.slice(0, 7);
    for (;;) {
      const key = `${year}-${String(month).padStart(2, "0")}`;
      out.push(key);
      if (key >= last || out.length > 2400) return out;
      month += 1;
      if (month > 12) [year, month] = [year + 1, 1];
    }
  }
  const step = (interval === "week" ? 7 : 1) * DAY_MS;
  const end = toTime(to);
  for (let time = toTime(periodOf(from, interval)); time <= end && out.length < 2400; time += step) {
    out.push(toIso(time));
  }
  return out;
}

/** The first and last day of a period. */
export function periodSpan(period, interval) {
  if (interval === "month") {
    const [year, month] = period.split("-").map(Number);
    return [`${period}-01`, toIso(Date.UTC(year, month, 0))];
  }
  if (interval === "week") return [period, toIso(toTime(period) + 6 * DAY_MS)];
  return [period, period];
}

/**
 * The days that hold most of the data: the shortest run of days with at least `share` of
 * the dated events. A store's dates cluster in the months its articles cover, with a thin
 * scatter of mis-read or historical dates (a year 1990, 1215) that would otherwise stretch
 * the axis until the real months are one bar.
 */
export function dataRange(byDay, share = 0.97) {
  if (!byDay.length) return null;
  const days = byDay.map((d) => toTime(d.day));
  const total = byDay.reduce((sum, d) => sum + d.count, 0);
  const need = total * share;
  let best = [0, byDay.length - 1];
  let sum = 0;
  let first = 0;
  for (let last = 0; last < byDay.length; last++) {
    sum += byDay[last].count;
    while (sum - byDay[first].count >= need) sum -= byDay[first++].count;
    if (sum >= need && days[last] - days[first] < days[best[1]] - days[best[0]]) best = [first, last];
  }
  return { from: byDay[best[0]].day, to: byDay[best[1]].day };
}

/** The window the timeline shows for a selection inside the data's range. */
export function timelineWindow(range, selFrom, selTo) {
  if (!range) return null;
  let from = selFrom || range.from;
  let to = selTo || range.to;
  if (from > to) [from, to] = [to, from];
  const short = MIN_WINDOW_DAYS * DAY_MS - (toTime(to) - toTime(from));
  if (short > 0) {
    from = toIso(toTime(from) - Math.floor(short / 2 / DAY_MS) * DAY_MS);
    to = toIso(toTime(to) + Math.ceil(short / 2 / DAY_MS) * DAY_MS);
  }
  return { from, to };
}

export class Timeline {
  /** @param {{onPick: (from: string, to: string) => void, onKey: (split: string, key: string) => void}} handlers */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.latest = new Latest();
    this.chart = el("div", { class: "timeline-chart", dir: "ltr" });
    this.keys = el("div", { class: "timeline-keys" });
    this.note = el("p", { class: "note" });
    container.append(this.chart, this.keys, this.note);
  }

  /**
   * Draw the filtered events over `window`; `selected` ({from, to}) is shaded. `interval`
   * (day, week, month) is the reader's choice; none picks one that fits the window.
   */
  async update({ filters, window, selected, split, interval: wanted = "" }) {
    if (!window) {
      clear(this.chart, el("p", { class: "empty" }, t("noEvents")));
      return;
    }
    const interval = wanted || chooseInterval(window.from, window.to);
    const params = { ...filters, date_from: window.from, date_to: window.to, by: split, interval };
    const answer = await this.latest.run((signal) => getJSON("/api/timeline", params, { signal }));
    if (!answer) return;
    this.interval = interval;
    this.draw(answer, window, selected, split);
  }

  draw(answer, window, selected, split) {
    const periods = periodsBetween(window.from, window.to, answer.interval);
    const counts = new Map(periods.map((p) => [p, new Map()]));
    const totals = new Map();
    for (const b of answer.data) {
      counts.get(b.period)?.set(b.key, b.count);
      totals.set(b.key, (totals.get(b.key) || 0) + b.count);
    }
    const order = split === "type" ? EVENT_TYPES : QUADS;
    const keys = order.filter((k) => totals.has(k));
    const color = split === "type" ? typeColor : quadColor;
    const label = split === "type" ? typeLabel : quadLabel;

    const width = Math.max(320, this.chart.clientWidth || 800);
    const inner = { w: width - MARGIN.left - MARGIN.right, h: HEIGHT - MARGIN.top - MARGIN.bottom };
    const sums = periods.map((p) => [...counts.get(p).values()].reduce((a, b) => a + b, 0));
    const most = Math.max(1, ...sums);
    const slot = inner.w / periods.length;
    const bar = Math.max(1, slot - (slot > 4 ? 1 : 0));
    const y = (n) => (n / most) * inner.h;

    const root = svg("svg", {
      class: "timeline-svg", width, height: HEIGHT, viewBox: `0 0 ${width} ${HEIGHT}`, role: "img",
      "aria-label": t("timeline"),
    });
    const plot = svg("g", { transform: `translate(${MARGIN.left},${MARGIN.top})` });
    root.append(plot);
    this.shade(plot, periods, selected, answer.interval, slot, inner.h);
    plot.append(
      svg("line", { class: "axis", x1: 0, x2: inner.w, y1: inner.h, y2: inner.h }),
      svg("text", { class: "tick", x: -6, y: 8, "text-anchor": "end" }, num(most)),
      svg("text", { class: "tick", x: -6, y: inner.h, "text-anchor": "end" }, "0"),
    );
    periods.forEach((period, i) => {
      const x = i * slot;
      let top = inner.h;
      for (const key of keys) {
        const n = counts.get(period).get(key);
        if (!n) continue;
        const h = y(n);
        top -= h;
        plot.append(svg("rect", { class: "seg", x, y: top, width: bar, height: h, fill: color(key) }));
      }
      const tip = [`${period}: ${num(sums[i])}`,
        ...keys.filter((k) => counts.get(period).get(k)).map((k) => `${label(k)}: ${num(counts.get(period).get(k))}`),
        t("clickToFilter")].join("\n");
      const [from, to] = periodSpan(period, answer.interval);
      plot.append(svg("rect", {
        class: "hit", x, y: 0, width: slot, height: inner.h, "data-period": period, "data-count": sums[i],
        onclick: () => this.handlers.onPick(from, to),
      }, svg("title", {}, tip)));
    });
    this.ticks(plot, periods, answer.interval, slot, inner.h);
    clear(this.chart, root);

    const intervalName = { day: t("perDay"), week: t("perWeek"), month: t("perMonth") }[answer.interval];
    this.chart.dataset.interval = answer.interval;
    clear(this.keys, 
      el("span", { class: "interval" }, intervalName),
      keys.map((key) => el("button", {
        type: "button", class: "key", "data-key": key, onclick: () => this.handlers.onKey(split, key),
      }, el("span", { class: "swatch", style: { background: color(key) } }), `${label(key)} (${num(totals.get(key))})`)),
    );
    this.note.textContent = t("undatedNote");
  }

  /** Shade the selected days, so a chosen period stays visible in its context. */
  shade(plot, periods, selected, interval, slot, height) {
    if (!selected || (!selected.from && !selected.to)) return;
    const first = periods.findIndex((p) => periodSpan(p, interval)[1] >= (selected.from || ""));
    const after = periods.findIndex((p) => periodSpan(p, interval)[0] > (selected.to || "9999"));
    const from = Math.max(0, first);
    const to = after === -1 ? periods.length : after;
    if (to <= from) return;
    plot.append(svg("rect", { class: "selected", x: from * slot, y: 0, width: (to - from) * slot, height }));
  }

  /** Labels under the axis: each month (or year) where it starts, no closer than 56 pixels. */
  ticks(plot, periods, interval, slot, height) {
    let lastX = -Infinity;
    periods.forEach((period, i) => {
      const month = period.slice(0, 7);
      const starts = i === 0 || periods[i - 1].slice(0, 7) !== month;
      const yearStarts = i === 0 || periods[i - 1].slice(0, 4) !== period.slice(0, 4);
      const wanted = interval === "month" ? (periods.length > 36 ? yearStarts : true) : starts;
      const x = i * slot;
      if (!wanted || x - lastX < 56) return;
      lastX = x;
      const text = interval === "month" && periods.length > 36 ? period.slice(0, 4) : month;
      plot.append(
        svg("line", { class: "axis", x1: x, x2: x, y1: height, y2: height + 4 }),
        svg("text", { class: "tick", x: x + 2, y: height + 16 }, text),
      );
    });
  }

  cancel() {
    this.latest.cancel();
  }
}
