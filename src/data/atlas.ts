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
import { partialDateEnd, partialDateStart } from "../schema/partialDate";
import { overlaps, type YearPeriod } from "../model/period";

export interface AtlasIndex {
  units: Map<UnitId, Unit>;
  groups: Map<string, AreaGroup>;
  indicators: Map<string, Indicator>;
  sources: Map<string, Source>;
  organisations: Map<string, Organisation>;
  programmes: Map<string, Programme>;
  phases: Phase[];
  milestones: Milestone[];
  observations: Observation[];
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

export function buildAtlasIndex(units: UnitsFile, figures: FiguresFile, crosswalk: CrosswalkFile): AtlasIndex {
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
 * Positions of the observations in file order, by area key and by indicator, built once per
 * observations array on first use. Without it every selection and every switch scanned all the
 * figures: at national scale (millions of figures) that is most of a switch's time.
 * Keyed by the array, so an index built by hand (tests) gets one too, and a new file a new one.
 */
interface ObservationLookup {
  byArea: Map<string, number[]>;
  byIndicator: Map<string, Observation[]>;
  /** For each indicator's list, where each figure's period starts and ends (fractional years), read once at load. */
  spans: Map<string, { starts: Float64Array; ends: Float64Array }>;
  /** Indicator ids with a figure, and with a figure of each programme. */
  indicatorsUsed: Set<string>;
  indicatorsByProgramme: Map<string, Set<string>>;
}

const lookups = new WeakMap<readonly Observation[], ObservationLookup>();

function observationLookup(index: AtlasIndex): ObservationLookup {
  const cached = lookups.get(index.observations);
  if (cached !== undefined) return cached;
  const lookup: ObservationLookup = { byArea: new Map(), byIndicator: new Map(), spans: new Map(), indicatorsUsed: new Set(), indicatorsByProgramme: new Map() };
  const starts = new Map<string, number[]>();
  const ends = new Map<string, number[]>();
  index.observations.forEach((obs, position) => {
    pushTo(lookup.byArea, areaKey(obs.area), position);
    pushTo(lookup.byIndicator, obs.indicatorId, obs);
    pushTo(starts, obs.indicatorId, partialDateStart(obs.periodStart));
    pushTo(ends, obs.indicatorId, partialDateEnd(obs.periodEnd));
    lookup.indicatorsUsed.add(obs.indicatorId);
    let used = lookup.indicatorsByProgramme.get(obs.programmeId);
    if (used === undefined) lookup.indicatorsByProgramme.set(obs.programmeId, (used = new Set()));
    used.add(obs.indicatorId);
  });
  for (const [id, list] of starts) lookup.spans.set(id, { starts: Float64Array.from(list), ends: Float64Array.from(ends.get(id) ?? []) });
  lookups.set(index.observations, lookup);
  return lookup;
}

/** The observations at these positions, in file order. */
function atPositions(index: AtlasIndex, lists: readonly (readonly number[])[]): Observation[] {
  const positions = lists.length === 1 ? lists[0]! : lists.flat().sort((a, b) => a - b);
  return positions.map((p) => index.observations[p]!);
}

/** Observations reported for exactly this area, in file order. */
export function observationsOfArea(index: AtlasIndex, area: AreaRef): Observation[] {
  return atPositions(index, [observationLookup(index).byArea.get(areaKey(area)) ?? []]);
}

/** Figures for the unit and for every area containing it (each still belongs to its own area), in file order. */
export function observationsFor(index: AtlasIndex, id: UnitId): Observation[] {
  const { byArea } = observationLookup(index);
  const keys = new Set(areasContaining(index, id).map(areaKey));
  return atPositions(index, [...keys].map((k) => byArea.get(k) ?? []));
}

/** Observations of one indicator, in file order. */
export function observationsOfIndicator(index: AtlasIndex, indicatorId: string): readonly Observation[] {
  return observationLookup(index).byIndicator.get(indicatorId) ?? [];
}

/**
 * Observations of one indicator whose period overlaps `period` (null: all), in file order: the
 * period rule of src/model/period.ts (overlapsPeriod), with each figure's dates read once per
 * file rather than at every switch.
 */
export function observationsOfIndicatorIn(index: AtlasIndex, indicatorId: string, period: YearPeriod | null): Observation[] {
  const lookup = observationLookup(index);
  const list = lookup.byIndicator.get(indicatorId) ?? [];
  const spans = lookup.spans.get(indicatorId);
  if (period === null || spans === undefined) return [...list];
  const wanted = { start: period.from, end: period.to + 1 };
  const out: Observation[] = [];
  for (let i = 0; i < list.length; i++) if (overlaps({ start: spans.starts[i]!, end: spans.ends[i]! }, wanted)) out.push(list[i]!);
  return out;
}

/**
 * Indicators that have at least one figure, in file order (the default indicator is the first);
 * with a programme id, only those with a figure of that programme.
 */
export function indicatorsWithFigures(index: AtlasIndex, programmeId: string | null = null): Indicator[] {
  const lookup = observationLookup(index);
  const used = programmeId === null ? lookup.indicatorsUsed : (lookup.indicatorsByProgramme.get(programmeId) ?? new Set<string>());
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
