/**
 * The map's MapLibre controls and the names a person or a screen reader meets on it, each added
 * and removed with the map through useMapControl.
 */
import maplibregl, { type Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useMemo } from "react";
import { useMapControl } from "./useMapControl";

/** Zoom buttons (no compass: the map does not rotate), named in the app's language. */
export function useNavigationControl(map: MaplibreMap | null, names: { zoomIn: string; zoomOut: string }): void {
  // One control per map: a control's DOM belongs to the map it was added to.
  const control = useMemo(() => (map === null ? null : new maplibregl.NavigationControl({ showCompass: false })), [map]);
  useMapControl(map, control, "top-right");
  const { zoomIn, zoomOut } = names;
  useEffect(() => {
    if (map === null || control === null) return;
    // MapLibre names its zoom buttons in English once, at creation; follow the app's language instead.
    labelButton(map.getContainer(), ".maplibregl-ctrl-zoom-in", zoomIn);
    labelButton(map.getContainer(), ".maplibregl-ctrl-zoom-out", zoomOut);
  }, [map, control, zoomIn, zoomOut]);
}

/** The credits of every dataset drawn on the map, folded to an (i) button at first. */
export function useAttributionControl(map: MaplibreMap | null, credits: readonly string[]): void {
  const control = useMemo(
    () => (map === null ? null : new maplibregl.AttributionControl({ compact: true, customAttribution: [...credits] })),
    [map, credits],
  );
  useMapControl(map, control, "bottom-right", foldAttribution);
}

/** The canvas's accessible name and the texts that describe it. */
export function useCanvasNames(map: MaplibreMap | null, title: string, describedBy: string): void {
  useEffect(() => {
    map?.getCanvas().setAttribute("aria-label", title);
  }, [map, title]);
  useEffect(() => {
    map?.getCanvas().setAttribute("aria-describedby", describedBy);
  }, [map, describedBy]);
}

/**
 * Starts the attribution folded to its (i) button: spelled out, the credits cover the south of the
 * programme's areas on a laptop-sized map. One click or Enter on the button shows every credit.
 */
function foldAttribution(map: MaplibreMap): void {
  const folded = map.getContainer().querySelector(".maplibregl-ctrl-attrib");
  folded?.classList.remove("maplibregl-compact-show");
  folded?.removeAttribute("open");
}

/** Sets the visible tooltip and the accessible name of one of MapLibre's control buttons. */
function labelButton(container: HTMLElement, selector: string, label: string): void {
  const button = container.querySelector(selector);
  if (button === null) return;
  button.setAttribute("title", label);
  button.setAttribute("aria-label", label);
}
