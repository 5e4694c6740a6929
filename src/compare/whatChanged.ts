/**
 * "What changed" for one unit of either vintage: what it became or came from, on which legal
 * basis, with the facts before and after and where the programme's figures went. Pure; no DOM.
 * Nothing is summed here: areas and populations are listed per unit with their sources.
 */
import { areaKey, groupsContaining, type AtlasIndex } from "../data/atlas";
import type { AreaRef, CrosswalkLink, LegalAct, Unit, UnitId } from "../schema";
import type { FigureItem, Placement, Reaggregation } from "../model/aggregateToVintage";
import { ancestorChain, unitContainment } from "../model/carry";

/** One legal provision behind a change. */
export interface LegalBasis {
  actId: string;
  /** Undefined when the crosswalk names an act the file does not list (shown as its id). */
  act: LegalAct | undefined;
  /** e.g. "Art.1 cl.69". */
  clause: string | undefined;
  /** The clause's words, verbatim, in Vietnamese. */
  text: string | undefined;
}

/**
 * unchanged: same territory (possibly a new name or code); merged: with other units into one;
 * split: among several new units; unknown: the crosswalk says nothing.
 */
export type ChangeStatus = "unchanged" | "merged" | "split" | "unknown";

/** A new commune or ward that replaced part of a former district, with everything it was formed from. */
export interface SuccessorCommune {
  unit: Unit;
  predecessors: { unit: Unit; otherDistrict: Unit | null }[];
  legal: LegalBasis[];
}

/** One figure of the programme, where the source put it and where it is filed after 1 July 2025. */
export interface FigureMove {
  item: FigureItem;
  from: AreaRef;
  /** The area it is filed under in the post-2025 grouping (the origin itself when not carried). */
  to: AreaRef;
  placement: Placement;
}

export interface WhatChanged {
  unit: Unit;
  side: "old" | "new";
  status: ChangeStatus;
  /** Old unit: the units it went into. New unit: the units that went wholly into it. */
  counterparts: Unit[];
  /** Old unit: other old units that went into the same new unit (e.g. Quảng Trị beside Quảng Bình). */
  mergedWith: Unit[];
  /** New unit: former units split among several new ones that gave it part of their area (former districts). */
  splitFrom: Unit[];
  /** Units of the other vintage that wholly contain this one, most specific first (a former district -> its new province). */
  liesWithin: Unit[];
  legal: LegalBasis[];
  /** The old-side units and the new-side units, for codes, areas, populations and centres. */
  before: Unit[];
  after: Unit[];
  /** The unit's figures and those of groups holding it (old), or filed under it (new), with where they went. */
  figures: FigureMove[];
  /** Former district only: its new communes and wards with their predecessors. Empty otherwise. */
  successorCommunes: SuccessorCommune[];
}

function known(index: AtlasIndex, ids: Iterable<UnitId>): Unit[] {
  const out: Unit[] = [];
  for (const id of new Set(ids)) {
    const unit = index.units.get(id);
    if (unit !== undefined) out.push(unit);
  }
  return out;
}

function byCode(a: Unit, b: Unit): number {
  return a.code.localeCompare(b.code);
}

/** Links into a new unit, from the links index (each link once). */
function linksInto(index: AtlasIndex, id: UnitId): CrosswalkLink[] {
  return (index.linksTo.get(id) ?? []).filter((l) => l.to.includes(id));
}

/** The legal provisions of some links, each distinct provision once, in link order. */
export function legalBasisOf(index: AtlasIndex, links: readonly CrosswalkLink[]): LegalBasis[] {
  const seen = new Set<string>();
  const out: LegalBasis[] = [];
  for (const link of links) {
    const key = `${link.legalActId}|${link.clause ?? ""}|${link.text ?? ""}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push({ actId: link.legalActId, act: index.legalActs.get(link.legalActId), clause: link.clause, text: link.text });
  }
  return out;
}

/** The new communes and wards a former district was split into, each with all its predecessors. */
export function successorCommunes(index: AtlasIndex, districtId: UnitId): SuccessorCommune[] {
  const targets = (index.linksFrom.get(districtId) ?? []).flatMap((l) => l.to);
  return known(index, targets)
    .filter((u) => u.level === "commune")
    .sort(byCode)
    .map((unit) => {
      const wholeLinks = linksInto(index, unit.id).filter((l) => l.relation === "whole");
      const predecessors = known(
        index,
        wholeLinks.map((l) => l.from),
      )
        .sort(byCode)
        .map((p) => {
          const parent = p.parent === null ? undefined : index.units.get(p.parent);
          return { unit: p, otherDistrict: parent !== undefined && parent.id !== districtId ? parent : null };
        });
      return { unit, predecessors, legal: legalBasisOf(index, wholeLinks) };
    });
}

/** Every figure, from all re-aggregations, whose origin is one of `origins` or which is filed under `filedUnder`. */
function figureMoves(
  reaggregations: readonly Reaggregation[],
  origins: ReadonlySet<string>,
  filedUnder: string | null,
): FigureMove[] {
  const moves: FigureMove[] = [];
  for (const result of reaggregations) {
    for (const bucket of result.post2025.buckets) {
      for (const { item, placement } of bucket.items) {
        if (!origins.has(areaKey(item.origin)) && bucket.key !== filedUnder) continue;
        moves.push({ item, from: item.origin, to: bucket.area, placement });
      }
    }
  }
  return moves;
}

function oldUnitChange(index: AtlasIndex, unit: Unit, reaggregations: readonly Reaggregation[]): WhatChanged {
  const links = index.linksFrom.get(unit.id) ?? [];
  const counterparts = known(
    index,
    links.flatMap((l) => l.to),
  ).sort(byCode);
  const split = links.some((l) => l.relation === "split") || counterparts.length > 1;
  const wholeTargets = split ? [] : counterparts;
  const mergedWith = known(
    index,
    wholeTargets.flatMap((t) => linksInto(index, t.id).filter((l) => l.relation === "whole" && l.from !== unit.id).map((l) => l.from)),
  ).sort(byCode);
  const status: ChangeStatus = counterparts.length === 0 ? "unknown" : split ? "split" : mergedWith.length > 0 ? "merged" : "unchanged";
  const containment = unitContainment(index, unit.id, "post2025");
  const liesWithin = containment.kind === "contained" ? known(index, containment.containers) : [];
  const communes = unit.level === "district" ? successorCommunes(index, unit.id) : [];
  const origins = new Set([areaKey({ kind: "unit", unit: unit.id }), ...groupsContaining(index, unit.id).map((g) => `group:${g.id}`)]);
  return {
    unit,
    side: "old",
    status,
    counterparts,
    mergedWith,
    splitFrom: [],
    liesWithin,
    // A former district's own link names the act; its communes' links carry the clauses and their words.
    legal: legalBasisOf(index, [...links, ...communes.flatMap((c) => c.unit.id).flatMap((id) => linksInto(index, id).filter((l) => l.relation === "whole"))]),
    before: [unit],
    after: counterparts,
    figures: figureMoves(reaggregations, origins, null),
    successorCommunes: communes,
  };
}

function newUnitChange(index: AtlasIndex, unit: Unit, reaggregations: readonly Reaggregation[]): WhatChanged {
  const links = linksInto(index, unit.id);
  const whole = links.filter((l) => l.relation === "whole");
  const counterparts = known(
    index,
    whole.map((l) => l.from),
  ).sort(byCode);
  const splitFrom = known(
    index,
    links.filter((l) => l.relation === "split").map((l) => l.from),
  ).sort(byCode);
  const [only] = counterparts;
  // One whole predecessor, and any split predecessor is just the former district around it: same territory.
  const sameTerritory = counterparts.length === 1 && only !== undefined && splitFrom.every((s) => ancestorChain(index, only.id).includes(s.id));
  const status: ChangeStatus = counterparts.length === 0 && splitFrom.length === 0 ? "unknown" : sameTerritory ? "unchanged" : "merged";
  const containment = unitContainment(index, unit.id, "pre2025");
  const liesWithin = containment.kind === "contained" ? known(index, containment.containers) : [];
  const predecessorAreas = [...counterparts, ...splitFrom].flatMap((p) => [
    areaKey({ kind: "unit", unit: p.id }),
    ...groupsContaining(index, p.id).map((g) => `group:${g.id}`),
  ]);
  return {
    unit,
    side: "new",
    status,
    counterparts,
    mergedWith: [],
    splitFrom,
    liesWithin,
    legal: legalBasisOf(index, links),
    before: counterparts,
    after: [unit],
    figures: figureMoves(reaggregations, new Set(predecessorAreas), areaKey({ kind: "unit", unit: unit.id })),
    successorCommunes: [],
  };
}

/**
 * What changed for a unit of either vintage on 1 July 2025. `reaggregations` are the results of
 * aggregateAllIndicators (passed in so that one computation serves every panel). Null for an unknown id.
 */
export function whatChanged(index: AtlasIndex, id: UnitId, reaggregations: readonly Reaggregation[]): WhatChanged | null {
  const unit = index.units.get(id);
  if (unit === undefined) return null;
  return unit.vintage === "pre2025" ? oldUnitChange(index, unit, reaggregations) : newUnitChange(index, unit, reaggregations);
}
