/**
 * The pair of before/after bar charts for one indicator: the same figures, one bar each,
 * grouped by old areas (left) and by new units (right), on one scale. Bars that could not be
 * carried are hatched on the right. Each chart has a table alternative; the charts themselves
 * are hidden from assistive technology because the tables say the same in words.
 */
import { useMemo } from "react";
import { useTranslation } from "react-i18next";
import { Bar, BarChart, CartesianGrid, Cell, XAxis, YAxis } from "recharts";
import { areaName, indicatorName, localName, type AtlasIndex } from "../data/atlas";
import { formatNumber, formatPeriod, formatRange } from "../i18n/format";
import type { Lang } from "../schema";
import { useAtlasStore } from "../store";
import type { FigureItem, Reaggregation } from "../model/aggregateToVintage";
import { beforeAfterSeries, type BeforeAfterBar } from "./beforeAfterSeries";

/** Okabe–Ito blue and vermillion (colour-blind safe), and a grey for bars that stay behind. */
const BAR_COLOUR = { before: "#0072B2", after: "#D55E00", notCarried: "#8a8a8a", span: "#f0c27b" } as const;
const ROW_HEIGHT = 30;
const AXIS_FONT = { fontSize: 11 };

function itemPeriod(item: FigureItem, lang: Lang): string {
  const first = item.observations[0];
  return first === undefined ? "" : formatPeriod(first.periodStart, first.periodEnd, lang);
}

function BarsChart({ bars, side, domainMax, lang }: { bars: readonly BeforeAfterBar[]; side: "before" | "after"; domainMax: number; lang: Lang }) {
  const height = Math.max(2, bars.length) * ROW_HEIGHT + 40;
  return (
    // inert: hidden from assistive technology and out of the tab order (the table says the same in words).
    <div className="before-after-chart" inert>
      <BarChart responsive accessibilityLayer={false} layout="vertical" data={[...bars]} style={{ width: "100%", height }} margin={{ top: 4, right: 16, bottom: 4, left: 4 }}>
        <CartesianGrid horizontal={false} strokeDasharray="2 3" />
        <XAxis type="number" domain={[0, domainMax]} tick={AXIS_FONT} tickFormatter={(v: number) => formatNumber(v, lang)} />
        <YAxis type="category" dataKey="id" width={190} tick={AXIS_FONT} tickFormatter={(id: string) => bars.find((b) => b.id === id)?.label ?? id} interval={0} />
        <Bar dataKey="min" stackId="v" isAnimationActive={false}>
          {bars.map((b) => (
            <Cell key={b.id} fill={b.notCarried ? BAR_COLOUR.notCarried : BAR_COLOUR[side]} />
          ))}
        </Bar>
        {/* The span between two sources' values: drawn lighter, it is not a second figure. */}
        <Bar dataKey="span" stackId="v" fill={BAR_COLOUR.span} isAnimationActive={false} />
      </BarChart>
    </div>
  );
}

function BarsTable({ bars, caption, lang, items }: { bars: readonly BeforeAfterBar[]; caption: string; lang: Lang; items: ReadonlyMap<string, FigureItem> }) {
  const { t } = useTranslation();
  return (
    <table className="compare-table">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t("compare.charts.col.area")}</th>
          <th scope="col">{t("compare.charts.col.period")}</th>
          <th scope="col">{t("compare.charts.col.value")}</th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => {
          const item = items.get(b.id.slice(b.id.indexOf("|") + 1));
          return (
            <tr key={b.id}>
              <th scope="row">
                {b.areaLabel}
                {b.notCarried && <span className="how how--not-carried">{t("compare.charts.notCarried")}</span>}
              </th>
              <td>{b.itemLabel}</td>
              <td className="num">{item === undefined ? formatNumber(b.min, lang) : formatRange(item, lang)}</td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

export interface BeforeAfterChartsProps {
  index: AtlasIndex;
  result: Reaggregation;
}

export function BeforeAfterCharts({ index, result }: BeforeAfterChartsProps) {
  const { t } = useTranslation();
  const lang = useAtlasStore((s) => s.lang);
  const series = useMemo(
    () => beforeAfterSeries(result, { area: (area) => areaName(index, area, lang), item: (item) => itemPeriod(item, lang) }),
    [index, result, lang],
  );
  const items = useMemo(() => new Map(result.items.map((i) => [i.key, i])), [result]);
  const indicator = index.indicators.get(result.indicatorId);
  const name = indicator === undefined ? result.indicatorId : indicatorName(indicator, lang);
  // Several programmes report here: each chart names whose figures it shows.
  const programmes = t("compare.charts.programmes", { programmes: programmeNames(index, result, lang).join("; ") });
  if (result.items.length === 0) return <p>{t("compare.charts.empty", { indicator: name })}</p>;
  const sides = [
    { side: "before" as const, bars: series.before, title: t("compare.charts.beforeTitle") },
    { side: "after" as const, bars: series.after, title: t("compare.charts.afterTitle") },
  ];
  return (
    <div className="before-after">
      {sides.map(({ side, bars, title }) => (
        <figure key={side} className="before-after__side" data-side={side}>
          <figcaption>
            <strong>{title}</strong> — {name}
            <span className="before-after__programme" data-chart-programme="">
              {programmes}
            </span>
          </figcaption>
          <BarsChart bars={bars} side={side} domainMax={series.domainMax} lang={lang} />
          <details>
            <summary>{t("compare.charts.tableToggle")}</summary>
            <BarsTable bars={bars} caption={`${title} — ${name} (${programmes})`} lang={lang} items={items} />
          </details>
        </figure>
      ))}
      <p className="before-after__note muted">{t("compare.charts.note")}</p>
    </div>
  );
}

/** The programmes of the figures charted, each once, in file order of the figures. */
function programmeNames(index: AtlasIndex, result: Reaggregation, lang: Lang): string[] {
  const ids = [...new Set(result.items.flatMap((item) => item.observations.map((o) => o.programmeId)))];
  return ids.map((id) => {
    const programme = index.programmes.get(id);
    return programme === undefined ? id : localName(programme, lang);
  });
}
