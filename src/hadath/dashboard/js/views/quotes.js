// Who said what about whom, and when (#/quotes?speaker=...&q=...): quotes newest first, one
// page at a time from /api/quotes, each with its speaker, the parties it names and its article.

import { getJSON, Latest } from "../api.js";
import { arabic, clear, debounce, el, parts } from "../dom.js";
import { num, t } from "../i18n.js";
import { go, href } from "../router.js";
import { partyName } from "../table.js";

const PAGE = 20;

function speakerLink(q) {
  const name = q.speaker_entity || q.speaker?.text || "—";
  const shown = q.speaker?.text && q.speaker.text !== name ? arabic("span", { class: "surface" }, ` (${q.speaker.text})`) : null;
  return [q.speaker_entity ? el("a", { href: href("actor", q.speaker_entity), class: "speaker" }, name) : name, shown];
}

function quoteCard(q) {
  const about = q.about.length
    ? el("p", { class: "about" }, `${t("about")}: `, q.about.map((a) => el("a", { href: href("actor", a.entity),
      class: "chip-link", title: a.entity, "data-entity": a.entity }, partyName(a))))
    : null;
  const articleLink = href("article", q.doc_id, { quote: `${q.content_start}-${q.content_end}`,
    speaker: q.speaker ? `${q.speaker.start}-${q.speaker.end}` : "" });
  const content = q.direct ? `«${q.content.replace(/^["«]|["»]$/g, "")}»` : q.content;
  return el("li", { class: "quote", "data-id": q.id },
    el("p", { class: "quote-head" }, speakerLink(q), " ", arabic("span", { class: "cue" }, q.cue), " · ",
      parts((q.published || "").slice(0, 10) || "—", q.source),
      el("span", { class: "badge light" }, q.direct ? t("direct") : t("indirect"))),
    arabic("blockquote", {}, content),
    about,
    el("p", { class: "meta" }, el("a", { href: articleLink }, `${t("openArticle")}: `, arabic("span", {}, q.title || q.doc_id))),
  );
}

export class QuotesView {
  constructor(root) {
    this.root = root;
    this.latest = new Latest();
  }

  async mount(route) {
    this.speaker = el("input", { type: "search", name: "speaker", id: "q-speaker", autocomplete: "off" });
    this.names = el("datalist", { id: "quote-speakers" });
    this.speaker.setAttribute("list", this.names.id);
    this.speaker.addEventListener("input", debounce(() => this.suggest(), 200));
    this.words = el("input", { type: "search", name: "q", id: "q-words", autocomplete: "off" });
    const form = el("form", { class: "filters", role: "search", onsubmit: (e) => {
      e.preventDefault();
      go("quotes", null, { speaker: this.speaker.value.trim(), q: this.words.value.trim() });
    } },
    el("label", { class: "field" }, el("span", {}, t("speaker")), this.speaker, this.names),
    el("label", { class: "field" }, el("span", {}, t("quoteWords")), this.words),
    el("button", { type: "submit" }, t("search")));
    this.list = el("ol", { class: "quotes" });
    this.empty = el("p", { class: "empty", hidden: true }, t("noQuotes"));
    this.more = el("button", { type: "button", class: "more", hidden: true, onclick: () => this.load(false) }, t("more"));
    this.root.append(el("section", { class: "quotes-page" }, el("h2", {}, t("quotes")), form, this.list, this.empty,
      el("p", { class: "pager" }, this.more)));
    await this.update(route);
  }

  async update(route) {
    this.params = { speaker: route.params.get("speaker") || "", q: route.params.get("q") || "" };
    this.speaker.value = this.params.speaker;
    this.words.value = this.params.q;
    this.cursor = null;
    clear(this.list);
    await this.load(true);
  }

  async load(first) {
    const params = { ...this.params, limit: PAGE, cursor: first ? null : this.cursor };
    const page = await this.latest.run((signal) => getJSON("/api/quotes", params, { signal }));
    if (!page) return;
    this.list.append(...page.data.map(quoteCard));
    this.cursor = page.next;
    this.more.hidden = !page.next;
    this.empty.hidden = this.list.children.length > 0;
  }

  async suggest() {
    const prefix = this.speaker.value.trim();
    if (!prefix) return;
    const page = await getJSON("/api/actors", { prefix, limit: 12 });
    clear(this.names, ...page.data.map((a) => el("option", { value: a.name }, `${a.name} (${num(a.events)})`)));
  }

  unmount() {
    this.latest.cancel();
  }
}
