/**
 * Periods: the one whole-year period type the store, the URL, the map, the charts and the
 * before/after view share, the one overlap rule, and the two dates every view measures against.
 * Pure; partial dates are read by src/schema/partialDate.ts.
 */
import { partialDateEnd, partialDateStart } from "../schema/partialDate";

/** Whole calendar years, inclusive at both ends. */
export interface YearPeriod {
  from: number;
  to: number;
}

/** The first year the programme ran (Decision 6463/QĐ-BCA, 26 August 2019). */
export const PROGRAMME_START_YEAR = 2019;

/** The span every view covers: 2019 to the current year (UTC), inclusive. */
export function programmeSpan(now: Date = new Date()): YearPeriod {
  return { from: PROGRAMME_START_YEAR, to: Math.max(PROGRAMME_START_YEAR, now.getUTCFullYear()) };
}

/** 1 July 2025: the new provinces and communes began operating; districts ceased to exist. */
export const NEW_LOCAL_GOVERNMENTS_DATE = "2025-07-01";
export const NEW_LOCAL_GOVERNMENTS_AT = partialDateStart(NEW_LOCAL_GOVERNMENTS_DATE);

const EPSILON = 1e-9;

/** Whether two half-open intervals [start, end) of fractional years share more than an instant. */
export function overlaps(a: { start: number; end: number }, b: { start: number; end: number }): boolean {
  return a.start < b.end - EPSILON && b.start < a.end - EPSILON;
}

/**
 * THE period rule: whether a period between two partial dates shares any time with the whole
 * years of `period` (null = every year). "2024-12".."2025-01" lies in 2024 and in 2025.
 */
export function overlapsPeriod(item: { periodStart: string; periodEnd: string }, period: YearPeriod | null): boolean {
  if (period === null) return true;
  return overlaps(
    { start: partialDateStart(item.periodStart), end: partialDateEnd(item.periodEnd) },
    { start: period.from, end: period.to + 1 },
  );
}
