/**
 * The figures table's rows, built without pixels: one row per observation, except that
 * observations of the same thing (`sameAs`) that disagree share one row, so the
 * conflicting values and their sources sit side by side. Nothing is added or averaged.
 * Under the post-2025 boundaries each row also says where its figure sits on the new map
 * (the one carry rule, src/model/carry.ts via src/model/place.ts).
 */
import {
  areaKey,
  areaLevel,
  areaName,
  allObservations,
  areaVintage,
  areasContaining,
  indicatorName,
  indicatorUnit,
  localName,
  type AreaLevel,
  type AtlasIndex,
} from "../data/atlas";
import type { AreaRef, Lang, Observation, UnitId, Vintage } from "../schema";
import { placeUnderVintage, type VintagePlace } from "../model/place";
import { conflictsOf } from "../model/figures";
import { atlasFigures, figureStoresOf, headlineFigures, mapValuesFor } from "../model/figureStore";
import type { YearPeriod } from "../model/period";

export interface FigureRow {
  /** Observation id, or `conflict:<sameAs>` for a row of disagreeing figures. */
  key: string;
  /** One observation, or every observation of a conflict, in file order. */
  observations: [Observation, ...Observation[]];
  conflict: boolean;
  area: AreaRef;
  areaKey: string;
  areaName: string;
  level: AreaLevel;
  vintage: Vintage | null;
  indicatorName: string;
  /** The indicator's unit of measure ("người" / "people" / "personnes"). */
  unitName: string;
  programmeName: string;
  phaseName: string | null;
  partnerNames: string[];
  /** Where the figure sits under the post-2025 boundaries; null under the pre-2025 ones (shown as reported). */
  place: VintagePlace | null;
  /** `areaKey` of the area the figure is filed under in the chosen vintage (the new unit it was carried into, or its own). */
  filedUnderKey: string;
}

/**
 * Past this many figures the table cannot list every figure (a national dataset has millions):
 * it lists those the map draws (its indicator and period, each area's headline figure), the first
 * TABLE_PAGE_ROWS in the order chosen,
 * and says so. The programme's own data (hundreds of figures) is always listed whole.
 */
export const TABLE_ALL_FIGURES_LIMIT = 5000;
export const TABLE_PAGE_ROWS = 100;

/** Which figures the table lists: every figure, or, for a national dataset, those the map shows. */
export type TableScope = { kind: "all" } | { kind: "map"; indicatorId: string; period: YearPeriod | null };

export function tableScope(index: AtlasIndex, indicatorId: string | null, period: YearPeriod | null, limit = TABLE_ALL_FIGURES_LIMIT): TableScope {
  const total = atlasFigures(index).stores.reduce((n, s) => n + s.length, 0);
  if (total <= limit || indicatorId === null) return { kind: "all" };
  return { kind: "map", indicatorId, period };
}

/**
 * The figures the table lists: every figure, or those the map draws — each area's headline figure
 * with its sources (mapValuesFor, the map's own rule), so the rows are bounded by the areas of
 * the map (thousands), not by the figures of every month (hundreds of thousands).
 */
function scopeFigures(index: AtlasIndex, scope: TableScope, vintage: Vintage): readonly Observation[] {
  if (scope.kind === "all") return allObservations(index);
  const values = mapValuesFor(index, figureStoresOf(index).get(scope.indicatorId) ?? [], { indicatorId: scope.indicatorId, period: scope.period, vintage });
  return values.drawn.flatMap((v) => headlineFigures(v));
}

function groupConflicts(index: AtlasIndex, scope: TableScope, vintage: Vintage): Observation[][] {
  const groups: Observation[][] = [];
  const bySameAs = new Map<string, Observation[]>();
  const all = scopeFigures(index, scope, vintage);
  for (const obs of all) {
    if (obs.sameAs !== undefined && conflictsOf(all, obs).length > 0) {
      const existing = bySameAs.get(obs.sameAs);
      if (existing !== undefined) {
        existing.push(obs);
        continue;
      }
      const group = [obs];
      bySameAs.set(obs.sameAs, group);
      groups.push(group);
    } else {
      groups.push([obs]);
    }
  }
  return groups;
}

/**
 * `programmeId` (the store's programme filter; null: every programme) keeps the rows with a figure
 * of that programme; a row of disagreeing figures stays whole when one of them is the programme's,
 * so the other source's figure is still seen beside it.
 */
export function buildFigureRows(index: AtlasIndex, lang: Lang, vintage: Vintage = "pre2025", programmeId: string | null = null, scope: TableScope = { kind: "all" }): FigureRow[] {
  const places = new Map<string, VintagePlace>();
  const placeOf = (area: AreaRef): VintagePlace => {
    const key = areaKey(area);
    const known = places.get(key);
    if (known !== undefined) return known;
    const place = placeUnderVintage(index, area, vintage);
    places.set(key, place);
    return place;
  };
  const groups = groupConflicts(index, scope, vintage).filter((group) => programmeId === null || group.some((o) => o.programmeId === programmeId));
  return groups.flatMap((group): FigureRow[] => {
    const [first, ...rest] = group;
    if (first === undefined) return [];
    const indicator = index.indicators.get(first.indicatorId);
    const programme = index.programmes.get(first.programmeId);
    const phase = first.phaseId === null ? undefined : index.phases.find((p) => p.id === first.phaseId);
    const partnerIds = [...new Set(group.flatMap((o) => o.partnerIds))];
    const conflict = rest.length > 0;
    const place = vintage === "post2025" ? placeOf(first.area) : null;
    return [
      {
        key: conflict ? `conflict:${first.sameAs ?? first.id}` : first.id,
        observations: [first, ...rest],
        conflict,
        area: first.area,
        areaKey: areaKey(first.area),
        areaName: areaName(index, first.area, lang),
        level: areaLevel(index, first.area),
        vintage: areaVintage(index, first.area),
        indicatorName: indicator === undefined ? first.indicatorId : indicatorName(indicator, lang),
        unitName: indicator === undefined ? "" : indicatorUnit(indicator, lang),
        programmeName: programme === undefined ? first.programmeId : localName(programme, lang),
        phaseName: phase === undefined ? null : localName(phase, lang),
        partnerNames: partnerIds.map((id) => {
          const org = index.organisations.get(id);
          return org === undefined ? id : localName(org, lang);
        }),
        place,
        filedUnderKey: areaKey(place?.filedUnder ?? first.area),
      },
    ];
  });
}

/** Area keys that concern the selection: each selected unit and every area containing it. */
export function selectedAreaKeys(index: AtlasIndex, selection: readonly UnitId[]): Set<string> {
  return new Set(selection.flatMap((id) => areasContaining(index, id).map(areaKey)));
}

/** The text summary's counts: figures (observations), documents, areas, and conflicts. */
export function summariseRows(rows: readonly FigureRow[]): { figures: number; sources: number; areas: number; conflicts: number } {
  const observations = rows.flatMap((r) => r.observations);
  return {
    figures: observations.length,
    sources: new Set(observations.map((o) => o.sourceId)).size,
    areas: new Set(rows.map((r) => r.areaKey)).size,
    conflicts: rows.filter((r) => r.conflict).length,
  };
}

/** A sortable key for a row's period: start, then end (partial dates sort as text). */
export function periodSortKey(row: FigureRow): string {
  return `${row.observations[0].periodStart}|${row.observations[0].periodEnd}`;
}

/** A row's value for sorting: its first figure. */
export function valueSortKey(row: FigureRow): number {
  return row.observations[0].value;
}
