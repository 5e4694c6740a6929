/**
 * The simpler map, for browsers that cannot draw WebGL (pure; no DOM): the same areas, colours
 * and symbols as the WebGL map, as SVG path data in screen pixels.
 *
 * Colours are not chosen here: figure areas take the fills that buildScene (scene.ts) gave the
 * WebGL map, symbols its radii, and the base map the colours of the MapLibre style (style.ts),
 * so the legend reads the same on both maps.
 *
 * Projection: Web Mercator with a 512-px world at zoom 0, as MapLibre draws it, so a view kept
 * in the store (centre and zoom) shows the same place on either map. It is applied as a planar
 * transform (d3-geo geoTransform), not as d3's spherical projection: that one reads ring winding
 * as which side of the ring is inside, and would fill the whole globe for a ring wound the other way.
 */
import { geoPath, geoTransform } from "d3-geo";
import type { Geometry } from "geojson";
import { feature, mesh } from "topojson-client";
import type { GeometryObject, Topology } from "topojson-specification";
import type { UnitId, Vintage } from "../../schema";
import type { MapViewState } from "../../store";
import { BOUNDARY_OBJECTS, polygonFeatures, unitFeatures, type AreaShape, type Bounds } from "../geometry";
import type { CommuneFeature } from "../communes";
import type { FigureAreaFeature, SymbolDatum } from "../layers";
import { BASEMAP_OBJECTS } from "../style";

/** The WebGL map's zoom limits (useMaplibreMap.ts), kept here so a fitted view is one it could show. */
const MIN_ZOOM = 3;
const MAX_ZOOM = 12;
const TILE_SIZE = 512;

export interface ScreenSize {
  width: number;
  height: number;
}

export interface Padding {
  top: number;
  right: number;
  bottom: number;
  left: number;
}

/** Where the world sits on screen: x = worldX * worldSize - offsetX, worldX and worldY in 0..1. */
export interface Viewport extends ScreenSize {
  worldSize: number;
  offsetX: number;
  offsetY: number;
}

function mercatorX(lon: number): number {
  return (lon + 180) / 360;
}

function mercatorY(lat: number): number {
  const clamped = Math.max(-85.05, Math.min(85.05, lat));
  const phi = (clamped * Math.PI) / 180;
  return (1 - Math.log(Math.tan(phi) + 1 / Math.cos(phi)) / Math.PI) / 2;
}

/**
 * The viewport for a map of this size: the store's view when there is one (the WebGL map wrote
 * it, or the URL gave it); else the bounds fitted inside the padding, as MapLibre's fitBounds does;
 * else the whole country.
 */
export function viewportFor(size: ScreenSize, view: MapViewState | null, fit: Bounds | null, padding: Padding): Viewport {
  if (view === null && fit !== null) {
    const [west, south, east, north] = fit;
    const dx = Math.max(mercatorX(east) - mercatorX(west), 1e-9);
    const dy = Math.max(mercatorY(south) - mercatorY(north), 1e-9);
    const innerW = Math.max(1, size.width - padding.left - padding.right);
    const innerH = Math.max(1, size.height - padding.top - padding.bottom);
    const zoom = clampZoom(Math.log2(Math.min(innerW / dx, innerH / dy) / TILE_SIZE));
    const worldSize = TILE_SIZE * 2 ** zoom;
    const centreX = padding.left + innerW / 2;
    const centreY = padding.top + innerH / 2;
    const midX = (mercatorX(west) + mercatorX(east)) / 2;
    const midY = (mercatorY(north) + mercatorY(south)) / 2;
    return { ...size, worldSize, offsetX: midX * worldSize - centreX, offsetY: midY * worldSize - centreY };
  }
  const { longitude, latitude, zoom } = view ?? { longitude: 106, latitude: 16.5, zoom: 4.5 };
  const worldSize = TILE_SIZE * 2 ** clampZoom(zoom);
  return { ...size, worldSize, offsetX: mercatorX(longitude) * worldSize - size.width / 2, offsetY: mercatorY(latitude) * worldSize - size.height / 2 };
}

function clampZoom(zoom: number): number {
  return Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, zoom));
}

/** The screen position of [longitude, latitude] in a viewport, px. */
export function projectPoint(viewport: Viewport, [lon, lat]: readonly [number, number]): [number, number] {
  return [mercatorX(lon) * viewport.worldSize - viewport.offsetX, mercatorY(lat) * viewport.worldSize - viewport.offsetY];
}

/** A path generator for GeoJSON geometry in this viewport, to a tenth of a pixel. */
export function pathMaker(viewport: Viewport): (geometry: Geometry) => string {
  const transform = geoTransform({
    point(lon, lat) {
      const [x, y] = projectPoint(viewport, [lon, lat]);
      this.stream.point(x, y);
    },
  });
  const path = geoPath(transform).digits(1);
  return (geometry) => path(geometry) ?? "";
}

export interface SvgUnitArea {
  id: UnitId;
  d: string;
}

/** The base map: what the MapLibre style draws (style.ts), in the same order. */
export interface SvgBaseMap {
  neighbours: string[];
  vietnam: string[];
  /** The vintage's provinces, filled with the land colour; a click selects one. */
  provinces: SvgUnitArea[];
  /** The pre-2025 districts (none on the post-2025 map): unfilled, but a click selects one. */
  districts: SvgUnitArea[];
  /** Borders drawn once each (topojson mesh), as in the style. */
  districtBorders: string;
  provinceBorders: string;
  coast: string;
}

export function svgBaseMap(input: { boundaries: Topology; basemap: Topology; vintage: Vintage }, path: (g: Geometry) => string): SvgBaseMap {
  const { boundaries, basemap, vintage } = input;
  const unitAreas = (name: string) => unitFeatures(boundaries, name).map((f) => ({ id: f.properties.id, d: path(f.geometry) }));
  const provincesObject = boundaries.objects[BOUNDARY_OBJECTS.provinces[vintage]] as GeometryObject | undefined;
  const districtsObject = boundaries.objects[BOUNDARY_OBJECTS.districts] as GeometryObject | undefined;
  const meshPath = (object: GeometryObject | undefined, keep: (a: GeometryObject, b: GeometryObject) => boolean) =>
    object === undefined ? "" : path(mesh(boundaries, object, keep));
  const vietnam = basemap.objects[BASEMAP_OBJECTS.vietnam];
  return {
    neighbours: polygonFeatures(basemap, BASEMAP_OBJECTS.neighbours).map((f) => path(f.geometry)),
    vietnam: vietnam === undefined ? [] : geometriesOf(feature(basemap, vietnam as GeometryObject)).map(path),
    provinces: unitAreas(BOUNDARY_OBJECTS.provinces[vintage]),
    districts: vintage === "pre2025" ? unitAreas(BOUNDARY_OBJECTS.districts) : [],
    districtBorders: vintage === "pre2025" ? meshPath(districtsObject, (a, b) => a !== b) : "",
    provinceBorders: meshPath(provincesObject, (a, b) => a !== b),
    coast: meshPath(provincesObject, (a, b) => a === b),
  };
}

function geometriesOf(result: ReturnType<typeof feature>): Geometry[] {
  if (result.type === "FeatureCollection") return result.features.flatMap((f) => (f.geometry === null ? [] : [f.geometry]));
  return result.geometry === null ? [] : [result.geometry];
}

export interface SvgFigureArea {
  figureKey: string;
  d: string;
  /** "#rrggbb" and 0..1: the scene's [r, g, b, a] fill, unchanged. */
  fill: string;
  fillOpacity: number;
}

export interface SvgSymbol {
  figureKey: string;
  cx: number;
  cy: number;
  /** px, as the WebGL map draws it. */
  r: number;
}

/** What sits on the base map: figure areas, outlines, symbols and the selection, in the WebGL map's order. */
export interface SvgOverlay {
  figureAreas: SvgFigureArea[];
  /** One outline per programme, in its own colour and width (palette.ts), as the WebGL map draws them. */
  programmeAreas: SvgProgrammeOutline[];
  formerDistricts: string[];
  /** Largest first, so small circles stay visible on top (as layers.ts draws them). */
  symbols: SvgSymbol[];
  selection: string | null;
}

export interface SvgProgrammeOutline {
  programmeId: string;
  colour: string;
  widthPx: number;
  d: string[];
}

export interface SvgOverlayInput {
  areas: readonly FigureAreaFeature[];
  symbols: readonly SymbolDatum[];
  programmeAreas: readonly { programmeId: string; colour: string; widthPx: number; shapes: readonly AreaShape[] }[];
  formerDistricts: readonly AreaShape[];
  selection: AreaShape | null;
}

export function svgOverlay(input: SvgOverlayInput, viewport: Viewport, path: (g: Geometry) => string): SvgOverlay {
  return {
    figureAreas: input.areas.map((area) => {
      const [r, g, b, a] = area.properties.fill;
      return { figureKey: area.properties.figureKey, d: path(area.geometry), fill: hex(r, g, b), fillOpacity: Math.round((a / 255) * 1000) / 1000 };
    }),
    programmeAreas: input.programmeAreas.map(({ shapes, ...outline }) => ({ ...outline, d: shapes.map(path) })),
    formerDistricts: input.formerDistricts.map(path),
    symbols: [...input.symbols]
      .sort((a, b) => b.radius - a.radius)
      .map((s) => {
        const [cx, cy] = projectPoint(viewport, s.position);
        return { figureKey: s.figureKey, cx: round1(cx), cy: round1(cy), r: s.radius };
      }),
    selection: input.selection === null ? null : path(input.selection),
  };
}

function hex(r: number, g: number, b: number): string {
  return `#${[r, g, b].map((c) => Math.round(c).toString(16).padStart(2, "0")).join("")}`;
}

function round1(n: number): number {
  return Math.round(n * 10) / 10;
}

/** A line width that follows the zoom linearly between two stops and holds beyond them, as the style's "interpolate" does. */
export function lineWidthAt(zoom: number, [z0, w0]: readonly [number, number], [z1, w1]: readonly [number, number]): number {
  if (zoom <= z0) return w0;
  if (zoom >= z1) return w1;
  return Math.round((w0 + ((zoom - z0) / (z1 - z0)) * (w1 - w0)) * 100) / 100;
}

/** One commune from 1 July 2025 on the SVG after map: its area (for hover and click) and whether it is a focus commune. */
export interface SvgCommuneArea {
  /** Its place in the commune list handed in, so the map can name it in a tooltip. */
  index: number;
  d: string;
  /** Unit id of a focus commune (selectable); undefined for a context commune. */
  unitId: UnitId | undefined;
}

/**
 * The communes as the WebGL map's communesLayer (layers.ts) draws them: every commune's area, thin
 * borders for the context communes, and the 29 focus communes' borders darker, drawn last so they
 * win where the two meet. Each kind of border is one path, so a border shared by two communes is
 * stroked once at its opacity, not twice.
 */
export interface SvgCommunes {
  areas: SvgCommuneArea[];
  contextBorders: string;
  focusBorders: string;
}

export function svgCommunes(features: readonly CommuneFeature[], path: (g: Geometry) => string): SvgCommunes {
  const areas = features.map((f, index) => ({ index, d: path(f.geometry), unitId: f.properties.id }));
  const join = (focus: boolean) => areas.filter((a) => (a.unitId !== undefined) === focus).map((a) => a.d).join("");
  return { areas, contextBorders: join(false), focusBorders: join(true) };
}
