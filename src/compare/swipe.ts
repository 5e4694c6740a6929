/**
 * The swipe handle's behaviour as pure functions: keys and pointer positions to a percentage.
 * Keys follow the WAI-ARIA slider pattern: arrows ±1 (±10 with Shift), Page Up/Down ±10,
 * Home 0, End 100.
 */

/** Handle position in percent of the maps' width, 0..100. */
export const SWIPE_MIN = 0;
export const SWIPE_MAX = 100;
export const SWIPE_STEP = 1;
export const SWIPE_BIG_STEP = 10;

export function clampSwipe(value: number): number {
  return Math.min(SWIPE_MAX, Math.max(SWIPE_MIN, value));
}

/** The new position for a key press, or null when the key does not move the handle. */
export function swipeAfterKey(current: number, key: string, shiftKey: boolean): number | null {
  const step = shiftKey ? SWIPE_BIG_STEP : SWIPE_STEP;
  switch (key) {
    case "ArrowLeft":
    case "ArrowDown":
      return clampSwipe(current - step);
    case "ArrowRight":
    case "ArrowUp":
      return clampSwipe(current + step);
    case "PageDown":
      return clampSwipe(current - SWIPE_BIG_STEP);
    case "PageUp":
      return clampSwipe(current + SWIPE_BIG_STEP);
    case "Home":
      return SWIPE_MIN;
    case "End":
      return SWIPE_MAX;
    default:
      return null;
  }
}

/** The position of a pointer at `clientX` over a box spanning `left`..`left + width`, rounded to 0.1 %. */
export function swipeAtPointer(clientX: number, box: { left: number; width: number }): number {
  if (box.width <= 0) return 50;
  return clampSwipe(Math.round(((clientX - box.left) / box.width) * 1000) / 10);
}

/** CSS clip-path that shows the left `percent` of the top (before) map. */
export function beforeClipPath(percent: number): string {
  return `inset(0 ${SWIPE_MAX - clampSwipe(percent)}% 0 0)`;
}
