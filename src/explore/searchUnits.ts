/**
 * Unit search over both vintages, the chosen boundaries' units first. A new unit can also be
 * found by the name of an old unit that went into it whole ("quang binh" finds the new Quảng
 * Trị, "formerly Quảng Bình"); a district that was split is not a former name of each piece,
 * so it only finds itself. Pure.
 */
import type { CrosswalkLink, Unit, UnitId, UnitLevel, Vintage } from "../schema";
import { rankMatches, type MatchRank, type SearchCandidate } from "../model/normalize";

/** The part of the atlas index search needs (AtlasIndex from src/data/atlas.ts fits). */
export interface SearchableIndex {
  units: ReadonlyMap<UnitId, Unit>;
  linksTo: ReadonlyMap<UnitId, readonly CrosswalkLink[]>;
}

export interface UnitSearchResult {
  unitId: UnitId;
  rank: MatchRank;
  /** Set when the unit was found by the name of an old unit that went into it whole. */
  formerly: UnitId | null;
}

export interface CandidateName {
  text: string;
  formerly: UnitId | null;
}

/** What a search candidate stands for. */
export interface SearchItem {
  unitId: UnitId;
  vintage: Vintage;
  names: CandidateName[];
}

const LEVEL_ORDER: Record<UnitLevel, number> = { province: 0, district: 1, commune: 2 };

function namesOf(unit: Unit): string[] {
  return [unit.nameVi, unit.shortVi, unit.nameEn];
}

/** Candidates in a stable order: provinces, then districts, then communes; old vintage first. */
export function searchCandidates(index: SearchableIndex): SearchCandidate<SearchItem>[] {
  const units = [...index.units.values()].sort(
    (a, b) =>
      LEVEL_ORDER[a.level] - LEVEL_ORDER[b.level] ||
      (a.vintage === b.vintage ? 0 : a.vintage === "pre2025" ? -1 : 1) ||
      a.nameVi.localeCompare(b.nameVi, "vi"),
  );
  return units.map((unit) => {
    const names: CandidateName[] = namesOf(unit).map((text) => ({ text, formerly: null }));
    for (const link of index.linksTo.get(unit.id) ?? []) {
      if (link.relation !== "whole" || link.from === unit.id) continue;
      const former = index.units.get(link.from);
      if (former === undefined) continue;
      // An old unit of the same name adds nothing ("Xã Phù Lưu" -> "Xã Phù Lưu").
      for (const text of namesOf(former)) names.push({ text, formerly: former.id });
    }
    return { item: { unitId: unit.id, vintage: unit.vintage, names }, names: names.map((n) => n.text) };
  });
}

/**
 * Units matching the query, best first: units of the `preferred` vintage (the boundaries on
 * screen) before the others, then by match rank, then a unit's own name before a former name,
 * then the candidates' order. At most `limit` results. With no preference, by rank alone.
 */
export function searchUnits(
  candidates: readonly SearchCandidate<SearchItem>[],
  query: string,
  limit = 12,
  preferred: Vintage | null = null,
): UnitSearchResult[] {
  // Own names come before former ones and ties keep the first, so `formerly` is set only when a
  // former name matched better than any of the unit's own.
  const results = rankMatches(query, candidates).map((match) => ({
    unitId: match.item.unitId,
    rank: match.rank,
    formerly: match.item.names[match.nameIndex]?.formerly ?? null,
  }));
  const order = new Map(candidates.map((c, i) => [c.item.unitId, i]));
  const vintageOf = new Map(candidates.map((c) => [c.item.unitId, c.item.vintage]));
  const other = (id: UnitId) => Number(preferred !== null && vintageOf.get(id) !== preferred);
  results.sort(
    (a, b) =>
      other(a.unitId) - other(b.unitId) ||
      a.rank - b.rank ||
      Number(a.formerly !== null) - Number(b.formerly !== null) ||
      (order.get(a.unitId) ?? 0) - (order.get(b.unitId) ?? 0),
  );
  return results.slice(0, limit);
}
