/**
 * The map's labels: every name that could be drawn, decluttered for the map's zoom (followed
 * while the map lives), and whether the label font has loaded for them.
 */
import type { TFunction } from "i18next";
import type { Map as MaplibreMap } from "maplibre-gl";
import { useEffect, useMemo, useState } from "react";
import type { Topology } from "topojson-specification";
import { areaMembers, type AtlasIndex } from "../data/atlas";
import type { UnitId, Vintage } from "../schema";
import { territories as territoriesOf, territoryLabels, type Territory } from "./archipelagos";
import { communeLabels, type CommuneFeature } from "./communes";
import { BOUNDARY_OBJECTS, areaShape, boundaryIndexOf, labelPoint, polygonFeatures, unitFeatures } from "./geometry";
import { areaLabels, countryLabels, declutter, formerDistrictLabels, groupFigureLabels, labelCharacters, type MapLabel } from "./labels";
import { loadLabelFont } from "./labelFont";
import type { MapFigure } from "./mapData";
import { BASEMAP_OBJECTS } from "./style";

export interface LabelInput {
  index: AtlasIndex;
  topology: Topology;
  basemap: Topology;
  vintage: Vintage;
  figures: readonly MapFigure[];
  /** Focus districts to name as "former district" (empty when not drawn). */
  formerDistrictIds: ReadonlySet<UnitId>;
  /** The communes from 1 July 2025 drawn on this map (after map, once loaded). */
  communes: readonly CommuneFeature[];
  t: TFunction;
}

const NO_LABELS: MapLabel[] = [];

/**
 * `mapReady`: the names are drawn only after the map's first complete render (useLabelOverlay.ts),
 * so they are worked out only then too: every area's label point (geometry.ts) was part of the
 * compare view's first render, twice (bench/profile-first-render.ts).
 */
export function useMapLabels(map: MaplibreMap | null, mapReady: boolean, input: LabelInput): { labels: MapLabel[]; fontReady: boolean; territories: Territory[] } {
  const zoom = useQuarterZoom(map);
  const { index, topology, basemap, vintage, figures, formerDistrictIds, communes, t } = input;
  // Viet Nam's archipelagos are named on every map of the country (archipelagos.ts).
  const territories = useMemo(() => territoriesOf(unitFeatures(topology, BOUNDARY_OBJECTS.provinces[vintage]), vintage), [topology, vintage]);
  const allLabels = useMemo(() => {
    if (!mapReady) return NO_LABELS;
    // Only a unit's own figure promotes its name: over a group's symbol, one member's name would
    // read as if the figure were that member's.
    const withFigures = new Set(figures.flatMap((f) => (f.drawOn.kind === "unit" ? [f.drawOn.unit] : [])));
    const districts = unitFeatures(topology, BOUNDARY_OBJECTS.districts);
    const former = districts.filter((f) => formerDistrictIds.has(f.properties.id));
    // A group's figure is named by its members, where its symbol sits (scene.ts puts it at the group's label point).
    const boundaries = boundaryIndexOf(topology);
    const groups = figures.flatMap((f) => {
      if (f.drawOn.kind !== "group") return [];
      const shape = areaShape(boundaries, areaMembers(index, f.drawOn));
      return shape === null ? [] : [{ group: f.drawOn.group, position: labelPoint(shape) }];
    });
    return [
      ...groupFigureLabels(index, groups),
      ...areaLabels({ index, provinces: unitFeatures(topology, BOUNDARY_OBJECTS.provinces[vintage]), districts: vintage === "pre2025" ? districts : [], withFigures }),
      ...formerDistrictLabels(index, former, (name) => t("map.formerDistrictLabel", { name })),
      ...countryLabels(polygonFeatures<{ name?: string }>(basemap, BASEMAP_OBJECTS.neighbours), (name) => t(`map.countries.${name}`, { defaultValue: name })),
      ...territoryLabels(territories, (key) => t(`map.territory.${key}`)),
      ...communeLabels(communes),
    ];
  }, [mapReady, index, topology, basemap, vintage, formerDistrictIds, figures, territories, communes, t]);
  const labels = useMemo(() => (zoom === null ? [] : declutter(allLabels, zoom)), [allLabels, zoom]);
  const fontReady = useLabelFont(useMemo(() => labelCharacters(allLabels).join(""), [allLabels]));
  return { labels, fontReady, territories };
}

/** The map's zoom to a quarter level (decluttering depends on the zoom only; finer is wasted). */
function useQuarterZoom(map: MaplibreMap | null): number | null {
  const [zoom, setZoom] = useState<number | null>(null);
  useEffect(() => {
    if (map === null) return;
    const update = () => setZoom(Math.round(map.getZoom() * 4) / 4);
    update();
    map.on("zoomend", update);
    map.on("moveend", update);
    return () => {
      map.off("zoomend", update);
      map.off("moveend", update);
    };
  }, [map]);
  return zoom;
}

function useLabelFont(characters: string): boolean {
  const [ready, setReady] = useState(false);
  useEffect(() => {
    // No names yet (the map is not drawn): nothing to load the font for, and not ready for the names to come.
    if (characters === "") return;
    let live = true;
    void loadLabelFont(characters).then(() => live && setReady(true));
    return () => {
      live = false;
    };
  }, [characters]);
  return ready;
}
