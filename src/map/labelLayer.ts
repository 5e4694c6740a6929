/**
 * The map's place names, drawn by deck.gl's TextLayer in MapLibre's own WebGL context (one
 * interleaved MapboxOverlay per map, on top of every layer). This module is the map's only
 * deck.gl code, and it is fetched after the map's first complete render (useMapLabels.ts): the
 * areas, colours, symbols and outlines are MapLibre layers (layers.ts).
 *
 * Labels stay on deck.gl because MapLibre's symbol layers need glyph PBFs, which this offline
 * app does not have; the TextLayer draws its glyph atlas from the self-hosted Noto Sans, every
 * Vietnamese letter included (see labelsLayer).
 */
import { MapboxOverlay } from "@deck.gl/mapbox";
import { TextLayer } from "@deck.gl/layers";
import type { Map as MaplibreMap } from "maplibre-gl";
import type { LabelLevel, MapLabel } from "./labels";
import { BASE_COLOURS, toRgba, type BaseColours, type Rgba } from "./palette";

/** The family name @fontsource/noto-sans registers; the TextLayer draws its atlas with it. */
export const LABEL_FONT_FAMILY = '"Noto Sans", sans-serif';

/** What deck.gl keeps of the canvas it draws on; private to deck.gl, so typed here only as far as used. */
interface DeckWithCanvas {
  _canvasContext?: { destroy?: () => void } | null;
}

/**
 * MapboxOverlay that lets go of its map's canvas when removed. deck.gl 9's Deck.finalize() drops
 * its canvas context without destroying it, so luma.gl's resize and device-pixel-ratio observers
 * stay on the window and keep every map ever shown (canvas, WebGL context, the detached page
 * around it) in memory: the soak test (scripts/soak.mjs) measured +58% heap per tour of the
 * screens. Destroying the context after the overlay is removed stops those observers. Remove
 * this class once deck.gl destroys the context itself.
 */
class AtlasOverlay extends MapboxOverlay {
  override onRemove(): void {
    const deck = (this as unknown as { _deck?: DeckWithCanvas })._deck;
    const canvasContext = deck?._canvasContext ?? null;
    super.onRemove();
    canvasContext?.destroy?.();
  }
}

/** The labels' overlay of one map: add it as a control, then hand it labels. */
export interface LabelOverlay {
  control: MapboxOverlay;
  /** Draws these labels (none: an empty text layer would upload a zero-size glyph atlas). */
  show: (map: MaplibreMap, id: string, labels: readonly MapLabel[], colours: BaseColours) => void;
}

export function createLabelOverlay(): LabelOverlay {
  const control = new AtlasOverlay({ interleaved: true, layers: [] });
  return {
    control,
    show: (map, id, labels, colours) => {
      control.setProps({ layers: labels.length > 0 ? [labelsLayer({ id, labels, colours })] : [] });
      map.triggerRepaint();
    },
  };
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
    // Accessors are functions: a new theme must say so, or deck.gl keeps the old colours.
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
