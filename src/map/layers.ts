/**
 * The map's figures as MapLibre layers (stateless renderers): each factory takes plain,
 * ready-to-draw data and returns the GeoJSON source and the layers that draw it, every paint
 * property set explicitly, so what a layer draws is visible here. Colours come from palette.ts
 * (BaseColours: the page's theme picks them), sizes are screen pixels. Drawn by MapLibre itself, so the first complete map needs no deck.gl
 * (about 255 KB gzip); only the labels are deck.gl's, fetched after it (labelLayer.ts).
 */
import type { Feature, FeatureCollection } from "geojson";
import type { LayerSpecification } from "maplibre-gl";
import type { CommuneFeature } from "./communes";
import type { AreaShape } from "./geometry";
import { BASE_COLOURS, toRgba, type BaseColours, type Rgba } from "./palette";

/** Properties of an area feature that carries a figure. */
export interface FigureAreaProperties {
  /** MapFigure.key: hover and click look the figure up by it. */
  figureKey: string;
  fill: Rgba;
}
export type FigureAreaFeature = Feature<AreaShape, FigureAreaProperties>;

export interface SymbolDatum {
  figureKey: string;
  /** [longitude, latitude]. */
  position: [number, number];
  /** px: the highest value the sources give. */
  radius: number;
  /**
   * px, only when the sources disagree (135 and 140 cases): the lowest value, drawn as an inner
   * ring so the symbol shows the range instead of the highest value alone.
   */
  innerRadius?: number;
}

/** One GeoJSON source and the layers drawing it; `beforeId`: the style layer they go under (none: on top). */
export interface MapLayerGroup {
  id: string;
  data: FeatureCollection;
  layers: LayerSpecification[];
  beforeId?: string;
}

/** A colour as MapLibre reads it. */
export function cssColour([r, g, b, a]: Rgba): string {
  return `rgba(${r},${g},${b},${Math.round((a / 255) * 1000) / 1000})`;
}

const SYMBOL_LINE_PX = 1.5;

function collection(features: Feature[]): FeatureCollection {
  return { type: "FeatureCollection", features };
}

/** Class colours on the areas that have a figure (choropleth), or the pale "reported area" tint under symbols; each outlined. */
export function figureAreasLayer(props: { id: string; features: readonly FigureAreaFeature[]; beforeId: string; colours?: BaseColours }): MapLayerGroup {
  const colours = props.colours ?? BASE_COLOURS;
  // Larger areas first in the data (scene.ts), so a district's colour is drawn over its province's.
  const features = props.features.map((f): Feature => ({ type: "Feature", geometry: f.geometry, properties: { figureKey: f.properties.figureKey, fill: cssColour(f.properties.fill) } }));
  return {
    id: props.id,
    data: collection(features),
    beforeId: props.beforeId,
    layers: [
      { id: props.id, type: "fill", source: props.id, paint: { "fill-color": ["get", "fill"] } },
      // Areas with a figure get an outline of their own: a group has no inner borders.
      { id: `${props.id}-outline`, type: "line", source: props.id, paint: { "line-color": cssColour(toRgba(colours.provinceLine, 200)), "line-width": 1 } },
    ],
  };
}

/** Proportional circles for counts, largest drawn first so small ones stay visible on top. */
export function proportionalSymbolsLayer(props: { id: string; data: readonly SymbolDatum[]; colours?: BaseColours }): MapLayerGroup {
  const colours = props.colours ?? BASE_COLOURS;
  const data = [...props.data].sort((a, b) => b.radius - a.radius);
  const features = data.map((d, order): Feature => ({ type: "Feature", geometry: { type: "Point", coordinates: d.position }, properties: { figureKey: d.figureKey, radius: d.radius, order } }));
  return {
    id: props.id,
    data: collection(features),
    layers: [
      {
        id: props.id,
        type: "circle",
        source: props.id,
        layout: { "circle-sort-key": ["get", "order"] },
        paint: {
          // The radius is the symbol's outer edge (as in the legend): MapLibre draws the stroke outside circle-radius.
          "circle-radius": ["-", ["get", "radius"], SYMBOL_LINE_PX],
          // Opaque, so the symbol shows exactly its legend colour; the largest-first order keeps overlaps readable.
          "circle-color": colours.symbol,
          "circle-stroke-color": colours.symbolLine,
          "circle-stroke-width": SYMBOL_LINE_PX,
          "circle-pitch-alignment": "viewport",
        },
      },
    ],
  };
}

/**
 * The inner ring of a range symbol (see SymbolDatum.innerRadius): a dark circle at the lowest
 * value inside the disc of the highest, unfilled, so the two rings read as "between these".
 */
export function symbolRangeRingsLayer(props: { id: string; data: readonly SymbolDatum[]; colours?: BaseColours }): MapLayerGroup {
  const colours = props.colours ?? BASE_COLOURS;
  const features = props.data.flatMap((d): Feature[] =>
    d.innerRadius === undefined ? [] : [{ type: "Feature", geometry: { type: "Point", coordinates: d.position }, properties: { radius: d.innerRadius } }],
  );
  return {
    id: props.id,
    data: collection(features),
    layers: [
      {
        id: props.id,
        type: "circle",
        source: props.id,
        paint: {
          "circle-radius": ["max", 0, ["-", ["get", "radius"], SYMBOL_LINE_PX]],
          "circle-opacity": 0,
          "circle-stroke-color": colours.symbolLine,
          "circle-stroke-width": SYMBOL_LINE_PX,
        },
      },
    ],
  };
}

/** An unfilled outline of areas: the common base of the outline layers below (and of the partner's, partnerLayer.ts). */
export function outlineLayer(props: { id: string; shapes: readonly AreaShape[]; colour: string; widthPx: number; dash?: [number, number] }): MapLayerGroup {
  return {
    id: props.id,
    data: collection(props.shapes.map((geometry): Feature => ({ type: "Feature", properties: {}, geometry }))),
    layers: [
      {
        id: props.id,
        type: "line",
        source: props.id,
        layout: { "line-join": "round" },
        paint: { "line-color": props.colour, "line-width": props.widthPx, ...(props.dash === undefined ? {} : { "line-dasharray": props.dash }) },
      },
    ],
  };
}

/** A thick outline around the selected areas, above everything but labels. */
export function selectionLayer(props: { id: string; shapes: readonly AreaShape[]; colours?: BaseColours }): MapLayerGroup {
  const { colours = BASE_COLOURS, ...rest } = props;
  return outlineLayer({ ...rest, colour: colours.selection, widthPx: 3 });
}

/**
 * Outlines of the areas where the programme worked, whatever the indicator: no fill, so the
 * figure's colours and the "not reported" land stay exactly as the legend shows them.
 * Not queried on hover: hovering an area still finds its figure or its unit underneath.
 */
export function programmeAreasLayer(props: { id: string; shapes: readonly AreaShape[]; colour?: string; widthPx?: number }): MapLayerGroup {
  const { colour = BASE_COLOURS.programmeArea, widthPx = 2, ...rest } = props;
  return outlineLayer({ ...rest, colour, widthPx });
}

/** A light line 1.5 px wider on each side, drawn under a programme's outline on the dark map (palette.ts, outlineCasing). */
export function programmeCasingLayer(props: { id: string; shapes: readonly AreaShape[]; colour: string; widthPx: number }): MapLayerGroup {
  return outlineLayer({ ...props, widthPx: props.widthPx + 3 });
}

/**
 * The communes from 1 July 2025 (communes.ts): thin borders, the five former districts' 29
 * communes drawn darker and faintly tinted so they stand out from the context around them.
 * Hover and click find the commune (its fill layer is queried; the context communes' fill is
 * all but transparent, so the colours below show).
 */
export function communesLayer(props: { id: string; features: readonly CommuneFeature[]; beforeId: string; colours?: BaseColours }): MapLayerGroup {
  const colours = props.colours ?? BASE_COLOURS;
  const features = props.features.map((f): Feature => {
    const focus = f.properties.id !== undefined;
    return {
      type: "Feature",
      geometry: f.geometry,
      properties: {
        ...f.properties,
        fill: cssColour(focus ? toRgba(colours.communeFocusTint, 40) : [255, 255, 255, 1]),
        line: cssColour(focus ? toRgba(colours.communeFocusLine, 230) : toRgba(colours.communeLine, 200)),
        lineWidth: focus ? 1.25 : 0.75,
      },
    };
  });
  return {
    id: props.id,
    data: collection(features),
    beforeId: props.beforeId,
    layers: [
      { id: props.id, type: "fill", source: props.id, paint: { "fill-color": ["get", "fill"] } },
      { id: `${props.id}-line`, type: "line", source: props.id, paint: { "line-color": ["get", "line"], "line-width": ["max", 0.5, ["get", "lineWidth"]] } },
    ],
  };
}

/** Dashed outlines of former districts on the post-2025 map (the districts were abolished on 1 July 2025). */
export function formerDistrictsLayer(props: { id: string; shapes: readonly AreaShape[]; colours?: BaseColours }): MapLayerGroup {
  const { colours = BASE_COLOURS, ...rest } = props;
  // Dash lengths are in multiples of the line width: 4 on, 3 off.
  return outlineLayer({ ...rest, colour: colours.formerDistrict, widthPx: 1.5, dash: [4, 3] });
}
