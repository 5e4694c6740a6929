/** Converters from CSV cell text to the values the schema expects (see data/README.md). */
import type { AreaRef } from "../schema";
import type { ReportCell } from "./rows";

/** Empty cell -> undefined (the field is absent). */
export function optional(text: string): string | undefined {
  return text === "" ? undefined : text;
}

/** Empty cell -> null (the schema's "known to be absent"). */
export function nullable(text: string): string | null {
  return text === "" ? null : text;
}

/** `a;b;c` -> ["a","b","c"]; blanks dropped. */
export function list(text: string): string[] {
  return text
    .split(";")
    .map((s) => s.trim())
    .filter((s) => s !== "");
}

/** `yes`/`no` -> boolean; anything else is reported. */
export function yesNo(text: string, column: string, bad: ReportCell): boolean | undefined {
  const t = text.toLowerCase();
  if (t === "yes") return true;
  if (t === "no") return false;
  bad(column, `expected yes or no (found ${text === "" ? "empty" : `"${text}"`})`, "write yes or no");
  return undefined;
}

/** A published figure: digits with an optional decimal point; thousands separators are refused. */
export function figure(text: string, column: string, bad: ReportCell): number | undefined {
  if (text === "") {
    bad(column, "value is empty", "write the figure exactly as the source gives it, digits only (e.g. 541)");
    return undefined;
  }
  const n = Number(text);
  if (!/^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/.test(text) || !Number.isFinite(n)) {
    bad(
      column,
      `not a finite number (found "${text}")`,
      "write digits only, with a dot for decimals and no thousands separator (e.g. 1250 or 12.5)",
    );
    return undefined;
  }
  if (n < 0) {
    bad(column, `negative value (found "${text}")`, "figures are counts or rates and cannot be below 0: check the source");
    return undefined;
  }
  return n;
}

/** `pre2025:42` -> unit; `group:bo-trach-dong-hoi` -> group. Shape is checked by the schema. */
export function area(text: string): AreaRef {
  if (text.startsWith("group:")) return { kind: "group", group: text.slice("group:".length) };
  return { kind: "unit", unit: text };
}
