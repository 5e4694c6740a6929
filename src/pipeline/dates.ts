/**
 * Comparing dates given at different precisions. A period "2023-07" to "2023" is in order
 * (July 2023 can lie within 2023); "2024" to "2023-12" is reversed. We compare the earliest day
 * the start can mean with the latest day the end can mean.
 */

/** "2023" -> "2023-01-01"; "2023-07" -> "2023-07-01". */
export function earliestDay(partial: string): string {
  const [y, m = "01", d = "01"] = partial.split("-");
  return `${y}-${m}-${d}`;
}

/** "2023" -> "2023-12-31"; "2024-02" -> "2024-02-29". */
export function latestDay(partial: string): string {
  const [y = "0", m, d] = partial.split("-");
  if (d !== undefined && m !== undefined) return `${y}-${m}-${d}`;
  const month = m ?? "12";
  const last = new Date(Date.UTC(Number(y), Number(month), 0)).getUTCDate();
  return `${y}-${month}-${String(last).padStart(2, "0")}`;
}

/** True when the period can be read in order (start no later than end). */
export function periodInOrder(start: string, end: string): boolean {
  // Malformed dates are reported by the schema; do not add a second, confusing message.
  const shape = /^\d{4}(-\d{2}(-\d{2})?)?$/;
  if (!shape.test(start) || !shape.test(end)) return true;
  return earliestDay(start) <= latestDay(end);
}
