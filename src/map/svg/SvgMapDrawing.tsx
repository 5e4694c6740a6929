/**
 * The SVG map's renderer (stateless): the base map, the figure areas, outlines, symbols and the
 * selection, in the order and with the colours and line widths of the WebGL map (style.ts for
 * the base, layers.ts for the rest). Areas with a figure are buttons (Tab, then Enter or Space,
 * selects); every other area names itself in a <title> and selects on click, as on the WebGL map.
 */
import type { KeyboardEvent, MouseEvent, PointerEvent, ReactElement } from "react";
import { usePageTone } from "../../ui/usePageTheme";
import { baseColours, outlineCasing } from "../palette";
import { lineWidthAt, type SvgBaseMap, type SvgCommunes, type SvgOverlay } from "./svgMap";

export interface SvgMapDrawingProps {
  size: { width: number; height: number };
  /** The view's zoom (MapLibre's scale), for the zoom-dependent border widths. */
  zoom: number;
  base: SvgBaseMap;
  overlay: SvgOverlay;
  label: string;
  describedBy: string;
  figureLabel: (figureKey: string) => string;
  unitTitle: (unitId: string) => string;
  /** The communes from 1 July 2025 (after map, once loaded), or null. */
  communes: SvgCommunes | null;
  /** A commune's name for its <title>, by its place in the commune list. */
  communeTitle: (index: number) => string;
  onClick: (e: MouseEvent<SVGSVGElement>) => void;
  onKeyDown: (e: KeyboardEvent<SVGElement>) => void;
  onPointerMove: (e: PointerEvent<SVGSVGElement>) => void;
  onPointerLeave: () => void;
}

/** layers.ts draws figure outlines in the province line colour at alpha 200. */
const FIGURE_LINE_OPACITY = 200 / 255;
/** layers.ts (communesLayer): context borders at alpha 200, focus borders at 230 over a tint at 40. */
const COMMUNE_LINE_OPACITY = 200 / 255;
const COMMUNE_FOCUS_LINE_OPACITY = 230 / 255;
const COMMUNE_FOCUS_TINT_OPACITY = Math.round((40 / 255) * 1000) / 1000;

export function SvgMapDrawing(props: SvgMapDrawingProps): ReactElement {
  const { size, zoom, base, overlay } = props;
  // The base map in the page theme's colours, as the WebGL map draws it (style.ts, layers.ts).
  const tone = usePageTone();
  const colours = baseColours(tone);
  const casing = outlineCasing(tone);
  return (
    // Clicks and hovers are delegated from the areas inside. Keyboard users have the areas with a
    // figure as buttons (their own Enter and Space), and the list of areas beside every map.
    // oxlint-disable-next-line jsx-a11y/click-events-have-key-events, jsx-a11y/no-noninteractive-element-interactions
    <svg
      className="svg-map"
      width={size.width}
      height={size.height}
      viewBox={`0 0 ${size.width} ${size.height}`}
      role="group"
      aria-label={props.label}
      aria-describedby={props.describedBy}
      data-testid="svg-map"
      onClick={props.onClick}
      onPointerMove={props.onPointerMove}
      onPointerLeave={props.onPointerLeave}
    >
      <rect width={size.width} height={size.height} fill={colours.sea} />
      <g aria-hidden="true" pointerEvents="none">
        {base.neighbours.map((d, i) => (
          <path key={i} d={d} fill={colours.neighbour} stroke={colours.neighbourLine} strokeWidth={0.8} />
        ))}
        {base.vietnam.map((d, i) => (
          <path key={i} d={d} fill={colours.land} />
        ))}
      </g>
      <g className="svg-map__units">
        {base.provinces.map((a) => (
          <path key={a.id} d={a.d} data-unit-id={a.id} fill={colours.land}>
            <title>{props.unitTitle(a.id)}</title>
          </path>
        ))}
        {/* Transparent, like the style's districts fill: there so that a click or hover finds the district. */}
        {base.districts.map((a) => (
          <path key={a.id} d={a.d} data-unit-id={a.id} fill="transparent">
            <title>{props.unitTitle(a.id)}</title>
          </path>
        ))}
        {/* Under the figures, so a figure's area stays what a click on it finds (the list beside the
            map reaches every commune); the focus communes' faint tint shows where no figure is drawn. */}
        {props.communes?.areas.map((a) => (
          <path
            key={`c${a.index}`}
            d={a.d}
            data-commune={a.index}
            data-unit-id={a.unitId}
            fill={a.unitId === undefined ? "transparent" : colours.communeFocusTint}
            fillOpacity={a.unitId === undefined ? undefined : COMMUNE_FOCUS_TINT_OPACITY}
          >
            <title>{props.communeTitle(a.index)}</title>
          </path>
        ))}
      </g>
      <g className="svg-map__figures">
        {overlay.figureAreas.map((a) => (
          <path
            key={a.figureKey}
            className="svg-map__figure"
            d={a.d}
            data-figure-key={a.figureKey}
            fill={a.fill}
            fillOpacity={a.fillOpacity}
            stroke={colours.provinceLine}
            strokeOpacity={FIGURE_LINE_OPACITY}
            strokeWidth={1}
            role="button"
            tabIndex={0}
            aria-label={props.figureLabel(a.figureKey)}
            onKeyDown={props.onKeyDown}
          >
            <title>{props.figureLabel(a.figureKey)}</title>
          </path>
        ))}
      </g>
      <g aria-hidden="true" pointerEvents="none" fill="none" strokeLinejoin="round">
        {/* Above the figures' colours, under the province borders and the former districts' dashes, as on the WebGL map. */}
        {props.communes !== null && props.communes.contextBorders !== "" && (
          <path d={props.communes.contextBorders} stroke={colours.communeLine} strokeOpacity={COMMUNE_LINE_OPACITY} strokeWidth={0.75} data-outline="commune" />
        )}
        {props.communes !== null && props.communes.focusBorders !== "" && (
          <path d={props.communes.focusBorders} stroke={colours.communeFocusLine} strokeOpacity={COMMUNE_FOCUS_LINE_OPACITY} strokeWidth={1.25} data-outline="commune-focus" />
        )}
        {base.districtBorders !== "" && <path d={base.districtBorders} stroke={colours.districtLine} strokeWidth={lineWidthAt(zoom, [5, 0.4], [9, 1.2])} />}
        <path d={base.provinceBorders} stroke={colours.provinceLine} strokeWidth={lineWidthAt(zoom, [4, 0.6], [9, 1.6])} />
        <path d={base.coast} stroke={colours.neighbourLine} strokeWidth={0.6} />
        {casing !== null &&
          overlay.programmeAreas.flatMap((p) => p.d.map((d, i) => <path key={`pc-${p.programmeId}-${i}`} d={d} stroke={casing} strokeWidth={p.widthPx + 3} strokeLinejoin="round" />))}
        {overlay.programmeAreas.flatMap((p) =>
          p.d.map((d, i) => <path key={`p-${p.programmeId}-${i}`} d={d} stroke={p.colour} strokeWidth={p.widthPx} data-outline="programme" data-programme={p.programmeId} />),
        )}
        {/* layers.ts: dashes of 4 on, 3 off, in multiples of the 1.5-px line. */}
        {overlay.formerDistricts.map((d, i) => (
          <path key={`f${i}`} d={d} stroke={colours.formerDistrict} strokeWidth={1.5} strokeDasharray="6 4.5" data-outline="former-district" />
        ))}
      </g>
      <g className="svg-map__symbols" aria-hidden="true">
        {overlay.symbols.map((s) => (
          <circle key={s.figureKey} cx={s.cx} cy={s.cy} r={s.r} data-figure-key={s.figureKey} fill={colours.symbol} stroke={colours.symbolLine} strokeWidth={1.5} />
        ))}
      </g>
      {overlay.selection !== null && (
        <path d={overlay.selection} fill="none" stroke={colours.selection} strokeWidth={3} strokeLinejoin="round" pointerEvents="none" aria-hidden="true" data-outline="selection" />
      )}
    </svg>
  );
}
