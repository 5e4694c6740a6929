/**
 * The communes from 1 July 2025 on the after map (pure): the portal's polygons of the three focus
 * provinces (communes.topo.json, loaded only by a map that draws them). The 29 communes of the
 * five former districts carry their unit id and are areas like any other: hover, select, zoom.
 * The others are context: their name, province and predecessors as the portal gives them, and no
 * figures. A commune never gets a figure of its own here: figures move only by src/model/carry.ts.
 */
import type { Feature } from "geojson";
import type { Topology } from "topojson-specification";
import type { UnitId } from "../schema";
import { labelPoint, polygonFeatures, type AreaShape } from "./geometry";
import { LABEL_LEVEL_STYLE, type MapLabel } from "./labels";

/** The object in communes.topo.json (as src/pipeline/boundaries.ts writes it). */
export const COMMUNE_OBJECT = "communes_post2025";

export interface CommuneProperties {
  /** Unit id, for the 29 focus communes only. */
  id?: UnitId;
  /** Full name as the portal writes it, e.g. "Xã Bắc Trạch". */
  name: string;
  /** Unit id of the post-2025 province. */
  province: UnitId;
  /** The portal's predecessor list ("giữ nguyên" = unchanged). */
  predecessors: string;
}

export type CommuneFeature = Feature<AreaShape, CommuneProperties>;

/** Every commune polygon (decoded once per loaded topology by polygonFeatures, and shared). */
export function communeFeatures(topology: Topology): readonly CommuneFeature[] {
  return polygonFeatures<CommuneProperties>(topology, COMMUNE_OBJECT);
}

/** The focus commune's polygon, or null when the commune layer does not draw that unit. */
/** Each commune's polygon by its unit id, built once per list of features (the map's scene reads it per figure). */
export function communeShapeIndex(features: readonly CommuneFeature[]): ReadonlyMap<UnitId, AreaShape> {
  const known = shapeIndexes.get(features);
  if (known !== undefined) return known;
  // Only the communes with a unit id can carry a figure (the others are context: their province's outline).
  const index = new Map<UnitId, AreaShape>();
  for (const f of features) if (f.properties.id !== undefined) index.set(f.properties.id, f.geometry);
  shapeIndexes.set(features, index);
  return index;
}
const shapeIndexes = new WeakMap<readonly CommuneFeature[], ReadonlyMap<UnitId, AreaShape>>();

export function communeShape(features: readonly CommuneFeature[], unit: UnitId): AreaShape | null {
  return features.find((f) => f.properties.id === unit)?.geometry ?? null;
}

/** What a feature under the pointer is when it is a commune polygon; null otherwise. */
export function communeOf(object: unknown): CommuneProperties | null {
  const p = (object as { properties?: Partial<CommuneProperties> } | null | undefined)?.properties;
  return typeof p?.name === "string" && typeof p.province === "string" && typeof p.predecessors === "string" ? (p as CommuneProperties) : null;
}

/** "Xã Bắc Trạch" -> "Bắc Trạch": the map writes the short name, as for provinces. */
export function communeShortName(name: string): string {
  return name.replace(/^(xã|phường|thị trấn|đặc khu)\s+/i, "");
}

/** Names of the communes: the focus communes first (they win collisions), each shown once the zoom lets it fit. */
export function communeLabels(features: readonly CommuneFeature[]): MapLabel[] {
  return features.map((f) => {
    const focus = f.properties.id !== undefined;
    const level = focus ? "commune-focus" : "commune";
    return { id: `commune:${f.properties.id ?? `${f.properties.province}|${f.properties.name}`}`, text: communeShortName(f.properties.name), position: labelPoint(f.geometry), level, ...LABEL_LEVEL_STYLE[level] };
  });
}

/** One province's communes in the list beside the after map. */
export interface CommuneTableProvince {
  province: UnitId;
  /** The focus communes first (they can be selected), then the others, each in Vietnamese alphabetical order. */
  communes: CommuneFeature[];
}

const VI_ORDER = new Intl.Collator("vi");

/**
 * The communes drawn on the after map, by province, for the keyboard and screen-reader list
 * (CommuneList.tsx): every commune the map shows, none left out, in an order a reader can scan.
 */
export function communeTable(features: readonly CommuneFeature[]): CommuneTableProvince[] {
  const byProvince = new Map<UnitId, CommuneFeature[]>();
  for (const f of features) {
    const list = byProvince.get(f.properties.province) ?? [];
    list.push(f);
    byProvince.set(f.properties.province, list);
  }
  const order = (a: CommuneFeature, b: CommuneFeature) =>
    Number(b.properties.id !== undefined) - Number(a.properties.id !== undefined) || VI_ORDER.compare(communeShortName(a.properties.name), communeShortName(b.properties.name));
  return [...byProvince].map(([province, communes]) => ({ province, communes: communes.sort(order) }));
}
