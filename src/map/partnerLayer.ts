/**
 * A partner's previewed records on the map (src/ui/PartnerPreview.tsx): the units that hold them
 * under the map's vintage (placed by the carry rule, src/model/partnerRecords.ts), outlined and
 * marked in the partner's own colour. Only where: values stay in the panel's chart and table, and
 * never enter the programme's symbols, classes or legend.
 */
import { GeoJsonLayer, ScatterplotLayer } from "@deck.gl/layers";
import type { Feature } from "geojson";
import type { AtlasIndex } from "../data/atlas";
import { partnerUnits, placePartnerRecords } from "../model/partnerRecords";
import type { PartnerRecord, UnitId, Vintage } from "../schema";
import { areaShape, labelPoint, type AreaShape, type BoundaryIndex } from "./geometry";
import { toRgba } from "./palette";

/** Okabe–Ito sky blue with a black ring: unlike the programme's orange symbols, teal, blue and pink outlines and purple dashes. */
export const PARTNER_COLOUR = "#56b4e9";
export const PARTNER_LINE = "#000000";

export interface PartnerMapData {
  shapes: AreaShape[];
  points: [number, number][];
  /** Units with records but no shape on this map (e.g. a commune outside the drawn ones): named in the panel's table only. */
  notDrawn: UnitId[];
}

export const NO_PARTNER_DATA: PartnerMapData = { shapes: [], points: [], notDrawn: [] };

export function partnerMapData(index: AtlasIndex, boundaries: BoundaryIndex, records: readonly PartnerRecord[], vintage: Vintage): PartnerMapData {
  const data: PartnerMapData = { shapes: [], points: [], notDrawn: [] };
  for (const id of partnerUnits(placePartnerRecords(index, records, vintage))) {
    const shape = areaShape(boundaries, [id]);
    if (shape === null) data.notDrawn.push(id);
    else {
      data.shapes.push(shape);
      data.points.push(labelPoint(shape));
    }
  }
  return data;
}

/** The outlines (dashed wide line) and a ringed dot on each unit with partner records; neither is pickable. */
export function partnerLayers(id: string, data: PartnerMapData) {
  if (data.shapes.length === 0) return [];
  return [
    new GeoJsonLayer({
      id: `${id}-outline`,
      data: data.shapes.map((geometry): Feature<AreaShape> => ({ type: "Feature", properties: {}, geometry })),
      pickable: false,
      filled: false,
      stroked: true,
      getLineColor: toRgba(PARTNER_COLOUR),
      lineWidthUnits: "pixels",
      getLineWidth: 3,
      lineJointRounded: true,
    }),
    new ScatterplotLayer<[number, number]>({
      id: `${id}-marks`,
      data: data.points,
      pickable: false,
      filled: true,
      stroked: true,
      radiusUnits: "pixels",
      getPosition: (d) => d,
      getRadius: 7,
      getFillColor: toRgba(PARTNER_COLOUR),
      getLineColor: toRgba(PARTNER_LINE),
      lineWidthUnits: "pixels",
      getLineWidth: 2,
    }),
  ];
}
