/**
 * Pointer on the map, while the map lives: what is under the pointer (a figure drawn by deck.gl,
 * else an area of MapLibre's fill layers) for the tooltip, and a click selects it.
 */
import type { MapboxOverlay } from "@deck.gl/mapbox";
import type { Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { communeOf } from "./communes";
import type { HoverTarget } from "./MapTooltip";
import type { MapScene } from "./scene";
import { QUERYABLE_LAYERS } from "./style";

/** Hover target for the tooltip; `onPick` gets each clicked target. */
export function useMapPicking(map: MaplibreMap | null, overlay: MapboxOverlay | null, scene: MapScene, onPick: (target: Exclude<HoverTarget, { kind: "commune" }>) => void): HoverTarget | null {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // The latest scene and callback, read at event time: they change without re-binding the events.
  const latest = useRef({ scene, onPick });
  latest.current = { scene, onPick };
  useEffect(() => {
    if (map === null || overlay === null) return;
    const targetAt = (e: MapMouseEvent): HoverTarget | null => {
      const { x, y } = e.point;
      // A figure's symbol first, then a commune (after map), then a figure's coloured area: a
      // commune lies inside the area a figure is drawn on, and pointing at it means the commune.
      const picks = overlay.pickMultipleObjects({ x, y, radius: 2, depth: 4 }) as { object?: unknown }[];
      const figureOf = (nested: boolean) => {
        for (const p of picks) {
          const key = figureKeyOf(p.object, nested);
          const figure = key === null ? undefined : latest.current.scene.figures.get(key);
          if (figure !== undefined) return figure;
        }
        return undefined;
      };
      const symbol = figureOf(false);
      if (symbol !== undefined) return { kind: "figure", figure: symbol, x, y };
      const commune = picks.map((p) => communeOf(p.object)).find((c) => c !== null);
      if (commune !== undefined && commune !== null) return commune.id !== undefined ? { kind: "area", unit: commune.id, x, y } : { kind: "commune", commune, x, y };
      const area = figureOf(true);
      if (area !== undefined) return { kind: "figure", figure: area, x, y };
      const layers = QUERYABLE_LAYERS.filter((id) => map.getLayer(id) !== undefined);
      const id: unknown = map.queryRenderedFeatures(e.point, { layers })[0]?.properties?.["id"];
      return typeof id === "string" ? { kind: "area", unit: id, x, y } : null;
    };
    let frame = 0;
    const onMove = (e: MapMouseEvent) => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const target = targetAt(e);
        setHover(target);
        map.getCanvas().style.cursor = target === null ? "" : "pointer";
      });
    };
    const onOut = () => {
      cancelAnimationFrame(frame);
      setHover(null);
    };
    const onClick = (e: MapMouseEvent) => {
      const target = targetAt(e);
      // A context commune has no unit to select: its tooltip is all there is.
      if (target !== null && target.kind !== "commune") latest.current.onPick(target);
    };
    map.on("mousemove", onMove);
    map.on("mouseout", onOut);
    map.on("click", onClick);
    return () => {
      cancelAnimationFrame(frame);
      map.off("mousemove", onMove);
      map.off("mouseout", onOut);
      map.off("click", onClick);
    };
  }, [map, overlay]);
  return hover;
}

/** The figure key of a symbol (`nested` false) or of an area feature (`nested` true). */
function figureKeyOf(object: unknown, nested: boolean): string | null {
  if (typeof object !== "object" || object === null) return null;
  const key = nested ? (object as { properties?: { figureKey?: unknown } }).properties?.figureKey : (object as { figureKey?: unknown }).figureKey;
  return typeof key === "string" ? key : null;
}
