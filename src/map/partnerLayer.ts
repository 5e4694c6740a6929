/**
 * A partner's previewed records on the map (src/ui/PartnerPreview.tsx): the units that hold them
 * under the map's vintage (placed by the carry rule, src/model/partnerRecords.ts), outlined and
 * marked in the partner's own colour. Only where: values stay in the panel's chart and table, and
 * never enter the programme's symbols, classes or legend.
 */
import type { Feature } from "geojson";
import type { AtlasIndex } from "../data/atlas";
import { partnerUnits, placePartnerRecords } from "../model/partnerRecords";
import type { PartnerRecord, UnitId, Vintage } from "../schema";
import { areaShape, labelPoint, type AreaShape, type BoundaryIndex } from "./geometry";
import { outlineLayer, type MapLayerGroup } from "./layers";
import { PARTNER_COLOUR, PARTNER_LINE, PUBLISHED_PARTNER_COLOUR } from "./palette";

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

const MARK_RADIUS_PX = 7;
const MARK_LINE_PX = 2;

/**
 * The outlines (a wide line) and a ringed dot on each unit with partner records, as MapLibre
 * layers (layers.ts), each group with a source of its own; neither is queried on hover.
 * `published`: the records of partner_records.json, in their own colour (palette.ts).
 */
export function partnerLayers(id: string, data: PartnerMapData, published = false): MapLayerGroup[] {
  if (data.shapes.length === 0) return [];
  const colour = published ? PUBLISHED_PARTNER_COLOUR : PARTNER_COLOUR;
  return [
    outlineLayer({ id: `${id}-outline`, shapes: data.shapes, colour, widthPx: 3 }),
    {
      id: `${id}-marks`,
      data: { type: "FeatureCollection", features: data.points.map((coordinates): Feature => ({ type: "Feature", properties: {}, geometry: { type: "Point", coordinates } })) },
      layers: [
        {
          id: `${id}-marks`,
          type: "circle",
          source: `${id}-marks`,
          paint: {
            // MapLibre draws the ring outside circle-radius: the mark's outer edge stays at 7 px.
            "circle-radius": MARK_RADIUS_PX - MARK_LINE_PX,
            "circle-color": colour,
            "circle-stroke-color": PARTNER_LINE,
            "circle-stroke-width": MARK_LINE_PX,
            "circle-pitch-alignment": "viewport",
          },
        },
      ],
    },
  ];
}
