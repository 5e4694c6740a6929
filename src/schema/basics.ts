/**
 * The parts of the data model the app reads on every page, without zod: the schema version and
 * the unit-id pattern. index.ts builds its zod schemas from these, so each rule has one home; the
 * app imports values from here (and from partialDate.ts), never from index.ts, so that zod is
 * fetched only when a file must be validated (src/data/load.ts). Imports nothing.
 */

export const SCHEMA_VERSION = 1 as const;

/** `${vintage}:${gsoCode}`, e.g. `pre2025:450` (Đồng Hới city) or `post2025:44` (new Quảng Trị). */
export const UNIT_ID_PATTERN = /^(pre2025|post2025):[0-9A-Za-z_-]+$/;

/** Whether `s` is written as a unit id (pre2025:450); not whether that unit exists. */
export function isUnitIdText(s: string): boolean {
  return UNIT_ID_PATTERN.test(s);
}
