// One stored article (#/article/DOC?event=ID, or ?quote=START-END&speaker=START-END): its
// full text with the chosen event's spans (or every event's, or a quote) highlighted, its
// events, and the articles it copies or that copy it.

import { getJSON, HttpError, Latest } from "../api.js";
import { arabic, clear, el, parts } from "../dom.js";
import { t } from "../i18n.js";
import { href } from "../router.js";
import { codePoints, eventSpans, highlight, legend } from "../spans.js";
import { typeChip } from "../table.js";

/** "START-END" as a span of `kind`, or nothing. */
function spanParam(text, kind) {
  const match = /^(\d+)-(\d+)$/.exec(text || "");
  return match ? [{ start: Number(match[1]), end: Number(match[2]), kind, label: "" }] : [];
}

export class ArticleView {
  constructor(root) {
    this.root = root;
    this.latest = new Latest();
  }

  async mount(route) {
    this.page = el("article", { class: "article-page" }, el("p", { class: "note" }, t("loading")));
    this.root.append(this.page);
    await this.update(route);
  }

  async update(route) {
    let article;
    try {
      article = await this.latest.run((signal) => getJSON(`/api/articles/${encodeURIComponent(route.arg)}`, {}, { signal }));
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) {
        clear(this.page, el("p", { class: "empty" }, `${t("notFound")}: ${route.arg}`));
        return;
      }
      throw err;
    }
    if (article) this.render(article, route.params);
  }

  render(article, params) {
    const eventId = params.get("event");
    const quote = [...spanParam(params.get("quote"), "quote"), ...spanParam(params.get("speaker"), "speaker")];
    const chosen = quote.length ? [] : article.events.filter((ev) => !eventId || String(ev.id) === eventId);
    const spans = [...chosen.flatMap(eventSpans), ...quote];
    const text = arabic("div", { class: "article-text full" });
    text.append(highlight(codePoints(article.text), 0, spans));
    const copy = article.copy_of
      ? el("p", { class: "meta" }, `${t("copyOf")}: `, el("a", { href: href("article", article.copy_of.doc_id) },
        article.copy_of.title || article.copy_of.doc_id))
      : null;
    clear(this.page, 
      arabic("h2", {}, article.title || article.doc_id),
      el("p", { class: "meta" }, parts(`${t("source")}: ${article.source || "—"}`, `${t("published")}: ${article.published || "—"}`,
        article.url ? el("a", { href: article.url, rel: "noreferrer noopener", target: "_blank" }, t("originalLink")) : null)),
      copy,
      legend(quote.length ? ["quote", "speaker"] : undefined),
      text,
      el("h3", {}, t("navEvents")),
      el("ul", { class: "article-events" }, article.events.map((ev) => el("li", {},
        typeChip(ev.event_type), " ",
        el("a", { href: href("event", String(ev.cluster_id)) }, arabic("span", {}, ev.trigger)), " · ",
        el("a", { href: href("article", article.doc_id, { event: ev.id }) }, t("sentence"))))),
    );
    const first = text.querySelector("mark");
    if (first && (eventId || quote.length)) first.scrollIntoView({ block: "center" });
  }

  unmount() {
    this.latest.cancel();
  }
}
