/**
 * What the area profile shows, computed without pixels: the figures for a unit grouped by the
 * area they were reported for, the phases active there, its partners, and what became of it
 * (or what it came from) on 1 July 2025. Pure; tested in profileData.test.ts.
 */
import {
  ancestorsOf,
  areaKey,
  areaMembers,
  areasContaining,
  groupsContaining,
  observationsFor,
  type AtlasIndex,
} from "../data/atlas";
import type { AreaRef, CrosswalkLink, LegalAct, Observation, Organisation, Phase, UnitId } from "../schema";

/** Figures reported for one area; conflicts are clustered so they can be shown side by side. */
export interface AreaFigures {
  area: AreaRef;
  /** Each entry is one figure, or several figures of the same thing (`sameAs`) from different sources. */
  clusters: FigureCluster[];
}

export interface FigureCluster {
  observations: Observation[];
  /** True when the observations in the cluster disagree (value or qualifier). */
  conflict: boolean;
}

function clusterKey(obs: Observation): string {
  return obs.sameAs === undefined ? `id:${obs.id}` : `same:${obs.sameAs}`;
}

/**
 * Every figure for the unit and for the areas containing it, grouped by the area it is reported
 * for, in the order of areasContaining (the unit, its groups, then each ancestor and its groups).
 * A group's or a province's figure stays with that group or province.
 */
export function figuresByArea(index: AtlasIndex, unitId: UnitId): AreaFigures[] {
  const observations = observationsFor(index, unitId);
  const out: AreaFigures[] = [];
  for (const area of areasContaining(index, unitId)) {
    const key = areaKey(area);
    const mine = observations.filter((o) => areaKey(o.area) === key);
    if (mine.length === 0) continue;
    out.push({ area, clusters: clusterObservations(mine) });
  }
  return out;
}

/** Observations of one area as figures: alone, or several sources of the same thing (`sameAs`) together. */
export function clusterObservations(observations: readonly Observation[]): FigureCluster[] {
  const clusters = new Map<string, Observation[]>();
  for (const obs of observations) {
    const k = clusterKey(obs);
    clusters.set(k, [...(clusters.get(k) ?? []), obs]);
  }
  return [...clusters.values()].map((list) => ({
    observations: list,
    conflict: list.some((o) => o.value !== list[0]?.value || o.qualifier !== list[0]?.qualifier),
  }));
}

/**
 * How a phase relates to the unit: its source names the unit (or a group listing it: `covers`);
 * it is reported for a larger area containing the unit and the source names no smaller one
 * (`whole`: World Vision's 2019–2022 phase is given for Quảng Bình, so it is not said to have run
 * in each of its districts); it ran in part of the unit; it ran in a unit the new one came from
 * (`former`), or in the former province of a new commune, with no district named (`formerWhole`);
 * or in units inside those (`formerPart`, e.g. two former districts of a former province that
 * went into the new one).
 */
export type PhaseScope =
  | { kind: "covers" }
  | { kind: "whole"; area: AreaRef }
  | { kind: "part" }
  | { kind: "former"; formerUnit: UnitId }
  | { kind: "formerWhole"; formerUnit: UnitId }
  | { kind: "formerPart"; formerUnits: UnitId[] };

export interface PhaseInArea {
  phase: Phase;
  scope: PhaseScope;
}

function descendantsOf(index: AtlasIndex, id: UnitId): Set<UnitId> {
  const out = new Set<UnitId>();
  const queue = [...(index.children.get(id) ?? [])];
  while (queue.length > 0) {
    const next = queue.shift()!;
    if (out.has(next)) continue;
    out.add(next);
    queue.push(...(index.children.get(next) ?? []));
  }
  return out;
}

type DirectScope = { kind: "covers" } | { kind: "whole"; area: AreaRef } | { kind: "part" };

function phaseScopeFor(index: AtlasIndex, phase: Phase, unitId: UnitId): DirectScope | null {
  // The unit itself, or a group that lists it by name: the source names this place.
  const named = new Set([areaKey({ kind: "unit", unit: unitId }), ...groupsContaining(index, unitId).map((g) => areaKey({ kind: "group", group: g.id }))]);
  if (phase.areas.some((a) => named.has(areaKey(a)))) return { kind: "covers" };
  const containing = new Set(areasContaining(index, unitId).map(areaKey));
  const larger = phase.areas.find((a) => containing.has(areaKey(a)));
  if (larger !== undefined) return { kind: "whole", area: larger };
  const inside = descendantsOf(index, unitId);
  if (phase.areas.some((a) => areaMembers(index, a).some((m) => inside.has(m)))) return { kind: "part" };
  return null;
}

/** The units a post-2025 unit was formed from (whole or in part), in crosswalk order. */
export function predecessorsOf(index: AtlasIndex, unitId: UnitId): UnitId[] {
  return [...new Set((index.linksTo.get(unitId) ?? []).map((l) => l.from))];
}

/**
 * The programme phases active in a unit: phases whose areas name it ("covers") or a larger area
 * containing it ("whole"), phases in part of it ("part", e.g. a district phase seen from its province), and
 * for a unit created on 1 July 2025, phases that ran in the units it was formed from ("former").
 */
export function phasesFor(index: AtlasIndex, unitId: UnitId): PhaseInArea[] {
  const out: PhaseInArea[] = [];
  for (const phase of index.phases) {
    const scope = phaseScopeFor(index, phase, unitId);
    if (scope !== null) {
      out.push({ phase, scope });
      continue;
    }
    // A predecessor district may have no link of its own (only its communes are linked),
    // so look at the predecessors and their ancestors.
    const formers = predecessorsOf(index, unitId).flatMap((p) => [p, ...ancestorsOf(index, p)]);
    const covered = formers.filter((p) => phaseScopeFor(index, phase, p)?.kind === "covers");
    // Name the unit the phase lists (former Bố Trạch district) rather than one of its old communes.
    const named = new Set(phase.areas.flatMap((a) => areaMembers(index, a)));
    const former = covered.find((p) => named.has(p)) ?? covered[0];
    if (former !== undefined) {
      // A former province seen from a new commune: the source gives the province, no district.
      const wholeProvince = index.units.get(former)?.level === "province" && index.units.get(unitId)?.level !== "province";
      out.push({ phase, scope: { kind: wholeProvince ? "formerWhole" : "former", formerUnit: former } });
      continue;
    }
    const inside = new Set(predecessorsOf(index, unitId).flatMap((p) => [...descendantsOf(index, p)]));
    const formerUnits = [...named].filter((m) => inside.has(m));
    if (formerUnits.length > 0) out.push({ phase, scope: { kind: "formerPart", formerUnits } });
  }
  return out;
}

/** The organisations named as partners on the unit's figures, in first-seen order. */
export function partnersFor(index: AtlasIndex, unitId: UnitId): Organisation[] {
  const ids = [...new Set(observationsFor(index, unitId).flatMap((o) => o.partnerIds))];
  return ids.map((id) => index.organisations.get(id)).filter((o): o is Organisation => o !== undefined);
}

/** What became of a pre-2025 unit on 1 July 2025. */
export interface SuccessorSummary {
  /** `whole`: it went entirely into one new unit; `split`: its parts went into several. */
  relation: CrosswalkLink["relation"];
  /** The new units, in crosswalk order. */
  successors: UnitId[];
  /** The new province(s) those units belong to (the successors themselves when they are provinces). */
  provinces: UnitId[];
  /** Other old units that went into the same new unit (only for `whole`). */
  mergedWith: UnitId[];
  /** True when it continues as one new unit of the same name with nothing merged into it. */
  unchanged: boolean;
  legalActs: LegalAct[];
}

function provinceOf(index: AtlasIndex, id: UnitId): UnitId {
  const unit = index.units.get(id);
  if (unit === undefined || unit.level === "province") return id;
  return ancestorsOf(index, id).find((a) => index.units.get(a)?.level === "province") ?? id;
}

function legalActsOf(index: AtlasIndex, links: readonly CrosswalkLink[]): LegalAct[] {
  const ids = [...new Set(links.map((l) => l.legalActId))];
  return ids.map((id) => index.legalActs.get(id)).filter((a): a is LegalAct => a !== undefined);
}

/**
 * One line's worth of facts on what became of a former unit, from the crosswalk; null for a
 * unit with no crosswalk link (a post-2025 unit, or an old unit the crosswalk does not cover).
 */
export function successorSummary(index: AtlasIndex, unitId: UnitId): SuccessorSummary | null {
  const links = index.linksFrom.get(unitId) ?? [];
  if (links.length === 0) return null;
  const successors = [...new Set(links.flatMap((l) => l.to))];
  const relation: CrosswalkLink["relation"] = links.some((l) => l.relation === "split") ? "split" : "whole";
  const mergedWith =
    relation === "whole"
      ? [...new Set(successors.flatMap((s) => predecessorsOf(index, s)))].filter((p) => p !== unitId)
      : [];
  const old = index.units.get(unitId);
  const only = successors.length === 1 ? index.units.get(successors[0]!) : undefined;
  return {
    relation,
    successors,
    provinces: [...new Set(successors.map((s) => provinceOf(index, s)))],
    mergedWith,
    unchanged: relation === "whole" && mergedWith.length === 0 && only !== undefined && only.nameVi === old?.nameVi,
    legalActs: legalActsOf(index, links),
  };
}

/** What a post-2025 unit was formed from; null when the crosswalk has no link into it. */
export interface PredecessorSummary {
  /** Old units that went into it entirely. */
  whole: UnitId[];
  /** Old units of which only a part went into it. */
  part: UnitId[];
  legalActs: LegalAct[];
}

export function predecessorSummary(index: AtlasIndex, unitId: UnitId): PredecessorSummary | null {
  const links = index.linksTo.get(unitId) ?? [];
  if (links.length === 0) return null;
  return {
    whole: [...new Set(links.filter((l) => l.relation === "whole").map((l) => l.from))],
    part: [...new Set(links.filter((l) => l.relation === "split").map((l) => l.from))],
    legalActs: legalActsOf(index, links),
  };
}
