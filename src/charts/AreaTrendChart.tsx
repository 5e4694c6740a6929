/**
 * One area's trend chart (stateless renderer): each figure as a bar over its period, lines only
 * where series.ts allows them, phase bands, and the 1 July 2025 marker. The words (summary,
 * labels) come in as props; the summary and the table alternative are rendered beside it by the panel.
 *
 * Plain SVG, drawn here: a chart library cost an embedded chart 104 KB gzip of its 250 KB goal
 * for what is a few rectangles, lines and symbols on two linear axes.
 */
import { useLayoutEffect, useRef, useState, type ReactElement, type SVGProps } from "react";
import { formatNumber } from "../i18n/format";
import type { Lang } from "../schema";
import { spacedLabels, valueAxis, type PhaseBand } from "./chartModel";
import type { LinePoint, PeriodMark } from "./series";
import { NEW_LOCAL_GOVERNMENTS_AT, type YearPeriod } from "../model/period";

/** Okabe–Ito colours, distinguishable with the common colour-vision deficiencies; one per source. */
export const SOURCE_COLOURS = ["#0072B2", "#D55E00", "#009E73", "#CC79A7", "#E69F00", "#56B4E9"] as const;
export const PHASE_FILLS = ["#cfe3f3", "#e6dcf0", "#f6e2cf", "#d9eedf"] as const;

export function sourceColour(index: number): string {
  return SOURCE_COLOURS[index % SOURCE_COLOURS.length] ?? SOURCE_COLOURS[0];
}
export function phaseFill(index: number): string {
  return PHASE_FILLS[index % PHASE_FILLS.length] ?? PHASE_FILLS[0];
}

export interface AreaTrendChartProps {
  marks: readonly PeriodMark[];
  lines: readonly LinePoint[][];
  bands: readonly PhaseBand[];
  span: YearPeriod;
  /** The period control's window, outlined on the chart; null = whole span. */
  window: YearPeriod | null;
  lang: Lang;
  /** Colour index of each source id (stable across the panel's charts). */
  sourceIndex: ReadonlyMap<string, number>;
  labels: {
    newLocalGovernments: string;
    phaseName: (band: PhaseBand) => string;
    /** Tooltip lines for a mark. */
    markLines: (mark: PeriodMark) => string[];
  };
}

interface MarkPoint {
  x: number;
  value: number;
  mark: PeriodMark;
  colour: string;
  /** 0 for the first figure of a conflict, 1.. for the others (drawn dashed). */
  conflictRank: number;
}

const CHART_HEIGHT = 220;
const PHASE_ROW_HEIGHT = 13;
const AXIS_FONT_PX = 11;
/** Room around the plot, px: the milestone's label above it, the value labels left, the years below. */
const PLOT = { top: 18, right: 12, left: 44, bottom: 30 } as const;
const AXIS_COLOUR = "#666";
/** Noto Sans averages about 0.6 em per digit. */
const DIGIT_WIDTH = 0.6 * AXIS_FONT_PX;

function markPoints(marks: readonly PeriodMark[], colourOf: (m: PeriodMark) => string): MarkPoint[] {
  const rankOf = new Map<string, number>();
  return marks.map((mark) => {
    let conflictRank = 0;
    if (mark.conflictWith.length > 0) {
      conflictRank = mark.conflictWith.filter((id) => rankOf.has(id)).length;
      rankOf.set(mark.observationId, conflictRank);
    }
    return { x: (mark.start + mark.end) / 2, value: mark.value, mark, colour: colourOf(mark), conflictRank };
  });
}

/** Circle for an exact figure, triangle for "at least", diamond for "about". */
function MarkSymbol({ cx, cy, point }: { cx: number; cy: number; point: MarkPoint }): ReactElement {
  const colour = point.colour;
  // A period the atlas inferred (the source gives none) is drawn hollow: the key says so.
  const inferred = point.mark.periodInferred === true;
  const fill = inferred ? "#fff" : colour;
  // The page's colour (theme.css) replaces the white on a dark theme: hollow fill, or the ring.
  const common: SVGProps<SVGElement> = inferred ? { stroke: colour, strokeWidth: 2, className: "chart-mark-hollow" } : { stroke: "#fff", strokeWidth: 1.5, className: "chart-mark-ring" };
  switch (point.mark.qualifier) {
    case "at_least":
      return <path d={`M${cx},${cy - 6}L${cx + 6},${cy + 5}L${cx - 6},${cy + 5}Z`} fill={fill} {...(common as SVGProps<SVGPathElement>)} />;
    case "about":
      return <path d={`M${cx},${cy - 6}L${cx + 6},${cy}L${cx},${cy + 6}L${cx - 6},${cy}Z`} fill={fill} {...(common as SVGProps<SVGPathElement>)} />;
    case "exact":
      return <circle cx={cx} cy={cy} r={5} fill={fill} {...(common as SVGProps<SVGCircleElement>)} />;
  }
}

function truncate(text: string, maxChars: number): string {
  if (maxChars < 2) return "";
  return text.length <= maxChars ? text : `${text.slice(0, Math.max(1, maxChars - 1))}…`;
}

function MarkTooltip({ point, x, y, width, markLines }: { point: MarkPoint; x: number; y: number; width: number; markLines: (m: PeriodMark) => string[] }): ReactElement {
  // Beside the symbol, on the side with more room.
  const left = x < width / 2;
  return (
    <div className="trend-tooltip" style={{ position: "absolute", top: y + 10, left: left ? x + 12 : undefined, right: left ? undefined : width - x + 12, pointerEvents: "none" }}>
      {markLines(point.mark).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}

/** The width the chart's box is given by the page, followed as it changes (0 until laid out). */
function useBoxWidth(): [React.RefObject<HTMLDivElement | null>, number] {
  const ref = useRef<HTMLDivElement>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (el === null) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === "undefined") return;
    const observer = new ResizeObserver(() => setWidth(el.clientWidth));
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}

export function AreaTrendChart(props: AreaTrendChartProps): ReactElement {
  const [ref, width] = useBoxWidth();
  const [hover, setHover] = useState<{ point: MarkPoint; x: number; y: number } | null>(null);
  return (
    // Hidden from assistive technology: the caption's summary and the table say the same in words.
    <div className="trend-chart" aria-hidden="true" ref={ref} style={{ position: "relative", height: CHART_HEIGHT }}>
      {width > 0 && <ChartSvg {...props} width={width} onHover={setHover} />}
      {hover !== null && <MarkTooltip {...hover} width={width} markLines={props.labels.markLines} />}
    </div>
  );
}

function ChartSvg(props: AreaTrendChartProps & { width: number; onHover: (h: { point: MarkPoint; x: number; y: number } | null) => void }): ReactElement {
  const { marks, lines, bands, span, window, lang, sourceIndex, labels, width, onHover } = props;
  const points = markPoints(marks, (m) => sourceColour(sourceIndex.get(m.sourceId) ?? 0));
  const rows = bands.reduce((n, b) => Math.max(n, b.row + 1), 0);

  // Years run from 1 January of the first to 1 January after the last; values from 0 to a nice top with room for the phase names.
  const x0 = PLOT.left;
  const x1 = Math.max(x0 + 1, width - PLOT.right);
  const y0 = PLOT.top;
  const y1 = CHART_HEIGHT - PLOT.bottom;
  const [from, to] = [span.from, span.to + 1];
  const dataMax = Math.max(0, ...points.map((p) => p.value), ...lines.flat().map((p) => p.value));
  const { top, ticks: yTicks } = valueAxis(dataMax * (1 + 0.12 * (rows + 1)));
  const clampYear = (t: number) => Math.min(to, Math.max(from, t));
  const xOf = (t: number) => x0 + ((clampYear(t) - from) / (to - from)) * (x1 - x0);
  const yOf = (v: number) => y1 - (Math.min(v, top) / top) * (y1 - y0);

  const years = Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i);
  const shownYears = spacedLabels(
    years.map((y) => xOf(y + 0.5)),
    years.map((y) => String(y).length * DIGIT_WIDTH),
    4,
  ).map((i) => years[i] ?? span.from);
  const inside = (a: number, b: number) => b > from && a < to;

  return (
    <svg className="trend-chart__svg" width={width} height={CHART_HEIGHT} viewBox={`0 0 ${width} ${CHART_HEIGHT}`} fontSize={AXIS_FONT_PX}>
      {/* Grid: a line per value tick, and one at each 1 January, so a bar's ends read against the year labels between them. */}
      <g stroke="#e2e2e2" className="chart-grid">
        {yTicks.map((v) => (
          <line key={`h${v}`} x1={x0} x2={x1} y1={yOf(v)} y2={yOf(v)} />
        ))}
        {[...years, span.to + 1].map((y) => (
          <line key={`v${y}`} x1={xOf(y)} x2={xOf(y)} y1={y0} y2={y1} />
        ))}
      </g>
      {bands.map((band, i) =>
        inside(band.start, band.end) ? (
          <g key={band.phase.id}>
            <rect x={xOf(band.start)} y={y0} width={xOf(band.end) - xOf(band.start)} height={y1 - y0} fill={phaseFill(i)} fillOpacity={0.55} />
            <PhaseName x={xOf(band.start)} y={y0} width={xOf(band.end) - xOf(band.start)} row={band.row} text={labels.phaseName(band)} />
          </g>
        ) : null,
      )}
      {window !== null && inside(window.from, window.to + 1) && (
        <rect x={xOf(window.from)} y={y0} width={xOf(window.to + 1) - xOf(window.from)} height={y1 - y0} fill="none" stroke="#555" strokeDasharray="2 3" className="chart-line-muted" />
      )}
      {NEW_LOCAL_GOVERNMENTS_AT > from && NEW_LOCAL_GOVERNMENTS_AT < to && (
        <g>
          <line x1={xOf(NEW_LOCAL_GOVERNMENTS_AT)} x2={xOf(NEW_LOCAL_GOVERNMENTS_AT)} y1={y0} y2={y1} stroke="#222" strokeDasharray="5 3" className="chart-line-muted" />
          <text x={xOf(NEW_LOCAL_GOVERNMENTS_AT) - 4} y={y0 - 5} fontSize={10} fill="#222" textAnchor="end" className="chart-label">
            {labels.newLocalGovernments}
          </text>
        </g>
      )}
      {/* Each figure as a bar over its period; a second source's figure for the same thing dashed. */}
      {points.map((p) =>
        inside(p.mark.start, p.mark.end) ? (
          <line
            key={p.mark.observationId}
            x1={xOf(p.mark.start)}
            x2={xOf(p.mark.end)}
            y1={yOf(p.mark.value)}
            y2={yOf(p.mark.value)}
            stroke={p.colour}
            strokeOpacity={p.mark.periodInferred === true ? 0.45 : 1}
            strokeWidth={4}
            strokeDasharray={p.conflictRank > 0 ? "7 4" : undefined}
          />
        ) : null,
      )}
      {lines.map((run, i) => (
        <polyline key={`line-${i}`} points={run.map((p) => `${xOf(p.x)},${yOf(p.value)}`).join(" ")} fill="none" stroke="#444" strokeWidth={1.5} className="chart-line-muted" />
      ))}
      {points.map((p) => {
        const cx = xOf(p.x);
        const cy = yOf(p.value);
        return (
          <g key={`mark-${p.mark.observationId}`} onMouseEnter={() => onHover({ point: p, x: cx, y: cy })} onMouseLeave={() => onHover(null)}>
            <MarkSymbol cx={cx} cy={cy} point={p} />
          </g>
        );
      })}
      {/* Axes last, so nothing covers their lines. */}
      <g stroke={AXIS_COLOUR} className="chart-axis">
        <line x1={x0} x2={x1} y1={y1} y2={y1} />
        <line x1={x0} x2={x0} y1={y0} y2={y1} />
      </g>
      <g fill={AXIS_COLOUR} textAnchor="middle" className="chart-axis">
        {shownYears.map((y) => (
          <g key={`x${y}`}>
            <line x1={xOf(y + 0.5)} x2={xOf(y + 0.5)} y1={y1} y2={y1 + 6} stroke={AXIS_COLOUR} />
            <text x={xOf(y + 0.5)} y={y1 + 6 + AXIS_FONT_PX} className="chart-label">
              {String(y)}
            </text>
          </g>
        ))}
      </g>
      <g fill={AXIS_COLOUR} textAnchor="end" className="chart-axis">
        {yTicks.map((v) => (
          <g key={`y${v}`}>
            <line x1={x0 - 6} x2={x0} y1={yOf(v)} y2={yOf(v)} stroke={AXIS_COLOUR} />
            <text x={x0 - 8} y={yOf(v) + AXIS_FONT_PX / 3} className="chart-label">
              {formatNumber(v, lang)}
            </text>
          </g>
        ))}
      </g>
    </svg>
  );
}

/** A phase's name at the top of its band, on the band's row, cut to the band rather than spilled over. */
function PhaseName({ x, y, width, row, text }: { x: number; y: number; width: number; row: number; text: string }): ReactElement | null {
  // About 6 px per character at 10 px.
  const shown = truncate(text, Math.floor((width - 6) / 6));
  if (shown === "") return null;
  return (
    <text x={x + 3} y={y + 11 + row * PHASE_ROW_HEIGHT} fontSize={10} fill="#333" className="chart-label">
      {shown}
    </text>
  );
}
