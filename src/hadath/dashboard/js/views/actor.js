// One actor (#/actor/NAME): its events as actor and as recipient over time, by type, the
// parties it deals with most, its latest events in each role and its quotes. Everything is
// counted on the server (/api/actors/NAME); the lists are one short page each.

import { getJSON, HttpError, Latest } from "../api.js";
import { arabic, clear, el, parts, svg } from "../dom.js";
import { num, t } from "../i18n.js";
import { href } from "../router.js";
import { eventSpans, highlight } from "../spans.js";
import { eventDay, typeChip } from "../table.js";
import { chooseInterval, dataRange, periodOf, periodsBetween } from "../timeline.js";

const ROLE_COLORS = { as_actor: "#4e79a7", as_recipient: "#f28e2b" };
const CHART = { height: 170, top: 10, bottom: 22, left: 40, right: 8, widest: 36 };
const RECENT = 6;

/** A bar of `n` out of `most`, for the counterpart and type tables. */
function meter(n, most, role) {
  const width = n && most ? Math.max(2, Math.round((n / most) * 100)) : 0;
  return el("span", { class: "meter" },
    el("span", { class: "bar", style: { width: `${width}%`, background: ROLE_COLORS[role] } }),
    el("span", { class: "n" }, num(n)));
}

/** A short list of events, each with its highlighted sentence. */
export function eventList(events) {
  if (!events.length) return el("p", { class: "empty" }, t("noEvents"));
  return el("ul", { class: "event-list" }, events.map((ev) => {
    const sentence = arabic("p", { class: "sentence" });
    sentence.append(highlight(ev.sentence, ev.sentence_start, eventSpans(ev)));
    return el("li", { "data-id": ev.id },
      el("p", { class: "meta" }, typeChip(ev.event_type), " ",
        parts(el("a", { href: href("event", String(ev.id)) }, eventDay(ev) || "—"), ev.source)),
      sentence);
  }));
}

export class ActorView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.latest = new Latest();
  }

  async mount(route) {
    this.page = el("article", { class: "actor-page" }, el("p", { class: "note" }, t("loading")));
    this.root.append(this.page);
    await this.update(route);
  }

  async update(route) {
    const name = route.arg;
    // Days, rolled up here into weeks or months to suit this actor's own span of dates.
    const load = (signal) => Promise.all([
      getJSON(`/api/actors/${encodeURIComponent(name)}`, { interval: "day", limit: 12 }, { signal }),
      getJSON("/api/events", { actor: name, limit: RECENT }, { signal }),
      getJSON("/api/events", { recipient: name, limit: RECENT }, { signal }),
      getJSON("/api/quotes", { speaker: name, limit: 4 }, { signal }),
    ]);
    let answers;
    try {
      answers = await this.latest.run(load);
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) {
        clear(this.page, el("p", { class: "empty" }, `${t("notFound")}: ${name}`));
        return;
      }
      throw err;
    }
    if (answers) this.render(...answers);
  }

  render(profile, asActor, asRecipient, quotes) {
    const facts = [
      [t("kbId"), profile.kb_id || "—"], [t("actorCountry"), profile.country || "—"], [t("sector"), profile.sector || "—"],
      [t("mentions"), num(profile.mentions)],
    ];
    clear(this.page, 
      el("header", { class: "actor-head", "data-actor": profile.name },
        el("h2", {}, profile.name),
        el("p", { class: "roles" },
          el("span", { class: "role as_actor" }, `${t("eventsN")(num(profile.as_actor))} ${t("asActor")}`),
          el("span", { class: "role as_recipient" }, `${t("eventsN")(num(profile.as_recipient))} ${t("asRecipient")}`),
          el("a", { href: href("events", null, { actor: profile.name }) }, t("allInTable"))),
        el("dl", { class: "facts" }, facts.map(([k, v]) => [el("dt", {}, k), el("dd", {}, v)]))),
      el("section", { class: "panel" }, el("h3", {}, `${t("timeline")} · ${t("over_time")}`), this.chart(profile)),
      el("div", { class: "two" },
        el("section", { class: "panel" }, el("h3", {}, t("counterparts")), this.counterparts(profile)),
        el("section", { class: "panel" }, el("h3", {}, t("byTypeTitle")), this.types(profile))),
      el("div", { class: "two" },
        el("section", { class: "panel" }, el("h3", {}, t("recentAsActor")), eventList(asActor.data)),
        el("section", { class: "panel" }, el("h3", {}, t("recentAsRecipient")), eventList(asRecipient.data))),
      quotes.data.length
        ? el("section", { class: "panel" }, el("h3", {}, t("quotesBy")),
          el("ul", { class: "quote-list" }, quotes.data.map((q) => el("li", {},
            el("p", { class: "meta" }, parts((q.published || "").slice(0, 10), q.source)),
            arabic("blockquote", {}, q.content)))))
        : null,
    );
  }

  /** Events per period: as actor above the axis, as recipient below it. */
  chart(profile) {
    const days = profile.timeline;
    const range = dataRange(days.map((d) => ({ day: d.period, count: d.as_actor + d.as_recipient })));
    if (!range) return el("p", { class: "empty" }, t("noDated"));
    const interval = chooseInterval(range.from, range.to);
    const periods = periodsBetween(range.from, range.to, interval);
    const byPeriod = new Map(periods.map((p) => [p, { as_actor: 0, as_recipient: 0 }]));
    for (const d of days) {
      const row = byPeriod.get(periodOf(d.period, interval));
      if (!row) continue; // outside the range that holds most of the dates
      row.as_actor += d.as_actor;
      row.as_recipient += d.as_recipient;
    }
    const width = Math.max(320, this.page.clientWidth - 40 || 800);
    const inner = { w: width - CHART.left - CHART.right, h: CHART.height - CHART.top - CHART.bottom };
    const most = Math.max(1, ...[...byPeriod.values()].map((r) => Math.max(r.as_actor, r.as_recipient)));
    const half = inner.h / 2;
    const slot = inner.w / periods.length;
    const bar = Math.min(CHART.widest, Math.max(1, slot - (slot > 4 ? 1 : 0)));
    const plot = svg("g", { transform: `translate(${CHART.left},${CHART.top})` },
      svg("line", { class: "axis", x1: 0, x2: inner.w, y1: half, y2: half }),
      svg("text", { class: "tick", x: -6, y: 8, "text-anchor": "end" }, num(most)),
      svg("text", { class: "tick", x: -6, y: inner.h, "text-anchor": "end" }, num(most)));
    periods.forEach((period, i) => {
      const row = byPeriod.get(period);
      if (!row.as_actor && !row.as_recipient) return;
      const x = i * slot + (slot - bar) / 2;
      const up = (row.as_actor / most) * half;
      const down = (row.as_recipient / most) * half;
      const tip = `${period}: ${num(row.as_actor)} ${t("asActor")} · ${num(row.as_recipient)} ${t("asRecipient")}`;
      plot.append(
        svg("rect", { x, y: half - up, width: bar, height: up, fill: ROLE_COLORS.as_actor }),
        svg("rect", { x, y: half, width: bar, height: down, fill: ROLE_COLORS.as_recipient }),
        svg("rect", { class: "hit", x: i * slot, y: 0, width: slot, height: inner.h }, svg("title", {}, tip)),
      );
    });
    let lastX = -Infinity;
    periods.forEach((period, i) => {
      const label = interval === "day" ? period.slice(5) : period.slice(0, 7);
      const starts = interval === "day" || i === 0 || periods[i - 1].slice(0, 7) !== period.slice(0, 7);
      if (!starts || i * slot - lastX < 56) return;
      lastX = i * slot;
      plot.append(svg("text", { class: "tick", x: i * slot + 2, y: inner.h + 16 }, label));
    });
    const chart = svg("svg", { class: "role-chart", width, height: CHART.height, role: "img",
      "aria-label": t("timeline"), "data-interval": interval }, plot);
    const intervalName = { day: t("perDay"), week: t("perWeek"), month: t("perMonth") }[interval];
    return el("div", { dir: "ltr", class: "chart-wrap" }, chart,
      el("p", { class: "chart-keys", dir: "auto" }, el("span", {}, intervalName),
        el("span", { class: "role as_actor" }, t("asActor")), " ", el("span", { class: "role as_recipient" }, t("asRecipient"))));
  }

  counterparts(profile) {
    if (!profile.counterparts.length) return el("p", { class: "empty" }, "—");
    const most = Math.max(1, ...profile.counterparts.map((c) => Math.max(c.as_actor, c.as_recipient)));
    return el("table", { class: "counterparts" },
      el("thead", {}, el("tr", {}, el("th", {}, t("actor")), el("th", {}, `${profile.name} ${t("actsOn")}`),
        el("th", {}, `${profile.name} ${t("actedOnBy")}`))),
      el("tbody", {}, profile.counterparts.map((c) => el("tr", {},
        el("td", {}, el("a", { href: href("actor", c.name) }, c.name)),
        el("td", {}, meter(c.as_actor, most, "as_actor")),
        el("td", {}, meter(c.as_recipient, most, "as_recipient"))))));
  }

  types(profile) {
    const most = Math.max(1, ...profile.types.map((r) => Math.max(r.as_actor, r.as_recipient)));
    return el("table", { class: "counterparts" },
      el("thead", {}, el("tr", {}, el("th", {}, t("type")), el("th", {}, t("asActor")), el("th", {}, t("asRecipient")))),
      el("tbody", {}, profile.types.map((r) => el("tr", {},
        el("td", {}, el("a", { href: href("events", null, { actor: profile.name, type: r.key }) }, typeChip(r.key))),
        el("td", {}, meter(r.as_actor, most, "as_actor")),
        el("td", {}, meter(r.as_recipient, most, "as_recipient"))))));
  }

  unmount() {
    this.latest.cancel();
  }
}
