/**
 * Rules on text shared by the pipeline (Node) and the app (browser): how a place name is folded
 * for matching (the search box and a partner's area names use the same key), and which cell text
 * is refused everywhere (invisible characters, spreadsheet formulas, addresses that are not web
 * pages, years no record of this atlas can have). Imports nothing.
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
export const UNIT_PREFIXES = ["thanh pho", "thi tran", "thi xa", "phuong", "huyen", "tinh", "xa", "tp"];
export const UNIT_SUFFIXES = ["province", "district", "township", "commune", "city", "town", "ward"];

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

/**
 * Control characters (line breaks inside quoted cells excepted), Unicode bidirectional overrides,
 * embeddings, isolates and marks (they reorder how text is shown: "Trojan Source"), a stray
 * byte-order mark, and the replacement character a broken conversion leaves behind.
 */
// oxlint-disable-next-line no-control-regex -- finding control characters is the point
export const FORBIDDEN_CHARACTER = /[\u0000-\u0009\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069\uFEFF\uFFFD]/u;

const CHARACTER_NAMES: Record<string, string> = {
  "\u0009": "TAB",
  "\u061C": "ARABIC LETTER MARK",
  "\u200E": "LEFT-TO-RIGHT MARK",
  "\u200F": "RIGHT-TO-LEFT MARK",
  "\u202A": "LEFT-TO-RIGHT EMBEDDING",
  "\u202B": "RIGHT-TO-LEFT EMBEDDING",
  "\u202C": "POP DIRECTIONAL FORMATTING",
  "\u202D": "LEFT-TO-RIGHT OVERRIDE",
  "\u202E": "RIGHT-TO-LEFT OVERRIDE",
  "\u2066": "LEFT-TO-RIGHT ISOLATE",
  "\u2067": "RIGHT-TO-LEFT ISOLATE",
  "\u2068": "FIRST STRONG ISOLATE",
  "\u2069": "POP DIRECTIONAL ISOLATE",
  "\uFEFF": "BYTE ORDER MARK inside the text",
  "\uFFFD": "REPLACEMENT CHARACTER (text damaged by a wrong conversion)",
};

/** "U+202E RIGHT-TO-LEFT OVERRIDE". */
export function describeCharacter(ch: string): string {
  const code = `U+${(ch.codePointAt(0) ?? 0).toString(16).toUpperCase().padStart(4, "0")}`;
  return `${code} ${CHARACTER_NAMES[ch] ?? "control character"}`;
}

/** Text a spreadsheet would run as a formula when the file or an export of it is opened. */
export const FORMULA_START = /^[=+\-@]/;

/** A web address a reader may click: http(s) only, no spaces or quotes. */
export function isWebAddress(text: string): boolean {
  return /^https?:\/\/[^\s"<>]+$/i.test(text);
}

/** The first year any date of this atlas may have (Viet Nam's independence) and the last. */
export const FIRST_YEAR = 1945;
export const LAST_YEAR = 2100;
