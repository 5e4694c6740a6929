/**
 * Partial dates ("2023", "2023-08", "2023-08-15") read once, here, for every part of the app:
 * the formatter, the period overlap rule and the chart marks all start from parsePartialDate.
 * Imports nothing, like the rest of src/schema.
 */

export type DatePrecision = "year" | "month" | "day";

export interface ParsedPartialDate {
  year: number;
  month?: number;
  day?: number;
  precision: DatePrecision;
}

/** Splits a partial date ("2023", "2023-08", "2023-08-15"); null when it is not one. */
export function parsePartialDate(s: string): ParsedPartialDate | null {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(s);
  if (m === null) return null;
  const year = Number(m[1]);
  if (m[2] === undefined) return { year, precision: "year" };
  const month = Number(m[2]);
  if (month < 1 || month > 12) return null;
  if (m[3] === undefined) return { year, month, precision: "month" };
  return { year, month, day: Number(m[3]), precision: "day" };
}

function fractionalYear(year: number, monthIndex: number, day: number): number {
  const t = Date.UTC(year, monthIndex, day);
  // Date.UTC normalises overflow (month 12 -> next January), so recompute the year from t.
  const y = new Date(t).getUTCFullYear();
  const start = Date.UTC(y, 0, 1);
  const next = Date.UTC(y + 1, 0, 1);
  return y + (t - start) / (next - start);
}

/** The schema validates every date the app loads; anything else reads as NaN, which no comparison passes. */
function parsedOrNaN(date: string): ParsedPartialDate {
  return parsePartialDate(date) ?? { year: Number.NaN, precision: "year" };
}

/** The moment a partial date begins, as a fractional year: "2023" -> 2023, "2023-07" -> ~2023.496. */
export function partialDateStart(date: string): number {
  const { year, month, day } = parsedOrNaN(date);
  return fractionalYear(year, (month ?? 1) - 1, day ?? 1);
}

/** The moment a partial date ends (exclusive), as a fractional year: "2025" -> 2026, "2025-08" -> 1 Sep 2025. */
export function partialDateEnd(date: string): number {
  const { year, month, day } = parsedOrNaN(date);
  if (month === undefined) return fractionalYear(year + 1, 0, 1);
  if (day === undefined) return fractionalYear(year, month, 1);
  return fractionalYear(year, month - 1, day + 1);
}
