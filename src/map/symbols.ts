/**
 * Proportional symbols (pure): a circle's AREA is proportional to the value, so the radius
 * follows the square root. Radii are in screen pixels, so the legend's circles match the
 * map's at every zoom.
 */

export interface SymbolScale {
  /** The value drawn at `maxRadius` (the largest value shown); 0 when there is none. */
  maxValue: number;
  /** Radius of the largest symbol, px. Default 30. */
  maxRadius: number;
  /** Smallest radius of a positive value, px, so that small figures stay visible. Default 4. */
  minRadius: number;
}

/** Radius of a reported 0, px: a dot that says "reported: 0", unlike no symbol ("not reported"). */
export const ZERO_RADIUS = 2.5;

export function symbolScale(values: readonly number[], options: { maxRadius?: number; minRadius?: number } = {}): SymbolScale {
  const finite = values.filter((v) => Number.isFinite(v) && v >= 0);
  return {
    maxValue: finite.length === 0 ? 0 : Math.max(...finite),
    maxRadius: options.maxRadius ?? 30,
    minRadius: options.minRadius ?? 4,
  };
}

/** Radius in px of the symbol for `value`. */
export function symbolRadius(scale: SymbolScale, value: number): number {
  if (!(value > 0) || scale.maxValue <= 0) return ZERO_RADIUS;
  return Math.max(scale.minRadius, scale.maxRadius * Math.sqrt(value / scale.maxValue));
}

/**
 * Round values for the legend's nested circles, largest first: the largest round number not
 * above the maximum, then about a quarter and a sixteenth of it. Fewer when they coincide.
 */
export function legendSymbolValues(maxValue: number): number[] {
  if (!(maxValue > 0)) return [];
  const out: number[] = [];
  for (const fraction of [1, 1 / 4, 1 / 16]) {
    const v = niceFloor(maxValue * fraction);
    if (v > 0 && !out.includes(v)) out.push(v);
  }
  return out;
}

/** Largest of 1, 2, 2.5, 5 × 10^n that is ≤ x (x > 0); values below 1 give 0 (counts are whole). */
export function niceFloor(x: number): number {
  if (!(x >= 1)) return 0;
  const magnitude = 10 ** Math.floor(Math.log10(x));
  const steps = [5, 2.5, 2, 1];
  for (const step of steps) {
    const v = step * magnitude;
    // 2.5 is only nice from 10 up (25, 250); below that use 2.
    if (v <= x && Number.isInteger(v)) return v;
  }
  return magnitude;
}
