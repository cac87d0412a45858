// The map: bundled Natural Earth boundaries (world-atlas, drawn with d3-geo) and the events'
// places, clustered on the server (/api/map) into cells a few dozen pixels wide for the
// current zoom. Colour is the most frequent event type; the marker's style is how precisely
// the place is known (solid: a city or finer; ringed: a province or region; dashed hollow:
// only the country).

import { feature, geoArea, geoMercator, geoPath, select, zoom, zoomIdentity } from "../vendor/d3-topo.js";
import { getJSON, Latest } from "./api.js";
import { typeColor } from "./colors.js";
import { clear, debounce, el, svg } from "./dom.js";
import { num, precisionLabel, t, typeLabel } from "./i18n.js";

const ATLAS = { coarse: "vendor/atlas/countries-50m.json", fine: "vendor/atlas/countries-10m.json" };
const FINE_FROM_ZOOM = 14; // the 1:10m boundaries replace the 1:50m ones past this zoom
const FINE_MARGIN = 0.5; // fine boundaries are drawn for the view and half a view around it
const CELL_PX = 46; // points closer than this on screen are one cluster
const MAX_ZOOM = 3000;
export const PRESETS = {
  world: [-170, -56, 180, 78],
  middleEast: [24, 11, 63, 42],
};
const CITY_SPAN = [1.1, 0.8]; // degrees of longitude and latitude shown around a city
const WORLD_EXTENT = { type: "MultiPoint", coordinates: [[-180, -58], [180, 80]] };
const EXACT = new Set(["sub-city", "city"]);

/** How a marker shows its place's precision: exact, area (province, region) or country. */
export function precisionStyle(precision) {
  if (EXACT.has(precision)) return "exact";
  return precision === "country" ? "country" : "area";
}

/**
 * A country whose polygons all wind the way d3-geo reads them. d3-geo takes a ring's
 * direction as which side is inside, and a few rings of the 1:10m data (the Maldives) wind
 * the other way: read as is, such a polygon is the whole globe but an island, and paints
 * over the map. A polygon larger than a hemisphere is such a ring; it is reversed.
 */
export function rewound(country) {
  const fix = (rings) => {
    const polygon = { type: "Polygon", coordinates: rings };
    return geoArea(polygon) > 2 * Math.PI ? rings.map((ring) => [...ring].reverse()) : rings;
  };
  const { type, coordinates } = country.geometry || {};
  if (type === "Polygon") return { ...country, geometry: { type, coordinates: fix(coordinates) } };
  if (type === "MultiPolygon") return { ...country, geometry: { type, coordinates: coordinates.map(fix) } };
  return country;
}

// Marker area grows with the count, relative to the largest point in view, up to a radius
// that keeps neighbouring cells (CELL_PX apart) from covering each other much.
const radius = (count, most) => 4 + 16 * Math.sqrt(count / Math.max(1, most));

/** A count short enough for a marker: 950, 1.3k, 12k. */
export function compact(n) {
  if (n < 1000) return String(n);
  return n < 10000 ? `${(n / 1000).toFixed(1)}k` : `${Math.round(n / 1000)}k`;
}
const clamp = (x, lo, hi) => Math.min(hi, Math.max(lo, x));

export class EventMap {
  /**
   * @param {HTMLElement} container
   * @param {{onPlace: (name: string) => void, onArea: (bbox: string|null) => void}} handlers
   */
  constructor(container, handlers) {
    this.container = container;
    this.handlers = handlers;
    this.latest = new Latest();
    this.filters = {};
    this.limitToArea = false;
    this.points = [];
    this.atlases = {}; // which -> promise of {countries, boxes, nodes}
    this.landShown = null;
    this.build();
  }

  build() {
    this.toolbar = el("div", { class: "map-tools" });
    this.stage = el("div", { class: "map-stage", dir: "ltr" });
    this.info = el("div", { class: "map-info", hidden: true });
    this.status = el("p", { class: "map-status note" });
    this.legend = el("div", { class: "map-legend" });
    this.container.append(this.toolbar, this.stage, this.legend, this.status);
    this.stage.append(this.info);
    this.renderToolbar();
    this.renderLegend();
    const rect = this.stage.getBoundingClientRect();
    this.width = Math.max(300, Math.round(rect.width) || 600);
    this.height = Math.max(240, Math.round(rect.height) || 420);
    this.projection = geoMercator().fitExtent([[0, 0], [this.width, this.height]], WORLD_EXTENT);
    this.path = geoPath(this.projection);
    this.svg = svg("svg", {
      class: "map-svg", width: this.width, height: this.height, viewBox: `0 0 ${this.width} ${this.height}`,
      role: "img", "aria-label": t("map"),
    });
    this.land = svg("g", { class: "land" });
    this.dots = svg("g", { class: "points" });
    this.focusLayer = svg("g", { class: "focus" });
    this.svg.append(svg("rect", { class: "sea", width: this.width, height: this.height }), this.land, this.dots,
      this.focusLayer);
    this.stage.prepend(this.svg);
    this.zoom = zoom()
      .scaleExtent([1, MAX_ZOOM])
      .translateExtent([[0, 0], [this.width, this.height]])
      .on("zoom", (event) => this.onZoom(event.transform))
      .on("end", debounce(() => this.onZoomEnd().catch((err) => this.failed(err)), 180));
    this.transform = zoomIdentity;
    select(this.svg).call(this.zoom).on("dblclick.zoom", null);
    this.ready = this.atlas("coarse").then((coarse) => {
      clear(this.land, coarse.nodes);
      this.landShown = "coarse";
    });
  }

  renderToolbar() {
    const button = (key, onclick, extra = {}) =>
      el("button", { type: "button", class: "tool", "data-preset": extra.preset, title: extra.title, onclick }, t(key));
    this.citySelect = el("select", {
      class: "city-select", "aria-label": t("zoomToPlace"),
      onchange: (e) => {
        const [lon, lat] = e.target.value.split(",").map(Number);
        if (!Number.isNaN(lon)) this.zoomToCity(lon, lat);
        e.target.value = "";
      },
    }, el("option", { value: "" }, t("zoomToPlace")));
    this.areaBox = el("input", {
      type: "checkbox", class: "area-toggle",
      onchange: (e) => this.setLimitToArea(e.target.checked),
    });
    clear(this.toolbar, 
      button("world", () => this.zoomToBox(PRESETS.world), { preset: "world" }),
      button("middleEast", () => this.zoomToBox(PRESETS.middleEast), { preset: "middleEast" }),
      this.citySelect,
      el("button", { type: "button", class: "tool", title: t("zoomIn"), "aria-label": t("zoomIn"),
        onclick: () => this.zoomBy(2) }, "+"),
      el("button", { type: "button", class: "tool", title: t("zoomOut"), "aria-label": t("zoomOut"),
        onclick: () => this.zoomBy(0.5) }, "−"),
      el("label", { class: "area" }, this.areaBox, t("limitToMap")),
    );
  }

  renderLegend() {
    const sample = (style) => svg("svg", { width: 18, height: 18, class: "sample" },
      svg("circle", { cx: 9, cy: 9, r: 6, class: `marker ${style}`, style: "--c: #4e79a7" }));
    clear(this.legend, 
      el("span", {}, `${t("precision")}:`),
      el("span", {}, sample("exact"), precisionLabel("city")),
      el("span", {}, sample("area"), `${precisionLabel("admin1")} / ${precisionLabel("region")}`),
      el("span", {}, sample("country"), precisionLabel("country")),
    );
  }

  /**
   * One of the bundled boundary sets, read once: its countries, each country's box in
   * projected coordinates (for drawing only those in view) and the path nodes made so far.
   */
  atlas(which) {
    this.atlases[which] ??= getJSON(ATLAS[which]).then((topology) => {
      const countries = feature(topology, topology.objects.countries).features
        .filter((f) => f.id !== "010") // Antarctica: nothing to see, much to draw
        .map(rewound);
      const boxes = countries.map((f) => this.projectedBox(f));
      const nodes = which === "coarse" ? countries.map((f) => this.countryNode(f)) : new Map();
      return { countries, boxes, nodes };
    });
    return this.atlases[which];
  }

  countryNode(country) {
    return svg("path", { class: "country", d: this.path(country) }, svg("title", {}, country.properties.name));
  }

  /** A country's bounding box on the map at zoom 1, from its coordinates' extremes (Mercator
   * keeps longitude and latitude order, so the corners bound the shape). */
  projectedBox(country) {
    let [west, south, east, north] = [180, 90, -180, -90];
    const visit = (coords) => {
      if (typeof coords[0] === "number") {
        west = Math.min(west, coords[0]);
        east = Math.max(east, coords[0]);
        south = Math.min(south, coords[1]);
        north = Math.max(north, coords[1]);
      } else coords.forEach(visit);
    };
    visit(country.geometry?.coordinates || []);
    const [x0, y0] = this.projection([west, Math.min(north, 85)]);
    const [x1, y1] = this.projection([east, Math.max(south, -85)]);
    return [x0, y0, x1, y1];
  }

  /**
   * The boundaries for the current zoom: all 1:50m countries, or, zoomed in, the 1:10m
   * countries in and around the view. Drawing all 1:10m shapes at once would make
   * megabytes of path data that every pan repaints.
   */
  async drawLand() {
    if (this.transform.k <= FINE_FROM_ZOOM) {
      if (this.landShown !== "coarse") {
        clear(this.land, (await this.atlas("coarse")).nodes);
        this.landShown = "coarse";
      }
      return;
    }
    const fine = await this.atlas("fine");
    const [vx0, vy0] = this.transform.invert([-this.width * FINE_MARGIN, -this.height * FINE_MARGIN]);
    const [vx1, vy1] = this.transform.invert([this.width * (1 + FINE_MARGIN), this.height * (1 + FINE_MARGIN)]);
    const wanted = [];
    fine.boxes.forEach(([x0, y0, x1, y1], i) => {
      if (x0 < vx1 && vx0 < x1 && y0 < vy1 && vy0 < y1) wanted.push(i);
    });
    const key = wanted.join(",");
    if (this.landShown === key) return;
    for (const i of wanted) if (!fine.nodes.has(i)) fine.nodes.set(i, this.countryNode(fine.countries[i]));
    clear(this.land, wanted.map((i) => fine.nodes.get(i)));
    this.landShown = key;
  }

  /** The visible area as [min_lon, min_lat, max_lon, max_lat], grown by `pad` of its size. */
  visibleBox(pad = 0) {
    const [x0, y0] = this.transform.invert([-this.width * pad, -this.height * pad]);
    const [x1, y1] = this.transform.invert([this.width * (1 + pad), this.height * (1 + pad)]);
    const [lon0, lat1] = this.projection.invert([x0, y0]);
    const [lon1, lat0] = this.projection.invert([x1, y1]);
    return [clamp(lon0, -180, 180), clamp(lat0, -90, 90), clamp(lon1, -180, 180), clamp(lat1, -90, 90)];
  }

  static bboxText(box) {
    return box.map((v) => v.toFixed(4)).join(",");
  }

  /** Move the view to show a box of [min_lon, min_lat, max_lon, max_lat]. */
  zoomToBox(box, animate = true) {
    const [x0, y0] = this.projection([box[0], box[3]]);
    const [x1, y1] = this.projection([box[2], box[1]]);
    const k = clamp(0.95 / Math.max((x1 - x0) / this.width, (y1 - y0) / this.height), 1, MAX_ZOOM);
    const target = zoomIdentity.translate(this.width / 2, this.height / 2).scale(k)
      .translate(-(x0 + x1) / 2, -(y0 + y1) / 2);
    const selection = select(this.svg);
    if (animate) selection.transition().duration(600).call(this.zoom.transform, target);
    else selection.call(this.zoom.transform, target);
  }

  zoomToCity(lon, lat) {
    this.zoomToBox([lon - CITY_SPAN[0], lat - CITY_SPAN[1], lon + CITY_SPAN[0], lat + CITY_SPAN[1]]);
  }

  zoomBy(factor) {
    select(this.svg).transition().duration(300).call(this.zoom.scaleBy, factor);
  }

  onZoom(transform) {
    this.transform = transform;
    this.land.setAttribute("transform", transform.toString());
    for (const node of this.dots.children) this.place(node);
    for (const node of this.focusLayer.children) this.place(node);
    this.info.hidden = true;
  }

  async onZoomEnd() {
    await this.drawLand();
    // With the results held to the map's area, the new area is a new filter: the page
    // passes it back through update(), which loads the points.
    if (this.limitToArea) this.handlers.onArea(EventMap.bboxText(this.visibleBox()));
    else this.load();
  }

  /** A load started by the map itself (not by the page) failed: say so under the map. */
  failed(err) {
    console.error(err);
    this.status.textContent = `${t("loadError")}: ${err.message}`;
  }

  setLimitToArea(on) {
    this.limitToArea = on;
    this.handlers.onArea(on ? EventMap.bboxText(this.visibleBox()) : null);
  }

  /** New filters (bbox excluded: the map's own view decides what it asks for). */
  async update(filters, { bbox = null } = {}) {
    this.filters = filters;
    this.limitToArea = Boolean(bbox);
    this.areaBox.checked = this.limitToArea;
    await this.ready;
    if (!this.started) {
      this.started = true;
      const box = bbox ? bbox.split(",").map(Number) : PRESETS.middleEast;
      this.zoomToBox(box, false); // its zoom end loads the points
      this.loadCities().catch((err) => this.failed(err));
      return;
    }
    await this.load();
  }

  async load() {
    const box = this.visibleBox(0.25);
    const degreesPerPixel = (box[2] - box[0]) / (this.width * 1.5);
    const cell = clamp(degreesPerPixel * CELL_PX, 0.001, 90);
    const params = { ...this.filters, bbox: EventMap.bboxText(box), cell: cell.toFixed(4), limit: 1500 };
    const answer = await this.latest.run((signal) => getJSON("/api/map", params, { signal }));
    if (!answer) return;
    this.cell = cell;
    this.draw(answer);
  }

  /** The places with most events, known to a city or finer, for the "zoom to a city" list. */
  async loadCities() {
    const answer = await getJSON("/api/map", { cell: 0.001, limit: 60 });
    const cities = answer.data.filter((p) => p.place && EXACT.has(p.precision)).slice(0, 25);
    for (const city of cities) {
      this.citySelect.append(el("option", { value: `${city.lon},${city.lat}` },
        `${city.place} (${num(city.count)})`));
    }
  }

  place(node) {
    const x = this.transform.applyX(Number(node.dataset.x));
    const y = this.transform.applyY(Number(node.dataset.y));
    node.setAttribute("transform", `translate(${x.toFixed(1)},${y.toFixed(1)})`);
  }

  draw(answer) {
    const labelled = this.cell < 1.5; // zoomed in far enough to name places
    this.labels = [];
    const most = answer.data.length ? answer.data[0].count : 1; // largest first
    const nodes = answer.data.map((p) => this.marker(p, labelled, most));
    clear(this.dots, ...nodes.reverse()); // largest first, so small ones stay clickable on top
    this.status.textContent = `${t("placed")(num(answer.placed))}${answer.truncated ? ` · ${t("truncated")}` : ""}`;
    this.container.dataset.points = String(answer.data.length);
  }

  marker(point, labelled, most) {
    const [x, y] = this.projection([point.lon, point.lat]);
    const r = radius(point.count, most);
    const style = precisionStyle(point.precision);
    const single = point.places === 1;
    const group = svg("g", {
      class: `point ${single ? "single" : "cluster"}`, "data-x": x, "data-y": y, "data-count": point.count,
      "data-type": point.type, "data-precision": point.precision, "data-place": point.place || "",
      tabindex: 0, role: "button",
      onclick: () => (single ? this.handlers.onPlace(point.place) : this.zoomInto(point)),
      onkeydown: (e) => { if (e.key === "Enter") e.currentTarget.dispatchEvent(new MouseEvent("click")); },
      onmouseenter: () => this.showInfo(point),
      onmouseleave: () => { this.info.hidden = true; },
    });
    group.append(svg("circle", { r, class: `marker ${style}`, style: `--c: ${typeColor(point.type)}` }));
    if (point.count > 1 && r >= 9) {
      group.append(svg("text", { class: `count ${style}`, dy: "0.35em" }, compact(point.count)));
    }
    if (single && labelled && this.roomForLabel(x, y, r, point.place)) {
      group.append(svg("text", { class: "label", x: r + 3, dy: "0.35em" }, point.place));
    }
    group.append(svg("title", {}, this.describe(point)));
    this.place(group);
    return group;
  }

  /**
   * Whether a place's name fits beside its marker without covering a name already placed
   * (markers come largest first, so the busiest places keep their names).
   */
  roomForLabel(x, y, r, text) {
    const k = this.transform.k;
    const box = { x0: x * k + r + 3, x1: x * k + r + 3 + text.length * 6.5, y0: y * k - 8, y1: y * k + 8 };
    const hit = this.labels.some((b) => box.x0 < b.x1 && b.x0 < box.x1 && box.y0 < b.y1 && b.y0 < box.y1);
    if (!hit) this.labels.push(box);
    return !hit;
  }

  describe(point) {
    const where = point.place ? `${point.place}${point.country ? ` (${point.country})` : ""}` : t("placesIn")(point.places);
    const types = Object.entries(point.types).slice(0, 5).map(([k, n]) => `${typeLabel(k)} ${num(n)}`).join("، ");
    const precisions = Object.entries(point.precisions).map(([k, n]) => `${precisionLabel(k)} ${num(n)}`).join("، ");
    const action = point.places === 1 ? t("clickPlace") : t("clickCluster");
    return `${where} · ${t("eventsAt")(num(point.count))}\n${types}\n${t("precision")}: ${precisions}\n${action}`;
  }

  showInfo(point) {
    clear(this.info, ...this.describe(point).split("\n").map((line) => el("div", {}, line)));
    this.info.hidden = false;
  }

  zoomInto(point) {
    const half = Math.max(this.cell || 1, 0.02);
    this.zoomToBox([point.lon - half, point.lat - half, point.lon + half, point.lat + half]);
  }

  /** Ring the place of one event (the table row under the pointer); none for null. */
  focus(location) {
    clear(this.focusLayer);
    if (!location || location.lat === null || location.lon === null || location.lat === undefined) return;
    const [x, y] = this.projection([location.lon, location.lat]);
    const ring = svg("g", { "data-x": x, "data-y": y }, svg("circle", { r: 11, class: "focus-ring" }));
    this.place(ring);
    this.focusLayer.append(ring);
  }

  cancel() {
    this.latest.cancel();
  }
}
