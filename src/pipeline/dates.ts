/**
 * Comparing dates given at different precisions, with the one partial-date reader of
 * src/schema/partialDate.ts. A period "2023-07" to "2023" is in order (July 2023 can lie within
 * 2023); "2024" to "2023-12" is reversed. We compare the moment the start can begin with the
 * moment the end can end.
 */
import { parsePartialDate, partialDateEnd, partialDateStart } from "../schema/partialDate";

/** True when the period can be read in order (start no later than end). */
export function periodInOrder(start: string, end: string): boolean {
  // Malformed dates are reported by the schema; do not add a second, confusing message.
  if (parsePartialDate(start) === null || parsePartialDate(end) === null) return true;
  return partialDateStart(start) < partialDateEnd(end);
}

/** True when `date` ends before `start` begins ("2023-06" before "2023-07"; "2023" is not before "2023-07"). */
export function endsBefore(date: string, start: string): boolean {
  return partialDateEnd(date) <= partialDateStart(start);
}
