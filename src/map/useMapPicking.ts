/**
 * Pointer on the map, while the map lives: what is under the pointer (a figure's symbol, a
 * commune, a figure's coloured area, else an area of the base style's fill layers) for the
 * tooltip, and a click selects it.
 */
import type { Map as MaplibreMap, MapGeoJSONFeature, MapMouseEvent, PointLike } from "maplibre-gl";
import { useEffect, useRef, useState } from "react";
import { communeOf } from "./communes";
import type { HoverTarget } from "./MapTooltip";
import type { MapScene } from "./scene";
import { QUERYABLE_LAYERS } from "./style";
import { pickLayerIds } from "./useFigureLayers";

/** Px around the pointer that still count as on a feature (thin outlines, small symbols). */
const PICK_RADIUS_PX = 2;

/** Hover target for the tooltip; `onPick` gets each clicked target. */
export function useMapPicking(map: MaplibreMap | null, mapId: string, scene: MapScene, onPick: (target: Exclude<HoverTarget, { kind: "commune" }>) => void): HoverTarget | null {
  const [hover, setHover] = useState<HoverTarget | null>(null);
  // The latest scene and callback, read at event time: they change without re-binding the events.
  const latest = useRef({ scene, onPick });
  latest.current = { scene, onPick };
  useEffect(() => {
    if (map === null) return;
    const ids = pickLayerIds(mapId);
    const query = (e: MapMouseEvent, layer: string): MapGeoJSONFeature[] => {
      if (map.getLayer(layer) === undefined) return [];
      const { x, y } = e.point;
      const box: [PointLike, PointLike] = [
        [x - PICK_RADIUS_PX, y - PICK_RADIUS_PX],
        [x + PICK_RADIUS_PX, y + PICK_RADIUS_PX],
      ];
      return map.queryRenderedFeatures(box, { layers: [layer] });
    };
    const figureIn = (features: readonly MapGeoJSONFeature[]) => {
      for (const f of features) {
        const key: unknown = f.properties["figureKey"];
        const figure = typeof key === "string" ? latest.current.scene.figures.get(key) : undefined;
        if (figure !== undefined) return figure;
      }
      return undefined;
    };
    const targetAt = (e: MapMouseEvent): HoverTarget | null => {
      const { x, y } = e.point;
      // A figure's symbol first, then a commune (after map), then a figure's coloured area: a
      // commune lies inside the area a figure is drawn on, and pointing at it means the commune.
      const symbol = figureIn(query(e, ids.symbols));
      if (symbol !== undefined) return { kind: "figure", figure: symbol, x, y };
      const commune = query(e, ids.communes).map((f) => communeOf(f)).find((c) => c !== null);
      if (commune !== undefined && commune !== null) return commune.id !== undefined ? { kind: "area", unit: commune.id, x, y } : { kind: "commune", commune, x, y };
      const area = figureIn(query(e, ids.areas));
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
  }, [map, mapId]);
  return hover;
}
