/**
 * Name matching for the search box: a user types "bo trach", "Bố Trạch", "huyen bo trach" or
 * "Bo Trach District" and should find the same unit. Pure; no DOM.
 */

// The folding and the key live in src/schema/text.ts, so a partner's area names (matched in the
// pipeline and in the browser's worker) are folded exactly as the search box folds them.
import { matchKey, normalizeName } from "../schema/text";
export { foldDiacritics, matchKey, normalizeName } from "../schema/text";

/** How well a candidate name matches a query; lower is better. */
export const MatchRank = { exact: 0, prefix: 1, wordPrefix: 2, substring: 3 } as const;
export type MatchRank = (typeof MatchRank)[keyof typeof MatchRank];

/**
 * Ranks one candidate against a query, both compared by `matchKey`. Returns null when the
 * candidate does not match. Order: exact > prefix > a later word starts with it > substring.
 */
export function matchRank(query: string, candidate: string): MatchRank | null {
  const q = matchKey(query);
  if (q === "") return null;
  const c = matchKey(candidate);
  // The full normalised forms, administrative words kept, let "thi xa" find every thị xã.
  const qFull = normalizeName(query);
  const cFull = normalizeName(candidate);
  if (c === q || cFull === qFull) return MatchRank.exact;
  if (c.startsWith(q) || cFull.startsWith(qFull)) return MatchRank.prefix;
  if (c.includes(` ${q}`)) return MatchRank.wordPrefix;
  if (c.includes(q) || cFull.includes(qFull)) return MatchRank.substring;
  return null;
}

/** Something searchable: an item and the names it can be found by. */
export interface SearchCandidate<T> {
  item: T;
  names: readonly string[];
}

export interface RankedMatch<T> {
  item: T;
  rank: MatchRank;
  /** Index into `names` of the name that matched best. */
  nameIndex: number;
}

/**
 * Every candidate that matches, best first. Ties keep the candidates' input order (stable
 * sort), so callers decide the order among equals (e.g. provinces before communes).
 */
export function rankMatches<T>(query: string, candidates: readonly SearchCandidate<T>[]): RankedMatch<T>[] {
  const matches: RankedMatch<T>[] = [];
  for (const candidate of candidates) {
    let best: RankedMatch<T> | null = null;
    for (const [nameIndex, name] of candidate.names.entries()) {
      const rank = matchRank(query, name);
      if (rank !== null && (best === null || rank < best.rank)) best = { item: candidate.item, rank, nameIndex };
    }
    if (best !== null) matches.push(best);
  }
  return matches.sort((a, b) => a.rank - b.rank);
}
