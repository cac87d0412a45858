// The filter bar of the events views. Its values live in the address (#/events?type=...), so
// a view can be bookmarked or shared; the bar only reads them and asks for new ones.

import { FILTER_KEYS, getJSON } from "./api.js";
import { EVENT_TYPES, MODALITIES, QUADS } from "./colors.js";
import { clear, debounce, el } from "./dom.js";
import { modalityLabel, num, quadLabel, t, typeLabel } from "./i18n.js";

// Inputs that suggest canonical names as one types: [field, endpoint].
const SUGGEST = { actor: "/api/actors", recipient: "/api/actors", place: "/api/places" };
// Filters without a field of their own, shown as removable chips.
const CHIPS = { q: "textSearch", bbox: "mapArea" };

function select(name, allKey, options) {
  return el("select", { name, id: `f-${name}` },
    el("option", { value: "" }, t(allKey)),
    options.map(([value, text]) => el("option", { value }, text)));
}

function field(labelKey, control) {
  return el("label", { class: "field" }, el("span", {}, t(labelKey)), control);
}

export class FilterBar {
  /** @param {{onChange: (values: object) => void}} handlers; `stats` gives type counts. */
  constructor(container, handlers, stats) {
    this.container = container;
    this.handlers = handlers;
    this.values = {};
    const byType = stats?.by_type || {};
    this.form = el("form", { class: "filters", role: "search", onsubmit: (e) => { e.preventDefault(); this.submit(); } },
      field("type", select("type", "allTypes", EVENT_TYPES.map((k) => [k, `${typeLabel(k)}${byType[k] ? ` (${num(byType[k])})` : ""}`]))),
      field("quadClass", select("quad_class", "allQuads", QUADS.map((q) => [q, quadLabel(q)]))),
      field("modality", select("modality", "allModalities", MODALITIES.map((m) => [m, modalityLabel(m)]))),
      field("actor", this.suggesting("actor")),
      field("recipient", this.suggesting("recipient")),
      field("place", this.suggesting("place")),
      field("country", el("input", { name: "country", id: "f-country", size: 4, maxLength: 3, placeholder: "YEM",
        pattern: "[A-Za-z]{3}", autocomplete: "off" })),
      field("dateFrom", el("input", { type: "date", name: "date_from", id: "f-date_from" })),
      field("dateTo", el("input", { type: "date", name: "date_to", id: "f-date_to" })),
      field("minConfidence", el("input", { type: "number", name: "min_confidence", id: "f-min_confidence",
        min: 0, max: 1, step: 0.05, class: "short" })),
      field("minSources", el("input", { type: "number", name: "min_sources", id: "f-min_sources", min: 1, step: 1,
        class: "short" })),
      el("button", { type: "button", class: "clear", id: "clear-filters", onclick: () => this.handlers.onChange({}) },
        t("clearFilters")),
    );
    // Lists and dates apply at once; typed names when chosen from the list or on Enter.
    this.form.addEventListener("change", () => this.submit());
    this.chips = el("div", { class: "chips" });
    container.append(this.form, this.chips);
  }

  suggesting(name) {
    const list = el("datalist", { id: `names-${name}` });
    const input = el("input", { type: "search", name, id: `f-${name}`, autocomplete: "off" });
    input.setAttribute("list", list.id); // input.list is a read-only property
    const suggest = debounce(async () => {
      const prefix = input.value.trim();
      if (!prefix) return;
      const page = await getJSON(SUGGEST[name], { prefix, limit: 12 });
      clear(list, ...page.data.map((row) => el("option", { value: row.name }, `${row.name} (${num(row.events)})`)));
    }, 200);
    input.addEventListener("input", suggest);
    return el("span", { class: "suggest" }, input, list);
  }

  /** Show the filters of `params` (URLSearchParams) in the fields and chips. */
  show(params) {
    this.values = {};
    for (const key of FILTER_KEYS) if (params.get(key)) this.values[key] = params.get(key);
    for (const control of this.form.elements) {
      if (control.name) control.value = this.values[control.name] || "";
    }
    clear(this.chips);
    for (const [key, labelKey] of Object.entries(CHIPS)) {
      if (!this.values[key]) continue;
      const text = key === "bbox" ? t(labelKey) : `${t(labelKey)}: ${this.values[key]}`;
      this.chips.append(el("span", { class: "chip", "data-filter": key }, text,
        el("button", { type: "button", title: t("remove"), "aria-label": t("remove"),
          onclick: () => this.handlers.onChange({ ...this.values, [key]: "" }) }, "×")));
    }
  }

  submit() {
    const values = { ...this.values };
    for (const control of this.form.elements) {
      if (!control.name) continue;
      values[control.name] = control.name === "country" ? control.value.trim().toUpperCase() : control.value.trim();
    }
    if (values.country && values.country.length !== 3) values.country = "";
    this.handlers.onChange(values);
  }
}
