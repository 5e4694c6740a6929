/**
 * Series for the trend charts, built from observations without touching pixels.
 *
 * Honesty rules: a figure covers a period, so it becomes a "period mark" drawn
 * from its start to its end, never a point at one date; a line joins values only where that
 * does not suggest figures nobody reported; a cumulative view exists only where adding is
 * meaningful. Nothing here invents, interpolates or divides a value.
 */
import type { AreaRef, Indicator, Observation } from "../schema";
import { partialDateEnd, partialDateStart } from "../schema/partialDate";
import { overlaps, overlapsPeriod, type YearPeriod } from "../model/period";
import { conflictPartners } from "../model/figures";

/** One observation as drawn: a value held over the period it covers. */
export interface PeriodMark {
  observationId: string;
  /** Start of the period, fractional year, inclusive. */
  start: number;
  /** End of the period, fractional year, exclusive ("2025" ends at 2026). */
  end: number;
  /** The period as the source gives it (YYYY, YYYY-MM or YYYY-MM-DD). */
  periodStart: string;
  periodEnd: string;
  value: number;
  qualifier: Observation["qualifier"];
  sourceId: string;
  /** Ids of observations of the same thing (`sameAs`) with a different value or qualifier. */
  conflictWith: string[];
  /** The programme the figure belongs to (data/programmes.csv); absent in marks made by hand. */
  programmeId?: string;
  /** The period was inferred, not stated by the source (Observation.periodBasis). */
  periodInferred?: boolean;
}

/** A point of a joined line, at the middle of the period the value covers. */
export interface LinePoint {
  x: number;
  value: number;
  observationId: string;
}

export type CumulativeOffReason = "no-figures" | "not-additive" | "conflicting-figures" | "overlapping-periods";

export type CumulativeView =
  | { available: true; marks: PeriodMark[] }
  | { available: false; reason: CumulativeOffReason };

export interface AreaSeries {
  area: AreaRef;
  indicatorId: string;
  /** Every figure in the window, sorted by start then end. */
  marks: PeriodMark[];
  /** Runs of joined per-period values, each of two or more points; empty when no line is honest. */
  lines: LinePoint[][];
  /** Running totals at the end of each period, or why there are none. */
  cumulative: CumulativeView;
}

/** Fewer figures than this are drawn as marks only: a line through 1–3 values suggests values between them. */
export const MIN_FIGURES_FOR_LINE = 4;
/** Periods whose lengths differ by less than this (fractional years, ~half a month) count as equal. */
const SAME_LENGTH_TOLERANCE = 1 / 24;
/** Periods whose ends are closer than this (fractional years) meet. */
const EPSILON = 1e-9;
export function toPeriodMark(obs: Observation, all: readonly Observation[]): PeriodMark {
  return {
    observationId: obs.id,
    start: partialDateStart(obs.periodStart),
    end: partialDateEnd(obs.periodEnd),
    periodStart: obs.periodStart,
    periodEnd: obs.periodEnd,
    value: obs.value,
    qualifier: obs.qualifier,
    sourceId: obs.sourceId,
    conflictWith: conflictPartners(obs, all),
    programmeId: obs.programmeId,
    periodInferred: obs.periodBasis === "inferred",
  };
}

function byPeriod(a: PeriodMark, b: PeriodMark): number {
  return a.start - b.start || a.end - b.end || a.observationId.localeCompare(b.observationId);
}

/**
 * One mark per distinct figure: two sources that agree on the same thing (`sameAs`, same value,
 * same period) are one figure, not two, so they must not be added twice.
 */
export function distinctFigures(marks: readonly PeriodMark[], observations: readonly Observation[]): PeriodMark[] {
  const sameAsOf = new Map(observations.map((o) => [o.id, o.sameAs]));
  const seen = new Set<string>();
  const out: PeriodMark[] = [];
  for (const mark of marks) {
    const sameAs = sameAsOf.get(mark.observationId);
    const key = sameAs === undefined ? `id:${mark.observationId}` : `same:${sameAs}:${mark.value}:${mark.qualifier}:${mark.start}:${mark.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(mark);
  }
  return out;
}

function anyOverlap(marks: readonly PeriodMark[]): boolean {
  for (let i = 0; i < marks.length; i++) {
    for (let j = i + 1; j < marks.length; j++) {
      if (overlaps(marks[i]!, marks[j]!)) return true;
    }
  }
  return false;
}

/**
 * Lines join consecutive per-period values of an additive indicator only: with at least
 * MIN_FIGURES_FOR_LINE figures, over runs of two or more periods that touch end to start,
 * overlap no other figure, and are of equal length (a half-year total beside a full-year
 * total is not comparable).
 */
export function joinedLines(marks: readonly PeriodMark[], indicator: Pick<Indicator, "additive">): LinePoint[][] {
  if (!indicator.additive || marks.length < MIN_FIGURES_FOR_LINE) return [];
  const sorted = [...marks].sort(byPeriod);
  const alone = sorted.filter((m) => !sorted.some((o) => o !== m && overlaps(m, o)));
  const runs: PeriodMark[][] = [];
  let run: PeriodMark[] = [];
  for (const mark of alone) {
    const prev = run[run.length - 1];
    const continues =
      prev !== undefined &&
      Math.abs(prev.end - mark.start) < EPSILON &&
      Math.abs(prev.end - prev.start - (mark.end - mark.start)) < SAME_LENGTH_TOLERANCE;
    if (!continues) {
      if (run.length >= 2) runs.push(run);
      run = [];
    }
    run.push(mark);
  }
  if (run.length >= 2) runs.push(run);
  return runs.map((r) => r.map((m) => ({ x: (m.start + m.end) / 2, value: m.value, observationId: m.observationId })));
}

function combinedQualifier(a: PeriodMark["qualifier"], b: PeriodMark["qualifier"]): PeriodMark["qualifier"] {
  if (a === "about" || b === "about") return "about";
  if (a === "at_least" || b === "at_least") return "at_least";
  return "exact";
}

/**
 * Running totals: each figure's mark, raised to the sum of it and every earlier figure. Only for
 * an additive indicator whose figures neither conflict nor overlap (overlapping totals would count
 * the same people twice). A total that includes an "at least" figure is itself "at least".
 */
export function cumulativeView(
  marks: readonly PeriodMark[],
  indicator: Pick<Indicator, "additive">,
): CumulativeView {
  if (marks.length === 0) return { available: false, reason: "no-figures" };
  if (!indicator.additive) return { available: false, reason: "not-additive" };
  if (marks.some((m) => m.conflictWith.length > 0)) return { available: false, reason: "conflicting-figures" };
  if (anyOverlap(marks)) return { available: false, reason: "overlapping-periods" };
  let total = 0;
  let qualifier: PeriodMark["qualifier"] = "exact";
  const out = [...marks].sort(byPeriod).map((m) => {
    total += m.value;
    qualifier = combinedQualifier(qualifier, m.qualifier);
    return { ...m, value: total, qualifier };
  });
  return { available: true, marks: out };
}

export interface AreaSeriesInput {
  area: AreaRef;
  indicator: Pick<Indicator, "id" | "additive">;
  /** The observations reported for this area (any indicator; others are ignored). */
  observations: readonly Observation[];
  /** Whole-year window from the period control; null = the whole span. */
  window: YearPeriod | null;
}

/** The series of one area for one indicator, within the window. */
export function buildAreaSeries(input: AreaSeriesInput): AreaSeries {
  const forIndicator = input.observations.filter((o) => o.indicatorId === input.indicator.id);
  // Conflicts are found before the window cuts anything, so a partner outside it is still named.
  const marks = forIndicator
    .filter((o) => overlapsPeriod(o, input.window))
    .map((o) => toPeriodMark(o, forIndicator))
    .sort(byPeriod);
  const figures = distinctFigures(marks, forIndicator);
  return {
    area: input.area,
    indicatorId: input.indicator.id,
    marks,
    lines: joinedLines(figures, input.indicator),
    cumulative: cumulativeView(figures, input.indicator),
  };
}

/** What a screen-reader summary says about a series; the component words it in the UI language. */
export interface SeriesSummary {
  count: number;
  /** First and last year any figure covers; null when there are none. */
  fromYear: number | null;
  toYear: number | null;
  figures: { value: number; qualifier: PeriodMark["qualifier"]; sourceId: string }[];
  /** True when at least two figures report the same thing with different values. */
  sourcesDisagree: boolean;
}

export function summarizeSeries(series: Pick<AreaSeries, "marks">): SeriesSummary {
  const { marks } = series;
  const years = (pick: (m: PeriodMark) => string) => marks.map((m) => Number(pick(m).slice(0, 4)));
  return {
    count: marks.length,
    fromYear: marks.length ? Math.min(...years((m) => m.periodStart)) : null,
    toYear: marks.length ? Math.max(...years((m) => m.periodEnd)) : null,
    figures: marks.map((m) => ({ value: m.value, qualifier: m.qualifier, sourceId: m.sourceId })),
    sourcesDisagree: marks.some((m) => m.conflictWith.length > 0),
  };
}
