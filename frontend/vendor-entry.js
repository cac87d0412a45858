// What the dashboard uses of d3 and topojson-client, bundled into one ES module
// (vendor/d3-topo.js) so the page loads one file and imports names from it.
export { geoArea, geoMercator, geoPath } from "d3-geo";
export { select, pointer } from "d3-selection";
// Imported for its side effect: selection.transition(), used for animated zooms.
import "d3-transition";
export { zoom, zoomIdentity, zoomTransform } from "d3-zoom";
export { feature, mesh } from "topojson-client";
