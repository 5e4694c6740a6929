/**
 * The map's camera bound to the store's view state (the one view, also in the URL):
 * - a new map opens at the store's mapView, or fits the programme's areas when it is null;
 * - the first map to load with no view writes the fitted one, so a second map opens on it;
 * - a move that ends writes the store; a store change made elsewhere moves this map;
 * - while a person drags one map, the others in its MapProvider follow frame by frame.
 */
import type { Map as MaplibreMap, PaddingOptions } from "maplibre-gl";
import { useEffect, useRef } from "react";
import type { StoreApi } from "zustand";
import { useAtlasStoreApi, type AtlasState } from "../store";
import { takeCameraMotion } from "../store/cameraMotion";
import type { Bounds } from "./geometry";
import { useViewSyncGroup } from "./MapContext";
import type { StartCamera } from "./useMaplibreMap";
import { sameView, viewOfMap } from "./viewSync";

export interface CameraFit {
  /** What to fit when the store has no view yet. */
  bounds: Bounds | null;
  /** Room to leave around it, px (legend, zoom buttons, attribution). */
  padding: PaddingOptions;
}

/** Where a map made now opens (read when it is made), from the view in `store`. */
export function startCamera(store: StoreApi<AtlasState>, fit: CameraFit): StartCamera {
  const start = store.getState().mapView;
  if (start !== null) return { center: [start.longitude, start.latitude], zoom: start.zoom };
  if (fit.bounds !== null) return { bounds: fit.bounds, fitBoundsOptions: { padding: fit.padding } };
  return { center: [106, 16.5], zoom: 4.5 };
}

export function useMapCamera(map: MaplibreMap | null, fit: CameraFit): void {
  const fitRef = useRef(fit);
  fitRef.current = fit;
  const sync = useViewSyncGroup();
  // The store of the nearest AtlasStoreProvider: an embed's maps follow its own view.
  const store = useAtlasStoreApi();

  useEffect(() => {
    if (map === null) return;
    const leaveSync = sync?.join(map);
    const onLoad = () => {
      if (store.getState().mapView === null) store.getState().setMapView(viewOfMap(map));
    };
    const onMoveEnd = () => {
      if (sync?.isFollowing(map) === true) return;
      const view = viewOfMap(map);
      if (!sameView(view, store.getState().mapView)) store.getState().setMapView(view);
    };
    map.once("load", onLoad);
    map.on("moveend", onMoveEnd);
    const unsubscribe = store.subscribe((state, prev) => {
      if (state.mapView === prev.mapView) return;
      const target = state.mapView;
      if (target === null) {
        const { bounds, padding } = fitRef.current;
        if (bounds !== null) map.fitBounds(bounds, { padding, animate: false });
        return;
      }
      if (sameView(viewOfMap(map), target)) return;
      // A presentation's next slide flies there, unless the system asks for reduced motion (src/store/cameraMotion.ts).
      const reduced = typeof matchMedia === "function" && matchMedia("(prefers-reduced-motion: reduce)").matches;
      const camera = { center: [target.longitude, target.latitude] as [number, number], zoom: target.zoom };
      if (takeCameraMotion(reduced) === "fly") map.flyTo({ ...camera, duration: 1600 });
      else map.jumpTo(camera);
    });
    return () => {
      unsubscribe();
      map.off("load", onLoad);
      map.off("moveend", onMoveEnd);
      leaveSync?.();
    };
  }, [map, sync, store]);
}
