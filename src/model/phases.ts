/**
 * The programme phases and partners of a unit: phases whose areas include it, lie in part of it,
 * or (for a unit created on 1 July 2025) ran in the units it was formed from. Pure.
 */
import { ancestorsOf, areaKey, areaMembers, areasContaining, groupsContaining, observationsFor, type AtlasIndex } from "../data/atlas";
import type { AreaRef, Organisation, Phase, UnitId } from "../schema";
import { predecessorsOf } from "./reorganisation";

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

