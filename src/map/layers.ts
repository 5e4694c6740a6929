/**
 * deck.gl layer factories (stateless renderers). Each takes plain, ready-to-draw data and
 * sets every prop that matters explicitly, so what a layer draws is visible here, not
 * hidden in deck.gl defaults. Colours are [r, g, b, a], sizes in screen pixels.
 */
import { PathStyleExtension } from "@deck.gl/extensions";
import { GeoJsonLayer, ScatterplotLayer, TextLayer } from "@deck.gl/layers";
import type { Feature } from "geojson";
import type { CommuneFeature, CommuneProperties } from "./communes";
import type { AreaShape } from "./geometry";
import type { LabelLevel, MapLabel } from "./labels";
import { BASE_COLOURS, toRgba, type BaseColours, type Rgba } from "./palette";

/** MapboxOverlay (interleaved) reads these from a layer's props to place it among MapLibre's layers. */
interface LayerOverlayProps {
  beforeId?: string;
}

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

/** The family name @fontsource/noto-sans registers; the TextLayer draws its atlas with it. */
export const LABEL_FONT_FAMILY = '"Noto Sans", sans-serif';

/** Class colours on the areas that have a figure (choropleth), or the pale "reported area" tint under symbols. */
export function figureAreasLayer(props: { id: string; features: readonly FigureAreaFeature[]; beforeId: string; pickable: boolean; colours?: BaseColours }) {
  const colours = props.colours ?? BASE_COLOURS;
  // `beforeId` is @deck.gl/mapbox's interleaving prop, not in deck.gl's own layer types.
  const interleaving: LayerOverlayProps = { beforeId: props.beforeId };
  return new GeoJsonLayer<FigureAreaProperties>({
    ...interleaving,
    id: props.id,
    data: props.features as FigureAreaFeature[],
    pickable: props.pickable,
    filled: true,
    stroked: true,
    getFillColor: (f) => f.properties.fill,
    getLineColor: toRgba(colours.provinceLine, 200),
    lineWidthUnits: "pixels",
    getLineWidth: 1,
    // Areas with a figure get an outline of their own: a group has no inner borders.
    lineWidthMinPixels: 1,
    updateTriggers: { getFillColor: props.features.map((f) => f.properties.fill.join(",")).join("|") },
  });
}

/** Proportional circles for counts, largest drawn first so small ones stay visible on top. */
export function proportionalSymbolsLayer(props: { id: string; data: readonly SymbolDatum[] }) {
  const data = [...props.data].sort((a, b) => b.radius - a.radius);
  return new ScatterplotLayer<SymbolDatum>({
    id: props.id,
    data,
    pickable: true,
    filled: true,
    stroked: true,
    radiusUnits: "pixels",
    getPosition: (d) => d.position,
    getRadius: (d) => d.radius,
    // Opaque, so the symbol shows exactly its legend colour; the largest-first order keeps overlaps readable.
    getFillColor: toRgba(BASE_COLOURS.symbol),
    getLineColor: toRgba(BASE_COLOURS.symbolLine),
    lineWidthUnits: "pixels",
    getLineWidth: 1.5,
    updateTriggers: { getRadius: data.map((d) => d.radius).join(",") },
  });
}

/**
 * The inner ring of a range symbol (see SymbolDatum.innerRadius): a dark circle at the lowest
 * value inside the disc of the highest, unfilled, so the two rings read as "between these".
 */
export function symbolRangeRingsLayer(props: { id: string; data: readonly SymbolDatum[] }) {
  const data = props.data.filter((d) => d.innerRadius !== undefined);
  return new ScatterplotLayer<SymbolDatum>({
    id: props.id,
    data,
    pickable: false,
    filled: false,
    stroked: true,
    radiusUnits: "pixels",
    getPosition: (d) => d.position,
    getRadius: (d) => d.innerRadius ?? 0,
    getLineColor: toRgba(BASE_COLOURS.symbolLine),
    lineWidthUnits: "pixels",
    getLineWidth: 1.5,
    updateTriggers: { getRadius: data.map((d) => d.innerRadius ?? 0).join(",") },
  });
}

/** An unfilled, unpickable outline of areas: the common base of the outline layers below. */
function outlineLayer(props: { id: string; shapes: readonly AreaShape[]; colour: string; widthPx: number }) {
  return {
    id: props.id,
    data: props.shapes.map((geometry): Feature<AreaShape> => ({ type: "Feature", properties: {}, geometry })),
    pickable: false,
    filled: false,
    stroked: true,
    getLineColor: toRgba(props.colour),
    lineWidthUnits: "pixels" as const,
    getLineWidth: props.widthPx,
  };
}

/** A thick outline around the selected areas, above everything but labels. */
export function selectionLayer(props: { id: string; shapes: readonly AreaShape[]; colours?: BaseColours }) {
  const { colours = BASE_COLOURS, ...rest } = props;
  return new GeoJsonLayer({ ...outlineLayer({ ...rest, colour: colours.selection, widthPx: 3 }), lineJointRounded: true });
}

/**
 * Outlines of the areas where the programme worked, whatever the indicator: no fill, so the
 * figure's colours and the "not reported" land stay exactly as the legend shows them.
 * Not pickable: hovering an area still finds its figure or its unit underneath.
 */
export function programmeAreasLayer(props: { id: string; shapes: readonly AreaShape[]; colour?: string; widthPx?: number }) {
  const { colour = BASE_COLOURS.programmeArea, widthPx = 2, ...rest } = props;
  return new GeoJsonLayer({ ...outlineLayer({ ...rest, colour, widthPx }), lineJointRounded: true });
}

/** A light line 1.5 px wider on each side, drawn under a programme's outline on the dark map (palette.ts, outlineCasing). */
export function programmeCasingLayer(props: { id: string; shapes: readonly AreaShape[]; colour: string; widthPx: number }) {
  return new GeoJsonLayer({ ...outlineLayer({ ...props, colour: props.colour, widthPx: props.widthPx + 3 }), lineJointRounded: true });
}

/**
 * The communes from 1 July 2025 (communes.ts): thin borders, the five former districts' 29
 * communes drawn darker and faintly tinted so they stand out from the context around them.
 * Pickable (hover and click find the commune); the near-transparent fill is what makes the
 * inside pickable without hiding the colours below.
 */
export function communesLayer(props: { id: string; features: readonly CommuneFeature[]; beforeId: string; colours?: BaseColours }) {
  const interleaving: LayerOverlayProps = { beforeId: props.beforeId };
  const colours = props.colours ?? BASE_COLOURS;
  return new GeoJsonLayer<CommuneProperties>({
    ...interleaving,
    id: props.id,
    data: props.features as CommuneFeature[],
    pickable: true,
    filled: true,
    stroked: true,
    getFillColor: (f) => (f.properties.id === undefined ? [255, 255, 255, 1] : toRgba(colours.communeFocusTint, 40)),
    getLineColor: (f) => (f.properties.id === undefined ? toRgba(colours.communeLine, 200) : toRgba(colours.communeFocusLine, 230)),
    // Accessors are functions: a new theme must say so, or deck.gl keeps the old colours.
    updateTriggers: { getLineColor: colours.communeLine },
    lineWidthUnits: "pixels",
    getLineWidth: (f) => (f.properties.id === undefined ? 0.75 : 1.25),
    lineWidthMinPixels: 0.5,
  });
}

/** Dashed outlines of former districts on the post-2025 map (the districts were abolished on 1 July 2025). */
export function formerDistrictsLayer(props: { id: string; shapes: readonly AreaShape[]; colours?: BaseColours }) {
  const { colours = BASE_COLOURS, ...rest } = props;
  return new GeoJsonLayer({
    ...outlineLayer({ ...rest, colour: colours.formerDistrict, widthPx: 1.5 }),
    // Dash lengths are in multiples of the line width: 4 on, 3 off.
    extensions: [new PathStyleExtension({ dash: true })],
    getDashArray: [4, 3],
    dashJustified: true,
  });
}

function labelColours(colours: BaseColours): Record<LabelLevel, Rgba> {
  return {
    territory: toRgba(colours.labelText),
    // The sea's name in a sea blue, as atlases write water names.
    sea: toRgba(colours.seaLabel),
    figure: toRgba(colours.labelText),
    province: toRgba(colours.labelText, 230),
    district: toRgba(colours.labelText, 190),
    "former-district": toRgba(colours.formerDistrict),
    "commune-focus": toRgba(colours.labelText, 220),
    commune: toRgba(colours.labelText, 170),
    country: toRgba(colours.countryLabel),
  };
}
const LABEL_COLOURS = new Map<BaseColours, Record<LabelLevel, Rgba>>();

/**
 * Place names. `characterSet: "auto"` builds the font atlas from the labels themselves, so every
 * Vietnamese letter (ố, ạ, ĩ, Đ…) is in it; the font must be loaded before this layer is made.
 */
export function labelsLayer(props: { id: string; labels: readonly MapLabel[]; colours?: BaseColours }) {
  const colours = props.colours ?? BASE_COLOURS;
  const byLevel = LABEL_COLOURS.get(colours) ?? labelColours(colours);
  LABEL_COLOURS.set(colours, byLevel);
  return new TextLayer<MapLabel>({
    id: props.id,
    data: props.labels as MapLabel[],
    pickable: false,
    billboard: true,
    sizeUnits: "pixels",
    getText: (d) => d.text,
    getPosition: (d) => d.position,
    getSize: (d) => d.size,
    getColor: (d) => byLevel[d.level],
    updateTriggers: { getColor: colours.labelText },
    getTextAnchor: "middle",
    getAlignmentBaseline: "center",
    fontFamily: LABEL_FONT_FAMILY,
    // The weight loaded by labelFont.ts; another weight would make the browser synthesise or fall back.
    fontWeight: 400,
    characterSet: "auto",
    // A signed-distance-field atlas draws a white halo, so names stay legible over any fill.
    // outlineWidth is in atlas pixels: 8 of 48 gives a halo of about 2 px around 13-px text.
    fontSettings: { sdf: true, fontSize: 48, buffer: 8, radius: 16 },
    outlineWidth: 8,
    outlineColor: toRgba(colours.labelHalo, 235),
  });
}
