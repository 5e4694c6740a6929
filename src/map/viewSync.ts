/**
 * Keeping maps on one page in step. The store's `mapView` is the one view state (and goes into
 * the URL); it is written when a move ENDS. While a person drags one map, the others follow
 * frame by frame through a ViewSyncGroup (one per MapProvider), without writing the store (and the URL) 60 times a second.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import type { MapViewState } from "../store";

/** Differences below these are rounding, not a move (≈ 1 cm on the ground; 1/1000 of a zoom level). */
const LNGLAT_EPSILON = 1e-7;
const ZOOM_EPSILON = 1e-3;

export function sameView(a: MapViewState | null, b: MapViewState | null): boolean {
  if (a === null || b === null) return a === b;
  return Math.abs(a.longitude - b.longitude) < LNGLAT_EPSILON && Math.abs(a.latitude - b.latitude) < LNGLAT_EPSILON && Math.abs(a.zoom - b.zoom) < ZOOM_EPSILON;
}

/** The view as the store keeps it, rounded so the URL stays short (6 decimals ≈ 10 cm; zoom to 1/100). */
export function roundView(view: MapViewState): MapViewState {
  const round = (x: number, digits: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  return { longitude: round(view.longitude, 6), latitude: round(view.latitude, 6), zoom: round(view.zoom, 2) };
}

export function viewOfMap(map: Pick<MaplibreMap, "getCenter" | "getZoom">): MapViewState {
  const { lng, lat } = map.getCenter();
  return roundView({ longitude: lng, latitude: lat, zoom: map.getZoom() });
}

/** Maps that move together (the maps of one MapProvider): one leads while a person moves it. */
export interface ViewSyncGroup {
  /** Makes `map` lead the group's other maps while a person moves it; returns the leave function. */
  join(map: MaplibreMap): () => void;
  /** True while `map` is being moved by a peer: its own move events must not echo back. */
  isFollowing(map: MaplibreMap): boolean;
}

export function createViewSync(): ViewSyncGroup {
  const peers = new Set<MaplibreMap>();
  const following = new WeakSet<MaplibreMap>();
  return {
    isFollowing: (map) => following.has(map),
    join(map) {
      peers.add(map);
      const onMove = (event: { originalEvent?: unknown }) => {
        // Only a person's gesture leads; programmatic moves arrive through the store.
        if (event.originalEvent === undefined || following.has(map)) return;
        const center = map.getCenter();
        const zoom = map.getZoom();
        for (const peer of peers) {
          if (peer === map) continue;
          following.add(peer);
          try {
            peer.jumpTo({ center, zoom });
          } finally {
            following.delete(peer);
          }
        }
      };
      map.on("move", onMove);
      return () => {
        map.off("move", onMove);
        peers.delete(map);
      };
    },
  };
}
