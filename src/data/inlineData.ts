/**
 * The one-file offline build (vite.offline.config.ts) carries every generated data file inside
 * the page, as a JSON block `<script type="application/json" id="atlas-inline-data">` mapping a
 * file name under public/data to its text. A page opened from file:// cannot fetch relative
 * files (the browser gives it the origin "null"), so the loader reads them from this block
 * instead. The normal build has no such block and fetches as usual.
 */
export const INLINE_DATA_ELEMENT_ID = "atlas-inline-data";

/** The inlined files, or null where the page has none (the normal build). */
export function readInlineData(doc: Pick<Document, "getElementById"> | undefined = globalThis.document): Map<string, string> | null {
  const el = doc?.getElementById(INLINE_DATA_ELEMENT_ID);
  if (el === null || el === undefined || el.textContent === null) return null;
  const parsed = JSON.parse(el.textContent) as Record<string, string>;
  return new Map(Object.entries(parsed));
}

/**
 * A fetch that answers from the inlined files: the name after the last "data/" is looked up;
 * anything else is a 404, so a missing file reads as missing, never as a network request.
 */
export function inlineFetch(files: Map<string, string>): typeof fetch {
  return (input) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const name = url.slice(url.lastIndexOf("data/") + "data/".length).split(/[?#]/)[0] ?? "";
    const text = files.get(name);
    if (text === undefined) return Promise.resolve(new Response("", { status: 404 }));
    return Promise.resolve(new Response(text, { status: 200, headers: { "content-type": "application/json" } }));
  };
}
