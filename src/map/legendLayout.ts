/**
 * Where the legend may sit without hiding the programme's areas (pure): whether it starts open
 * on a map of a given width, and how much room to leave beside it when the first view is fitted.
 */

/** Below this map width (px) the legend starts folded to its summary: open, it would hide too much. */
export const LEGEND_FOLD_BELOW_PX = 640;
/** The open legend's widest extent, rem (kept in step with .atlas-map__legend's max-width in AtlasMap.css). */
export const LEGEND_MAX_WIDTH_REM = 14;
/** The fitted areas need at least this many px across; below it the legend's room is kept on its own side only. */
const MIN_FIT_WIDTH_PX = 160;

export type LegendState = "none" | "folded" | "open";

export interface FitPadding {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export function legendStartsOpen(mapWidth: number): boolean {
  return mapWidth >= LEGEND_FOLD_BELOW_PX;
}

/**
 * Padding (px) for fitting the programme's areas. Always clear of the folded legend's summary
 * (top left), the zoom buttons (top right), the credits button (bottom right) and the swipe view's
 * "before"/"after" tags along the bottom; a figure's circle (up to 30 px across its centre) may
 * reach past its area's edge, hence the deeper bottom. With the legend
 * open, its full width is kept free on BOTH sides where the map is wide enough: the swipe view
 * has a legend on each side, and its two maps share the view fitted by whichever loads first.
 */
export function fitPaddingFor(input: { mapWidth: number; legend: LegendState; side: "left" | "right"; rootFontPx: number }): FitPadding {
  const base: FitPadding = { top: 48, bottom: 64, left: 40, right: 56 };
  if (input.legend !== "open") return base;
  // The legend, its 0.5rem inset from the map's edge, and a gap.
  const room = Math.round((LEGEND_MAX_WIDTH_REM + 1) * input.rootFontPx);
  if (input.mapWidth - 2 * room >= MIN_FIT_WIDTH_PX) return { ...base, left: room, right: room };
  return input.side === "left" ? { ...base, left: room } : { ...base, right: room + base.right };
}
