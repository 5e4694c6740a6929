/**
 * The partner CSV format's columns, in one place: the national path (national.ts) and its
 * reference rules (partner-rules.ts) read them from here. One header row; each column may be
 * named in English or in Vietnamese (the two may be mixed, but one column named twice is an
 * error). The partner format's schema module (src/schema/partner.ts, written on its own
 * branch) is meant to replace this list: swap the import and keep the names.
 */

export interface PartnerColumn {
  /** The English header name, also the name the pipeline uses internally. */
  en: string;
  /** The Vietnamese header name. */
  vi: string;
  /** A column the header must have. area_code and area_name are each optional, but one of them is needed (AREA_COLUMNS). */
  required: boolean;
}

export const PARTNER_COLUMNS = [
  { en: "partner", vi: "doi_tac", required: true },
  { en: "area_code", vi: "ma_dia_ban", required: false },
  { en: "area_name", vi: "ten_dia_ban", required: false },
  { en: "vintage", vi: "ranh_gioi", required: false },
  { en: "period", vi: "ky", required: true },
  { en: "indicator", vi: "chi_so", required: true },
  { en: "value", vi: "gia_tri", required: true },
  { en: "source_publisher", vi: "nguon", required: true },
  { en: "source_date", vi: "ngay_nguon", required: true },
  { en: "source_url", vi: "dia_chi_nguon", required: true },
  { en: "quote", vi: "trich_dan", required: true },
  { en: "quote_lang", vi: "ngon_ngu", required: true },
] as const satisfies readonly PartnerColumn[];

/** The header needs at least one of these: the area is given by its code or by its name. */
export const AREA_COLUMNS = ["area_code", "area_name"] as const;

export type PartnerField = (typeof PARTNER_COLUMNS)[number]["en"];

/** The vintages a row may name, as units.json writes them. */
export const VINTAGES = ["pre2025", "post2025"] as const;
export const QUOTE_LANGS = ["vi", "en", "fr"] as const;

/** Columns whose text is shown as written: a leading = + - @ would run as a spreadsheet formula. */
export const TEXT_FIELDS: readonly PartnerField[] = ["partner", "area_name", "source_publisher", "quote"];
