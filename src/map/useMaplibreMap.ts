/**
 * One MapLibre map with a deck.gl overlay (interleaved: deck.gl layers are drawn in MapLibre's
 * own WebGL context, between its layers), bound to the store's view state:
 * - the camera starts at the store's mapView, or fits the programme's areas when it is null;
 * - a move that ends writes the store (and so the URL);
 * - a store change made elsewhere (another map, "zoom to", Back) moves this map;
 * - while a person drags one map, the others follow frame by frame (viewSync.ts).
 */
import { MapboxOverlay } from "@deck.gl/mapbox";
import maplibregl, { type Map as MaplibreMap, type PaddingOptions, type StyleSpecification } from "maplibre-gl";
import "maplibre-gl/dist/maplibre-gl.css";
import { useEffect, useRef, useState } from "react";
import { useAtlasStoreApi } from "../store";
import type { Bounds } from "./geometry";
import { isFollowing, joinViewSync, sameView, viewOfMap } from "./viewSync";

/** Maps on the page by id (for "zoom to" from lists, and for tests through window.__atlas). */
const registry = new Map<string, MaplibreMap>();

export function getAtlasMap(mapId: string): MaplibreMap | undefined {
  return registry.get(mapId);
}

type AtlasWindow = Window & { __atlas?: { maps: Record<string, unknown> } };

export interface MaplibreMapOptions {
  mapId: string;
  style: StyleSpecification | string;
  /** Accessible name of the map canvas. */
  title: string;
  /** What to fit when the store has no view yet. */
  fitBounds: Bounds | null;
  /** Room to leave around it, px (legend, zoom buttons, attribution). */
  fitPadding: PaddingOptions;
}

export interface MaplibreMapHandle {
  map: MaplibreMap | null;
  overlay: MapboxOverlay | null;
  /** True once the current style has loaded (deck.gl layers can only be placed among MapLibre's then). */
  styleReady: boolean;
}

export function useMaplibreMap(container: HTMLDivElement | null, options: MaplibreMapOptions): MaplibreMapHandle {
  const [handle, setHandle] = useState<MaplibreMapHandle>({ map: null, overlay: null, styleReady: false });
  // The store of the nearest AtlasStoreProvider: an embed's maps follow its own view.
  const store = useAtlasStoreApi();
  // The map is made once per container; later option changes go through the effects below.
  const optionsRef = useRef(options);
  optionsRef.current = options;

  useEffect(() => {
    if (container === null) return;
    const { mapId, style, title, fitBounds, fitPadding } = optionsRef.current;
    const start = store.getState().mapView;
    const map = new maplibregl.Map({
      container,
      style,
      ...(start !== null
        ? { center: [start.longitude, start.latitude] as [number, number], zoom: start.zoom }
        : fitBounds !== null
          ? { bounds: fitBounds, fitBoundsOptions: { padding: fitPadding } }
          : { center: [106, 16.5] as [number, number], zoom: 4.5 }),
      minZoom: 3,
      maxZoom: 12,
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
    const overlay = new MapboxOverlay({ interleaved: true, layers: [] });
    map.addControl(overlay);
    map.addControl(new maplibregl.NavigationControl({ showCompass: false }), "top-right");

    registry.set(mapId, map);
    const w = window as AtlasWindow;
    if (w.__atlas) w.__atlas.maps[mapId] = map;

    const leaveSync = joinViewSync(map);
    const onStyle = () => setHandle({ map, overlay, styleReady: true });
    map.on("style.load", onStyle);
    map.once("load", () => {
      // The first map to load with no view in the store writes the fitted view, so a second map
      // (before/after) opens on exactly the same view and the URL can restore it.
      if (store.getState().mapView === null) store.getState().setMapView(viewOfMap(map));
    });
    map.on("moveend", () => {
      if (isFollowing(map)) return;
      const view = viewOfMap(map);
      if (!sameView(view, store.getState().mapView)) store.getState().setMapView(view);
    });
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.mapView === prev.mapView) return;
      const target = state.mapView;
      if (target === null) {
        const { fitBounds: bounds, fitPadding: padding } = optionsRef.current;
        if (bounds !== null) map.fitBounds(bounds, { padding, animate: false });
        return;
      }
      if (!sameView(viewOfMap(map), target)) map.jumpTo({ center: [target.longitude, target.latitude], zoom: target.zoom });
    });
    setHandle({ map, overlay, styleReady: false });

    return () => {
      unsubscribe();
      leaveSync();
      registry.delete(mapId);
      if (w.__atlas?.maps[mapId] === map) delete w.__atlas.maps[mapId];
      map.removeControl(overlay);
      map.remove();
      setHandle({ map: null, overlay: null, styleReady: false });
    };
  }, [container, store]);

  // A new style (the vintage changed): swap it in place, the camera stays.
  const lastStyle = useRef(options.style);
  useEffect(() => {
    const map = handle.map;
    if (map === null || lastStyle.current === options.style) return;
    lastStyle.current = options.style;
    setHandle((h) => ({ ...h, styleReady: false }));
    // No diffing: a full reload fires "style.load", after which deck.gl re-inserts its layers.
    map.setStyle(options.style, { diff: false });
  }, [handle.map, options.style]);

  return handle;
}
