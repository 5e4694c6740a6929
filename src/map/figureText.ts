/**
 * Words for a figure on the map (pure): its value or range of values, its period and who
 * published it. Shared by the tooltip, the list of areas and the map's text description.
 */
import { areaName, indicatorUnit as unitOf, localName, type AtlasIndex } from "../data/atlas";
import { publisherWithTags, type ProvenanceTag } from "../data/provenance";
import { formatPeriod, formatValue } from "../i18n/format";
import type { Indicator, Lang } from "../schema";
import type { MapFigure } from "./mapData";

/** "140", "≥ 541", or "135–140" when sources disagree (each end with its own qualifier). */
export function figureValueText(figure: Pick<MapFigure, "observations" | "low" | "high">, lang: Lang): string {
  const lowObs = figure.observations.find((o) => o.value === figure.low);
  const highObs = [...figure.observations].reverse().find((o) => o.value === figure.high);
  const low = formatValue(figure.low, lowObs?.qualifier ?? "exact", lang);
  if (figure.low === figure.high && new Set(figure.observations.map((o) => o.qualifier)).size <= 1) return low;
  return `${low}–${formatValue(figure.high, highObs?.qualifier ?? "exact", lang)}`;
}

/** The indicator's unit word in the UI language ("trường hợp", "cases", "cas"); "" while no indicator is chosen. */
export function indicatorUnit(indicator: Pick<Indicator, "unitVi" | "unitEn" | "unitFr"> | undefined, lang: Lang): string {
  return indicator === undefined ? "" : unitOf(indicator, lang);
}

export function figurePeriodText(figure: Pick<MapFigure, "periodStart" | "periodEnd">, lang: Lang): string {
  return formatPeriod(figure.periodStart, figure.periodEnd, lang);
}

/**
 * Publishers of the figure's sources, each once, in the order of the figure's observations;
 * `tagText` words a source's provenance tags ("publisher attributed", "quoted from a translation").
 */
export function figurePublishers(index: AtlasIndex, figure: Pick<MapFigure, "observations">, tagText?: (tag: ProvenanceTag) => string): string[] {
  const out: string[] = [];
  for (const obs of figure.observations) {
    const source = index.sources.get(obs.sourceId);
    const publisher = source === undefined ? obs.sourceId : tagText === undefined ? source.publisher : publisherWithTags(source, tagText);
    if (!out.includes(publisher)) out.push(publisher);
  }
  return out;
}

/** Names of the programmes the figure's observations belong to, each once, in their order. */
export function figureProgrammes(index: AtlasIndex, figure: Pick<MapFigure, "observations">, lang: Lang): string[] {
  const out: string[] = [];
  for (const obs of figure.observations) {
    const programme = index.programmes.get(obs.programmeId);
    const name = programme === undefined ? obs.programmeId : localName(programme, lang);
    if (!out.includes(name)) out.push(name);
  }
  return out;
}

/**
 * The programmes a map's legend names: those of the figures it draws, each once, in order; with
 * none drawn, the programme the reader chose (the map is then empty for it); else none.
 */
export function legendProgrammeNames(index: AtlasIndex, figures: readonly Pick<MapFigure, "observations">[], programmeId: string | null, lang: Lang): string[] {
  const names = [...new Set(figures.flatMap((f) => figureProgrammes(index, f, lang)))];
  if (names.length > 0 || programmeId === null) return names;
  const chosen = index.programmes.get(programmeId);
  return [chosen === undefined ? programmeId : localName(chosen, lang)];
}

/** Name of the area a figure is drawn on, and (when different) of the area it was reported for. */
export function figureAreaNames(index: AtlasIndex, figure: Pick<MapFigure, "drawOn" | "reportedFor" | "placement">, lang: Lang): { drawnOn: string; reportedFor: string | null } {
  const drawnOn = areaName(index, figure.drawOn, lang);
  return { drawnOn, reportedFor: figure.placement === "carried" ? areaName(index, figure.reportedFor, lang) : null };
}
