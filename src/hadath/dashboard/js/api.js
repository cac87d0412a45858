// Requests to this server's /api: one page or one aggregate at a time, never the whole table.
// Every request counts in document.body.dataset.busy, so tests (and screenshots) can wait for quiet.

/** The filters of /api/events that the page keeps in its address (#/events?type=ASSAULT&...). */
export const FILTER_KEYS = [
  "q", "type", "quad_class", "modality", "actor", "recipient", "place", "country",
  "date_from", "date_to", "min_confidence", "min_sources", "bbox",
];

let pending = 0;

function setBusy(delta) {
  pending += delta;
  document.body.dataset.busy = String(pending);
}

export class HttpError extends Error {
  constructor(path, status, detail) {
    super(`${path}: ${status}${detail ? ` ${detail}` : ""}`);
    this.status = status;
  }
}

/** GET a JSON answer; `params` (object or URLSearchParams) become the query, blanks left out. */
export async function getJSON(path, params = {}, { signal } = {}) {
  const query = new URLSearchParams();
  const entries = params instanceof URLSearchParams ? params.entries() : Object.entries(params);
  for (const [name, value] of entries) {
    if (value !== undefined && value !== null && value !== "") query.set(name, value);
  }
  const url = query.toString() ? `${path}?${query}` : path;
  setBusy(1);
  try {
    const response = await fetch(url, { headers: { Accept: "application/json" }, signal });
    if (!response.ok) {
      let detail = "";
      try {
        const body = await response.json();
        detail = typeof body.detail === "string" ? body.detail : "";
      } catch { /* not JSON: the status says enough */ }
      throw new HttpError(path, response.status, detail);
    }
    return await response.json();
  } finally {
    setBusy(-1);
  }
}

/** The filter values among `params` (a URLSearchParams), as a plain object. */
export function filtersOf(params, { except = [] } = {}) {
  const out = {};
  for (const key of FILTER_KEYS) {
    const value = params.get(key);
    if (value && !except.includes(key)) out[key] = value;
  }
  return out;
}

/**
 * Runs only the latest of overlapping loads: starting one aborts the one before, so a slow
 * answer to an old filter never overwrites the answer to the new one.
 */
export class Latest {
  constructor() {
    this.controller = null;
  }

  async run(load) {
    this.controller?.abort();
    const controller = new AbortController();
    this.controller = controller;
    try {
      return await load(controller.signal);
    } catch (err) {
      if (controller.signal.aborted) return undefined;
      throw err;
    }
  }

  cancel() {
    this.controller?.abort();
  }
}
