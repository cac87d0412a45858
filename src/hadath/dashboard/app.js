// Hadath dashboard: a static page over this server's /api, in Arabic (right to left) with an
// English toggle. Vanilla ES modules; the few libraries it uses are bundled in vendor/, so the
// page makes no request beyond this server.

import { getJSON } from "./js/api.js";
import { clear, el } from "./js/dom.js";
import { applyLanguage, lang, num, setLang, t } from "./js/i18n.js";
import { currentRoute, go } from "./js/router.js";
import { dataRange } from "./js/timeline.js";
import { ActorView } from "./js/views/actor.js";
import { ArticleView } from "./js/views/article.js";
import { EventView } from "./js/views/event.js";
import { ExploreView } from "./js/views/explore.js";
import { QuotesView } from "./js/views/quotes.js";

// Route name -> how to make its view. "events" and "map" are one view in two layouts.
const VIEWS = {
  events: (root, ctx) => new ExploreView(root, ctx, "events"),
  map: (root, ctx) => new ExploreView(root, ctx, "map"),
  event: (root, ctx) => new EventView(root, ctx),
  actor: (root, ctx) => new ActorView(root, ctx),
  quotes: (root, ctx) => new QuotesView(root, ctx),
  article: (root, ctx) => new ArticleView(root, ctx),
};
const NAV = { events: "navEvents", map: "navMap", quotes: "navQuotes", truces: "navTruces" };

// What every view may read: store totals, the days that hold most events, the last list shown.
const ctx = { stats: null, range: null, lastList: null };
let view = null;
let viewKey = null;

const $ = (id) => document.getElementById(id);

function showError(err) {
  console.error(err);
  $("error").textContent = `${t("loadError")}: ${err.message}`;
  $("error").hidden = false;
}

function renderHeader() {
  applyLanguage();
  $("totals").textContent = ctx.stats ? t("totals")(num(ctx.stats.articles), num(ctx.stats.events)) : "";
  const active = currentRoute().name;
  for (const link of document.querySelectorAll("nav.views a")) {
    link.textContent = t(NAV[link.dataset.view]);
    if (link.dataset.view === active) link.setAttribute("aria-current", "page");
    else link.removeAttribute("aria-current");
  }
}

/** Show the view the address names: update it in place when only its parameters changed. */
async function route() {
  const current = currentRoute();
  const make = VIEWS[current.name] || VIEWS.events;
  const key = `${current.name}/${current.arg ?? ""}/${lang()}`;
  $("error").hidden = true;
  $("search-q").value = current.name === "events" || current.name === "map" ? current.params.get("q") || "" : "";
  renderHeader();
  try {
    if (view && key === viewKey && view.update) {
      await view.update(current);
      return;
    }
    view?.unmount?.();
    const root = clear($("view"));
    viewKey = key;
    view = make(root, ctx);
    await view.mount(current);
    // Views that are not lists start at the top, as a new page would.
    if (!["events", "map"].includes(current.name)) window.scrollTo(0, 0);
  } catch (err) {
    showError(err);
  }
}

function search(event) {
  event.preventDefault();
  const current = currentRoute();
  const params = ["events", "map"].includes(current.name) ? current.params : new URLSearchParams();
  const q = $("search-q").value.trim();
  if (q) params.set("q", q);
  else params.delete("q");
  go(current.name === "map" ? "map" : "events", null, params);
}

async function start() {
  document.body.dataset.busy = "0";
  applyLanguage();
  $("search").addEventListener("submit", search);
  $("lang-toggle").addEventListener("click", () => {
    setLang(lang() === "ar" ? "en" : "ar");
    route(); // a new language builds the view again, in the other direction
  });
  window.addEventListener("hashchange", route);
  try {
    ctx.stats = await getJSON("/api/stats");
    ctx.range = dataRange(ctx.stats.by_day);
  } catch (err) {
    showError(err);
  }
  await route();
  document.body.dataset.ready = "1";
}

start();
