/**
 * Pointer on the map, while the map lives: what is under the pointer (a figure drawn by deck.gl,
 * else an area of MapLibre's fill layers) for the tooltip, and a click selects it.
 */
import type { MapboxOverlay } from "@deck.gl/mapbox";
import type { Map as MaplibreMap, MapMouseEvent } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import type { HoverTarget } from "./MapTooltip";
import type { MapScene } from "./scene";
import { QUERYABLE_LAYERS } from "./style";

/** Hover target for the tooltip; `onPick` gets each clicked target. */
export function useMapPicking(map: MaplibreMap | null, overlay: MapboxOverlay | null, scene: MapScene, onPick: (target: HoverTarget) => void): HoverTarget | null {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // The latest scene and callback, read at event time: they change without re-binding the events.
  const latest = useRef({ scene, onPick });
  latest.current = { scene, onPick };
  useEffect(() => {
    if (map === null || overlay === null) return;
    const targetAt = (e: MapMouseEvent): HoverTarget | null => {
      const { x, y } = e.point;
      const picked = overlay.pickObject({ x, y, radius: 2 }) as { object?: unknown } | null;
      const key = figureKeyOf(picked?.object);
      const figure = key === null ? undefined : latest.current.scene.figures.get(key);
      if (figure !== undefined) return { kind: "figure", figure, x, y };
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
      if (target !== null) latest.current.onPick(target);
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

function figureKeyOf(object: unknown): string | null {
  if (typeof object !== "object" || object === null) return null;
  const direct = (object as { figureKey?: unknown }).figureKey;
  if (typeof direct === "string") return direct;
  const nested = (object as { properties?: { figureKey?: unknown } }).properties?.figureKey;
  return typeof nested === "string" ? nested : null;
}
