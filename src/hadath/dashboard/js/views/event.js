// One canonical event (#/event/ID): what it is, who and where, and every mention of it: the
// sentence with its spans highlighted, the article it came from (its full text on demand,
// the first one opened), and why each mention joined the event.

import { getJSON, HttpError, Latest } from "../api.js";
import { add, arabic, clear, el, parts } from "../dom.js";
import { modalityLabel, num, precisionLabel, quadLabel, t } from "../i18n.js";
import { href } from "../router.js";
import { codePoints, eventSpans, highlight, legend } from "../spans.js";
import { partyLinks, placeText, typeChip } from "../table.js";

/** A mention's spans plus its sentence (drawn faintly), for the full article. */
function articleSpans(mention) {
  return [...eventSpans(mention),
    { start: mention.sentence_start, end: mention.sentence_end, kind: "sentence", label: "" }];
}

/** Why a mention joined its event, from cluster_link (see hadath.dedup.decide), in a line. */
function linkReason(link) {
  if (!link) return null;
  const parts = [link.rule];
  if (link.same_copy) parts.push(t("sameCopy"));
  if (typeof link.text === "number") parts.push(`${t("similarity")} ${num(link.text, 2)}`);
  if (link.shared?.length) parts.push(`${t("sharedParticipants")}: ${link.shared.join("، ")}`);
  if (typeof link.day_gap === "number") parts.push(`${t("dayGap")} ${num(link.day_gap)}`);
  if (typeof link.place_km === "number") parts.push(`${num(link.place_km)} ${t("km")}`);
  return el("p", { class: "meta reason" }, `${t("joinedBy")}: ${parts.filter(Boolean).join(" · ")}`);
}

function fact(labelKey, ...value) {
  return [el("dt", {}, t(labelKey)), el("dd", {}, ...value)];
}

export class EventView {
  constructor(root, ctx) {
    this.root = root;
    this.ctx = ctx;
    this.latest = new Latest();
    this.articles = new Map(); // doc_id -> article answer, fetched once per page
  }

  async mount(route) {
    this.page = el("article", { class: "event-page" }, el("p", { class: "note" }, t("loading")));
    this.root.append(this.page);
    await this.update(route);
  }

  async update(route) {
    let event;
    try {
      event = await this.latest.run((signal) => getJSON(`/api/events/${encodeURIComponent(route.arg)}`, {}, { signal }));
    } catch (err) {
      if (err instanceof HttpError && err.status === 404) {
        clear(this.page, el("p", { class: "empty" }, `${t("notFound")}: ${route.arg}`));
        return;
      }
      throw err;
    }
    if (!event) return;
    this.render(event);
    const first = this.page.querySelector(".mention");
    if (first) await this.toggleArticle(first, event.mention_list[0]);
  }

  render(ev) {
    const dates = ev.date_first && ev.date_last && ev.date_first !== ev.date_last
      ? `${ev.date_first} – ${ev.date_last}` : ev.date_first || "—";
    const datesShown = el("bdi", { dir: "ltr" }, dates);
    const place = ev.place
      ? [placeText(ev.place), ` · ${precisionLabel(ev.place.precision || "unknown")}`,
        el("a", { href: href("events", null, { place: ev.place.name }), class: "more" }, ` · ${t("navEvents")}`)]
      : "—";
    clear(this.page, 
      // Back to the list as it was left (filters, sort), not to a fresh one.
      el("p", { class: "back" }, el("a", { href: this.ctx.lastList || "#/events" }, t("backToEvents"))),
      el("header", { class: "event-head", "data-event-id": ev.id },
        el("h2", {}, typeChip(ev.event_type), " ", arabic("span", { class: "trigger" }, ev.trigger),
          el("span", { class: "cameo", title: t("cameo") }, ` CAMEO ${ev.cameo}`)),
        el("dl", { class: "facts" },
          fact("actor", ev.actor.length ? partyLinks(ev.actor) : "—"),
          fact("recipient", ev.recipient.length ? partyLinks(ev.recipient) : "—"),
          fact("dateRange", datesShown),
          fact("place", place),
          fact("modality", modalityLabel(ev.modality)),
          fact("quadClass", quadLabel(ev.quad_class)),
          fact("confidence", num(ev.best_confidence, 2)),
          fact("sources", `${t("sourcesN")(num(ev.sources))} · ${t("articlesN")(num(ev.articles))} · ${t("mentionsN")(num(ev.mentions))}`),
        ),
      ),
      legend(),
      el("h3", {}, `${t("mentions")} (${num(ev.mention_list.length)})`),
      el("ol", { class: "mentions" }, ev.mention_list.map((m) => this.mention(m))),
    );
  }

  mention(m) {
    const sentence = arabic("p", { class: "sentence" });
    sentence.append(highlight(m.sentence, m.sentence_start, eventSpans(m)));
    const item = el("li", { class: `mention${m.founder ? " founder" : ""}`, "data-mention-id": m.id, "data-doc": m.doc_id });
    const toggle = el("button", { type: "button", class: "show-article", onclick: () => this.toggleArticle(item, m) },
      t("showArticle"));
    const title = m.title ? arabic("span", { class: "title" }, m.title) : m.doc_id;
    add(item,
      el("p", { class: "mention-head" },
        m.founder ? el("span", { class: "badge" }, t("founder")) : null,
        parts(el("strong", {}, m.source || "—"), (m.published || "").slice(0, 10) || "—", title)),
      sentence,
      el("p", { class: "meta" },
        `${t("confidence")} ${num(m.confidence, 2)} · ${modalityLabel(m.modality)} · ${m.rule}`),
      linkReason(m.cluster_link),
      el("p", { class: "actions" }, toggle,
        el("a", { href: href("article", m.doc_id, { event: m.id }) }, t("openArticle")),
        m.url ? el("a", { href: m.url, rel: "noreferrer noopener", target: "_blank" }, t("originalLink")) : null),
      arabic("div", { class: "article-text", hidden: true }),
    );
    return item;
  }

  /** Show or hide the article under a mention, its spans highlighted; fetched the first time. */
  async toggleArticle(item, m) {
    const box = item.querySelector(".article-text");
    const button = item.querySelector(".show-article");
    if (!box.hidden) {
      box.hidden = true;
      button.textContent = t("showArticle");
      return;
    }
    if (!this.articles.has(m.doc_id)) {
      this.articles.set(m.doc_id, await getJSON(`/api/articles/${encodeURIComponent(m.doc_id)}`));
    }
    const article = this.articles.get(m.doc_id);
    clear(box, highlight(codePoints(article.text), 0, articleSpans(m)));
    box.hidden = false;
    button.textContent = t("hideArticle");
    const trigger = box.querySelector('mark[data-kinds~="trigger"]');
    if (trigger) box.scrollTop = Math.max(0, trigger.offsetTop - box.offsetTop - box.clientHeight / 3);
  }

  unmount() {
    this.latest.cancel();
  }
}
