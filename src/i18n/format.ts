/**
 * Locale-aware formatting of numbers, dates and periods (Intl), shared by every view.
 * Dates keep the precision the source gives: "2023" stays a year, "2021-03" a month.
 */
import type { DatePrecision, Lang, Observation } from "../schema";
import { parsePartialDate } from "../schema/partialDate";

/** The Intl locale used for each UI language. en-GB writes "1 July 2025", matching vi and fr day-first order. */
export const INTL_LOCALE: Record<Lang, string> = { vi: "vi-VN", en: "en-GB", fr: "fr-FR" };

const numberFormats = new Map<string, Intl.NumberFormat>();

/** A number in the language's style: vi 12.345, en 12,345, fr 12 345. */
export function formatNumber(value: number, lang: Lang, options: Intl.NumberFormatOptions = {}): string {
  const key = `${lang}|${JSON.stringify(options)}`;
  let format = numberFormats.get(key);
  if (format === undefined) {
    format = new Intl.NumberFormat(INTL_LOCALE[lang], { maximumFractionDigits: 2, ...options });
    numberFormats.set(key, format);
  }
  return format.format(value);
}

export type Qualifier = Observation["qualifier"];

/** The sign written before a qualified value. */
export const QUALIFIER_SIGN: Record<Qualifier, string> = { exact: "", at_least: "≥", about: "≈" };

/** "541", "≥ 541" (more than / at least), "≈ 500" (about); a no-break space keeps sign and number together. */
export function formatValue(value: number, qualifier: Qualifier, lang: Lang): string {
  const n = formatNumber(value, lang);
  const sign = QUALIFIER_SIGN[qualifier];
  return sign === "" ? n : `${sign}\u00a0${n}`;
}

type Precision = DatePrecision;

/** "long" for prose and detail panels; "short" for table cells and chart labels. */
export type DateStyle = "long" | "short";

const LONG_OPTIONS: Record<Exclude<Precision, "year">, Intl.DateTimeFormatOptions> = {
  month: { year: "numeric", month: "long", timeZone: "UTC" },
  day: { year: "numeric", month: "long", day: "numeric", timeZone: "UTC" },
};

/** Vietnamese writes short dates with numbers (8/2023); CLDR's "thg 8 2023" reads oddly in a table. */
function shortOptions(lang: Lang, precision: Exclude<Precision, "year">): Intl.DateTimeFormatOptions {
  const month = lang === "vi" ? "numeric" : "short";
  return precision === "month"
    ? { year: "numeric", month, timeZone: "UTC" }
    : { year: "numeric", month, day: "numeric", timeZone: "UTC" };
}

/**
 * Formatters by language, style and precision: making an Intl formatter costs far more than
 * using one, and a switch of indicator, period or boundaries formats hundreds of dates (the
 * profile of bench/profile-switch.ts showed a new DateTimeFormat per date as a top cost).
 */
const dateFormats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date at its own precision: "2023"; "March 2021" / "tháng 3 năm 2021"; "1 July 2025".
 * Short style: "Mar 2021" / "3/2021". Unreadable input is returned as is.
 */
export function formatPartialDate(s: string, lang: Lang, style: DateStyle = "long"): string {
  const d = parsePartialDate(s);
  if (d === null) return s;
  if (d.precision === "year") return String(d.year);
  const date = new Date(Date.UTC(d.year, (d.month ?? 1) - 1, d.day ?? 1));
  const precision = d.precision;
  const format = formatterOf(dateFormats, `${lang}|${style}|${precision}`, () =>
    new Intl.DateTimeFormat(INTL_LOCALE[lang], style === "long" ? LONG_OPTIONS[precision] : shortOptions(lang, precision)),
  );
  return format.format(date);
}

/**
 * A period between two partial dates: "2023–2025", "2024", "February 2020 – March 2021".
 * An en dash; spaced only when a side has spaces in it, as typography guides advise.
 */
export function formatPeriod(start: string, end: string, lang: Lang, style: DateStyle = "long"): string {
  if (start === end) return formatPartialDate(start, lang, style);
  const a = formatPartialDate(start, lang, style);
  const b = formatPartialDate(end, lang, style);
  return a.includes(" ") || b.includes(" ") ? `${a} – ${b}` : `${a}–${b}`;
}

/** Whole-year period from the store: "2023–2025" or "2024". */
export function formatYearPeriod(period: { from: number; to: number }): string {
  return period.from === period.to ? String(period.from) : `${period.from}–${period.to}`;
}

/** A timestamp (e.g. the manifest's generatedAt) as a long date; unreadable input is returned as is. */
export function formatTimestamp(iso: string, lang: Lang): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return formatterOf(dateFormats, `${lang}|timestamp`, () => new Intl.DateTimeFormat(INTL_LOCALE[lang], LONG_OPTIONS.day)).format(date);
}

/** "a, b and c" in the language's own way (Intl.ListFormat): the one list formatter. */
export function formatList(items: readonly string[], lang: Lang): string {
  return formatterOf(listFormats, lang, () => new Intl.ListFormat(INTL_LOCALE[lang], { style: "long", type: "conjunction" })).format(items);
}

const listFormats = new Map<string, Intl.ListFormat>();

function formatterOf<F>(cache: Map<string, F>, key: string, make: () => F): F {
  let format = cache.get(key);
  if (format === undefined) {
    format = make();
    cache.set(key, format);
  }
  return format;
}

/** A value or a range of conflicting values: "140", "135–140", "≥ 541", "≈ 500": the one range formatter. */
export function formatRange(range: { min: number; max: number; atLeast: boolean; about: boolean }, lang: Lang): string {
  const a = formatNumber(range.min, lang);
  const body = range.min === range.max ? a : `${a}–${formatNumber(range.max, lang)}`;
  if (range.atLeast) return `≥\u00a0${body}`;
  if (range.about) return `≈\u00a0${body}`;
  return body;
}
