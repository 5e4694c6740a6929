/** Pure steps of the period control (tested in period.test.ts). */
import type { YearPeriod } from "../model/period";

/**
 * The period after one slider moved. The other end follows when crossed (dragging "from" past
 * "to" moves both), and the whole span becomes null so the URL stays the plain default.
 */
export function periodFromSliders(current: YearPeriod, which: "from" | "to", year: number, span: YearPeriod): YearPeriod | null {
  const y = Math.min(span.to, Math.max(span.from, Math.round(year)));
  const next = which === "from" ? { from: y, to: Math.max(y, current.to) } : { from: Math.min(current.from, y), to: y };
  return next.from === span.from && next.to === span.to ? null : next;
}

/** The next one-year window while playing, or null when the last year has been shown. */
export function nextPlayPeriod(current: YearPeriod | null, span: YearPeriod): YearPeriod | null {
  if (current === null) return { from: span.from, to: span.from };
  const year = current.to + 1;
  return year > span.to ? null : { from: year, to: year };
}
