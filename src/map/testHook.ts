/**
 * The one place where a map shows itself to browser tests: as window.__atlas.maps[mapId], and
 * only where the page was opened with window.__atlas.maps already defined. The fixtures in
 * test/e2e/fixtures.ts define it before the app starts (to project a place to a pixel and read
 * its layers); the app itself never creates it, so a reader's page publishes nothing.
 */
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect } from "react";

type TestWindow = Window & { __atlas?: { maps?: Record<string, unknown> } };

/** Publishes `map` under `mapId` for a test that asked for it, for as long as the map lives. */
export function useMapForTests(mapId: string, map: MaplibreMap | null): void {
  useEffect(() => {
    const maps = (window as TestWindow).__atlas?.maps;
    if (map === null || maps === undefined) return;
    maps[mapId] = map;
    return () => {
      if (maps[mapId] === map) delete maps[mapId];
    };
  }, [mapId, map]);
}
