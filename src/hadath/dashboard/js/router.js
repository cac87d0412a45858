// Views live in the address's hash: #/events?type=ASSAULT, #/event/12, #/actor/Houthis,
// #/quotes?q=..., #/map, #/article/DOC?event=3. The hash never reaches the server.

/** The current route: {name, arg, params} from "#/name/arg?params". */
export function currentRoute() {
  const hash = location.hash.replace(/^#\/?/, "");
  const [path, query = ""] = hash.split("?", 2);
  const [name = "", ...rest] = path.split("/");
  const arg = rest.length ? decodeURIComponent(rest.join("/")) : null;
  return { name: name || "events", arg, params: new URLSearchParams(query) };
}

/** The hash for a route; blank parameters are left out. */
export function href(name, arg = null, params = {}) {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [key, value] of entries) if (value !== undefined && value !== null && value !== "") query.set(key, value);
  const path = arg === null ? name : `${name}/${encodeURIComponent(arg)}`;
  const text = query.toString();
  return `#/${path}${text ? `?${text}` : ""}`;
}

export function go(name, arg = null, params = {}) {
  location.hash = href(name, arg, params);
}
