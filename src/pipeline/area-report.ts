/**
 * The area report: every drawn unit's polygon area (on the sphere, d3-geo) against its official
 * area from data/admin (units.json's first area value), worst first. A unit more than 3% off is
 * given the reason the numbers show: whether its source polygon was already off before we
 * simplified it, or the simplification moved it. Units the admin facts give no area for (the
 * 242 context communes) are listed with their polygon area only.
 */
import { geoArea } from "d3-geo";
import type { Feature, MultiPolygon, Polygon } from "geojson";
import { feature } from "topojson-client";
import type { GeometryCollection, Topology } from "topojson-specification";
import { type AreaReportFile, type AreaReportRow, SCHEMA_VERSION, type Unit } from "../schema";
import type { CommuneProperties, SourceFeatures } from "./boundaries";

/** Mean Earth radius (IUGG), km. */
const EARTH_RADIUS_KM = 6371.0088;
/** Beyond this (percent, either way) a unit is listed with a reason. */
export const AREA_TOLERANCE_PCT = 3;

type Layer = AreaReportRow["layer"];

/** Area in km² of polygons, whatever their winding: d3-geo takes a ring wound the other way for the rest of the sphere. */
export function sphericalAreaKm2(geometry: Polygon | MultiPolygon): number {
  const polygons = geometry.type === "Polygon" ? [geometry.coordinates] : geometry.coordinates;
  let sr = 0;
  for (const polygon of polygons) {
    const a = geoArea({ type: "Polygon", coordinates: polygon });
    sr += a > 2 * Math.PI ? 4 * Math.PI - a : a;
  }
  return sr * EARTH_RADIUS_KM * EARTH_RADIUS_KM;
}

const areaOfFeatures = (features: readonly Feature[]): number =>
  features.reduce((sum, f) => sum + (f.geometry?.type === "Polygon" || f.geometry?.type === "MultiPolygon" ? sphericalAreaKm2(f.geometry) : 0), 0);

const pct = (drawn: number, official: number): number => ((drawn - official) / official) * 100;
const round = (n: number, digits: number): number => Number(n.toFixed(digits));

function reasonFor(layer: Layer, deviation: number, sourceDeviation: number | null): string {
  if (layer === "communes_post2025") {
    return "the official commune areas are provisional (the portal's attribute, to be replaced by the areas the Government was to publish by 30 September 2025) and disagree with the portal's own polygons for many communes (data/admin/README.md)";
  }
  if (sourceDeviation !== null && Math.abs(sourceDeviation) > AREA_TOLERANCE_PCT) {
    return `the source polygon is already ${sourceDeviation > 0 ? "+" : ""}${sourceDeviation.toFixed(1)}% off before simplification: its outline (coastline, islands or borders) is not the one the official area was measured on`;
  }
  return `simplification moved the area by ${(deviation - (sourceDeviation ?? 0)).toFixed(1)} points (source polygon ${sourceDeviation === null ? "unknown" : `${sourceDeviation.toFixed(1)}%`})`;
}

export function buildAreaReport(boundaries: Topology, communes: Topology, sources: SourceFeatures, units: readonly Unit[]): AreaReportFile {
  const byId = new Map(units.map((u) => [u.id as string, u]));
  const rows: AreaReportRow[] = [];
  const add = (layer: Layer, key: string, name: string, unit: Unit | undefined, drawn: Feature) => {
    if (drawn.geometry?.type !== "Polygon" && drawn.geometry?.type !== "MultiPolygon") return;
    const drawnKm2 = sphericalAreaKm2(drawn.geometry);
    const source = sources[layer].get(key);
    const sourceKm2 = source === undefined ? null : areaOfFeatures(source);
    const official = unit?.areaKm2[0];
    const officialKm2 = official?.value ?? null;
    const deviation = officialKm2 === null || officialKm2 === 0 ? null : pct(drawnKm2, officialKm2);
    const sourceDeviation = officialKm2 === null || officialKm2 === 0 || sourceKm2 === null ? null : pct(sourceKm2, officialKm2);
    rows.push({
      layer,
      key,
      name,
      officialKm2,
      officialSource: official?.source ?? null,
      drawnKm2: round(drawnKm2, 2),
      sourceKm2: sourceKm2 === null ? null : round(sourceKm2, 2),
      deviationPct: deviation === null ? null : round(deviation, 2),
      reason: deviation !== null && Math.abs(deviation) > AREA_TOLERANCE_PCT ? reasonFor(layer, deviation, sourceDeviation) : null,
    });
  };
  for (const layer of ["provinces_pre2025", "provinces_post2025", "districts_pre2025"] as const) {
    const object = boundaries.objects[layer] as GeometryCollection<{ id: string }> | undefined;
    if (object === undefined) continue;
    for (const g of object.geometries) {
      const id = (g.properties as { id?: string } | undefined)?.id ?? "";
      const unit = byId.get(id);
      add(layer, id, unit?.nameVi ?? id, unit, feature(boundaries, g) as Feature);
    }
  }
  const communeObject = communes.objects.communes_post2025 as GeometryCollection<CommuneProperties> | undefined;
  for (const g of communeObject?.geometries ?? []) {
    const p = g.properties as CommuneProperties;
    const key = p.id ?? `${p.province}|${p.name}`;
    add("communes_post2025", key, p.name, p.id === undefined ? undefined : byId.get(p.id), feature(communes, g) as Feature);
  }
  rows.sort((a, b) => {
    if (a.deviationPct === null || b.deviationPct === null) return (a.deviationPct === null ? 1 : 0) - (b.deviationPct === null ? 1 : 0) || a.layer.localeCompare(b.layer) || a.key.localeCompare(b.key);
    return Math.abs(b.deviationPct) - Math.abs(a.deviationPct) || a.key.localeCompare(b.key);
  });
  const summary = (["provinces_pre2025", "provinces_post2025", "districts_pre2025", "communes_post2025"] as const).map((layer) => {
    const mine = rows.filter((r) => r.layer === layer);
    const measured = mine.filter((r) => r.deviationPct !== null);
    return {
      layer,
      drawn: mine.length,
      withOfficialArea: measured.length,
      withinTolerance: measured.filter((r) => Math.abs(r.deviationPct as number) <= AREA_TOLERANCE_PCT).length,
    };
  });
  return { schemaVersion: SCHEMA_VERSION, tolerancePct: AREA_TOLERANCE_PCT, summary, rows };
}
