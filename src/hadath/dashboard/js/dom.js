// Small DOM helpers: every node the views make goes through el(), so text is always set as
// text (never parsed as HTML) and attributes are set one way.

const SVG_NS = "http://www.w3.org/2000/svg";

function assign(node, attrs) {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === "class") node.setAttribute("class", value);
    else if (name === "style" && typeof value === "object") Object.assign(node.style, value);
    else if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else if (name in node && !name.startsWith("data-") && !name.startsWith("aria-")) {
      try {
        node[name] = value;
      } catch {
        node.setAttribute(name, value); // a read-only property (input.list) is set as its attribute
      }
    } else node.setAttribute(name, value === true ? "" : value);
  }
}

/** Append children to a node: arrays are flattened, blanks (null, false) skipped. */
export function add(node, ...children) {
  append(node, children);
  return node;
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** An HTML element: el("a", {href: "#/"}, "text", otherNode). */
export function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  assign(node, attrs);
  append(node, children);
  return node;
}

/** An SVG element, with attributes always set as attributes. */
export function svg(tag, attrs = {}, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith("on") && typeof value === "function") node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value);
  }
  append(node, children);
  return node;
}

/** Arabic text inside either interface language: its own direction and language. */
export function arabic(tag, attrs, ...children) {
  return el(tag, { ...attrs, dir: "rtl", lang: "ar" }, ...children);
}

/**
 * Parts of a line ("outlet · date · title") joined by " · ", each isolated in a <bdi>: an
 * Arabic outlet name next to an ISO date would otherwise reorder the date's digits
 * (2016-09-28 shown as 28-09-2016) in either direction of the page.
 */
export function parts(...items) {
  const out = [];
  for (const item of items.flat()) {
    if (item === null || item === undefined || item === "") continue;
    if (out.length) out.push(" · ");
    out.push(el("bdi", {}, item));
  }
  return out;
}

/** Replace a node's children (none: empty it); arrays are flattened, blanks skipped. */
export function clear(node, ...children) {
  node.replaceChildren();
  append(node, children);
  return node;
}

/** Run `fn` at most once per `ms`, after the calls stop (for typing and zooming). */
export function debounce(fn, ms) {
  let timer = null;
  return (...args) => {
    clearTimeout(timer);
    timer = setTimeout(() => fn(...args), ms);
  };
}
