// Hadath dashboard: event list with filters, highlighted source sentences, article view.
// Vanilla JS, no external requests: everything comes from this server's /api.
"use strict";

const PAGE_SIZE = 50;
// Span kinds in the order they win when two overlap (the trigger is what the event is about).
const KINDS = ["trigger", "actor", "recipient", "place", "date"];

const STRINGS = {
  ar: {
    appName: "حدث", tagline: "من فعل ماذا بمن، وأين ومتى", otherLang: "English", events: "الأحداث",
    timeline: "الأحداث حسب اليوم", type: "النوع", allTypes: "كل الأنواع", search: "بحث في النص",
    actor: "الفاعل", recipient: "المفعول به", place: "المكان", date: "التاريخ", modality: "الصيغة",
    confidence: "الثقة", trigger: "الفعل", dateFrom: "من", dateTo: "إلى", apply: "تطبيق", clear: "مسح",
    noEvents: "لا توجد أحداث مطابقة.", prev: "السابق", next: "التالي", back: "العودة إلى الأحداث",
    fullArticle: "المقال كاملا", source: "المصدر", published: "النشر", sources: (n) => `المصادر: ${n}`,
    totals: (a, e) => `${e} حدثا من ${a} مقالا`, page: (from, to, n) => `${from}–${to} من ${n}`,
    loadError: "تعذر تحميل البيانات",
    types: {
      AGREE: "اتفاق", CONSULT: "تشاور", SUPPORT: "دعم", CONCEDE: "تنازل", COOPERATE: "تعاون",
      AID: "مساعدة", RETREAT: "انسحاب", REQUEST: "مطالبة", ACCUSE: "اتهام", REJECT: "رفض",
      THREATEN: "تهديد", PROTEST: "احتجاج", SANCTION: "عقوبات", MOBILIZE: "حشد", COERCE: "إكراه",
      ASSAULT: "هجوم",
    },
    modalities: {
      asserted: "مؤكد", negated: "منفي", future: "مستقبلي", hypothetical: "افتراضي", claimed: "مزعوم",
    },
  },
  en: {
    appName: "Hadath", tagline: "Who did what to whom, where and when", otherLang: "العربية",
    events: "Events", timeline: "Events by day", type: "Type", allTypes: "All types",
    search: "Search text", actor: "Actor", recipient: "Recipient", place: "Place", date: "Date",
    modality: "Modality", confidence: "Confidence", trigger: "Trigger", dateFrom: "From", dateTo: "To",
    apply: "Apply", clear: "Clear", noEvents: "No matching events.", prev: "Previous", next: "Next",
    back: "Back to events", fullArticle: "Full article", source: "Source", published: "Published",
    sources: (n) => `${n} source${n === 1 ? "" : "s"}`,
    totals: (a, e) => `${e} events from ${a} articles`, page: (from, to, n) => `${from}–${to} of ${n}`,
    loadError: "Could not load data",
    types: {},
    modalities: {},
  },
};

// The API pages by cursor: `cursors` holds the cursor of every page up to the one shown.
const state = { lang: localStorage.getItem("hadath.lang") || "ar", cursors: [null], stats: null };

const $ = (id) => document.getElementById(id);
const t = (key) => STRINGS[state.lang][key];

function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("data-")) node.setAttribute(name, value);
    else node[name] = value;
  }
  for (const child of children) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status}`);
  return response.json();
}

// ---- spans and highlighting -------------------------------------------------------------

/** Every span of an event, as {start, end, kind, label} in article offsets. */
function eventSpans(ev) {
  const spans = [{ start: ev.trigger_start, end: ev.trigger_end, kind: "trigger", label: ev.event_type }];
  for (const a of ev.actor) spans.push({ start: a.start, end: a.end, kind: "actor", label: a.entity });
  for (const a of ev.recipient) spans.push({ start: a.start, end: a.end, kind: "recipient", label: a.entity });
  if (ev.place) {
    spans.push({ start: ev.place.start, end: ev.place.end, kind: "place", label: ev.place.name });
  }
  if (ev.date_start !== null && ev.date_start !== undefined) {
    spans.push({ start: ev.date_start, end: ev.date_end, kind: "date", label: ev.date });
  }
  return spans.filter((s) => s.start >= 0 && s.end > s.start);
}

/**
 * Render `text` (which starts at article offset `base`) with spans highlighted.
 * Spans may overlap: the text is cut at every span boundary and each piece takes the
 * highest-priority kind that covers it.
 */
function highlight(text, base, spans) {
  const end = base + text.length;
  const inside = spans
    .map((s) => ({ ...s, start: Math.max(s.start, base), end: Math.min(s.end, end) }))
    .filter((s) => s.end > s.start);
  const cuts = new Set([base, end]);
  for (const s of inside) { cuts.add(s.start); cuts.add(s.end); }
  const points = [...cuts].sort((x, y) => x - y);
  const frag = document.createDocumentFragment();
  for (let i = 0; i < points.length - 1; i++) {
    const [from, to] = [points[i], points[i + 1]];
    const piece = text.slice(from - base, to - base);
    const covering = inside.filter((s) => s.start <= from && s.end >= to);
    if (!covering.length) { frag.append(piece); continue; }
    covering.sort((x, y) => KINDS.indexOf(x.kind) - KINDS.indexOf(y.kind));
    const top = covering[0];
    frag.append(el("mark", {
      class: "hl", "data-kind": top.kind, "data-start": from, "data-end": to,
      title: covering.map((s) => `${t(s.kind)}: ${s.label || ""}`).join(" · "),
    }, piece));
  }
  return frag;
}

// ---- labels ------------------------------------------------------------------------------

function typeLabel(type) { return t("types")[type] || type; }
function modalityLabel(m) { return t("modalities")[m] || m; }
function eventDay(ev) { return ev.date || (ev.published || "").slice(0, 10); }

/** An argument list as text: the Arabic mention in Arabic, the canonical name in English. */
function argText(args) {
  return args.map((a) => (state.lang === "ar" ? a.text || a.entity : a.entity || a.text)).join("، ");
}

function placeText(loc) {
  if (!loc) return "";
  return state.lang === "ar" ? loc.text || loc.name : loc.name || loc.text;
}

// ---- language ----------------------------------------------------------------------------

function applyLanguage() {
  const html = document.documentElement;
  html.lang = state.lang;
  html.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-i18n]")) {
    const value = t(node.dataset.i18n);
    if (typeof value === "string") node.textContent = value;
  }
  document.title = `${t("appName")} — ${t("tagline")}`;
}

// ---- list view ---------------------------------------------------------------------------

function filterParams() {
  const params = new URLSearchParams();
  for (const [name, value] of new FormData($("filters"))) if (value) params.set(name, value);
  params.set("limit", PAGE_SIZE);
  params.set("total", "true");
  const cursor = state.cursors[state.cursors.length - 1];
  if (cursor) params.set("cursor", cursor);
  return params;
}

function renderTotals() {
  if (!state.stats) return;
  $("totals").textContent = t("totals")(state.stats.articles, state.stats.events);
}

function renderTypeOptions() {
  const select = $("f-type");
  const current = select.value;
  for (const option of [...select.options].slice(1)) option.remove();
  for (const type of Object.keys(state.stats.by_type)) {
    select.append(el("option", { value: type }, `${typeLabel(type)} (${state.stats.by_type[type]})`));
  }
  select.value = current;
}

function renderTimeline() {
  const box = $("timeline");
  for (const bar of box.querySelectorAll(".bar")) bar.remove();
  const days = state.stats.by_day;
  const most = Math.max(1, ...days.map((d) => d.count));
  for (const d of days) {
    const bar = el("button", { type: "button", class: "bar", title: `${d.day}: ${d.count}`, "data-day": d.day });
    bar.style.height = `${Math.max(4, Math.round((d.count / most) * 100))}%`;
    bar.addEventListener("click", () => {
      $("f-from").value = d.day;
      $("f-to").value = d.day;
      firstPage();
    });
    box.append(bar);
  }
}

function detailRow(ev) {
  const sentence = el("p", { class: "sentence", dir: "rtl", lang: "ar" });
  sentence.append(highlight(ev.sentence, ev.sentence_start, eventSpans(ev)));
  const link = el("a", {
    href: `#/article/${encodeURIComponent(ev.doc_id || ev.article_id)}?event=${ev.mention_id}`,
  }, `${t("fullArticle")}: ${ev.title || ev.doc_id}`);
  const meta = el("p", { class: "meta" },
    `${ev.cameo} · ${ev.source || ""} · ${t("sources")(ev.sources)} · `, link);
  return el("tr", { class: "detail" }, el("td", { colSpan: 7 }, sentence, meta));
}

function eventRow(ev) {
  const row = el("tr", { class: "event", tabIndex: 0, "data-id": ev.id },
    el("td", {}, eventDay(ev)),
    el("td", {}, el("span", { class: "type", "data-type": ev.event_type }, typeLabel(ev.event_type))),
    el("td", {}, argText(ev.actor)),
    el("td", {}, argText(ev.recipient)),
    el("td", {}, placeText(ev.place)),
    el("td", {}, modalityLabel(ev.modality)),
    el("td", { class: "num" }, ev.confidence.toFixed(2)));
  return row;
}

function renderEvents(page) {
  const body = $("event-rows");
  body.replaceChildren();
  for (const ev of page.data) {
    // The sentence is always shown under its row: it is the evidence for every column.
    body.append(eventRow(ev), detailRow(ev));
  }
  const offset = (state.cursors.length - 1) * PAGE_SIZE;
  $("empty").hidden = page.total > 0;
  const from = page.data.length ? offset + 1 : 0;
  $("page-info").textContent = t("page")(from, offset + page.data.length, page.total);
  $("prev").disabled = state.cursors.length === 1;
  $("next").disabled = !page.next;
  state.next = page.next;
}

function firstPage() {
  state.cursors = [null];
  loadEvents();
}

async function loadEvents() {
  document.body.dataset.ready = "0";
  try {
    renderEvents(await getJSON(`/api/events?${filterParams()}`));
    $("error").hidden = true;
  } catch (err) {
    showError(err);
  }
  document.body.dataset.ready = "1";
}

// The actor filter takes a canonical name: suggest the names whose start (or an Arabic
// mention's start) was typed.
let suggestTimer = null;
function suggestActors() {
  clearTimeout(suggestTimer);
  const prefix = $("f-actor").value.trim();
  if (!prefix) return;
  suggestTimer = setTimeout(async () => {
    try {
      const page = await getJSON(`/api/actors?${new URLSearchParams({ prefix, limit: 10 })}`);
      const options = page.data.map((a) => el("option", { value: a.name }, `${a.name} (${a.events})`));
      $("actor-names").replaceChildren(...options);
    } catch (err) {
      showError(err);
    }
  }, 200);
}

// ---- article view ------------------------------------------------------------------------

async function showArticle(key, eventId) {
  document.body.dataset.ready = "0";
  try {
    const article = await getJSON(`/api/articles/${encodeURIComponent(key)}`);
    const chosen = article.events.filter((ev) => !eventId || String(ev.id) === eventId);
    $("article-title").textContent = article.title || article.doc_id;
    $("article-meta").textContent =
      `${t("source")}: ${article.source || article.url || "—"} · ${t("published")}: ${article.published || "—"}`;
    const text = $("article-text");
    text.replaceChildren(highlight(article.text, 0, chosen.flatMap(eventSpans)));
    const first = text.querySelector("mark");
    if (first && eventId) first.scrollIntoView({ block: "center" });
    $("error").hidden = true;
  } catch (err) {
    showError(err);
  }
  document.body.dataset.ready = "1";
}

// ---- routing and start-up ----------------------------------------------------------------

function showError(err) {
  $("error").textContent = `${t("loadError")}: ${err.message}`;
  $("error").hidden = false;
}

function route() {
  const match = location.hash.match(/^#\/article\/([^?]+)(?:\?event=(\d+))?/);
  $("list-view").hidden = Boolean(match);
  $("article-view").hidden = !match;
  if (match) return showArticle(decodeURIComponent(match[1]), match[2]);
  return loadEvents();
}

async function start() {
  applyLanguage();
  $("filters").addEventListener("submit", (e) => { e.preventDefault(); firstPage(); });
  $("filters").addEventListener("reset", () => { setTimeout(firstPage, 0); });
  $("f-type").addEventListener("change", firstPage);
  $("f-actor").addEventListener("input", suggestActors);
  $("prev").addEventListener("click", () => { state.cursors.pop(); loadEvents(); });
  $("next").addEventListener("click", () => { if (state.next) { state.cursors.push(state.next); loadEvents(); } });
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("hadath.lang", state.lang);
    applyLanguage();
    if (state.stats) { renderTotals(); renderTypeOptions(); }
    route();
  });
  window.addEventListener("hashchange", route);
  try {
    state.stats = await getJSON("/api/stats");
    renderTotals();
    renderTypeOptions();
    renderTimeline();
  } catch (err) {
    showError(err);
  }
  await route();
}

document.addEventListener("DOMContentLoaded", start);
