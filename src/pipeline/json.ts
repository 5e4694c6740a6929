/**
 * Deterministic JSON: keys sorted at every level, undefined dropped, "\n" at the end. The same
 * inputs give the same bytes, so the committed files can be checked by rebuilding them.
 */

function canonical(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(canonical);
  if (value !== null && typeof value === "object") {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value).sort()) {
      const v = (value as Record<string, unknown>)[key];
      if (v !== undefined) out[key] = canonical(v);
    }
    return out;
  }
  return value;
}

/** Data files people read in review: indented. */
export function prettyJson(value: unknown): string {
  return `${JSON.stringify(canonical(value), null, 1)}\n`;
}

/** Geometry: compact (indentation would double its size). */
export function compactJson(value: unknown): string {
  return `${JSON.stringify(canonical(value))}\n`;
}
