/**
 * One area's trend chart (stateless renderer): each figure as a bar over its period, lines only
 * where series.ts allows them, phase bands, and the 1 July 2025 marker. The words (summary,
 * labels) come in as props; the summary and the table alternative are rendered beside it by the panel.
 */
import type { ReactElement, SVGProps } from "react";
import {
  CartesianGrid,
  ComposedChart,
  Line,
  ReferenceArea,
  ReferenceLine,
  Scatter,
  Tooltip,
  XAxis,
  YAxis,
  type TooltipContentProps,
} from "recharts";
import { formatNumber } from "../i18n/format";
import type { Lang } from "../schema";
import { niceCeiling, type PhaseBand } from "./chartModel";
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
const AXIS_FONT = { fontSize: 11 };

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
function MarkSymbol(props: { cx?: number | undefined; cy?: number | undefined; payload?: MarkPoint | undefined }): ReactElement {
  const { cx = 0, cy = 0, payload } = props;
  const colour = payload?.colour ?? SOURCE_COLOURS[0];
  // A period the atlas inferred (the source gives none) is drawn hollow: the key says so.
  const inferred = payload?.mark.periodInferred === true;
  const fill = inferred ? "#fff" : colour;
  // The page's colour (theme.css) replaces the white on a dark theme: hollow fill, or the ring.
  const common: SVGProps<SVGElement> = inferred ? { stroke: colour, strokeWidth: 2, className: "chart-mark-hollow" } : { stroke: "#fff", strokeWidth: 1.5, className: "chart-mark-ring" };
  switch (payload?.mark.qualifier ?? "exact") {
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

interface ViewBox {
  x?: number;
  y?: number;
  width?: number;
  height?: number;
}

function PhaseLabel({ viewBox, text, row }: { viewBox?: ViewBox; text: string; row: number }): ReactElement | null {
  const { x = 0, y = 0, width = 0 } = viewBox ?? {};
  // About 6 px per character at 10 px: cut the name to the band rather than spill over.
  const shown = truncate(text, Math.floor((width - 6) / 6));
  if (shown === "") return null;
  return (
    <text x={x + 3} y={y + 11 + row * PHASE_ROW_HEIGHT} fontSize={10} fill="#333" className="chart-label">
      {shown}
    </text>
  );
}

function MilestoneLabel({ viewBox, text }: { viewBox?: ViewBox; text: string }): ReactElement {
  const { x = 0, y = 0 } = viewBox ?? {};
  return (
    <text x={x - 4} y={y - 5} fontSize={10} fill="#222" textAnchor="end" className="chart-label">
      {text}
    </text>
  );
}

function MarkTooltip({ active, payload, markLines }: Partial<TooltipContentProps> & { markLines: (m: PeriodMark) => string[] }): ReactElement | null {
  const point = payload?.[0]?.payload as MarkPoint | undefined;
  if (!active || point?.mark === undefined) return null;
  return (
    <div className="trend-tooltip">
      {markLines(point.mark).map((line, i) => (
        <div key={i}>{line}</div>
      ))}
    </div>
  );
}

export function AreaTrendChart(props: AreaTrendChartProps): ReactElement {
  const { marks, lines, bands, span, window, lang, sourceIndex, labels } = props;
  const points = markPoints(marks, (m) => sourceColour(sourceIndex.get(m.sourceId) ?? 0));
  const rows = bands.reduce((n, b) => Math.max(n, b.row + 1), 0);
  const domain: [number, number] = [span.from, span.to + 1];
  const yearTicks = Array.from({ length: span.to - span.from + 1 }, (_, i) => span.from + i + 0.5);
  const yearBoundaries = Array.from({ length: span.to - span.from + 2 }, (_, i) => span.from + i);

  return (
    // Hidden from assistive technology: the caption's summary and the table say the same in words.
    <div className="trend-chart" aria-hidden="true">
      <ComposedChart
        responsive
        style={{ width: "100%", height: CHART_HEIGHT }}
        margin={{ top: 18, right: 12, bottom: 0, left: 0 }}
        accessibilityLayer={false}
      >
        {/* Vertical lines at each 1 January, so a bar's ends read against the year labels between them. */}
        <CartesianGrid stroke="#e2e2e2" verticalValues={yearBoundaries} />
        <XAxis
          type="number"
          dataKey="x"
          domain={domain}
          ticks={yearTicks}
          tickFormatter={(x: number) => String(Math.floor(x))}
          tick={AXIS_FONT}
          interval="preserveStartEnd"
          minTickGap={4}
          allowDataOverflow
        />
        <YAxis
          type="number"
          dataKey="value"
          domain={[0, (dataMax: number) => niceCeiling(dataMax * (1 + 0.12 * (rows + 1)))]}
          allowDecimals={false}
          tickFormatter={(n: number) => formatNumber(n, lang)}
          tick={AXIS_FONT}
          width={44}
        />
        {bands.map((band, i) => (
          <ReferenceArea
            key={band.phase.id}
            x1={band.start}
            x2={band.end}
            fill={phaseFill(i)}
            fillOpacity={0.55}
            ifOverflow="hidden"
            label={<PhaseLabel text={labels.phaseName(band)} row={band.row} />}
          />
        ))}
        {window !== null && (
          <ReferenceArea x1={window.from} x2={window.to + 1} fill="none" stroke="#555" strokeDasharray="2 3" ifOverflow="hidden" className="chart-line-muted" />
        )}
        <ReferenceLine
          x={NEW_LOCAL_GOVERNMENTS_AT}
          stroke="#222"
          className="chart-line-muted"
          strokeDasharray="5 3"
          label={<MilestoneLabel text={labels.newLocalGovernments} />}
        />
        {points.map((p) => (
          <ReferenceLine
            key={p.mark.observationId}
            segment={[
              { x: p.mark.start, y: p.mark.value },
              { x: p.mark.end, y: p.mark.value },
            ]}
            stroke={p.colour}
            strokeOpacity={p.mark.periodInferred === true ? 0.45 : 1}
            strokeWidth={4}
            strokeDasharray={p.conflictRank > 0 ? "7 4" : undefined}
            ifOverflow="hidden"
          />
        ))}
        {lines.map((run, i) => (
          <Line
            key={`line-${i}`}
            data={run}
            dataKey="value"
            type="linear"
            stroke="#444"
            className="chart-line-muted"
            strokeWidth={1.5}
            dot={false}
            activeDot={false}
            isAnimationActive={false}
            legendType="none"
          />
        ))}
        <Scatter
          data={points}
          dataKey="value"
          isAnimationActive={false}
          shape={<MarkSymbol />}
        />
        <Tooltip
          shared={false}
          isAnimationActive={false}
          cursor={false}
          content={<MarkTooltip markLines={labels.markLines} />}
        />
      </ComposedChart>
    </div>
  );
}
