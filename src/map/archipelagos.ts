/**
 * Viet Nam's whole territory on every national map (pure): the Hoàng Sa archipelago (part of
 * Đà Nẵng), the Trường Sa archipelago (part of Khánh Hòa) and the Biển Đông are labelled on
 * every map that shows the country, in the UI language, and a map framed on the mainland says
 * where they lie. The archipelagos' positions come from the shipped province boundaries (the
 * islands of Đà Nẵng and Khánh Hòa far offshore), so a label always sits on its islands.
 */
import type { Feature } from "geojson";
import type { UnitId, Vintage } from "../schema";
import type { AreaShape, UnitProperties } from "./geometry";
import { LABEL_LEVEL_STYLE, type MapLabel } from "./labels";

export type TerritoryKey = "hoangSa" | "truongSa" | "eastSea";
export const TERRITORY_KEYS: readonly TerritoryKey[] = ["hoangSa", "truongSa", "eastSea"];

/**
 * GSO codes of the provinces the archipelagos belong to: the same codes before and after
 * 1 July 2025 (Đà Nẵng 48, Khánh Hòa 56), as data/admin/provinces_2025_merger.csv lists them.
 */
const PROVINCE_OF: Record<Exclude<TerritoryKey, "eastSea">, string> = { hoangSa: "48", truongSa: "56" };

/**
 * Islands lie east of this longitude; the mainland coast does not reach it (its easternmost
 * point, Mũi Đôi, is at about 109.46° E), so near-shore islands are not taken for the archipelagos.
 */
const OFFSHORE_EAST_OF = 110.5;

/**
 * Where the sea's name goes: open water between the two archipelagos and east of the central
 * coast, chosen by eye on the shipped basemap (a place for a word, not a measured position).
 */
export const EAST_SEA_POSITION: [number, number] = [112.6, 13.4];

export interface Territory {
  key: TerritoryKey;
  /** [longitude, latitude]: the middle of the islands' extent, or the sea label's place. */
  position: [number, number];
}

function offshoreBox(shape: AreaShape): [number, number, number, number] | null {
  const polygons = shape.type === "Polygon" ? [shape.coordinates] : shape.coordinates;
  let box: [number, number, number, number] | null = null;
  for (const polygon of polygons) {
    const outer = polygon[0] ?? [];
    if (outer.length === 0 || !outer.every(([lon = 0]) => lon > OFFSHORE_EAST_OF)) continue;
    for (const [lon = 0, lat = 0] of outer) {
      box = box === null ? [lon, lat, lon, lat] : [Math.min(box[0], lon), Math.min(box[1], lat), Math.max(box[2], lon), Math.max(box[3], lat)];
    }
  }
  return box;
}

/**
 * The two archipelagos (from the province shapes of the map's vintage) and the sea. An
 * archipelago whose province or islands are missing from the shapes is left out, never guessed.
 */
export function territories(provinces: readonly Feature<AreaShape, UnitProperties>[], vintage: Vintage): Territory[] {
  const out: Territory[] = [];
  for (const key of ["hoangSa", "truongSa"] as const) {
    const id: UnitId = `${vintage}:${PROVINCE_OF[key]}`;
    const feature = provinces.find((f) => f.properties.id === id);
    const box = feature === undefined ? null : offshoreBox(feature.geometry);
    if (box !== null) out.push({ key, position: [(box[0] + box[2]) / 2, (box[1] + box[3]) / 2] });
  }
  out.push({ key: "eastSea", position: EAST_SEA_POSITION });
  return out;
}

/** Map labels for the territories, with `name` giving each its words in the UI language. */
export function territoryLabels(list: readonly Territory[], name: (key: TerritoryKey) => string): MapLabel[] {
  return list.map((tr) => {
    const level = tr.key === "eastSea" ? "sea" : "territory";
    return { id: `territory:${tr.key}`, text: name(tr.key), position: tr.position, level, ...LABEL_LEVEL_STYLE[level] };
  });
}

export type Direction = "north" | "northEast" | "east" | "southEast" | "south" | "southWest" | "west" | "northWest";

/** [west, south, east, north] in degrees. */
export type Bounds = readonly [number, number, number, number];

/** Which way `position` lies from a view with these bounds; null when it is inside the view. */
export function directionFrom(bounds: Bounds, [lon, lat]: readonly [number, number]): Direction | null {
  const [west, south, east, north] = bounds;
  const ns = lat > north ? "north" : lat < south ? "south" : "";
  const ew = lon > east ? "east" : lon < west ? "west" : "";
  if (ns === "" && ew === "") return null;
  if (ns === "") return ew as Direction;
  if (ew === "") return ns as Direction;
  return `${ns}${ew === "east" ? "East" : "West"}` as Direction;
}

/** The archipelagos outside the view, each with the way it lies: what a note on a mainland-framed map must say. */
export function territoriesOutside(list: readonly Territory[], bounds: Bounds): { key: TerritoryKey; direction: Direction }[] {
  return list.flatMap((tr) => {
    if (tr.key === "eastSea") return [];
    const direction = directionFrom(bounds, tr.position);
    return direction === null ? [] : [{ key: tr.key, direction }];
  });
}
