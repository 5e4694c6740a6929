/**
 * A MapLibre control that lives exactly as long as both the component using it and the map.
 *
 * The map can go first: when a screen closes, the effect that made the map may clean up before
 * the effects that add controls to it. `map.remove()` already calls every control's onRemove and
 * forgets the controls, and MapLibre's removeControl would call onRemove a second time on a map
 * that is gone (AttributionControl then throws reading `off` of undefined and the whole page
 * unmounts). So a control is removed only while the map still holds it.
 */
import type { ControlPosition, IControl, Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useRef } from "react";

/**
 * Adds `control` to `map` at `position` and removes it when either changes or the component
 * unmounts. Pass a control made with useMemo: a new object replaces the old one on the map.
 * `onAdded` runs after each add (e.g. to adjust the control's DOM).
 */
export function useMapControl(
  map: MaplibreMap | null,
  control: IControl | null,
  position: ControlPosition,
  onAdded?: (map: MaplibreMap) => void,
): void {
  // The latest callback, read at add time: a new callback is no reason to re-add the control.
  const onAddedRef = useRef(onAdded);
  onAddedRef.current = onAdded;
  useEffect(() => {
    if (map === null || control === null) return;
    map.addControl(control, position);
    onAddedRef.current?.(map);
    return () => removeControlIfHeld(map, control);
  }, [map, control, position]);
}

/** Removes `control` from `map` unless the map has already let it go (removed, or never added). */
export function removeControlIfHeld(map: MaplibreMap, control: IControl): void {
  if (map.hasControl(control)) map.removeControl(control);
}
