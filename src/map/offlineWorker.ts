/**
 * The one-file offline build (vite.offline.config.ts) carries MapLibre's self-contained worker
 * script (its "CSP" worker) as a text block in the page. MapLibre's usual worker is rebuilt at
 * run time from the source text of functions in its bundle; once the whole app is bundled into a
 * single module the bundler rewrites those functions, and the rebuilt worker never answers, so
 * the offline page starts the worker from this untouched copy instead (a blob: URL).
 * The normal build has no such block and changes nothing.
 */
import maplibregl from "maplibre-gl";

export const WORKER_ELEMENT_ID = "atlas-maplibre-worker";

let done = false;

/** Points MapLibre at the inlined worker, once, before the first map is made. */
export function startInlinedWorkerIfAny(doc: Document = document): void {
  if (done) return;
  done = true;
  const source = doc.getElementById(WORKER_ELEMENT_ID)?.textContent;
  if (source === undefined || source === null || source === "") return;
  maplibregl.setWorkerUrl(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
}
