/**
 * The national picture: the 34 provinces from 1 July 2025, each with the former provinces that
 * formed it, and a search that finds a new province by any former or new name, with or without
 * diacritics. Pure; name matching reuses the shared normalisation (src/model/normalize.ts).
 */
import type { AtlasIndex } from "../data/atlas";
import { rankMatches, type MatchRank } from "../model/normalize";
import type { Unit } from "../schema";
import { legalBasisOf, type LegalBasis } from "./whatChanged";

export interface NationalRow {
  /** The new province (post2025). */
  unit: Unit;
  /** The former provinces that went whole into it, by code. */
  formers: Unit[];
  /** True when it was formed from two or more former provinces. */
  merged: boolean;
  legal: LegalBasis[];
}

export interface NationalMatch {
  row: NationalRow;
  rank: MatchRank | null;
  /** The former province whose name matched, when it matched better than the new one's own names. */
  matchedFormer: Unit | null;
}

/** One row per new province, by code. */
export function nationalRows(index: AtlasIndex): NationalRow[] {
  return [...index.units.values()]
    .filter((u) => u.vintage === "post2025" && u.level === "province")
    .sort((a, b) => a.code.localeCompare(b.code))
    .map((unit) => {
      const links = (index.linksTo.get(unit.id) ?? []).filter((l) => l.to.includes(unit.id) && l.relation === "whole");
      const formers = links
        .map((l) => index.units.get(l.from))
        .filter((u): u is Unit => u !== undefined && u.level === "province")
        .sort((a, b) => a.code.localeCompare(b.code));
      return { unit, formers, merged: formers.length > 1, legal: legalBasisOf(index, links) };
    });
}

function namesOf(unit: Unit): string[] {
  return [unit.nameVi, unit.shortVi, unit.nameEn];
}

/**
 * The rows matching a query on the new province's names or any former province's names,
 * best match first (ties in code order). An empty query returns every row.
 */
export function filterNationalRows(rows: readonly NationalRow[], query: string): NationalMatch[] {
  if (query.trim() === "") return rows.map((row) => ({ row, rank: null, matchedFormer: null }));
  // The new province's own names first: on a tie the own name wins and no former is credited.
  const candidates = rows.map((row) => {
    const names: { text: string; former: Unit | null }[] = namesOf(row.unit).map((text) => ({ text, former: null }));
    for (const former of row.formers) for (const text of namesOf(former)) names.push({ text, former });
    return { item: { row, names }, names: names.map((n) => n.text) };
  });
  return rankMatches(query, candidates).map((m) => {
    const former = m.item.names[m.nameIndex]?.former ?? null;
    // A former province of the same name as the new one (Hà Tĩnh -> Hà Tĩnh) adds nothing to say.
    const credited = former !== null && former.shortVi !== m.item.row.unit.shortVi ? former : null;
    return { row: m.item.row, rank: m.rank, matchedFormer: credited };
  });
}
