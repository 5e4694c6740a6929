/**
 * The atlas index: the three data files (units, figures, crosswalk) indexed by id, and
 * the pure selectors every view uses to answer "which figures belong to this area?".
 *
 * A figure belongs to the area its source names (a unit or a group). Selectors never
 * split a group's or a province's figure among its parts; they only say which areas
 * CONTAIN a unit, so a view can show the containing area's figure as that area's.
 */
import type {
  AreaGroup,
  AreaRef,
  CrosswalkFile,
  CrosswalkLink,
  FiguresFile,
  Indicator,
  Lang,
  LegalAct,
  Milestone,
  Observation,
  Organisation,
  Phase,
  Programme,
  Source,
  Unit,
  UnitId,
  UnitLevel,
  UnitsFile,
} from "../schema";
import { overlaps, type YearPeriod } from "../model/period";
// A cycle (figureStore.ts reads areaKey and areasContaining from here) that only functions cross,
// never a value used while a module loads.
import { atlasFigures, observationAt, type FigureStore } from "../model/figureStore";

export interface AtlasIndex {
  units: Map<UnitId, Unit>;
  groups: Map<string, AreaGroup>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  organisations: Map<string, Organisation>;
  programmes: Map<string, Programme>;
  phases: Phase[];
  milestones: Milestone[];
  /** figures.json's figures, as objects (the programme's data). */
  observations: Observation[];
  /**
   * The figures of the column files the manifest lists (a national dataset: src/model/figureColumns.ts),
   * one store per file, after figures.json's in the atlas's order. Absent or empty for the
   * programme's data. Read every figure through the selectors below, never one of the two alone.
   */
  figureFiles?: readonly FigureStore[];
  legalActs: Map<string, LegalAct>;
  /** Crosswalk links by their old unit. */
  linksFrom: Map<UnitId, CrosswalkLink[]>;
  /** Crosswalk links by each of their new units. */
  linksTo: Map<UnitId, CrosswalkLink[]>;
  /** Units by parent, in file order. */
  children: Map<UnitId, UnitId[]>;
}

function byId<T extends { id: string }>(items: readonly T[]): Map<T["id"], T> {
  return new Map(items.map((item) => [item.id, item]));
}

function pushTo<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list === undefined) map.set(key, [value]);
  else list.push(value);
}

export function buildAtlasIndex(units: UnitsFile, figures: FiguresFile, crosswalk: CrosswalkFile, figureFiles: readonly FigureStore[] = []): AtlasIndex {
  const children = new Map<UnitId, UnitId[]>();
  for (const unit of units.units) if (unit.parent !== null) pushTo(children, unit.parent, unit.id);

  const linksFrom = new Map<UnitId, CrosswalkLink[]>();
  const linksTo = new Map<UnitId, CrosswalkLink[]>();
  for (const link of crosswalk.links) {
    pushTo(linksFrom, link.from, link);
    for (const to of new Set(link.to)) pushTo(linksTo, to, link);
  }

  return {
    units: byId(units.units),
    groups: byId(units.groups),
    indicators: byId(figures.indicators),
    sources: byId(figures.sources),
    organisations: byId(figures.organisations),
    programmes: byId(figures.programmes),
    phases: figures.phases,
    milestones: figures.milestones,
    observations: figures.observations,
    figureFiles: positioned(figures.observations.length, figureFiles),
    legalActs: byId(crosswalk.legalActs),
    linksFrom,
    linksTo,
    children,
  };
}

/** The units an area stands for: a unit → itself; a group → its members (none for an unknown group). */
export function areaMembers(index: AtlasIndex, area: AreaRef): UnitId[] {
  switch (area.kind) {
    case "unit":
      return [area.unit];
    case "group":
      return [...(index.groups.get(area.group)?.members ?? [])];
  }
}

/** A stable string key: "unit:pre2025:450" or "group:bo-trach-dong-hoi". */
export function areaKey(area: AreaRef): string {
  switch (area.kind) {
    case "unit":
      return `unit:${area.unit}`;
    case "group":
      return `group:${area.group}`;
  }
}

/** Reads an areaKey back; null for anything else. */
export function parseAreaKey(key: string): AreaRef | null {
  if (key.startsWith("unit:")) return { kind: "unit", unit: key.slice(5) };
  if (key.startsWith("group:")) return { kind: "group", group: key.slice(6) };
  return null;
}

export function sameArea(a: AreaRef, b: AreaRef): boolean {
  return areaKey(a) === areaKey(b);
}

/**
 * The name to show for a unit: Vietnamese with diacritics for vi and fr (French writes
 * Vietnamese place names in their own spelling), the ASCII/English name for en.
 */
export function unitName(unit: Unit, lang: Lang): string {
  return lang === "en" ? englishUnitName(unit) : unit.nameVi;
}

/**
 * English writes a Vietnamese place name with its diacritics, as the map labels do, followed by
 * the English type word: "Bố Trạch District", "Quảng Bình Province" (README, "Place names in
 * English"). The data's English name is the ASCII form ("Bo Trach District"); its type word is
 * kept, and the name is taken from `shortVi` when the two spell the same name. Otherwise (a name
 * the data writes differently in English) the English name is kept as it is.
 */
export function englishUnitName(unit: Pick<Unit, "shortVi" | "nameEn">): string {
  const ascii = foldVietnamese(unit.shortVi);
  if (ascii !== "" && unit.nameEn.toLowerCase().startsWith(ascii.toLowerCase())) return unit.shortVi + unit.nameEn.slice(ascii.length);
  return unit.nameEn;
}

/** "Quảng Bình" -> "Quang Binh": the marks dropped, đ written d (as the data's English names are). */
function foldVietnamese(text: string): string {
  return text.normalize("NFD").replace(/[\u0300-\u036f]/g, "").replace(/đ/g, "d").replace(/Đ/g, "D");
}

/** The area's name in a language; the raw id when the area is unknown. */
export function areaName(index: AtlasIndex, area: AreaRef, lang: Lang): string {
  switch (area.kind) {
    case "unit": {
      const unit = index.units.get(area.unit);
      return unit === undefined ? area.unit : unitName(unit, lang);
    }
    case "group": {
      const group = index.groups.get(area.group);
      if (group === undefined) return area.group;
      return lang === "vi" ? group.nameVi : group.nameEn;
    }
  }
}

/** What level a figure is reported at: a unit's level, or a group (of the level its members share, or "mixed"). */
export type AreaLevel =
  | { kind: "unit"; level: UnitLevel }
  | { kind: "group"; level: UnitLevel | "mixed" }
  | { kind: "unknown" };

export function areaLevel(index: AtlasIndex, area: AreaRef): AreaLevel {
  switch (area.kind) {
    case "unit": {
      const unit = index.units.get(area.unit);
      return unit === undefined ? { kind: "unknown" } : { kind: "unit", level: unit.level };
    }
    case "group": {
      const group = index.groups.get(area.group);
      if (group === undefined) return { kind: "unknown" };
      const levels = new Set(group.members.map((m) => index.units.get(m)?.level));
      const [only] = levels;
      return { kind: "group", level: levels.size === 1 && only !== undefined ? only : "mixed" };
    }
  }
}

/** The vintage of an area's units (a group carries its own). */
export function areaVintage(index: AtlasIndex, area: AreaRef): Unit["vintage"] | null {
  switch (area.kind) {
    case "unit":
      return index.units.get(area.unit)?.vintage ?? null;
    case "group":
      return index.groups.get(area.group)?.vintage ?? null;
  }
}

/** The unit's parent, grandparent, … up to its province (nearest first). */
export function ancestorsOf(index: AtlasIndex, id: UnitId): UnitId[] {
  const out: UnitId[] = [];
  let parent = index.units.get(id)?.parent ?? null;
  // Stop at a unit already seen: bad data must not loop forever.
  while (parent !== null && parent !== id && !out.includes(parent)) {
    out.push(parent);
    parent = index.units.get(parent)?.parent ?? null;
  }
  return out;
}

/** Groups that list the unit as a member, in file order. */
export function groupsContaining(index: AtlasIndex, id: UnitId): AreaGroup[] {
  return [...index.groups.values()].filter((g) => g.members.includes(id));
}

/**
 * Every area a figure could be reported for that covers this unit: the unit, the groups
 * holding it, then each ancestor followed by the groups holding that ancestor.
 */
export function areasContaining(index: AtlasIndex, id: UnitId): AreaRef[] {
  const out: AreaRef[] = [];
  for (const unit of [id, ...ancestorsOf(index, id)]) {
    out.push({ kind: "unit", unit });
    for (const g of groupsContaining(index, unit)) out.push({ kind: "group", group: g.id });
  }
  return out;
}

/**
 * The column files' stores, numbered on from figures.json's figures, file after file: their
 * `position` is where each figure stands in the atlas's order.
 */
function positioned(first: number, files: readonly FigureStore[]): readonly FigureStore[] {
  let next = first;
  for (const store of files) {
    for (let r = 0; r < store.length; r++) store.position[r] = next + r;
    next += store.length;
  }
  return files;
}

/**
 * The figures at rows of the atlas's stores, in the atlas's order. figures.json's come back as the
 * very objects of the file; a column file's are built whole from its columns (observationAt).
 */
function observationsAtRows(index: AtlasIndex, hits: { store: FigureStore; rows: ArrayLike<number> }[]): Observation[] {
  const { fromObjects } = atlasFigures(index);
  const found: { position: number; store: FigureStore; row: number }[] = [];
  for (const { store, rows } of hits) for (let i = 0; i < rows.length; i++) found.push({ position: store.position[rows[i]!]!, store, row: rows[i]! });
  if (hits.length > 1) found.sort((a, b) => a.position - b.position);
  return found.map(({ position, store, row }) => (fromObjects.has(store) ? index.observations[position]! : observationAt(store, row)));
}

/** Rows of each store for these area keys (a store's rows of one area are in file order). */
function rowsOfAreas(stores: readonly FigureStore[], keys: readonly string[]): { store: FigureStore; rows: Int32Array }[] {
  const out: { store: FigureStore; rows: Int32Array }[] = [];
  for (const store of stores) {
    const { offsets, rows } = store.byArea;
    for (const key of keys) {
      const a = store.areaOf.get(key);
      if (a !== undefined && offsets[a + 1]! > offsets[a]!) out.push({ store, rows: rows.subarray(offsets[a]!, offsets[a + 1]!) });
    }
  }
  return out;
}

/**
 * Every figure of the atlas as objects, in its order: figures.json's array itself when no column
 * file is loaded (the programme's data); otherwise built once per atlas. For the views that list
 * every figure (the figures table, the totals check, an export); a view of one area or one
 * indicator reads the selectors below, which build objects only for what they return.
 */
export function allObservations(index: Pick<AtlasIndex, "observations" | "figureFiles">): readonly Observation[] {
  const files = index.figureFiles ?? [];
  if (files.length === 0) return index.observations;
  let all = everyFigure.get(files);
  if (all === undefined) {
    all = [...index.observations];
    for (const store of files) for (let r = 0; r < store.length; r++) all.push(observationAt(store, r));
    everyFigure.set(files, all);
  }
  return all;
}
const everyFigure = new WeakMap<readonly FigureStore[], Observation[]>();

/** Observations reported for exactly this area, in file order. */
export function observationsOfArea(index: AtlasIndex, area: AreaRef): Observation[] {
  return observationsAtRows(index, rowsOfAreas(atlasFigures(index).stores, [areaKey(area)]));
}

/**
 * One indicator's observations reported for exactly this area, in file order: a chart's series
 * reads its indicator only (at national scale an area has 12 indicators × 72 months of figures).
 */
export function observationsOfAreaIn(index: AtlasIndex, area: AreaRef, indicatorId: string): Observation[] {
  return observationsAtRows(index, rowsOfAreas(atlasFigures(index).byIndicator.get(indicatorId) ?? [], [areaKey(area)]));
}

/** Whether the area has a figure of the indicator (its own, not a containing area's). */
export function areaHasFiguresOf(index: AtlasIndex, area: AreaRef, indicatorId: string): boolean {
  return rowsOfAreas(atlasFigures(index).byIndicator.get(indicatorId) ?? [], [areaKey(area)]).length > 0;
}

/** Figures for the unit and for every area containing it (each still belongs to its own area), in file order. */
export function observationsFor(index: AtlasIndex, id: UnitId): Observation[] {
  const keys = [...new Set(areasContaining(index, id).map(areaKey))];
  return observationsAtRows(index, rowsOfAreas(atlasFigures(index).stores, keys));
}

/** Observations of one indicator, in file order. */
export function observationsOfIndicator(index: AtlasIndex, indicatorId: string): readonly Observation[] {
  const stores = atlasFigures(index).byIndicator.get(indicatorId) ?? [];
  return observationsAtRows(
    index,
    stores.map((store) => ({ store, rows: Int32Array.from({ length: store.length }, (_, r) => r) })),
  );
}

/** The areas the stores' figures are reported for, each once, in the order of their first figure in the atlas. */
function areasOfStores(stores: readonly FigureStore[]): AreaRef[] {
  const first = new Map<string, { area: AreaRef; position: number }>();
  for (const store of stores) {
    const { offsets, rows } = store.byArea;
    store.areas.forEach((area, a) => {
      if (offsets[a + 1] === offsets[a]) return;
      // An area's rows are in file order: its first row is its first figure in this store.
      const position = store.position[rows[offsets[a]!]!]!;
      const known = first.get(store.areaKeys[a]!);
      if (known === undefined || position < known.position) first.set(store.areaKeys[a]!, { area, position });
    });
  }
  return [...first.values()].sort((a, b) => a.position - b.position).map((f) => f.area);
}

/** The areas with a figure of the indicator, each once, in the order of their first figure. */
export function areasWithFiguresOf(index: AtlasIndex, indicatorId: string): AreaRef[] {
  return areasOfStores(atlasFigures(index).byIndicator.get(indicatorId) ?? []);
}

/** Every area a figure is reported for, any indicator, each once, in the order of their first figure. */
export function areasWithFigures(index: AtlasIndex): AreaRef[] {
  return areasOfStores(atlasFigures(index).stores);
}

/**
 * Observations of one indicator whose period overlaps `period` (null: all), in file order: the
 * period rule of src/model/period.ts (overlapsPeriod), read from the stores' columns, where each
 * figure's dates were read once per file rather than at every switch.
 */
export function observationsOfIndicatorIn(index: AtlasIndex, indicatorId: string, period: YearPeriod | null): Observation[] {
  const stores = atlasFigures(index).byIndicator.get(indicatorId) ?? [];
  const wanted = period === null ? null : { start: period.from, end: period.to + 1 };
  return observationsAtRows(
    index,
    stores.map((store) => {
      const rows: number[] = [];
      for (let r = 0; r < store.length; r++) if (wanted === null || overlaps({ start: store.start[r]!, end: store.end[r]! }, wanted)) rows.push(r);
      return { store, rows };
    }),
  );
}

/**
 * Indicators that have at least one figure, in file order (the default indicator is the first);
 * with a programme id, only those with a figure of that programme.
 */
export function indicatorsWithFigures(index: AtlasIndex, programmeId: string | null = null): Indicator[] {
  const figures = atlasFigures(index);
  const used = programmeId === null ? figures.indicatorsUsed : (figures.indicatorsByProgramme.get(programmeId) ?? new Set<string>());
  return [...index.indicators.values()].filter((i) => used.has(i.id));
}

/**
 * The indicator a view shows: the chosen one while it has figures of the chosen programme
 * (or of any, with none chosen), else the programme's first. The programme filter thus never
 * leaves the map on an indicator it has no figure for.
 */
export function currentIndicator(index: AtlasIndex, indicatorId: string | null, programmeId: string | null): Indicator | undefined {
  const available = indicatorsWithFigures(index, programmeId);
  return available.find((i) => i.id === indicatorId) ?? available[0];
}

/** The programme filter in force: the chosen id when the data knows it, else null (every programme). */
export function programmeFilter(index: AtlasIndex, programmeId: string | null): string | null {
  return programmeId !== null && index.programmes.has(programmeId) ? programmeId : null;
}

export function indicatorName(indicator: Indicator, lang: Lang): string {
  switch (lang) {
    case "vi":
      return indicator.nameVi;
    case "en":
      return indicator.nameEn;
    case "fr":
      return indicator.nameFr ?? indicator.nameEn;
  }
}

/** The indicator's unit word ("trường hợp", "cases", "cas"); French falls back to the English word. */
export function indicatorUnit(indicator: Pick<Indicator, "unitVi" | "unitEn" | "unitFr">, lang: Lang): string {
  switch (lang) {
    case "vi":
      return indicator.unitVi;
    case "en":
      return indicator.unitEn;
    case "fr":
      return indicator.unitFr ?? indicator.unitEn;
  }
}

/** Names for organisations, programmes and phases: Vietnamese for vi, English otherwise. */
export function localName(item: { nameVi: string; nameEn: string }, lang: Lang): string {
  return lang === "vi" ? item.nameVi : item.nameEn;
}

/**
 * A pre-2025 unit drawn on the old map although it had already ended, on a date the data does not
 * establish (`valid_to = unknown` in data/districts_context.csv: Lộc Hà, absent from the GSO list
 * of 4 January 2025). Said wherever it is shown, so the old map does not pass for January 2025.
 */
export function endedEarlier(index: AtlasIndex, unitId: UnitId): boolean {
  const unit = index.units.get(unitId);
  return unit !== undefined && unit.vintage === "pre2025" && unit.validTo === null;
}
