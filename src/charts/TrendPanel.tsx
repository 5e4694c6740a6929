/**
 * The trend panel: one small chart per area a figure is reported for, for the selected units
 * (or every reporting area when nothing is selected), with a per-period / cumulative switch.
 * Reads the store and the atlas index; the pictures come from AreaTrendChart.
 */
import { PhaseCaveats } from "../ui/Caveats";
import { publisherWithTags } from "../data/provenance";
import { useDeferredValue, useMemo, type ReactElement } from "react";
import { useTranslation } from "react-i18next";
import { useShallow } from "zustand/react/shallow";
import { areaKey, areaName, currentIndicator, indicatorName, indicatorUnit, localName, programmeFilter, type AtlasIndex } from "../data/atlas";
import { useAtlasIndex } from "../data/hooks";
import { INTL_LOCALE, formatList, formatPeriod, formatValue, formatYearPeriod } from "../i18n/format";
import type { TFunction } from "i18next";
import type { AreaRef, Indicator, Lang, Vintage } from "../schema";
import type { VintagePlace } from "../model/place";
import { placeText } from "../i18n/placeText";
import "../ui/vintage.css";
import { useAtlasStore, type ChartMode } from "../store";
import { AreaTrendChart, phaseFill, sourceColour } from "./AreaTrendChart";
import { phaseBands, planCharts, seriesForPlan, type ChartPlan } from "./chartModel";
import { cumulativeOffText, describeSeries } from "./describe";
import { SeriesTable } from "./SeriesTable";
import { summarizeSeries, type AreaSeries, type PeriodMark } from "./series";
import { programmeSpan, type YearPeriod } from "../model/period";
import "./charts.css";

/** The indicator the panel shows: the store's, or the first with figures (of the chosen programme, as the map). */
export function activeIndicator(index: AtlasIndex, id: string | null, programmeId: string | null = null): Indicator | undefined {
  return currentIndicator(index, id, programmeFilter(index, programmeId));
}

export default function TrendPanel(): ReactElement {
  const { t } = useTranslation();
  const state = useAtlasIndex();
  const lang = useAtlasStore((s) => s.lang);
  const indicatorId = useAtlasStore((s) => s.indicator);
  const programmeId = useAtlasStore((s) => s.programme);
  const period = useAtlasStore((s) => s.period);
  const selection = useAtlasStore(useShallow((s) => s.selection));
  const vintage = useAtlasStore((s) => s.vintage);
  const chartMode = useAtlasStore((s) => s.chartMode);
  const setChartMode = useAtlasStore((s) => s.setChartMode);
  // The charts follow a switch in a deferred, interruptible render: the map's frame comes first.
  // A CPU profile of indicator switches found the chart library it then used the largest part of each switch's main-thread time.
  // Each value apart: they are primitives or the store's own objects, so a value is "new" only when it changed.
  const deferred = {
    indicatorId: useDeferredValue(indicatorId),
    programmeId: useDeferredValue(programmeId),
    period: useDeferredValue(period),
    selection: useDeferredValue(selection),
    vintage: useDeferredValue(vintage),
  };

  if (state.status === "loading") {
    return (
      <section className="trend-panel" aria-busy="true" data-testid="trend-panel">
        <p>{t("app.loading")}</p>
      </section>
    );
  }
  if (state.status === "error") {
    return (
      <section className="trend-panel" data-testid="trend-panel">
        <p>{t("chart.unavailable")}</p>
      </section>
    );
  }
  return (
    <TrendCharts
      index={state.data}
      lang={lang}
      indicatorId={deferred.indicatorId}
      window={deferred.period}
      programmeId={deferred.programmeId}
      selection={deferred.selection}
      vintage={deferred.vintage}
      chartMode={chartMode}
      setChartMode={setChartMode}
    />
  );
}

interface TrendChartsProps {
  index: AtlasIndex;
  lang: Lang;
  indicatorId: string | null;
  programmeId: string | null;
  window: YearPeriod | null;
  selection: readonly string[];
  vintage: Vintage;
  chartMode: ChartMode;
  setChartMode: (mode: ChartMode) => void;
}

function TrendCharts({ index, lang, indicatorId, programmeId, window, selection, vintage, chartMode, setChartMode }: TrendChartsProps): ReactElement {
  const { t } = useTranslation();
  const indicator = activeIndicator(index, indicatorId, programmeId);
  const span = useMemo(() => programmeSpan(), []);
  const plan = useMemo(
    (): ChartPlan => (indicator === undefined ? { areas: [], withoutFigures: [], places: new Map() } : planCharts(index, selection, indicator.id, vintage)),
    [index, selection, indicator, vintage],
  );
  const allSeries = useMemo(
    () => (indicator === undefined ? [] : seriesForPlan(index, plan, indicator.id, window)),
    [index, plan, indicator, window],
  );
  // One colour per source across the panel, so a publisher looks the same in every chart.
  const sourceIndex = useMemo(() => {
    const out = new Map<string, number>();
    for (const s of allSeries) for (const m of s.marks) if (!out.has(m.sourceId)) out.set(m.sourceId, out.size);
    return out;
  }, [allSeries]);

  const headingId = "trend-panel-heading";
  if (indicator === undefined) {
    return (
      <section className="trend-panel" aria-labelledby={headingId} data-testid="trend-panel">
        <h2 id={headingId}>{t("chart.heading")}</h2>
        <p>{t("chart.noIndicator")}</p>
      </section>
    );
  }
  const name = indicatorName(indicator, lang);
  const cumulativeAllowed = indicator.additive;
  const showCumulative = chartMode === "cumulative" && cumulativeAllowed;
  const sourceName = (id: string) => {
    const source = index.sources.get(id);
    return source === undefined ? id : publisherWithTags(source, (tag) => t(`provenance.tag.${tag}`));
  };

  return (
    <section className="trend-panel" aria-labelledby={headingId} data-testid="trend-panel">
      <div className="trend-header">
        <h2 id={headingId}>{t("chart.heading")}</h2>
        <fieldset className="trend-mode">
          <legend className="sr-only">{t("chart.mode.label")}</legend>
          {(["period", "cumulative"] as const).map((mode) => (
            <button
              key={mode}
              type="button"
              // The view actually shown: a cumulative link for a non-additive indicator shows per period.
              aria-pressed={mode === (showCumulative ? "cumulative" : "period")}
              disabled={mode === "cumulative" && !cumulativeAllowed}
              aria-describedby={mode === "cumulative" && !cumulativeAllowed ? "trend-cumulative-off" : undefined}
              onClick={() => setChartMode(mode)}
            >
              {t(`chart.mode.${mode}`)}
            </button>
          ))}
        </fieldset>
      </div>
      <p className="trend-context">
        {t("chart.indicatorLine", { indicator: name, unit: indicatorUnit(indicator, lang) })}{" "}
        {t("chart.periodShown", { period: window === null ? t("chart.allYears", { period: formatYearPeriod(span) }) : formatYearPeriod(window) })}
      </p>
      {!cumulativeAllowed && (
        <p id="trend-cumulative-off" className="trend-note">
          {cumulativeOffText(t, "not-additive")}
        </p>
      )}
      {selection.length === 0 && plan.areas.length > 0 && <p className="trend-note">{t("chart.allAreas")}</p>}
      {plan.tooManyToChart !== undefined && (
        <p className="trend-note" data-testid="chart-choose-area">
          {t("chart.chooseArea", { count: plan.tooManyToChart, areas: plan.tooManyToChart.toLocaleString(INTL_LOCALE[lang]) })}
        </p>
      )}
      {plan.withoutFigures.length > 0 && (
        <p className="trend-note">
          {t("chart.noFiguresFor", {
            areas: formatList(plan.withoutFigures.map((u) => areaName(index, { kind: "unit", unit: u }, lang)), lang),
            indicator: name,
          })}
        </p>
      )}
      <ul className="trend-multiples">
        {allSeries.map((series) => (
          <li key={areaKey(series.area)}>
            <SeriesFigure
              index={index}
              series={series}
              lang={lang}
              indicatorName={name}
              unit={indicatorUnit(indicator, lang)}
              span={span}
              window={window}
              showCumulative={showCumulative}
              sourceIndex={sourceIndex}
              sourceName={sourceName}
              place={plan.places.get(areaKey(series.area)) ?? null}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}

interface SeriesFigureProps {
  index: AtlasIndex;
  series: AreaSeries;
  lang: Lang;
  indicatorName: string;
  /** The indicator's unit in the UI language ("cases", "trường hợp"). */
  unit: string;
  span: YearPeriod;
  window: YearPeriod | null;
  showCumulative: boolean;
  sourceIndex: ReadonlyMap<string, number>;
  sourceName: (id: string) => string;
  /** Where the figures sit under the post-2025 boundaries; null under the pre-2025 ones. */
  place: VintagePlace | null;
}

/** A chart's title: the area, or under the new map the unit a figure was carried into ("… (new) — reported for former …"). */
function chartTitle(t: TFunction, index: AtlasIndex, area: AreaRef, place: VintagePlace | null, lang: Lang): string {
  const name = areaName(index, area, lang);
  switch (place?.placement.kind) {
    case "carried":
      return t("vintage.chart.carriedTitle", { unit: areaName(index, place.filedUnder, lang), from: name });
    case "not-carried":
      return t("vintage.chart.keptTitle", { from: name });
    default:
      return name;
  }
}

function SeriesFigure(props: SeriesFigureProps): ReactElement {
  const { index, series, lang, span, window, showCumulative, sourceIndex, sourceName, place } = props;
  const { t } = useTranslation();
  const title = chartTitle(t, index, series.area, place, lang);
  const keptNote = place?.placement.kind === "not-carried" ? placeText(t, index, place, lang) : null;
  const bands = useMemo(() => phaseBands(index, series.area, span), [index, series.area, span]);
  const cumulative = showCumulative && series.cumulative.available ? series.cumulative.marks : null;
  const summary = describeSeries({
    t,
    lang,
    areaName: title,
    indicatorName: props.indicatorName,
    summary: summarizeSeries(series),
    sourceName,
  });
  const markLines = (mark: PeriodMark): string[] => {
    const source = index.sources.get(mark.sourceId);
    return [
      title,
      `${formatValue(mark.value, mark.qualifier, lang)} ${props.unit}${cumulative !== null ? ` (${t("chart.mode.cumulative")})` : ""}`,
      `${formatPeriod(mark.periodStart, mark.periodEnd, lang)}${mark.periodInferred === true ? ` (${t("common.basis.inferred")})` : ""}`,
      t("chart.tooltipSource", {
        source: sourceName(mark.sourceId),
        date: source?.publishedOn ? formatPeriod(source.publishedOn, source.publishedOn, lang) : t("common.undated"),
      }),
      ...(mark.conflictWith.length > 0 ? [t("chart.table.disagrees")] : []),
    ];
  };
  const usedSources = [...new Set(series.marks.map((m) => m.sourceId))];

  return (
    <figure
      className={place?.placement.kind === "not-carried" ? "trend-figure trend-figure--kept" : "trend-figure"}
      data-area-key={areaKey(series.area)}
      data-placement={place?.placement.kind}
      data-filed-under={place === null ? undefined : areaKey(place.filedUnder)}
    >
      <figcaption>
        <h3>{title}</h3>
        {keptNote !== null && <p className="trend-note vintage-place vintage-place--not-carried">{keptNote}</p>}
        <p className="trend-summary">{summary}</p>
      </figcaption>
      {showCumulative && !series.cumulative.available && (
        <p className="trend-note">{cumulativeOffText(t, series.cumulative.reason)}</p>
      )}
      {series.marks.length > 0 && (
        <AreaTrendChart
          marks={cumulative ?? series.marks}
          lines={cumulative === null ? series.lines : []}
          bands={bands}
          span={span}
          window={window}
          lang={lang}
          sourceIndex={sourceIndex}
          labels={{
            newLocalGovernments: t("chart.newLocalGovernments"),
            phaseName: (band) => localName(band.phase, lang),
            markLines,
          }}
        />
      )}
      <ul className="trend-key" aria-label={t("chart.key")}>
        {usedSources.map((id) => (
          <li key={id}>
            <span className="trend-swatch trend-swatch-source" style={{ background: sourceColour(sourceIndex.get(id) ?? 0) }} aria-hidden="true" />
            {sourceName(id)}
          </li>
        ))}
        {series.marks.some((m) => m.periodInferred === true) && (
          <li data-key-inferred="">
            <span className="trend-swatch trend-swatch-inferred" aria-hidden="true" />
            {t("chart.keyInferred")}
          </li>
        )}
        {bands.map((band, i) => {
          const phaseName = localName(band.phase, lang);
          const phasePeriod = formatPeriod(band.phase.start, band.phase.end, lang);
          return (
            <li key={band.phase.id}>
              <span className="trend-swatch" style={{ background: phaseFill(i) }} aria-hidden="true" />
              {/* Some phase names already end with their years ("…, 2019–2022"). */}
              {phaseName.includes(phasePeriod) ? phaseName : `${phaseName} (${phasePeriod})`}
              <PhaseCaveats phaseId={band.phase.id} lang={lang} />
            </li>
          );
        })}
      </ul>
      <SeriesTable
        caption={t("chart.table.caption", { area: title, indicator: props.indicatorName })}
        marks={series.marks}
        cumulative={cumulative === null ? null : new Map(cumulative.map((m) => [m.observationId, m]))}
        sources={index.sources}
        programmes={index.programmes}
        lang={lang}
      />
    </figure>
  );
}
