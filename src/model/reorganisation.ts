/**
 * What the 1 July 2025 reorganisation did to a unit, from the crosswalk: the units a new one was
 * formed from, what became of a former one, and the legal acts behind each change. Pure.
 */
import { ancestorsOf, type AtlasIndex } from "../data/atlas";
import type { CrosswalkLink, LegalAct, UnitId } from "../schema";

/** The units a post-2025 unit was formed from (whole or in part), in crosswalk order. */
export function predecessorsOf(index: AtlasIndex, unitId: UnitId): UnitId[] {
  return [...new Set((index.linksTo.get(unitId) ?? []).map((l) => l.from))];
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
