/**
 * Classification of map values into legend classes (pure; no pixels).
 *
 * A classification is a list of ascending bounds `[min, t1, …, tk-1, max]`: class i covers
 * `[bounds[i], bounds[i+1])`, and the last class also holds its upper bound. Thresholds are
 * strictly increasing, but the last class may be a single value (`[663, 663]`), so two
 * distinct values always fall in two classes. Values below the first bound fall in the first
 * class: a reported 0 is coloured like the lowest class, never like "not reported".
 */
import { scaleQuantize } from "d3-scale";
import { ckmeans } from "simple-statistics";

import { CLASSIFICATION_METHODS, type ClassificationMethod } from "../store";

// The methods are part of the view state (the store and the URL name them); the rules are here.
export { CLASSIFICATION_METHODS, type ClassificationMethod };

/** Default number of classes for a choropleth; colour-blind-safe sequential palettes stay legible up to 5–7. */
export const DEFAULT_CLASS_COUNT = 5;

/** Thresholds for "fixed breaks" when the caller gives none: round numbers that suit the programme's counts. */
export const DEFAULT_FIXED_BREAKS: readonly number[] = [10, 50, 100, 250, 500];

export interface Classification {
  method: ClassificationMethod;
  /** Ascending class bounds, length = number of classes + 1; empty when there are no values. */
  bounds: number[];
}

export interface ClassifyOptions {
  method: ClassificationMethod;
  /** Wanted number of classes (default 5); fewer are made when the data has fewer distinct values. */
  classes?: number;
  /** Inner thresholds for `fixed` (default DEFAULT_FIXED_BREAKS); the data's min and max close the outer classes. */
  fixedBreaks?: readonly number[];
}

export function isClassificationMethod(s: string): s is ClassificationMethod {
  return (CLASSIFICATION_METHODS as readonly string[]).includes(s);
}

/** Splits `values` into classes by the chosen method. Non-finite values are ignored. */
export function classify(values: readonly number[], options: ClassifyOptions): Classification {
  const sorted = values.filter(Number.isFinite).sort((a, b) => a - b);
  const min = sorted[0];
  const max = sorted[sorted.length - 1];
  if (min === undefined || max === undefined) return { method: options.method, bounds: [] };
  const wanted = Math.max(1, Math.floor(options.classes ?? DEFAULT_CLASS_COUNT));

  switch (options.method) {
    case "fixed": {
      const thresholds = strictlyIncreasing(options.fixedBreaks ?? DEFAULT_FIXED_BREAKS);
      const first = thresholds[0];
      const last = thresholds[thresholds.length - 1];
      if (first === undefined || last === undefined) return { method: "fixed", bounds: [min, max] };
      // Fixed classes stay fixed across periods, so thresholds outside the data range are kept
      // too; counts start at 0, so the first class does as well. The last class is open: ≥ last.
      const lo = Math.min(min, 0, first);
      return { method: "fixed", bounds: [lo, ...thresholds.filter((t) => t > lo), Math.max(max, last)] };
    }
    case "quantile":
      return { method: "quantile", bounds: closeBounds(min, max, quantileThresholds(sorted, wanted)) };
    case "equal-interval":
      return { method: "equal-interval", bounds: closeBounds(min, max, equalIntervalThresholds(min, max, wanted)) };
    case "natural-breaks":
      return { method: "natural-breaks", bounds: closeBounds(min, max, naturalBreakThresholds(sorted, wanted)) };
  }
}

/** Number of classes (0 when there were no values). */
export function classCount(c: Classification): number {
  return Math.max(0, c.bounds.length - 1);
}

/** The class (0-based) a value falls in; -1 when the classification has no classes. */
export function classIndex(c: Classification, value: number): number {
  const n = classCount(c);
  if (n === 0) return -1;
  let i = 0;
  // bounds[1..n-1] are the thresholds; a value equal to a threshold opens the next class.
  while (i < n - 1 && value >= (c.bounds[i + 1] ?? Infinity)) i++;
  return i;
}

/** One legend label per class, e.g. "10 – 50", with numbers formatted by `format`; fixed breaks end with "≥ 500". */
export function classLabels(c: Classification, format: (n: number) => string): string[] {
  const labels: string[] = [];
  const n = classCount(c);
  for (let i = 0; i < n; i++) {
    const lo = c.bounds[i] ?? 0;
    const hi = c.bounds[i + 1] ?? lo;
    if (c.method === "fixed" && i === n - 1 && n > 1) labels.push(`≥ ${format(lo)}`);
    else labels.push(lo === hi ? format(lo) : `${format(lo)} – ${format(hi)}`);
  }
  return labels;
}

function quantileThresholds(sorted: readonly number[], k: number): number[] {
  const n = sorted.length;
  const out: number[] = [];
  // The j-th threshold is the first value of the j-th rank group, so each class holds ~n/k values.
  for (let j = 1; j < k; j++) out.push(sorted[Math.min(n - 1, Math.floor((j * n) / k))] ?? 0);
  return out;
}

/** k classes of equal width between min and max: d3-scale's quantize scale. */
function equalIntervalThresholds(min: number, max: number, k: number): number[] {
  if (max === min) return [];
  return scaleQuantize<number>()
    .domain([min, max])
    .range(Array.from({ length: k }, (_, i) => i))
    .thresholds();
}

function naturalBreakThresholds(sorted: number[], k: number): number[] {
  const distinct = new Set(sorted).size;
  // ckmeans throws when asked for more clusters than values.
  const clusters = ckmeans(sorted, Math.min(k, distinct));
  return clusters.slice(1).map((cluster) => cluster[0] ?? 0);
}

/** [min, …thresholds strictly inside (min, max], max]. */
function closeBounds(min: number, max: number, thresholds: readonly number[]): number[] {
  const inner = strictlyIncreasing(thresholds.filter((t) => t > min && t <= max));
  return [min, ...inner, max];
}

function strictlyIncreasing(xs: readonly number[]): number[] {
  return [...new Set(xs.filter(Number.isFinite))].sort((a, b) => a - b);
}
