/**
 * The words around a chart: its screen-reader summary and why a cumulative view is off.
 * Pure given a translate function, so the wording is unit-tested in every language.
 */
import type { TFunction } from "i18next";
import { formatList, formatValue } from "../i18n/format";
import type { Lang } from "../schema";
import type { CumulativeOffReason, SeriesSummary } from "./series";

export function yearsText(fromYear: number, toYear: number): string {
  return fromYear === toYear ? String(fromYear) : `${fromYear}–${toYear}`;
}

export interface DescribeSeriesInput {
  t: TFunction;
  lang: Lang;
  areaName: string;
  indicatorName: string;
  summary: SeriesSummary;
  /** The publisher to name for a source id. */
  sourceName: (sourceId: string) => string;
}

/**
 * "Bố Trạch + Đồng Hới: 2 figures for cases supported, 2023–2025: 140 (thoidai) and 135
 * (Báo Quảng Trị) — sources disagree."
 */
export function describeSeries({ t, lang, areaName, indicatorName, summary, sourceName }: DescribeSeriesInput): string {
  if (summary.count === 0 || summary.fromYear === null || summary.toYear === null) {
    return t("chart.summary.none", { area: areaName, indicator: indicatorName });
  }
  const values = summary.figures.map((f) =>
    t("chart.summary.value", { value: formatValue(f.value, f.qualifier, lang), source: sourceName(f.sourceId) }),
  );
  const text = t("chart.summary.some", {
    area: areaName,
    count: summary.count,
    indicator: indicatorName,
    years: yearsText(summary.fromYear, summary.toYear),
    values: formatList(values, lang),
  });
  return summary.sourcesDisagree ? `${text} ${t("chart.summary.disagree")}` : text;
}

export function cumulativeOffText(t: TFunction, reason: CumulativeOffReason): string {
  switch (reason) {
    case "no-figures":
      return t("chart.cumulativeOff.noFigures");
    case "not-additive":
      return t("chart.cumulativeOff.notAdditive");
    case "conflicting-figures":
      return t("chart.cumulativeOff.conflicting");
    case "overlapping-periods":
      return t("chart.cumulativeOff.overlapping");
  }
}
