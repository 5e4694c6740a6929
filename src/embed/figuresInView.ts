/**
 * The figures behind a view, one row per figure, for download (pure; no DOM).
 *
 * Which figures: those the view draws or lists — the indicator, period and programme the
 * view shows; for a chart or profile with a selection, only figures of the selected areas
 * and the areas containing them. Each row is one observation exactly as its source gives it
 * (never summed, divided or carried in value); a figure of the same thing from several
 * sources is several rows sharing a conflict group. The area columns say where the figure
 * sits under the boundaries shown (src/model/place.ts) and which area the source named.
 */
import { allObservations, areaKey, areaMembers, areaName, areasContaining, currentIndicator, indicatorName, indicatorUnit, localName, observationsOfIndicatorIn, programmeFilter, type AtlasIndex } from "../data/atlas";
import { conflictsOf } from "../model/figures";
import { overlapsPeriod } from "../model/period";
import { placeUnderVintage } from "../model/place";
import type { AreaRef, Lang, Observation } from "../schema";
import type { ViewState } from "../store";
import type { EmbedPart } from "./links";

export interface FigureExportRow {
  observation_id: string;
  area_code: string;
  area_name: string;
  reported_for_code: string;
  reported_for_name: string;
  boundaries: string;
  placement: string;
  programme: string;
  indicator_id: string;
  indicator: string;
  unit: string;
  period_start: string;
  period_end: string;
  value: number;
  qualifier: string;
  conflict_group: string;
  source_publisher: string;
  source_title: string;
  source_date: string;
  source_url: string;
  quote: string;
  quote_language: string;
  translation: string;
}

export const EXPORT_COLUMNS: readonly (keyof FigureExportRow)[] = [
  "observation_id",
  "area_code",
  "area_name",
  "reported_for_code",
  "reported_for_name",
  "boundaries",
  "placement",
  "programme",
  "indicator_id",
  "indicator",
  "unit",
  "period_start",
  "period_end",
  "value",
  "qualifier",
  "conflict_group",
  "source_publisher",
  "source_title",
  "source_date",
  "source_url",
  "quote",
  "quote_language",
  "translation",
];

type ViewQuery = Pick<ViewState, "indicator" | "period" | "programme" | "selection" | "vintage">;

/** The observations a view shows, in file order. */
export function observationsInView(index: AtlasIndex, view: ViewQuery, part: EmbedPart): Observation[] {
  const programmeId = programmeFilter(index, view.programme);
  const indicator = part === "profile" || part === "national" ? undefined : currentIndicator(index, view.indicator, programmeId);
  const bySelection = (part === "chart" || part === "profile") && view.selection.length > 0;
  const selectedAreas = new Set(view.selection.flatMap((id) => areasContaining(index, id).map(areaKey)));
  // One indicator's figures in the period come from its stores; only the parts of every indicator read them all.
  const candidates = indicator === undefined ? allObservations(index) : observationsOfIndicatorIn(index, indicator.id, view.period);
  return candidates.filter((o) => {
    if (programmeId !== null && o.programmeId !== programmeId) return false;
    if (indicator !== undefined && o.indicatorId !== indicator.id) return false;
    if (!overlapsPeriod(o, view.period)) return false;
    if (!bySelection) return true;
    return selectedAreas.has(areaKey(o.area)) || areaMembers(index, o.area).some((m) => view.selection.includes(m));
  });
}

function areaCode(index: AtlasIndex, area: AreaRef): string {
  return area.kind === "unit" ? (index.units.get(area.unit)?.code ?? area.unit) : area.group;
}

/** One row per observation, in the reader's language where the data has one. */
export function figureExportRows(index: AtlasIndex, observations: readonly Observation[], view: Pick<ViewState, "vintage">, lang: Lang): FigureExportRow[] {
  return observations.map((o) => {
    const place = placeUnderVintage(index, o.area, view.vintage);
    const indicator = index.indicators.get(o.indicatorId);
    const source = index.sources.get(o.sourceId);
    const programme = index.programmes.get(o.programmeId);
    const inConflict = o.sameAs !== undefined && conflictsOf(allObservations(index), o).length > 0;
    return {
      observation_id: o.id,
      area_code: areaCode(index, place.filedUnder),
      area_name: areaName(index, place.filedUnder, lang),
      reported_for_code: areaCode(index, o.area),
      reported_for_name: areaName(index, o.area, lang),
      boundaries: view.vintage,
      placement: place.placement.kind,
      programme: programme === undefined ? o.programmeId : localName(programme, lang),
      indicator_id: o.indicatorId,
      indicator: indicator === undefined ? o.indicatorId : indicatorName(indicator, lang),
      unit: indicator === undefined ? "" : indicatorUnit(indicator, lang),
      period_start: o.periodStart,
      period_end: o.periodEnd,
      value: o.value,
      qualifier: o.qualifier,
      conflict_group: inConflict ? (o.sameAs ?? "") : "",
      source_publisher: source?.publisher ?? o.sourceId,
      source_title: source?.title ?? "",
      source_date: source?.publishedOn ?? "",
      source_url: source?.url ?? "",
      quote: o.quote,
      quote_language: o.quoteLang,
      translation: source?.translationOf === undefined ? "" : `translated from ${source.translationOf}`,
    };
  });
}
