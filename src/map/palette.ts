/**
 * Colours of the map (pure). Class colours come from colour-blind-safe sequential schemes
 * (ColorBrewer YlGnBu, viridis). "Not reported" is drawn with no fill at all (the land shows
 * through) and a grey outline, so it can never be mistaken for a reported 0, which takes the
 * lowest class colour.
 */
import { interpolateViridis, schemeYlGnBu } from "d3-scale-chromatic";

/** [r, g, b, a], each 0..255 (layers.ts writes them as CSS for MapLibre; the labels' deck.gl layer takes them as they are). */
export type Rgba = [r: number, g: number, b: number, a: number];

export type PaletteName = "YlGnBu" | "viridis";
export const PALETTES: readonly PaletteName[] = ["YlGnBu", "viridis"];
export const DEFAULT_PALETTE: PaletteName = "YlGnBu";

/** The colours of the base map, shared by the MapLibre style, the legend and the browser tests. */
export const BASE_COLOURS = {
  sea: "#d4e4ef",
  /** Viet Nam's land, and any area with no figure ("not reported" shows this, unfilled). */
  land: "#f6f3ee",
  neighbour: "#e6e4e0",
  neighbourLine: "#c3c0ba",
  provinceLine: "#8d8a85",
  districtLine: "#bcb8b1",
  /** Outline of the "not reported" swatch and of areas without figures. */
  notReportedLine: "#9a9690",
  /** Fill and outline of proportional symbols (ColorBrewer Dark2 orange: stands out on both land and the blue classes). */
  symbol: "#d95f02",
  symbolLine: "#5a2700",
  /** The symbols' outline in the legend's key, drawn on the legend's own background. */
  symbolKeyLine: "#5a2700",
  /** The selected area's outline. */
  selection: "#1a1a1a",
  /** Dashed outlines of former districts on the post-2025 map. */
  formerDistrict: "#6a3d9a",
  /** Outlines of the programme's areas: a dark teal, apart from the selection's near-black, the former districts' purple and the symbols' orange. */
  programmeArea: "#1b7c83",
  /** Borders of the communes from 1 July 2025 (context), and of the five former districts' 29 communes, with their faint tint. */
  communeLine: "#a9a49c",
  communeFocusLine: "#4d4a45",
  communeFocusTint: "#fff2b3",
  labelText: "#2b2b2b",
  labelHalo: "#ffffff",
  /** The sea's name, in a sea blue as atlases write water names; neighbouring countries' names. */
  seaLabel: "#3f6f8f",
  countryLabel: "#7a7670",
} as const;

export type BaseColours = { readonly [K in keyof typeof BASE_COLOURS]: string };

/**
 * The base map on the dark theme: a dark sea, Viet Nam's land a mid grey that stands out from
 * darker neighbours, light lines and names with a dark halo, a white selection. The data's
 * colours (classes, the programmes' outlines, the symbols' fill) are the light theme's: the
 * legend and the pixels must agree, and they were chosen colour-blind-safe.
 */
export const DARK_BASE_COLOURS: BaseColours = {
  sea: "#0f2130",
  land: "#454b53",
  neighbour: "#2a2f35",
  neighbourLine: "#5d646d",
  provinceLine: "#a0a8b1",
  districtLine: "#737b84",
  notReportedLine: "#959da6",
  symbol: BASE_COLOURS.symbol,
  // On the map the symbols keep their dark edge (on their orange fill); the key sits on a dark panel.
  symbolLine: BASE_COLOURS.symbolLine,
  symbolKeyLine: "#f0913f",
  selection: "#ffffff",
  formerDistrict: "#c5a8e8",
  programmeArea: BASE_COLOURS.programmeArea,
  communeLine: "#7d858e",
  communeFocusLine: "#d6d0c4",
  communeFocusTint: BASE_COLOURS.communeFocusTint,
  labelText: "#f1f3f5",
  labelHalo: "#14181d",
  seaLabel: "#93c4e6",
  countryLabel: "#b5b0a8",
};

/**
 * A light casing under the programmes' outlines on the dark map, or none on the light one. The
 * outlines keep their colour-blind-safe hues, which are dark (teal on the dark land is 1.8:1);
 * a casing in the names' colour makes them stand out as on the light map, legend keys included.
 */
export function outlineCasing(tone: "light" | "dark"): string | null {
  return tone === "dark" ? DARK_BASE_COLOURS.labelText : null;
}

/** The base map's colours for the page's tone (src/ui/usePageTheme.ts). */
export function baseColours(tone: "light" | "dark"): BaseColours {
  return tone === "dark" ? DARK_BASE_COLOURS : BASE_COLOURS;
}

/**
 * One outline per programme, in data/programmes.csv order: the dark teal above, then blue and
 * reddish purple from the Okabe–Ito set (told apart with the common colour-vision deficiencies),
 * each with its own width so the keys also differ in grey. `name` is the i18n key of the colour word.
 */
export const PROGRAMME_OUTLINES = [
  { colour: BASE_COLOURS.programmeArea, widthPx: 2, name: "teal" },
  { colour: "#0072b2", widthPx: 3.5, name: "blue" },
  { colour: "#cc79a7", widthPx: 2.5, name: "pink" },
] as const;

export function programmeOutline(position: number): (typeof PROGRAMME_OUTLINES)[number] {
  return PROGRAMME_OUTLINES[((position % PROGRAMME_OUTLINES.length) + PROGRAMME_OUTLINES.length) % PROGRAMME_OUTLINES.length] ?? PROGRAMME_OUTLINES[0];
}

/**
 * A partner's previewed records (partnerLayer.ts): Okabe–Ito sky blue with a black ring, unlike
 * the programme's orange symbols, teal, blue and pink outlines and purple dashes, on both themes.
 */
export const PARTNER_COLOUR = "#56b4e9";
export const PARTNER_LINE = "#000000";
/**
 * Published partners' records (partner_records.json): Okabe–Ito yellow with the same black ring,
 * so a preview (sky blue) and what is already published stay apart on one map.
 */
export const PUBLISHED_PARTNER_COLOUR = "#f0e442";

/** A pale tint of the symbol colour that marks the areas a symbol stands for. */
export const REPORTED_AREA_TINT: Rgba = [217, 95, 2, 40];

/**
 * One colour per class, light to dark, as "#rrggbb". The scheme's lightest step is skipped
 * because it is too close to the land colour: the lowest class must differ from "not reported".
 */
export function classColours(count: number, palette: PaletteName = DEFAULT_PALETTE): string[] {
  const k = Math.max(0, Math.floor(count));
  if (k === 0) return [];
  switch (palette) {
    case "YlGnBu": {
      if (k === 1) return [schemeYlGnBu[3]?.[1] ?? "#7fcdbb"];
      const scheme = schemeYlGnBu[Math.min(9, k + 1)] ?? [];
      const steps = scheme.slice(1);
      // Beyond 8 classes the scheme runs out: repeat the darkest rather than invent colours.
      return Array.from({ length: k }, (_, i) => steps[Math.min(i, steps.length - 1)] ?? "#081d58");
    }
    case "viridis": {
      // Light (yellow) for low values, dark (purple) for high ones; the ends are avoided for contrast with land and labels.
      if (k === 1) return [toHex(interpolateViridis(0.5))];
      return Array.from({ length: k }, (_, i) => toHex(interpolateViridis(0.9 - (0.8 * i) / (k - 1))));
    }
  }
}

/** "#rrggbb" or "#rrggbbaa" or "rgb(r, g, b)" to [r, g, b, a]; `alpha` (0..255) overrides the colour's own. */
export function toRgba(css: string, alpha?: number): Rgba {
  const hex = /^#([0-9a-f]{6})([0-9a-f]{2})?$/i.exec(css.trim());
  if (hex?.[1]) {
    const n = parseInt(hex[1], 16);
    const a = alpha ?? (hex[2] ? parseInt(hex[2], 16) : 255);
    return [(n >> 16) & 255, (n >> 8) & 255, n & 255, a];
  }
  const rgb = /^rgba?\(([^)]+)\)$/i.exec(css.trim());
  if (rgb?.[1]) {
    const [r = 0, g = 0, b = 0, a = 1] = rgb[1].split(/[\s,/]+/).filter(Boolean).map(Number);
    return [r, g, b, alpha ?? Math.round(a * 255)];
  }
  throw new Error(`toRgba: cannot read colour "${css}"`);
}

function toHex(css: string): string {
  const [r, g, b] = toRgba(css);
  return `#${[r, g, b].map((c) => c.toString(16).padStart(2, "0")).join("")}`;
}
