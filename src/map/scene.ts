/**
 * The map's "state" (pure): from the figures to draw, everything the renderer and the legend
 * need — coloured area features, symbols, the classification and the legend model. No pixels.
 */
import { areaKey, areaLevel, areaMembers, areasWithFigures, type AtlasIndex } from "../data/atlas";
import type { Indicator, UnitId } from "../schema";
import type { SymbolMode } from "../store";
import { classColours, REPORTED_AREA_TINT, toRgba, type PaletteName } from "./palette";
import { classCount, classIndex, classify, classLabels, type Classification, type ClassificationMethod } from "./classification";
import { areaShape, boundsOf, labelPoint, type AreaShape, type BoundaryIndex, type Bounds } from "./geometry";
import type { FigureAreaFeature, SymbolDatum } from "./layers";
import type { MapFigure } from "./mapData";
import { legendSymbolValues, symbolRadius, symbolScale, type SymbolScale } from "./symbols";

export type DrawMode = "choropleth" | "symbols";

/** Least distance, px, between a range symbol's inner ring and its disc's edge. */
export const RANGE_RING_GAP_PX = 3;

/** "auto": counts as proportional symbols, rates as a choropleth (a choropleth of raw counts misleads: big areas look big). */
export function resolveDrawMode(mode: SymbolMode, indicator: Pick<Indicator, "kind"> | undefined): DrawMode {
  switch (mode) {
    case "choropleth":
      return "choropleth";
    case "symbols":
      return "symbols";
    case "auto":
      return indicator?.kind === "rate" ? "choropleth" : "symbols";
  }
}

export interface SceneInput {
  index: AtlasIndex;
  boundaries: BoundaryIndex;
  figures: readonly MapFigure[];
  mode: DrawMode;
  method: ClassificationMethod;
  palette?: PaletteName;
  /**
   * The communes' polygons from 1 July 2025, where the map has loaded them (communes.topo.json,
   * not in boundaries.topo.json): a figure reported for one commune is drawn on its commune.
   */
  communeShapes?: ReadonlyMap<UnitId, AreaShape>;
}

export interface LegendClass {
  colour: string;
  label: string;
}

export interface MapScene {
  mode: DrawMode;
  /** Areas with a figure: class colours (choropleth) or a pale tint under the symbols. Larger areas first. */
  areas: FigureAreaFeature[];
  symbols: SymbolDatum[];
  /** Drawn figures by MapFigure.key. */
  figures: Map<string, MapFigure>;
  /** Shapes of the drawn areas by areaKey(drawOn). */
  shapes: Map<string, AreaShape>;
  classification: Classification;
  /** One colour per class, "#rrggbb". */
  colours: string[];
  symbolScale: SymbolScale;
  /** Figures that are drawn but whose area has no shape on this map (should not happen with consistent data). */
  missingShapes: MapFigure[];
}

export function buildScene(input: SceneInput): MapScene {
  const classification = classify(
    input.figures.map((f) => f.value),
    { method: input.method },
  );
  const colours = classColours(classCount(classification), input.palette);
  const scale = symbolScale(input.figures.map((f) => f.value));

  const areas: (FigureAreaFeature & { size: number })[] = [];
  const symbols: SymbolDatum[] = [];
  const shapes = new Map<string, AreaShape>();
  const missingShapes: MapFigure[] = [];
  for (const figure of input.figures) {
    const members = areaMembers(input.index, figure.drawOn);
    const [only] = members;
    const shape = areaShape(input.boundaries, members) ?? (members.length === 1 && only !== undefined ? (input.communeShapes?.get(only) ?? null) : null);
    if (shape === null) {
      missingShapes.push(figure);
      continue;
    }
    shapes.set(areaKey(figure.drawOn), shape);
    const colour = colours[classIndex(classification, figure.value)] ?? colours[0] ?? "#808080";
    const fill = input.mode === "choropleth" ? toRgba(colour) : REPORTED_AREA_TINT;
    const [w, s, e, n] = boundsOf([shape]) ?? [0, 0, 0, 0];
    areas.push({ type: "Feature", geometry: shape, properties: { figureKey: figure.key, fill }, size: (e - w) * (n - s) });
    if (input.mode === "symbols") {
      const symbol: SymbolDatum = { figureKey: figure.key, position: labelPoint(shape), radius: symbolRadius(scale, figure.value) };
      // A conflict is a range: an inner ring at the lowest value, the disc at the highest. A narrow
      // range (135 and 140 differ by 0.5 px at full size) would hide the ring under the disc's
      // edge, so the ring keeps at least RANGE_RING_GAP_PX inside it: it marks a range, while
      // each value is read from the tooltip, the legend note and the table.
      if (figure.low < figure.high) symbol.innerRadius = Math.max(0, Math.min(symbolRadius(scale, figure.low), symbol.radius - RANGE_RING_GAP_PX));
      symbols.push(symbol);
    }
  }
  // Big areas first, so a district's colour is not hidden under its province's.
  areas.sort((a, b) => b.size - a.size);

  return {
    mode: input.mode,
    areas: areas.map(({ size: _size, ...feature }) => feature),
    symbols,
    figures: new Map(input.figures.map((f) => [f.key, f])),
    shapes,
    classification,
    colours,
    symbolScale: scale,
    missingShapes,
  };
}

/**
 * The scene made again with the communes' shapes, once a map has loaded them and some figure had
 * no shape in the boundaries (a figure reported for a commune from 1 July 2025); else the same
 * scene. Both maps (WebGL and SVG) call it, so both draw the same figures.
 */
export function withCommuneShapes(scene: MapScene, input: Omit<SceneInput, "communeShapes" | "mode">, communeShapes: ReadonlyMap<UnitId, AreaShape>): MapScene {
  if (communeShapes.size === 0 || scene.missingShapes.length === 0) return scene;
  return buildScene({ ...input, mode: scene.mode, communeShapes });
}

/** The legend's classes: colour and formatted range. */
export function legendClasses(scene: Pick<MapScene, "classification" | "colours">, format: (n: number) => string): LegendClass[] {
  const labels = classLabels(scene.classification, format);
  return labels.map((label, i) => ({ label, colour: scene.colours[i] ?? "#808080" }));
}

/** The legend's nested circles: round values and their radii, px. */
export function legendSymbols(scale: SymbolScale): { value: number; radius: number }[] {
  return legendSymbolValues(scale.maxValue).map((value) => ({ value, radius: symbolRadius(scale, value) }));
}

/** What the legend's notes must say for these figures. */
export function legendNotes(index: AtlasIndex, figures: readonly MapFigure[]): { groupOrProvince: boolean; carried: boolean; former: boolean; conflict: boolean } {
  return {
    groupOrProvince: figures.some((f) => {
      const level = areaLevel(index, f.reportedFor);
      return level.kind === "group" || (level.kind === "unit" && level.level === "province");
    }),
    carried: figures.some((f) => f.placement === "carried"),
    former: figures.some((f) => f.placement === "former"),
    conflict: figures.some((f) => f.conflict),
  };
}

/**
 * The programme's areas, to fit the map on first load: the districts reported on, alone or in
 * a group (any indicator). The same in both vintages, so before/after maps open on the same view.
 * Falls back to every area reported on when no district is.
 */
export function programmeBounds(index: AtlasIndex, boundaries: BoundaryIndex): Bounds | null {
  const districts = new Set<UnitId>();
  const others = new Set<UnitId>();
  for (const area of areasWithFigures(index)) {
    for (const id of areaMembers(index, area)) {
      const level = index.units.get(id)?.level;
      if (level === "district") districts.add(id);
      else if (level === "province") others.add(id);
    }
  }
  const pick = districts.size > 0 ? districts : others;
  const shapes = [...pick].flatMap((id) => {
    const shape = areaShape(boundaries, [id]);
    return shape === null ? [] : [shape];
  });
  return boundsOf(shapes);
}
