/**
 * One MapLibre map in a container, for as long as the container lives: made when the container
 * mounts, removed when it goes. Everything else a map has — camera, controls, figure layers, labels,
 * picking, labels, readiness — is its own hook, given this map and tied to its lifecycle
 * (see AtlasMap.tsx for the composition).
 */
import maplibregl, { type CameraOptions, type FitBoundsOptions, type LngLatBoundsLike, type Map as MaplibreMap, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import { MAP_MAX_ZOOM } from "./viewForBounds";
import { startInlinedWorkerIfAny } from "./offlineWorker";

/** Where a new map opens: a camera, or bounds to fit. */
export type StartCamera = CameraOptions | { bounds: LngLatBoundsLike; fitBoundsOptions: FitBoundsOptions };

export interface MaplibreMapOptions {
  style: StyleSpecification | string;
  /** Accessible name of the map canvas at creation (kept current by useCanvasNames). */
  title: string;
  /** Read once, when the map is made. */
  start: () => StartCamera;
}

export interface MaplibreMapHandle {
  map: MaplibreMap | null;
  /** True once the current style has loaded (the figure layers can only be placed among the style's then). */
  styleReady: boolean;
}

export function useMaplibreMap(container: HTMLDivElement | null, options: MaplibreMapOptions): MaplibreMapHandle {
  const [handle, setHandle] = useState<MaplibreMapHandle>({ map: null, styleReady: false });
  // The map is made once per container; later option changes go through the effects below.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    if (container === null) return;
    const { style, title, start } = optionsRef.current;
    startInlinedWorkerIfAny();
    const map = new maplibregl.Map({
      container,
      style,
      ...start(),
      minZoom: 3,
      maxZoom: MAP_MAX_ZOOM,
      renderWorldCopies: false,
      // A flat map of administrative areas: rotation and tilt would only disorient.
      dragRotate: false,
      pitchWithRotate: false,
      touchPitch: false,
      attributionControl: false,
      locale: { "Map.Title": title },
    });
    map.touchZoomRotate.disableRotation();
    map.keyboard.disableRotation();
    const onStyle = () => setHandle({ map, styleReady: true });
    map.on("style.load", onStyle);
    setHandle({ map, styleReady: false });
    return () => {
      map.off("style.load", onStyle);
      // Also ends every control still on it (their own cleanups then find them gone: useMapControl.ts).
      map.remove();
      setHandle({ map: null, styleReady: false });
    };
  }, [container]);

  // A new style (the page's theme changed): swap it in place, the camera stays.
  const lastStyle = useRef(options.style);
  useEffect(() => {
    const map = handle.map;
    if (map === null || lastStyle.current === options.style) return;
    lastStyle.current = options.style;
    setHandle((h) => ({ ...h, styleReady: false }));
    // No diffing: a full reload fires "style.load", after which the figure layers are added again (useFigureLayers.ts).
    map.setStyle(options.style, { diff: false });
  }, [handle.map, options.style]);

  // In the render where the style changes, the map still says the old one is ready until the effect
  // above swaps it: without this, hooks that add layers would add them to a style that is loading.
  return lastStyle.current === options.style ? handle : { ...handle, styleReady: false };
}
