/**
 * Names and types of administrative units, from the forms the admin facts use
 * ("Thành phố Đồng Hới", "Thanh pho Dong Hoi", "thanh pho (thuoc tinh)") to the schema's.
 */
import type { UnitType } from "../schema";

/** Type words as the admin facts write them, in ASCII, lower case. */
const TYPE_BY_WORDS: Record<string, UnitType> = {
  tinh: "tinh",
  "thanh pho truc thuoc trung uong": "thanh_pho_tw",
  "thanh pho (thuoc tinh)": "thanh_pho",
  thanh_pho: "thanh_pho",
  huyen: "huyen",
  thi_xa: "thi_xa",
  xa: "xa",
  phuong: "phuong",
  thi_tran: "thi_tran",
};

export function unitTypeOf(words: string): UnitType | null {
  return TYPE_BY_WORDS[words.trim().toLowerCase()] ?? null;
}

/** Vietnamese prefixes, longest first so "Thành phố" wins over shorter ones. */
const VI_PREFIXES = ["Thành phố", "Thị trấn", "Thị xã", "Huyện", "Tỉnh", "Phường", "Xã"];
const ASCII_PREFIXES = ["Thanh pho", "Thi tran", "Thi xa", "Huyen", "Tinh", "Phuong", "Xa"];

function stripPrefix(name: string, prefixes: readonly string[]): string {
  const n = name.normalize("NFC").trim();
  for (const p of prefixes) {
    if (n.toLowerCase().startsWith(`${p.toLowerCase()} `)) return n.slice(p.length + 1).trim();
  }
  return n;
}

/** "Thành phố Đồng Hới" -> "Đồng Hới". */
export function shortVi(fullName: string): string {
  return stripPrefix(fullName, VI_PREFIXES);
}

/** "Thanh pho Dong Hoi" -> "Dong Hoi". */
export function shortAscii(asciiName: string): string {
  return stripPrefix(asciiName, ASCII_PREFIXES);
}

/** Type by the Vietnamese prefix of a full name ("Thị trấn Nghèn" -> thi_tran). */
export function unitTypeFromName(fullName: string): UnitType | null {
  const n = fullName.normalize("NFC").trim().toLowerCase();
  if (n.startsWith("thị trấn ")) return "thi_tran";
  if (n.startsWith("thị xã ")) return "thi_xa";
  if (n.startsWith("thành phố ")) return "thanh_pho";
  if (n.startsWith("phường ")) return "phuong";
  if (n.startsWith("xã ")) return "xa";
  if (n.startsWith("huyện ")) return "huyen";
  if (n.startsWith("tỉnh ")) return "tinh";
  return null;
}

const ENGLISH_TYPE: Record<UnitType, string> = {
  tinh: "Province",
  thanh_pho_tw: "City",
  thanh_pho: "City",
  huyen: "District",
  thi_xa: "Town",
  xa: "Commune",
  phuong: "Ward",
  thi_tran: "Township",
};

/** "Dong Hoi" + thanh_pho -> "Dong Hoi City". */
export function nameEn(short: string, type: UnitType): string {
  return `${short} ${ENGLISH_TYPE[type]}`;
}

/** Capitalises the type word of a full Vietnamese name the way the GSO lists mostly do ("Thành Phố" -> "Thành phố"). */
export function tidyVi(fullName: string): string {
  const n = fullName.normalize("NFC").trim();
  for (const p of VI_PREFIXES) {
    if (n.toLowerCase().startsWith(`${p.toLowerCase()} `)) return `${p}${n.slice(p.length)}`;
  }
  return n;
}
