// The events table: one page of canonical events from /api/events (cursor pages, sorted on
// the server), each row with the sentence it was coded from, highlighted.

import { getJSON, Latest } from "./api.js";
import { typeColor } from "./colors.js";
import { arabic, clear, el, parts } from "./dom.js";
import { lang, modalityLabel, num, precisionLabel, t, typeLabel } from "./i18n.js";
import { href } from "./router.js";
import { eventSpans, highlight } from "./spans.js";

export const PAGE_SIZE = 25;
const SENTENCES_KEY = "hadath.sentences";

// Columns: [key, label key, the sort it stands for (null: not sortable on the server)].
const COLUMNS = [
  ["date", "date", "date"],
  ["type", "type", "type"],
  ["modality", "modality", null],
  ["actor", "actor", null],
  ["recipient", "recipient", null],
  ["place", "place", "place"],
  ["confidence", "confidence", "confidence"],
  ["sources", "sources", "sources"],
];
// The direction a column sorts in on its first click: newest, most, best first.
const FIRST_DIRECTION = { date: "-", sources: "-", confidence: "-", type: "", place: "" };

/** An argument's name: the Arabic mention in Arabic, the canonical name in English. */
export function partyName(a) {
  return lang() === "ar" ? a.text || a.entity : a.entity || a.text;
}

/** Links to the actor pages of a list of actors or recipients. */
export function partyLinks(parties) {
  const out = [];
  parties.forEach((a, i) => {
    if (i) out.push("، ");
    const name = partyName(a);
    out.push(a.entity
      ? el("a", { href: href("actor", a.entity), class: "party", title: a.entity, onclick: (e) => e.stopPropagation() }, name)
      : name);
  });
  return out;
}

export function typeChip(type) {
  return el("span", { class: "type-chip", "data-type": type, style: { "--c": typeColor(type) } }, typeLabel(type));
}

export function placeText(place) {
  if (!place) return "";
  const name = lang() === "ar" ? place.text || place.name : place.name || place.text;
  return el("span", { class: "place", title: `${place.name || ""} · ${precisionLabel(place.precision || "unknown")}` },
    el("span", { class: `precision-dot ${place.precision || "unknown"}`, "aria-hidden": "true" }), name);
}

export const eventDay = (ev) => ev.date_first || ev.date || "";

export class EventTable {
  /** @param {{onSort: (sort: string) => void, onHover: (ev: object|null) => void}} handlers */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.latest = new Latest();
    this.cursors = [null];
    this.sentences = localStorage.getItem(SENTENCES_KEY) !== "0";
    this.build();
  }

  build() {
    this.summary = el("span", { class: "summary", "aria-live": "polite" });
    const toggle = el("input", {
      type: "checkbox", checked: this.sentences,
      onchange: (e) => {
        this.sentences = e.target.checked;
        localStorage.setItem(SENTENCES_KEY, this.sentences ? "1" : "0");
        this.container.classList.toggle("no-sentences", !this.sentences);
      },
    });
    this.container.classList.toggle("no-sentences", !this.sentences);
    this.head = el("thead");
    this.body = el("tbody", { id: "event-rows" });
    this.empty = el("p", { class: "empty", hidden: true }, t("noEvents"));
    this.prev = el("button", { type: "button", id: "prev", onclick: () => this.turn(-1) }, t("prev"));
    this.next = el("button", { type: "button", id: "next", onclick: () => this.turn(1) }, t("next"));
    this.pageInfo = el("span", { id: "page-info" });
    this.container.append(
      el("div", { class: "panel-head" }, this.summary, el("label", { class: "toggle" }, toggle, t("showSentences"))),
      el("div", { class: "table-wrap" }, el("table", { class: "events" }, this.head, this.body)),
      this.empty,
      el("nav", { class: "pager", "aria-label": t("page")(1, 1, 1) }, this.prev, this.pageInfo, this.next),
    );
  }

  renderHead(sort) {
    const current = sort.replace(/^-/, "");
    const descending = sort.startsWith("-");
    const cells = COLUMNS.map(([key, label, sortKey]) => {
      if (!sortKey) return el("th", { scope: "col", "data-col": key }, t(label));
      const active = current === sortKey;
      const nextSort = active ? (descending ? sortKey : `-${sortKey}`) : `${FIRST_DIRECTION[sortKey]}${sortKey}`;
      return el("th", {
        scope: "col", "data-col": key, "aria-sort": active ? (descending ? "descending" : "ascending") : "none",
      }, el("button", { type: "button", class: "sort", onclick: () => this.handlers.onSort(nextSort) },
        t(label), el("span", { class: "arrow", "aria-hidden": "true" }, active ? (descending ? "▼" : "▲") : "↕")));
    });
    clear(this.head, el("tr", {}, cells));
  }

  /** Show the first page for these filters and sort. */
  async update(filters, sort) {
    this.filters = filters;
    this.sort = sort;
    this.cursors = [null];
    this.renderHead(sort);
    await this.load();
  }

  async turn(step) {
    if (step > 0 && this.nextCursor) this.cursors.push(this.nextCursor);
    else if (step < 0 && this.cursors.length > 1) this.cursors.pop();
    else return;
    await this.load();
    this.container.scrollIntoView({ block: "start", behavior: "smooth" });
  }

  async load() {
    const cursor = this.cursors[this.cursors.length - 1];
    const params = { ...this.filters, sort: this.sort, limit: PAGE_SIZE, total: "true", cursor };
    const page = await this.latest.run((signal) => getJSON("/api/events", params, { signal }));
    if (!page) return;
    this.render(page);
  }

  render(page) {
    clear(this.body);
    for (const ev of page.data) this.body.append(this.row(ev), this.detail(ev));
    const offset = (this.cursors.length - 1) * PAGE_SIZE;
    const from = page.data.length ? offset + 1 : 0;
    this.empty.hidden = page.data.length > 0;
    this.pageInfo.textContent = t("page")(num(from), num(offset + page.data.length), num(page.total));
    this.summary.textContent = t("eventsN")(num(page.total));
    this.prev.disabled = this.cursors.length === 1;
    this.next.disabled = !page.next;
    this.nextCursor = page.next;
  }

  row(ev) {
    const open = () => { location.hash = href("event", String(ev.id)); };
    return el("tr", {
      class: "event", tabIndex: 0, "data-id": ev.id,
      onclick: open,
      onkeydown: (e) => { if (e.key === "Enter") open(); },
      onmouseenter: () => this.handlers.onHover(ev),
      onmouseleave: () => this.handlers.onHover(null),
    },
    el("td", { class: "date" }, el("a", { href: href("event", String(ev.id)), onclick: (e) => e.stopPropagation() },
      el("bdi", {}, eventDay(ev) || "—"))),
    el("td", {}, typeChip(ev.event_type)),
    el("td", { class: `modality ${ev.modality}` }, modalityLabel(ev.modality)),
    el("td", { class: "party" }, partyLinks(ev.actor)),
    el("td", { class: "party" }, partyLinks(ev.recipient)),
    el("td", { class: "where" }, placeText(ev.place)),
    el("td", { class: "num" }, num(ev.best_confidence ?? ev.confidence, 2)),
    el("td", { class: "num", title: `${t("mentionsN")(ev.mentions)} · ${t("articlesN")(ev.articles)}` },
      num(ev.sources)));
  }

  detail(ev) {
    const sentence = arabic("p", { class: "sentence" });
    sentence.append(highlight(ev.sentence, ev.sentence_start, eventSpans(ev)));
    return el("tr", { class: "detail", "data-id": ev.id },
      el("td", { colSpan: COLUMNS.length }, sentence, el("p", { class: "meta" }, parts(ev.source, (ev.published || "").slice(0, 10)))));
  }

  cancel() {
    this.latest.cancel();
  }
}
