/**
 * Map labels (pure): where each name goes, from which zoom it shows, and greedy decluttering
 * in screen space. Screen distances between labels depend on the zoom only (the map has no
 * rotation or pitch), so decluttering is recomputed when the zoom changes, not on every pan.
 *
 * Place names are written in Vietnamese with diacritics (Bố Trạch, Đồng Hới, Hà Tĩnh) in every
 * UI language: they are proper names, and the map must show them spelled right.
 */
import type { Feature } from "geojson";
import type { AtlasIndex } from "../data/atlas";
import type { UnitId } from "../schema";
import { labelPoint, type AreaShape, type UnitProperties } from "./geometry";

/**
 * `territory`: the Hoàng Sa and Trường Sa archipelagos; `sea`: the Biển Đông. They show at every
 * zoom and win every collision: a map of Viet Nam cannot leave them out (see archipelagos.ts).
 */
export type LabelLevel = "territory" | "sea" | "country" | "province" | "district" | "former-district" | "figure" | "commune-focus" | "commune";

export interface MapLabel {
  id: string;
  text: string;
  /** [longitude, latitude]. */
  position: [number, number];
  level: LabelLevel;
  /** The label is hidden below this zoom. */
  minZoom: number;
  /** Lower wins when labels collide. */
  priority: number;
  /** Font size, px. */
  size: number;
}

/** From which zoom each kind of label shows: provinces at country scale, districts once they are big enough to hold a name. */
export const LABEL_MIN_ZOOM: Record<LabelLevel, number> = {
  territory: 0,
  sea: 0,
  country: 3,
  province: 5,
  figure: 5,
  "former-district": 6.5,
  district: 7,
  // Communes from 1 July 2025 (the after map): the five former districts' 29 first, the others closer in.
  "commune-focus": 8.5,
  commune: 9.5,
};

const PRIORITY: Record<LabelLevel, number> = { territory: -2, sea: -1, figure: 0, province: 1, "former-district": 2, country: 3, district: 4, "commune-focus": 5, commune: 6 };
const SIZE: Record<LabelLevel, number> = { territory: 12, sea: 14, figure: 13, province: 13, "former-district": 11, country: 14, district: 11, "commune-focus": 11, commune: 10 };

/** Min zoom, priority and size of each level, for labels made outside this file. */
export const LABEL_LEVEL_STYLE: Record<LabelLevel, Pick<MapLabel, "minZoom" | "priority" | "size">> = Object.fromEntries(
  (Object.keys(PRIORITY) as LabelLevel[]).map((level) => [level, { minZoom: LABEL_MIN_ZOOM[level], priority: PRIORITY[level], size: SIZE[level] }]),
) as Record<LabelLevel, Pick<MapLabel, "minZoom" | "priority" | "size">>;

export interface LabelInput {
  index: AtlasIndex;
  provinces: readonly Feature<AreaShape, UnitProperties>[];
  districts: readonly Feature<AreaShape, UnitProperties>[];
  /** Units whose own figure is drawn: their labels show first and win collisions. */
  withFigures: ReadonlySet<UnitId>;
}

/** Labels for the provinces and districts given (provinces of the map's vintage; districts on the pre-2025 map). */
export function areaLabels({ index, provinces, districts, withFigures }: LabelInput): MapLabel[] {
  const out: MapLabel[] = [];
  for (const [features, level] of [
    [provinces, "province"],
    [districts, "district"],
  ] as const) {
    for (const f of features) {
      const unit = index.units.get(f.properties.id);
      if (unit === undefined) continue;
      out.push(makeLabel(`${level}:${unit.id}`, unit.shortVi, labelPoint(f.geometry), withFigures.has(unit.id) ? "figure" : level));
    }
  }
  return out;
}

/**
 * A group's figure (Bố Trạch + Đồng Hới) is labelled by its members' names, at its symbol: at the
 * figure level, so it wins the collision with the province's name there ("Quảng Bình"), which
 * would read as if the figure were the province's.
 */
export function groupFigureLabels(index: AtlasIndex, groups: readonly { group: string; position: [number, number] }[]): MapLabel[] {
  return groups.flatMap(({ group, position }) => {
    const found = index.groups.get(group);
    if (found === undefined) return [];
    const names = found.members.map((id) => index.units.get(id)?.shortVi ?? id);
    return [makeLabel(`group:${group}`, names.join(" + "), position, "figure")];
  });
}

/** "huyện cũ Bố Trạch" / "former Bố Trạch district": `format` puts the name into the UI language's phrase. */
export function formerDistrictLabels(
  index: AtlasIndex,
  districts: readonly Feature<AreaShape, UnitProperties>[],
  format: (shortName: string) => string,
): MapLabel[] {
  return districts.flatMap((f) => {
    const unit = index.units.get(f.properties.id);
    return unit === undefined ? [] : [makeLabel(`former:${unit.id}`, format(unit.shortVi), labelPoint(f.geometry), "former-district")];
  });
}

/** Names of neighbouring countries, placed inside each country's polygon. */
export function countryLabels(countries: readonly Feature<AreaShape, { name?: string }>[], name: (englishName: string) => string): MapLabel[] {
  return countries.flatMap((f) => {
    const english = f.properties.name;
    return english === undefined ? [] : [makeLabel(`country:${english}`, name(english), labelPoint(f.geometry), "country")];
  });
}

function makeLabel(id: string, text: string, position: [number, number], level: LabelLevel): MapLabel {
  return { id, text, position, level, minZoom: LABEL_MIN_ZOOM[level], priority: PRIORITY[level], size: SIZE[level] };
}

/** Web-mercator world position in px at `zoom` (512-px tiles, as MapLibre). */
export function project([lon, lat]: readonly [number, number], zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const x = ((lon + 180) / 360) * scale;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/** Rough text box, px: Noto Sans averages ~0.56 em per character. */
function box(label: MapLabel, zoom: number, padding: number): [number, number, number, number] {
  const [x, y] = project(label.position, zoom);
  const halfW = (label.text.length * label.size * 0.56) / 2 + padding;
  const halfH = (label.size * 1.2) / 2 + padding;
  return [x - halfW, y - halfH, x + halfW, y + halfH];
}

/** The labels to draw at `zoom`: those whose min zoom is reached, by priority, dropping any that would overlap one already kept. */
export function declutter(labels: readonly MapLabel[], zoom: number, padding = 3): MapLabel[] {
  const kept: MapLabel[] = [];
  const boxes: [number, number, number, number][] = [];
  const candidates = labels.filter((l) => zoom >= l.minZoom).sort((a, b) => a.priority - b.priority || a.id.localeCompare(b.id));
  for (const label of candidates) {
    const b = box(label, zoom, padding);
    if (boxes.some((o) => b[0] < o[2] && b[2] > o[0] && b[1] < o[3] && b[3] > o[1])) continue;
    kept.push(label);
    boxes.push(b);
  }
  return kept;
}

/** Every character the labels use, so the font atlas holds exactly those (Vietnamese needs many beyond Latin-1). */
export function labelCharacters(labels: readonly MapLabel[]): string[] {
  return [...new Set(labels.flatMap((l) => [...l.text]))].sort();
}
