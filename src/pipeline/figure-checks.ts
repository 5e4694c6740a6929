/**
 * Checks that a figure is what its source says: a count is a whole number (Vietnamese writes
 * 1 234 as "1.234", which would otherwise be published as one point two three four), a figure is
 * not reported before the period it covers begins, and the value can be found in its quote.
 */
import type { Indicator, Observation } from "../schema";
import { endsBefore } from "./dates";
import type { ProblemList } from "./problems";
import type { ParsedRow } from "./rows";

const FILE = "data/observations.csv";
const SHAPE = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** Every way the numbers of a quote can be read: each run of digits, and runs joined by thousands separators or a decimal comma. */
export function numbersIn(quote: string): Set<string> {
  const out = new Set<string>();
  for (const m of quote.matchAll(/\d+(?:[.,\u00A0\u202F ]\d+)*/gu)) {
    const text = m[0];
    for (const run of text.split(/[.,\u00A0\u202F ]/u)) out.add(String(Number(run)));
    // "1.234", "1 234", "1,234": thousands separators when every later group has three digits.
    const groups = text.split(/[.,\u00A0\u202F ]/u);
    if (groups.slice(1).every((g) => g.length === 3)) out.add(String(Number(groups.join(""))));
    // "12,5" or "12.5": one decimal separator.
    const decimal = /^(\d+)[.,](\d+)$/u.exec(text);
    if (decimal !== null) out.add(String(Number(`${decimal[1]}.${decimal[2]}`)));
  }
  return out;
}

export function checkObservations(observations: ParsedRow<Observation>[], indicators: ParsedRow<Indicator>[], problems: ProblemList): void {
  const kinds = new Map(indicators.map((i) => [i.value.id, i.value.kind]));
  for (const { value: o, line, cells } of observations) {
    const written = cells?.value ?? String(o.value);
    if (typeof o.value === "number" && kinds.get(o.indicatorId) === "count" && !Number.isInteger(o.value)) {
      const vietnamese = /^\d{1,3}(\.\d{3})+$/.test(written);
      problems.add({
        file: FILE,
        line,
        field: "value",
        message: vietnamese
          ? `"${written}" is not a whole number, but indicator "${o.indicatorId}" is a count: in Vietnamese "${written}" means ${written.replace(/\./g, " ")} (the dot separates thousands)`
          : `"${written}" is not a whole number, but indicator "${o.indicatorId}" is a count`,
        hint: vietnamese ? `write ${written.replace(/\./g, "")} (digits only, no separator)` : "write the whole number the source gives; a count has no decimals",
      });
    }
    if (typeof o.reportedOn === "string" && typeof o.periodStart === "string" && SHAPE.test(o.reportedOn) && SHAPE.test(o.periodStart)) {
      if (endsBefore(o.reportedOn, o.periodStart)) {
        problems.add({
          file: FILE,
          line,
          field: "reported_on",
          message: `reported on ${o.reportedOn}, before the period it covers begins (${o.periodStart})`,
          hint: "check reported_on and period_start against the source: a figure cannot be reported before its period starts",
        });
      }
    }
    if (typeof o.value === "number" && typeof o.quote === "string" && o.quote !== "" && !numbersIn(o.quote).has(String(o.value))) {
      problems.warn({
        file: FILE,
        line,
        field: "value",
        message: `the value ${written} does not occur in its quote`,
        hint: "check the value against the quote; if the source writes it in words, say so in note",
      });
    }
  }
}
