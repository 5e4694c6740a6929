/**
 * The map's "drawn" mark: true at the first idle after complete layers were handed to it. Sets
 * a performance mark (bench/first-render.ts and src/ui/slots.tsx wait for it); the
 * container shows it as data-map-ready for browser tests.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useState } from "react";

/**
 * The maps of the page that have not drawn yet (useMapReady holds each until its mark). What waits
 * for every map without knowing their ids waits on this (everyMapDrawn): on the compare view the
 * before map is ready first, and the place names' code fetched and run then would take the main
 * thread and the network from the after map, still drawing its communes.
 */
const drawing = new Set<string>();
let waiting: (() => void)[] = [];

/** Counts `mapId` as still drawing until the returned function is called. */
export function holdMapsDrawn(mapId: string): () => void {
  drawing.add(mapId);
  return () => {
    drawing.delete(mapId);
    if (drawing.size > 0) return;
    const ready = waiting;
    waiting = [];
    for (const resolve of ready) resolve();
  };
}

/** Resolves once no map of the page is still drawing its first complete render, or after `fallbackMs` (a map that never draws). */
export function everyMapDrawn(fallbackMs: number): Promise<void> {
  if (drawing.size === 0) return Promise.resolve();
  return new Promise<void>((resolve) => {
    const done = () => {
      clearTimeout(timer);
      resolve();
    };
    const timer = setTimeout(done, fallbackMs);
    waiting.push(done);
  });
}

export function useMapReady(map: MaplibreMap | null, mapId: string, layersShown: number): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => (ready ? undefined : holdMapsDrawn(mapId)), [mapId, ready]);
  useEffect(() => {
    if (map === null || ready || layersShown === 0) return;
    const onIdle = () => {
      setReady(true);
      performance.mark(`atlas:map-ready:${mapId}`);
    };
    map.once("idle", onIdle);
    map.triggerRepaint();
    return () => {
      map.off("idle", onIdle);
    };
  }, [map, ready, layersShown, mapId]);
  return ready;
}

/**
 * Resolves once every map named has set its ready mark, or after `fallbackMs` (a map that never
 * draws: its region failed). What a page shows below its maps but does not need for them (the
 * compare view's charts) waits for this, so its code is neither fetched nor run on their path.
 */
export function whenMapsReady(mapIds: readonly string[], fallbackMs: number): Promise<void> {
  const names = mapIds.map((id) => `atlas:map-ready:${id}`);
  const allMarked = () => names.every((name) => performance.getEntriesByName(name, "mark").length > 0);
  return new Promise<void>((resolve) => {
    if (allMarked()) return resolve();
    let observer: PerformanceObserver | null = null;
    const timer = setTimeout(done, fallbackMs);
    function done() {
      clearTimeout(timer);
      observer?.disconnect();
      resolve();
    }
    if (typeof PerformanceObserver === "undefined") return;
    observer = new PerformanceObserver(() => {
      if (allMarked()) done();
    });
    observer.observe({ type: "mark" });
  });
}
