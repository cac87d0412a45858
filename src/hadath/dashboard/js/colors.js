// Colours: one per PLOVER type (cooperation in blues and greens, conflict in oranges, reds
// and purples, so a glance at the map or timeline says which way things go), one per quad class.

export const EVENT_TYPES = [
  "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT", "REQUEST",
  "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT",
];
export const MODALITIES = ["asserted", "negated", "future", "hypothetical", "claimed"];
export const QUADS = ["1", "2", "3", "4"];

const TYPE_COLORS = {
  AGREE: "#1b9e77", CONSULT: "#4e79a7", SUPPORT: "#59a14f", CONCEDE: "#8cd17d", COOPERATE: "#76b7b2",
  AID: "#2f8f9d", RETREAT: "#8fb8de", REQUEST: "#b6992d", ACCUSE: "#f28e2b", REJECT: "#f1c232",
  THREATEN: "#d37295", PROTEST: "#b07aa1", SANCTION: "#9d7660", MOBILIZE: "#79706e", COERCE: "#ff9d9a",
  ASSAULT: "#d62728",
};
const QUAD_COLORS = { 1: "#4e79a7", 2: "#59a14f", 3: "#f28e2b", 4: "#d62728", 0: "#9aa3ad" };

export const typeColor = (type) => TYPE_COLORS[type] || "#9aa3ad";
export const quadColor = (quad) => QUAD_COLORS[quad] || QUAD_COLORS[0];
