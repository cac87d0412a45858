// The events views: #/events (table first) and #/map (map first). Filter bar, timeline, map
// and table share one set of filters held in the address, so each follows the others: a
// bar of the timeline, a place on the map or a column header changes the address, and every
// part asks the server for its own aggregate or page again.

import { filtersOf } from "../api.js";
import { el } from "../dom.js";
import { t } from "../i18n.js";
import { FilterBar } from "../filters.js";
import { EventMap } from "../map.js";
import { href } from "../router.js";
import { EventTable } from "../table.js";
import { Timeline, timelineWindow } from "../timeline.js";

const DEFAULT_SORT = "-date";
const SPLITS = ["type", "quad_class"];
const INTERVALS = ["", "day", "week", "month"]; // "": chosen from the range shown
const INTERVAL_KEYS = { "": "autoInterval", day: "perDay", week: "perWeek", month: "perMonth" };

export class ExploreView {
  constructor(root, ctx, layout) {
    this.root = root;
    this.ctx = ctx;
    this.layout = layout; // "events" or "map": which comes first and larger
    this.seen = {};
  }

  async mount(route) {
    const filterHost = el("div", { class: "filter-host" });
    const timelineBox = el("section", { class: "panel timeline-panel", "aria-label": t("timeline") });
    const tableBox = el("section", { class: "panel table-panel", "aria-label": t("navEvents") });
    const mapBox = el("section", { class: "panel map-panel", "aria-label": t("map") });
    this.splitButtons = SPLITS.map((split) => el("button", {
      type: "button", class: "split", "data-split": split, onclick: () => this.navigate({ split }),
    }, t(split === "type" ? "byType" : "byQuad")));
    this.intervalButtons = INTERVALS.map((interval) => el("button", {
      type: "button", class: "split", "data-interval": interval, onclick: () => this.navigate({ interval }),
    }, t(INTERVAL_KEYS[interval])));
    timelineBox.append(el("div", { class: "panel-head" }, el("h2", {}, t("timeline")),
      el("span", { class: "splits" }, this.splitButtons), el("span", { class: "splits" }, this.intervalButtons)));
    mapBox.append(el("h2", { class: "visually-hidden" }, t("map")));
    // The map view puts the map first, at full width; the events view sets it beside the table.
    const parts = this.layout === "map"
      ? [filterHost, mapBox, timelineBox, el("div", { class: "explore-grid" }, tableBox)]
      : [filterHost, timelineBox, el("div", { class: "explore-grid" }, tableBox, mapBox)];
    this.root.append(el("section", { class: `explore layout-${this.layout}` }, parts));

    this.filters = new FilterBar(filterHost, { onChange: (values) => this.navigate(values, { resetFilters: true }) }, this.ctx.stats);
    this.timeline = new Timeline(timelineBox, {
      onPick: (from, to) => this.navigate({ date_from: from, date_to: to }),
      onKey: (split, key) => this.navigate({ [split]: key }),
    });
    this.table = new EventTable(tableBox, {
      onSort: (sort) => this.navigate({ sort }),
      onHover: (ev) => this.map.focus(ev?.place),
    });
    this.map = new EventMap(mapBox, {
      onPlace: (name) => this.navigate({ place: name }),
      onArea: (bbox) => {
        if ((bbox || "") === (this.params.get("bbox") || "")) this.map.load();
        else this.navigate({ bbox });
      },
    });
    await this.update(route);
  }

  /** A new address: these values over the current ones (or, resetting, over the display choices only). */
  navigate(values, { resetFilters = false } = {}) {
    const params = new URLSearchParams(resetFilters ? "" : this.params);
    if (resetFilters) {
      for (const key of ["sort", "split", "interval"]) if (this.params.get(key)) params.set(key, this.params.get(key));
    }
    for (const [key, value] of Object.entries(values)) {
      if (value === null || value === undefined || value === "") params.delete(key);
      else params.set(key, value);
    }
    location.hash = href(this.layout, null, params);
  }

  /** Run `load` when `input` differs from what this part was last given. */
  whenChanged(part, input, load) {
    const key = JSON.stringify(input);
    if (this.seen[part] === key) return null;
    this.seen[part] = key;
    return load();
  }

  async update(route) {
    this.params = route.params;
    this.ctx.lastList = location.hash || `#/${this.layout}`;
    const sort = this.params.get("sort") || DEFAULT_SORT;
    const split = SPLITS.includes(this.params.get("split")) ? this.params.get("split") : "type";
    const interval = INTERVALS.includes(this.params.get("interval")) ? this.params.get("interval") : "";
    for (const button of this.splitButtons) button.setAttribute("aria-pressed", String(button.dataset.split === split));
    for (const button of this.intervalButtons) {
      button.setAttribute("aria-pressed", String(button.dataset.interval === interval));
    }
    this.filters.show(this.params);
    const all = filtersOf(this.params);
    const selected = { from: all.date_from, to: all.date_to };
    const window = timelineWindow(this.ctx.range, selected.from, selected.to);
    const undated = filtersOf(this.params, { except: ["date_from", "date_to"] });
    const unboxed = filtersOf(this.params, { except: ["bbox"] });
    await Promise.all([
      this.whenChanged("table", [all, sort], () => this.table.update(all, sort)),
      this.whenChanged("timeline", [undated, window, selected, split, interval],
        () => this.timeline.update({ filters: undated, window, selected, split, interval })),
      this.whenChanged("map", [unboxed, all.bbox || null], () => this.map.update(unboxed, { bbox: all.bbox })),
    ]);
  }

  unmount() {
    this.table.cancel();
    this.timeline.cancel();
    this.map.cancel();
  }
}
