/**
 * Areas and populations with their sources. The admin facts give one main value per unit plus
 * "alternative values with sources" as prose ("373.03 km2 (same page infobox, ...); 301.28 km2 = ...").
 * We keep every published alternative, verbatim as its source text, and flag disagreements.
 */
import type { SourcedNumber } from "../schema";

/** Splits on `;` outside parentheses ("a (x; y); b" -> ["a (x; y)", "b"]). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of text) {
    if (ch === "(") depth += 1;
    if (ch === ")") depth = Math.max(0, depth - 1);
    if (ch === ";" && depth === 0) {
      parts.push(current);
      current = "";
    } else {
      current += ch;
    }
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p !== "");
}

const NUMBER = String.raw`(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)`;

function toNumber(text: string): number {
  return Number(text.replace(/,/g, ""));
}

export interface Alternative {
  value: number;
  /** Reference year when the item starts its parenthesis with one: "(2013, thesis)". */
  asOf?: string;
  approximate: boolean;
  /** For "sum of N successor communes ... = X": N. */
  sumOfSuccessors?: number;
  text: string;
}

/**
 * Reads one alternative: a leading figure ("127,515 (census, ...)", "about 120,000 (2019, ...)")
 * or a derived sum ("sum of 7 successor communes in sapnhap = 1,828.43 km2 (...)"). Null when no figure.
 */
export function parseAlternative(item: string): Alternative | null {
  const lead = new RegExp(`^(about\\s+)?${NUMBER}`).exec(item);
  const sum = new RegExp(`^sum of (\\d+) [^=]*=\\s*${NUMBER}`).exec(item);
  const year = /\((\d{4})\b/.exec(item);
  const base = { text: item, ...(year?.[1] !== undefined ? { asOf: year[1] } : {}) };
  if (sum?.[1] !== undefined && sum[2] !== undefined) {
    return { ...base, value: toNumber(sum[2]), approximate: false, sumOfSuccessors: Number(sum[1]) };
  }
  if (lead?.[2] !== undefined) return { ...base, value: toNumber(lead[2]), approximate: lead[1] !== undefined };
  return null;
}

/**
 * Flags each value that disagrees with another, by the one rule of data/README.md ("When two
 * figures conflict", implemented for the app in src/model/figures.ts): any difference, with no
 * tolerance (we do not decide which rounding a source meant), unless both name different
 * reference years (a 2009 census and a 2019 estimate do not contradict each other).
 */
export function markConflicts(values: SourcedNumber[]): SourcedNumber[] {
  return values.map((v, i) => {
    const conflict = values.some((w, j) => {
      if (i === j) return false;
      const differentYears = v.asOf !== undefined && w.asOf !== undefined && v.asOf !== w.asOf;
      return v.value !== w.value && !differentYears;
    });
    return { ...v, conflict: v.conflict || conflict };
  });
}

/**
 * Main value plus alternatives. `successors` is how many new communes the unit went into:
 * a "sum of N successor communes" counts only when N covers them all (Nghi Xuân's sum of 4 of 5 does not).
 */
export function sourcedWithAlternatives(
  main: { value: number | null; source: string; asOf?: string },
  alternativesText: string,
  successors: number,
  unparsed: (item: string) => void,
): SourcedNumber[] {
  const values: SourcedNumber[] = [];
  if (main.value !== null) {
    values.push({ value: main.value, source: main.source, conflict: false, ...(main.asOf ? { asOf: main.asOf } : {}) });
  }
  for (const item of splitTopLevel(alternativesText)) {
    const alt = parseAlternative(item);
    if (alt === null) {
      unparsed(item);
      continue;
    }
    if (alt.sumOfSuccessors !== undefined && alt.sumOfSuccessors !== successors) continue;
    const notes = [
      alt.approximate ? "approximate (\"about\") in the source" : "",
      alt.sumOfSuccessors !== undefined ? "sum of the successor communes' provisional figures, added up by the compiler of data/admin" : "",
    ].filter((n) => n !== "");
    values.push({
      value: alt.value,
      source: alt.text,
      conflict: false,
      ...(alt.asOf !== undefined ? { asOf: alt.asOf } : {}),
      ...(notes.length > 0 ? { note: notes.join("; ") } : {}),
    });
  }
  return markConflicts(values);
}
