/**
 * The swipe handle between the before and after maps: dragged with mouse, pen or touch
 * (pointer events, captured so a fast drag does not lose it), and a WAI-ARIA slider for the
 * keyboard and assistive technology (arrows ±1, Shift+arrows and Page Up/Down ±10, Home, End).
 */
import { useRef, type KeyboardEvent, type PointerEvent, type RefObject } from "react";
import { SWIPE_MAX, SWIPE_MIN, swipeAfterKey, swipeAtPointer } from "./swipe";

export interface SwipeHandleProps {
  /** Percent of the stage's width, 0..100. */
  value: number;
  onChange: (percent: number) => void;
  /** The element the percentage is measured against (the maps' stage). */
  stageRef: RefObject<HTMLElement | null>;
  label: string;
  valueText: string;
}

export function SwipeHandle({ value, onChange, stageRef, label, valueText }: SwipeHandleProps) {
  const dragging = useRef(false);

  const moveTo = (clientX: number) => {
    const stage = stageRef.current;
    if (stage === null) return;
    const box = stage.getBoundingClientRect();
    onChange(swipeAtPointer(clientX, { left: box.left, width: box.width }));
  };

  const onPointerDown = (e: PointerEvent<HTMLDivElement>) => {
    if (e.button !== 0) return;
    dragging.current = true;
    e.currentTarget.setPointerCapture(e.pointerId);
    e.currentTarget.focus();
    e.preventDefault();
  };
  const onPointerMove = (e: PointerEvent<HTMLDivElement>) => {
    if (dragging.current) moveTo(e.clientX);
  };
  const onPointerEnd = (e: PointerEvent<HTMLDivElement>) => {
    if (!dragging.current) return;
    dragging.current = false;
    if (e.currentTarget.hasPointerCapture(e.pointerId)) e.currentTarget.releasePointerCapture(e.pointerId);
  };
  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const next = swipeAfterKey(value, e.key, e.shiftKey);
    if (next === null) return;
    e.preventDefault();
    onChange(next);
  };

  return (
    <div
      className="swipe-handle"
      style={{ left: `${value}%` }}
      // A full-height handle over two maps, dragged with pointer capture: the WAI-ARIA slider pattern, not <input type=range>.
      // oxlint-disable-next-line jsx-a11y/prefer-tag-over-role
      role="slider"
      tabIndex={0}
      aria-label={label}
      aria-valuemin={SWIPE_MIN}
      aria-valuemax={SWIPE_MAX}
      aria-valuenow={Math.round(value)}
      aria-valuetext={valueText}
      aria-orientation="horizontal"
      data-testid="swipe-handle"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerEnd}
      onPointerCancel={onPointerEnd}
      onKeyDown={onKeyDown}
    >
      <span className="swipe-handle__line" aria-hidden="true" />
      <span className="swipe-handle__grip" aria-hidden="true">
        ◀▶
      </span>
    </div>
  );
}
