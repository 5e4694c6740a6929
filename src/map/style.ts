/**
 * The offline MapLibre style (pure): built from the project's own TopoJSON, with no tiles,
 * glyphs or sprites from anywhere. Labels are drawn by deck.gl's TextLayer with the
 * self-hosted Noto Sans, so the style has no `glyphs` and no symbol layers.
 *
 * Shared borders come from topojson `mesh`, so each is drawn once (no doubled, darker lines).
 */
import type { FeatureCollection, GeoJSON, MultiLineString } from "geojson";
import type { LayerSpecification, Map as MaplibreMap, SourceSpecification, StyleSpecification } from "maplibre-gl";
import { feature, mesh } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { Vintage } from "../schema";
import { BOUNDARY_OBJECTS, unitFeatures } from "./geometry";
import { BASE_COLOURS, type BaseColours } from "./palette";

/** Object names in basemap.topo.json (as src/pipeline/basemap.ts writes them). */
export const BASEMAP_OBJECTS = { neighbours: "neighbours", vietnam: "vietnam" } as const;

/** Ids of the style's sources and layers, for queries (hover/click on areas without figures) and the figure layers' `beforeId`. */
export const STYLE_IDS = {
  sources: { neighbours: "neighbours", vietnam: "vietnam", provinces: "provinces", provinceBorders: "province-borders", coast: "coast", districts: "districts", districtBorders: "district-borders" },
  layers: {
    background: "background",
    neighboursFill: "neighbours-fill",
    neighboursLine: "neighbours-line",
    vietnamFill: "vietnam-fill",
    provincesFill: "provinces-fill",
    districtsFill: "districts-fill",
    districtBorders: "district-borders",
    provinceBorders: "province-borders",
    coast: "coast",
  },
} as const;

/** The figures' area fills (layers.ts) go under this layer, so district and province borders stay on top of the colours. */
export const FILL_BEFORE_LAYER = STYLE_IDS.layers.districtBorders;

/** Layers whose features are areas a person can hover or click when they have no figure. */
export const QUERYABLE_LAYERS: readonly string[] = [STYLE_IDS.layers.districtsFill, STYLE_IDS.layers.provincesFill];

export interface OfflineStyleInput {
  basemap: Topology;
  boundaries: Topology;
  vintage: Vintage;
  /** The base map's colours (palette.ts: light, or dark for the dark theme); light by default. */
  colours?: BaseColours;
}

/** The complete style: sea, neighbours, Viet Nam's land, the vintage's provinces and (before 2025) districts. */
export function buildOfflineStyle(input: OfflineStyleInput): StyleSpecification {
  const colours = input.colours ?? BASE_COLOURS;
  const { sources, layers } = boundaryStyleParts(input.boundaries, input.vintage, colours);
  return {
    version: 8,
    name: `Results Atlas (${input.vintage}, offline)`,
    sources: {
      [STYLE_IDS.sources.neighbours]: geojson(memo(input.basemap, BASEMAP_OBJECTS.neighbours, () => featureCollection(input.basemap, BASEMAP_OBJECTS.neighbours))),
      [STYLE_IDS.sources.vietnam]: geojson(memo(input.basemap, BASEMAP_OBJECTS.vietnam, () => featureCollection(input.basemap, BASEMAP_OBJECTS.vietnam))),
      ...sources,
    },
    layers: [...baseLayers(colours), ...layers],
  };
}

/** Sea, neighbours and Viet Nam's land: the part an external basemap replaces. */
function baseLayers(colours: BaseColours): LayerSpecification[] {
  return [
    { id: STYLE_IDS.layers.background, type: "background", paint: { "background-color": colours.sea } },
    { id: STYLE_IDS.layers.neighboursFill, type: "fill", source: STYLE_IDS.sources.neighbours, paint: { "fill-color": colours.neighbour } },
    {
      id: STYLE_IDS.layers.neighboursLine,
      type: "line",
      source: STYLE_IDS.sources.neighbours,
      paint: { "line-color": colours.neighbourLine, "line-width": 0.8 },
    },
    { id: STYLE_IDS.layers.vietnamFill, type: "fill", source: STYLE_IDS.sources.vietnam, paint: { "fill-color": colours.land } },
  ];
}

/**
 * Sources and layers for the administrative areas, also added on top of an external basemap.
 * Fills stay in the land colour: an area without a figure is "not reported", drawn unfilled.
 */
export function boundaryStyleParts(boundaries: Topology, vintage: Vintage, colours: BaseColours = BASE_COLOURS): { sources: Record<string, SourceSpecification>; layers: LayerSpecification[] } {
  const provincesName = BOUNDARY_OBJECTS.provinces[vintage];
  const provinces = boundaries.objects[provincesName];
  const id = (source: keyof typeof STYLE_IDS.sources) => boundarySourceId(source, vintage);
  const sources: Record<string, SourceSpecification> = {
    [id("provinces")]: geojson(memo(boundaries, `units:${provincesName}`, () => ({ type: "FeatureCollection", features: [...unitFeatures(boundaries, provincesName)] }))),
    [id("provinceBorders")]: geojson(memo(boundaries, `inner:${provincesName}`, () => (provinces ? mesh(boundaries, provinces as GeometryObject, (a, b) => a !== b) : emptyLines()))),
    [id("coast")]: geojson(memo(boundaries, `outer:${provincesName}`, () => (provinces ? mesh(boundaries, provinces as GeometryObject, (a, b) => a === b) : emptyLines()))),
  };
  const layers: LayerSpecification[] = [
    { id: STYLE_IDS.layers.provincesFill, type: "fill", source: id("provinces"), paint: { "fill-color": colours.land } },
  ];

  // Districts exist only before 2025; the post-2025 map draws the focus ones as dashed "former district" outlines (layers.ts).
  if (vintage === "pre2025") {
    const districts = boundaries.objects[BOUNDARY_OBJECTS.districts];
    sources[id("districts")] = geojson(memo(boundaries, "units:districts", () => ({ type: "FeatureCollection", features: [...unitFeatures(boundaries, BOUNDARY_OBJECTS.districts)] })));
    sources[id("districtBorders")] = geojson(memo(boundaries, "inner:districts", () => (districts ? mesh(boundaries, districts as GeometryObject, (a, b) => a !== b) : emptyLines())));
    layers.push(
      // Transparent: it is there so that hovering a district without a figure can name it.
      { id: STYLE_IDS.layers.districtsFill, type: "fill", source: id("districts"), paint: { "fill-color": colours.land, "fill-opacity": 0 } },
      {
        id: STYLE_IDS.layers.districtBorders,
        type: "line",
        source: id("districtBorders"),
        paint: { "line-color": colours.districtLine, "line-width": ["interpolate", ["linear"], ["zoom"], 5, 0.4, 9, 1.2] },
      },
    );
  } else {
    // An empty line layer keeps the same insertion point for the figures' fills in both vintages.
    sources[id("districtBorders")] = geojson(memo(boundaries, "none", emptyLines));
    // Not drawn (no draw call, no shader of its own to compile at the first switch): only its place counts.
    layers.push({ id: STYLE_IDS.layers.districtBorders, type: "line", source: id("districtBorders"), layout: { visibility: "none" } });
  }

  layers.push(
    {
      id: STYLE_IDS.layers.provinceBorders,
      type: "line",
      source: id("provinceBorders"),
      paint: { "line-color": colours.provinceLine, "line-width": ["interpolate", ["linear"], ["zoom"], 4, 0.6, 9, 1.6] },
    },
    { id: STYLE_IDS.layers.coast, type: "line", source: id("coast"), paint: { "line-color": colours.neighbourLine, "line-width": 0.6 } },
  );
  return { sources, layers };
}

/**
 * A boundary source's id in the style: one per vintage ("provinces@post2025"), so both vintages'
 * sources can sit in one map and a boundaries switch only points the layers at the other's.
 */
export function boundarySourceId(source: keyof typeof STYLE_IDS.sources, vintage: Vintage): string {
  return `${STYLE_IDS.sources[source]}@${vintage}`;
}

/** What swapBoundaryVintage uses of MapLibre's Map. */
export type BoundaryMap = Pick<MaplibreMap, "getSource" | "addSource" | "getLayer" | "getLayersOrder" | "removeLayer" | "addLayer">;

const BOUNDARY_LAYERS: ReadonlySet<string> = new Set([
  STYLE_IDS.layers.provincesFill,
  STYLE_IDS.layers.districtsFill,
  STYLE_IDS.layers.districtBorders,
  STYLE_IDS.layers.provinceBorders,
  STYLE_IDS.layers.coast,
]);

/**
 * Shows `vintage`'s boundaries on a map whose style shows the other's, in place: its sources are
 * added once (the first switch to it), and each boundary layer is made again on its source at
 * the place of the one it replaces, so the figure layers between them keep their order. Returns
 * whether anything changed. Reloading the whole style instead made MapLibre serialise every
 * boundary's GeoJSON to its worker again at each switch (bench/switches.ts).
 */
export function swapBoundaryVintage(map: BoundaryMap, boundaries: Topology, vintage: Vintage, colours: BaseColours = BASE_COLOURS): boolean {
  const { sources, layers } = boundaryStyleParts(boundaries, vintage, colours);
  const wanted = new Set(layers.map((l) => l.id));
  let changed = false;
  for (const [id, source] of Object.entries(sources)) if (map.getSource(id) === undefined) map.addSource(id, source);
  let previous: string | undefined;
  for (const layer of layers) {
    const order = map.getLayersOrder();
    const on = map.getLayer(layer.id);
    if (on === undefined || on.source !== (layer as { source?: string }).source) {
      // In the place of the layer it replaces; a new one right above the boundary layer before it (else on top).
      const at = on !== undefined ? order.indexOf(layer.id) : previous !== undefined ? order.indexOf(previous) : -1;
      const before = at === -1 ? undefined : order[at + 1];
      if (on !== undefined) map.removeLayer(layer.id);
      map.addLayer(layer, before);
      changed = true;
    }
    previous = layer.id;
  }
  for (const id of BOUNDARY_LAYERS) {
    if (!wanted.has(id) && map.getLayer(id) !== undefined) {
      map.removeLayer(id);
      changed = true;
    }
  }
  return changed;
}

/**
 * The external basemap style URL, or null for the offline one. Off by default: the host must
 * set VITE_BASEMAP_STYLE at build time AND the page must ask for it with `?basemap=external`,
 * so no build or link silently sends requests elsewhere.
 */
export function externalBasemapUrl(buildSetting: string | undefined, search: string): string | null {
  if (buildSetting === undefined || buildSetting.trim() === "") return null;
  return new URLSearchParams(search).get("basemap") === "external" ? buildSetting.trim() : null;
}

/**
 * Each source's GeoJSON made once per topology: a boundaries or theme switch builds a new style,
 * and converting the same TopoJSON again (features and meshes of every province and district)
 * was part of its cost (bench/profile-switch.ts: topojson-client's mesh and transform). Never mutated.
 */
const geojsonByTopology = new WeakMap<Topology, Map<string, GeoJSON>>();

function memo(topology: Topology, key: string, make: () => GeoJSON): GeoJSON {
  let byKey = geojsonByTopology.get(topology);
  if (byKey === undefined) geojsonByTopology.set(topology, (byKey = new Map()));
  let data = byKey.get(key);
  if (data === undefined) byKey.set(key, (data = make()));
  return data;
}

function featureCollection(topology: Topology, name: string): FeatureCollection {
  const object = topology.objects[name];
  if (object === undefined) return { type: "FeatureCollection", features: [] };
  const result = feature(topology, object as GeometryObject);
  return result.type === "FeatureCollection" ? result : { type: "FeatureCollection", features: [result] };
}

function emptyLines(): MultiLineString {
  return { type: "MultiLineString", coordinates: [] };
}

function geojson(data: GeoJSON): SourceSpecification {
  return { type: "geojson", data };
}
