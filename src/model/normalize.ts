/**
 * Name matching for the search box: a user types "bo trach", "Bố Trạch", "huyen bo trach" or
 * "Bo Trach District" and should find the same unit. Pure; no DOM.
 */

/** Strip tone and vowel marks (NFD + combining marks) and map đ/Đ to d; keeps case. */
export function foldDiacritics(text: string): string {
  return text
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/đ/g, "d")
    .replace(/Đ/g, "D")
    .normalize("NFC");
}

/** Fold diacritics, lower-case, turn punctuation into spaces and collapse runs of spaces. */
export function normalizeName(text: string): string {
  return foldDiacritics(text)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/**
 * Administrative prefixes (Vietnamese) and suffixes (English) in folded form. Longest first so
 * "thi xa" wins over "xa" and "thanh pho" is removed whole. "tp" is the common abbreviation.
 */
const UNIT_PREFIXES = ["thanh pho", "thi tran", "thi xa", "phuong", "huyen", "tinh", "xa", "tp"];
const UNIT_SUFFIXES = ["province", "district", "township", "commune", "city", "town", "ward"];

/**
 * The key a name is matched on: normalised, without one leading administrative word
 * ("huyện", "thành phố", …) or one trailing English one ("district", "city", …).
 * The words are kept when nothing else would remain ("Huyện" alone stays "huyen").
 */
export function matchKey(text: string): string {
  let key = normalizeName(text);
  for (const prefix of UNIT_PREFIXES) {
    if (key.startsWith(`${prefix} `)) {
      key = key.slice(prefix.length + 1);
      break;
    }
  }
  for (const suffix of UNIT_SUFFIXES) {
    if (key.endsWith(` ${suffix}`)) {
      key = key.slice(0, -(suffix.length + 1));
      break;
    }
  }
  return key;
}

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
