/** Formatting shared by the compare and national views. Pure. */
import { unitName } from "../data/atlas";
import { formatList, formatValue } from "../i18n/format";
import type { Lang, SourcedNumber, Unit } from "../schema";


/** Unit names as a list: "Quảng Bình and Quảng Trị". */
export function unitNames(units: readonly Unit[], lang: Lang, short = false): string {
  return formatList(
    units.map((u) => (short ? u.shortVi : unitName(u, lang))),
    lang,
  );
}

/** A sourced number as stated: "12,700", "≥ 12,699" (more than), "≈ 120,000" (about); absent qualifier = exact. */
export function formatSourcedValue(value: SourcedNumber, lang: Lang): string {
  return formatValue(value.value, value.qualifier ?? "exact", lang);
}

/** "155.87 (vi.wikipedia Đồng Hới infobox, 2020)", "≥ 12,699 (provincial proposal, 2025-04)". */
export function formatSourced(value: SourcedNumber, lang: Lang): string {
  const where = value.asOf === undefined ? value.source : `${value.source}, ${value.asOf}`;
  return `${formatSourcedValue(value, lang)} (${where})`;
}
