// The truce page: one declared truce, its reported violations by day and side, their places,
// the list with every source, and the accusations and denials between the sides.
// Reads /api/truces only; builds every element with textContent (no HTML from the data).

const TEXT = {
  ar: {
    appName: "حدث", title: "مراقبة الهدنة", truce: "الهدنة", otherLang: "English", sides: "الأطراف",
    exemptions: "المستثنون", area: "النطاق", sources: "المصادر", series: "الخروقات المبلغ عنها يوميا حسب الطرف",
    seriesNote: "الأيام الخضراء: لا خروقات مبلغ عنها مع وجود تغطية. الأيام الباهتة: لا أخبار محفوظة.",
    map: "خريطة الخروقات", violations: "الخروقات المبلغ عنها ومصادرها", side: "الطرف", modality: "الصيغة",
    all: "الكل", asserted: "مؤكد", claimed: "ادعاء", minSources: "أقل عدد مصادر", day: "اليوم", act: "الفعل",
    place: "المكان", sentence: "النص", none: "لا خروقات مبلغ عنها.", prev: "السابق", next: "التالي",
    accusations: "قال وقالوا: الاتهامات والنفي", accusationsList: "اتهامات", denialsList: "نفي ورفض",
    statementsList: "تصريحات تذكر الهدنة", unattributed: "غير منسوبة", open: "مفتوحة",
    from: "من", to: "إلى", counted: "الأيام المحسوبة", announced: "أعلنت", totalViolations: "خروقات مبلغ عنها",
    totalUnattributed: "غير منسوبة", totalClaimed: "ادعاءات", daysWithData: "أيام فيها أخبار",
    quietDays: "أيام بلا خروقات", perDay: "في اليوم", quietFor: "أيام هادئة", accuser: "المتهِم",
    accused: "المتهَم", violationRef: "الخرق", noMap: "الخريطة غير متاحة.", noneYet: "لا شيء.",
    page: "{from}–{to} من {total}", exemptNone: "لا أحد", polygons: "مضلعات", mentions: "تقارير",
    denialOf: "ينفي", quote: "تصريح",
  },
  en: {
    appName: "Hadath", title: "Truce monitor", truce: "Truce", otherLang: "العربية", sides: "Sides",
    exemptions: "Exempted", area: "Area", sources: "Sources", series: "Reported violations per day, by side",
    seriesNote: "Green days: news stored and no violation reported. Faint days: no news stored.",
    map: "Map of violations", violations: "Reported violations and their sources", side: "Side",
    modality: "Modality", all: "All", asserted: "asserted", claimed: "claimed", minSources: "Min. sources",
    day: "Day", act: "Act", place: "Place", sentence: "Text", none: "No reported violations.", prev: "Previous",
    next: "Next", accusations: "He said, she said: accusations and denials", accusationsList: "Accusations",
    denialsList: "Denials and rejections", statementsList: "Statements naming the truce",
    unattributed: "unattributed", open: "open", from: "from", to: "to", counted: "Days counted",
    announced: "announced", totalViolations: "reported violations", totalUnattributed: "unattributed",
    totalClaimed: "claimed only", daysWithData: "days with news", quietDays: "days without violations",
    perDay: "per day", quietFor: "quiet days", accuser: "Accuser", accused: "Accused", violationRef: "violation",
    noMap: "The map is not available.", noneYet: "None.", page: "{from}–{to} of {total}", exemptNone: "none",
    polygons: "polygons", mentions: "reports", denialOf: "denies", quote: "quote",
  },
};
const SIDE_COLORS = ["#c0392b", "#2471a3", "#7d3c98", "#d68910", "#138d75", "#7f8c8d"];
const UNATTRIBUTED = "#9aa3ad";
const PAGE = 25;

const state = { lang: localStorage.getItem("hadath-lang") === "en" ? "en" : "ar", truces: [], detail: null,
  offset: 0, days: [], places: [], accusations: { accusation: [], denial: [], statement: [] } };
let busy = 0;

const $ = (id) => document.getElementById(id);
const t = (key) => TEXT[state.lang][key] ?? key;

/** An element with attributes and children (strings become text nodes, never HTML). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElementNS(attrs.svg ? "http://www.w3.org/2000/svg" : "http://www.w3.org/1999/xhtml", tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (name === "svg" || value === undefined || value === null || value === false) continue;
    node.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}
const svg = (tag, attrs = {}, ...children) => el(tag, { ...attrs, svg: true }, ...children);

async function getJSON(path, params = {}) {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  busy += 1;
  document.body.dataset.busy = String(busy);
  try {
    const response = await fetch(query.toString() ? `${path}?${query}` : path, { headers: { Accept: "application/json" } });
    if (!response.ok) throw new Error(`${path}: ${response.status}`);
    return await response.json();
  } finally {
    busy -= 1;
    document.body.dataset.busy = String(busy);
  }
}

function showError(error) {
  const box = $("error");
  box.textContent = String(error.message || error);
  box.hidden = false;
}

// -- language ------------------------------------------------------------------------------

function applyLanguage() {
  document.documentElement.lang = state.lang;
  document.documentElement.dir = state.lang === "ar" ? "rtl" : "ltr";
  for (const node of document.querySelectorAll("[data-t]")) node.textContent = t(node.dataset.t);
  document.title = `${t("title")} — Hadath`;
}

const nameOf = (item) => (state.lang === "ar" && item.name_ar ? item.name_ar : item.name);
const sideIndex = (id) => state.detail.parties.findIndex((s) => s.id === id);
const sideColor = (id) => SIDE_COLORS[sideIndex(id) % SIDE_COLORS.length] || UNATTRIBUTED;
const sideLabel = (id) => {
  const side = state.detail.parties.find((s) => s.id === id);
  return side ? nameOf(side) : id;
};

// -- the truce -----------------------------------------------------------------------------

async function loadTruces() {
  const body = await getJSON("/api/truces");
  state.truces = body.data;
  const select = $("truce-select");
  select.replaceChildren(...state.truces.map((tr) => el("option", { value: tr.id }, nameOf(tr))));
  const wanted = new URLSearchParams(location.search).get("id");
  select.value = state.truces.some((tr) => tr.id === wanted) ? wanted : state.truces[0]?.id ?? "";
}

async function showTruce() {
  const id = $("truce-select").value;
  if (!id) return;
  if (new URLSearchParams(location.search).get("id") !== id) {
    history.replaceState(null, "", `?id=${encodeURIComponent(id)}`);
  }
  const filters = currentFilters();
  const base = `/api/truces/${encodeURIComponent(id)}`;
  const [detail, days, places, accusation, denial, statement] = await Promise.all([
    getJSON(base, { min_sources: filters.min_sources }),
    getJSON(`${base}/aggregates`, { by: "day", min_sources: filters.min_sources }),
    getJSON(`${base}/aggregates`, { by: "place", min_sources: filters.min_sources }),
    getJSON(`${base}/accusations`, { kind: "accusation", limit: 200 }),
    getJSON(`${base}/accusations`, { kind: "denial", limit: 200 }),
    getJSON(`${base}/accusations`, { kind: "statement", limit: 100 }),
  ]);
  state.detail = detail;
  state.days = days.days;
  state.places = places.buckets;
  state.accusations = { accusation: accusation.data, denial: denial.data, statement: statement.data };
  state.offset = 0;
  renderAll();
  await loadViolations();
}

function renderAll() {
  applyLanguage();
  $("truce-select").replaceChildren(...state.truces.map((tr) => el("option", { value: tr.id }, nameOf(tr))));
  $("truce-select").value = state.detail.id;
  renderFacts(state.detail);
  renderTiles(state.detail.summary);
  renderSeries(state.days);
  renderMap(state.places).catch(() => { $("map").replaceChildren(el("p", { class: "t-note" }, t("noMap"))); });
  renderAccusations();
  renderSideFilter();
}

function renderFacts(d) {
  $("truce-name").textContent = nameOf(d);
  const when = (value) => el("bdi", { dir: "ltr" }, value ? value.slice(0, 16).replace("T", " ") : t("open"));
  $("truce-dates").replaceChildren(`${t("from")} `, when(d.start), ` ${t("to")} `, when(d.end),
    ` · ${t("counted")}: `, el("bdi", { dir: "ltr" }, `${d.first_day} – ${d.last_day ?? t("open")}`),
    d.announced ? ` · ${t("announced")} ` : "", d.announced ? el("bdi", { dir: "ltr" }, d.announced) : "");
  $("truce-sides").replaceChildren(...d.parties.map((s) =>
    el("span", { class: "t-side", style: `--c:${sideColor(s.id)}`, title: s.members.join(", ") }, nameOf(s))));
  const exempted = d.exemption_names.length ? d.exemption_names : d.exemptions;
  $("truce-exemptions").textContent = exempted.length ? exempted.join(" · ") : t("exemptNone");
  const area = d.area;
  const parts = [...area.countries, ...area.admin1,
    ...area.places.map((p) => `${p.name || p.place} +${p.radius_km} km`),
    ...(area.polygons.length ? [`${area.polygons.length} ${t("polygons")}`] : [])];
  $("truce-area").textContent = parts.join(" · ");
  $("truce-sources").replaceChildren(...d.sources.map((s) => el("li", {},
    s.url ? el("a", { href: s.url, rel: "noopener" }, s.title) : s.title,
    [s.publisher, s.date].filter(Boolean).length ? ` (${[s.publisher, s.date].filter(Boolean).join(", ")})` : "")));
  $("truce-note").textContent = d.note || "";
}

function renderTiles(s) {
  const tile = (value, label, extra = "") => el("div", { class: `t-tile ${extra}` },
    el("strong", {}, value ?? "–"), el("span", {}, label));
  $("tiles").replaceChildren(
    tile(s.violations, t("totalViolations")),
    tile(s.per_day, t("perDay")),
    tile(s.unattributed, t("totalUnattributed")),
    tile(s.claimed, t("totalClaimed")),
    tile(s.days_with_data, t("daysWithData")),
    tile(s.quiet_days, t("quietDays"), "t-quiet"),
    ...s.sides.map((side) => el("div", { class: "t-tile t-side-tile", style: `--c:${sideColor(side.id)}` },
      el("strong", {}, side.violations), el("span", {}, nameOf(side)),
      el("small", {}, `${side.quiet_days} ${t("quietFor")}`))),
  );
}

// -- the daily series ------------------------------------------------------------------------

function renderSeries(days) {
  const box = $("series");
  if (!days.length) { box.replaceChildren(el("p", { class: "t-empty" }, t("noneYet"))); return; }
  const sides = state.detail.parties.map((s) => s.id);
  const barW = Math.max(6, Math.min(36, Math.floor(640 / days.length) - 4)), gap = 4;
  const height = 200, top = 10, bottom = 34, left = 30;
  const width = left + days.length * (barW + gap) + 10;
  const peak = Math.max(1, ...days.map((d) => d.violations));
  const y = (n) => (height - top - bottom) * (n / peak);
  const chart = svg("svg", { viewBox: `0 0 ${width} ${height}`, width, height, class: "t-chart", direction: "ltr" });
  for (const tick of [0, Math.ceil(peak / 2), peak]) {
    const ty = height - bottom - y(tick);
    chart.append(svg("line", { x1: left - 4, x2: width, y1: ty, y2: ty, class: "t-grid-line" }),
      svg("text", { x: left - 6, y: ty + 4, class: "t-tick", "text-anchor": "end" }, tick));
  }
  days.forEach((d, i) => {
    const x = left + i * (barW + gap);
    let base = height - bottom;
    const title = [`${d.day}: ${d.violations}`];
    const group = svg("g", {});
    if (!d.has_data) group.append(svg("rect", { x, y: top, width: barW, height: height - top - bottom, class: "t-nodata" }));
    if (d.quiet) group.append(svg("rect", { x, y: base - 4, width: barW, height: 4, class: "t-quiet-day" }));
    const parts = [...sides.map((s) => [s, d.by_side[s] || 0]), ["unattributed", d.unattributed]];
    for (const [side, n] of parts) {
      if (!n) continue;
      const h = y(n);
      base -= h;
      group.append(svg("rect", { x, y: base, width: barW, height: h, fill: side === "unattributed" ? UNATTRIBUTED : sideColor(side) }));
      title.push(`${side === "unattributed" ? t("unattributed") : sideLabel(side)}: ${n}`);
    }
    if (d.claimed) title.push(`${t("claimed")}: ${d.claimed}`);
    group.prepend(svg("title", {}, title.join("\n")));
    if (days.length <= 12 || i % Math.ceil(days.length / 12) === 0) {
      group.append(svg("text", { x: x + barW / 2, y: height - bottom + 14, class: "t-tick", "text-anchor": "middle" }, d.day.slice(5)));
    }
    chart.append(group);
  });
  box.replaceChildren(chart);
  $("legend").replaceChildren(
    ...state.detail.parties.map((s) => el("span", { class: "t-key", style: `--c:${sideColor(s.id)}` }, nameOf(s))),
    el("span", { class: "t-key", style: `--c:${UNATTRIBUTED}` }, t("unattributed")),
  );
}

// -- the map -------------------------------------------------------------------------------------

let atlas = null;

async function renderMap(places) {
  const box = $("map");
  const located = places.filter((p) => p.lat !== null && p.lon !== null);
  $("places").replaceChildren(...places.slice(0, 12).map((p) => el("li", {}, `${p.name || "?"} (${p.country || "?"}): ${p.count}`)));
  const d3 = await import("./vendor/d3-topo.js");
  if (!atlas) atlas = await (await fetch("vendor/atlas/countries-50m.json")).json();
  const countries = d3.feature(atlas, atlas.objects.countries);
  const width = 520, height = 360;
  const points = located.map((p) => [p.lon, p.lat]);
  const frame = points.length > 1 ? { type: "MultiPoint", coordinates: points } : boxAround(points[0] || areaCentre());
  const projection = d3.geoMercator().fitExtent([[30, 30], [width - 30, height - 30]], frame);
  const path = d3.geoPath(projection);
  const map = svg("svg", { viewBox: `0 0 ${width} ${height}`, class: "t-mapsvg", role: "img", "aria-labelledby": "map-heading" });
  map.append(svg("path", { d: path(countries), class: "t-land" }));
  const peak = Math.max(1, ...located.map((p) => p.count));
  for (const p of [...located].sort((a, b) => b.count - a.count)) {
    const [x, y] = projection([p.lon, p.lat]);
    const r = 4 + 14 * Math.sqrt(p.count / peak);
    map.append(svg("circle", { cx: x, cy: y, r, class: "t-dot" }, svg("title", {}, `${p.name}: ${p.count}`)));
  }
  box.replaceChildren(map);
}

function areaCentre() {
  const place = state.detail.area.places.find((p) => p.lat !== null);
  if (place) return [place.lon, place.lat];
  const ring = state.detail.area.polygons[0];
  return ring ? ring[0] : [42, 28];
}

const boxAround = ([lon, lat]) => ({ type: "MultiPoint", coordinates: [[lon - 3, lat - 2], [lon + 3, lat + 2]] });

// -- the list of violations ------------------------------------------------------------------

function currentFilters() {
  const minSources = $("f-min-sources").value;
  return { side: $("f-side").value, modality: $("f-modality").value, min_sources: minSources };
}

function renderSideFilter() {
  const select = $("f-side");
  const value = select.value;
  select.replaceChildren(el("option", { value: "" }, t("all")),
    ...state.detail.parties.map((s) => el("option", { value: s.id }, nameOf(s))),
    el("option", { value: "unattributed" }, t("unattributed")));
  select.value = value;
}

async function loadViolations() {
  const filters = currentFilters();
  const page = await getJSON(`/api/truces/${encodeURIComponent(state.detail.id)}/violations`,
    { ...filters, limit: PAGE, offset: state.offset });
  const rows = page.data.map(violationRow);
  $("violation-rows").replaceChildren(...rows);
  $("no-violations").hidden = page.total > 0;
  const from = page.total ? page.offset + 1 : 0;
  $("page-info").textContent = t("page").replace("{from}", from).replace("{to}", page.offset + page.data.length)
    .replace("{total}", page.total);
  $("prev").disabled = page.offset === 0;
  $("next").disabled = page.next_offset === null;
  document.body.dataset.ready = "1";
}

function violationRow(v) {
  const who = v.sides.length
    ? v.sides.map((s) => el("span", { class: "t-side", style: `--c:${sideColor(s)}` }, sideLabel(s)))
    : [el("span", { class: "t-side t-unattributed" }, t("unattributed"))];
  const place = v.place ? `${v.place.name || v.place.text || "?"}${v.place.country ? ` (${v.place.country})` : ""}` : "";
  const outlets = dedupe(v.reports.map((r) => [r.source || r.doc_id, r.url, r.published]));
  return el("tr", { id: `v-${v.id}` },
    el("td", {}, v.day),
    el("td", {}, who, el("div", { class: "t-actors" }, v.actors.join("، "))),
    el("td", {}, v.act),
    el("td", {}, place),
    el("td", {}, el("span", { class: `t-badge t-${v.modality}` }, t(v.modality) || v.modality)),
    el("td", {}, el("strong", { title: `${v.mentions} ${t("mentions")}` }, v.sources), " ",
      el("span", { class: "t-outlets" }, ...outlets.map(([name, url, published], i) => [
        i ? " · " : "", url ? el("a", { href: url, rel: "noopener", title: published || "" }, name) : name]))),
    el("td", { lang: "ar", dir: "rtl", class: "t-sentence" }, v.sentence),
  );
}

function dedupe(items) {
  const seen = new Set();
  return items.filter(([name]) => (seen.has(name) ? false : (seen.add(name), true)));
}

// -- he said, she said -------------------------------------------------------------------------

function renderAccusations() {
  const matrix = new Map();
  for (const a of state.accusations.accusation) {
    for (const from of a.accuser.sides.length ? a.accuser.sides : ["?"]) {
      for (const to of a.accused.sides.length ? a.accused.sides : ["?"]) {
        const key = `${from}→${to}`;
        matrix.set(key, (matrix.get(key) || 0) + 1);
      }
    }
  }
  const label = (id) => (id === "?" ? "?" : sideLabel(id));
  $("matrix").replaceChildren(...[...matrix.entries()].sort((a, b) => b[1] - a[1]).map(([key, n]) => {
    const [from, to] = key.split("→");
    return el("span", { class: "t-pair" }, el("b", {}, label(from)), " → ", el("b", {}, label(to)), `: ${n}`);
  }));
  for (const kind of ["accusation", "denial", "statement"]) {
    const items = state.accusations[kind];
    $(`acc-${kind}`).replaceChildren(...(items.length ? items.map(statementItem) : [el("li", { class: "t-note" }, t("noneYet"))]));
  }
}

function statementItem(a) {
  const who = a.accuser.names.join("، ") || "?";
  const whom = a.accused.names.length ? ` → ${a.accused.names.join("، ")}` : "";
  const links = dedupe(a.reports.map((r) => [r.source || r.doc_id, r.url, r.published]));
  return el("li", {},
    el("div", { class: "t-meta" }, a.day || "", " · ", el("b", {}, who), whom,
      a.origin === "quote" ? ` · ${t("quote")}` : "",
      ...a.violations.map((id) => [" · ", el("a", { href: `#v-${id}`, class: "t-vref" }, `${t("violationRef")} ${id}`)])),
    el("div", { lang: "ar", dir: "rtl", class: "t-sentence" }, a.text),
    el("div", { class: "t-outlets" }, ...links.map(([name, url], i) => [i ? " · " : "",
      url ? el("a", { href: url, rel: "noopener" }, name) : name])),
  );
}

// -- wiring ----------------------------------------------------------------------------------------

async function start() {
  applyLanguage();
  $("lang-toggle").addEventListener("click", () => {
    state.lang = state.lang === "ar" ? "en" : "ar";
    localStorage.setItem("hadath-lang", state.lang);
    if (state.detail) renderAll();
    else applyLanguage();
    if (state.detail) loadViolations().catch(showError);
  });
  $("truce-select").addEventListener("change", () => showTruce().catch(showError));
  $("filters").addEventListener("change", (event) => {
    state.offset = 0;
    const refresh = event.target.id === "f-min-sources" ? showTruce() : loadViolations();
    refresh.catch(showError);
  });
  $("filters").addEventListener("submit", (event) => event.preventDefault());
  $("prev").addEventListener("click", () => { state.offset = Math.max(0, state.offset - PAGE); loadViolations().catch(showError); });
  $("next").addEventListener("click", () => { state.offset += PAGE; loadViolations().catch(showError); });
  await loadTruces();
  await showTruce();
}

start().catch(showError);
