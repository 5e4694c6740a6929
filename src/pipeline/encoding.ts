/**
 * Input files must be UTF-8. Spreadsheet programs on Vietnamese Windows save CSV as Windows-1258,
 * others as Latin-1 or UTF-16; read as UTF-8, such a file turns every accented letter into "�"
 * and the app would publish the damage. So the bytes are checked first, and a file that is not
 * UTF-8 is refused with the encoding it most likely is.
 */

/** A byte sequence that is not UTF-8, and what it most likely is. */
export interface NotUtf8 {
  /** e.g. "UTF-16 little-endian (with byte-order mark)", "Windows-1258 (Vietnamese Windows)". */
  encoding: string;
  /** Byte offset of the first byte that is not UTF-8 (0 for UTF-16). */
  offset: number;
}

/** Offset of the first byte that breaks UTF-8, or -1 when all of it is UTF-8. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    // Lead byte: how many continuation bytes follow, and the smallest value allowed (no overlongs).
    const [extra, min] = b >= 0xc2 && b <= 0xdf ? [1, 0x80] : b >= 0xe0 && b <= 0xef ? [2, 0x800] : b >= 0xf0 && b <= 0xf4 ? [3, 0x10000] : [-1, 0];
    if (extra < 0 || i + extra >= bytes.length) return i;
    let cp = b & (extra === 1 ? 0x1f : extra === 2 ? 0x0f : 0x07);
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k] ?? 0;
      if ((c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += extra + 1;
  }
  return -1;
}

/**
 * Bytes that Windows-1258 uses for Vietnamese and that Latin-1 text almost never contains:
 * Ă ă Đ đ Ơ ơ Ư ư and the combining tone marks (grave, acute, tilde, hook above, dot below).
 */
const WINDOWS_1258_BYTES = new Set([0xc3, 0xe3, 0xd0, 0xf0, 0xd5, 0xf5, 0xdd, 0xfd, 0xcc, 0xec, 0xde, 0xd2, 0xf2]);

/** UTF-16 without a byte-order mark: most of the high (or low) bytes of ASCII text are zero. */
function utf16Order(bytes: Uint8Array): "little" | "big" | null {
  const n = Math.min(bytes.length - (bytes.length % 2), 400);
  if (n < 4) return null;
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i < n; i += 2) {
    if (bytes[i] === 0) evenZero += 1;
    if (bytes[i + 1] === 0) oddZero += 1;
  }
  const pairs = n / 2;
  if (oddZero > pairs * 0.3 && evenZero < pairs * 0.05) return "little";
  if (evenZero > pairs * 0.3 && oddZero < pairs * 0.05) return "big";
  return null;
}

/** Null when the bytes are UTF-8 (a UTF-8 byte-order mark is fine); else what they look like. */
export function detectNotUtf8(bytes: Uint8Array): NotUtf8 | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "UTF-16 little-endian (with byte-order mark)", offset: 0 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "UTF-16 big-endian (with byte-order mark)", offset: 0 };
  const order = utf16Order(bytes);
  if (order !== null) return { encoding: `UTF-16 ${order}-endian (without byte-order mark)`, offset: 0 };
  const offset = firstInvalidUtf8(bytes);
  if (offset < 0) return null;
  const high = bytes.filter((b) => b >= 0x80);
  const vietnamese = high.some((b) => WINDOWS_1258_BYTES.has(b));
  return { encoding: vietnamese ? "Windows-1258 (Vietnamese Windows)" : "Latin-1 (ISO-8859-1) or Windows-1252", offset };
}

/** 1-based line of a byte offset. */
export function lineOfOffset(bytes: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < bytes.length; i++) if (bytes[i] === 0x0a) line += 1;
  return line;
}
