/**
 * Text saved in the encodings spreadsheet programs use instead of UTF-8, to test that the pipeline
 * refuses them and names them. Node can decode Windows-1258 but not encode it: the table is built
 * by decoding every byte, and letters Windows-1258 has no precomposed byte for are written as it
 * writes them, base letter then combining tone mark.
 */
const TONE_MARKS = new Set(["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]);

function byteTable(label: string): Map<string, number> {
  const decoder = new TextDecoder(label);
  const table = new Map<string, number>();
  for (let b = 0; b < 256; b++) {
    const ch = decoder.decode(Uint8Array.of(b));
    if (ch !== "\uFFFD" && !table.has(ch)) table.set(ch, b);
  }
  return table;
}

/** Encodes Vietnamese text as Windows-1258 (as Excel on Vietnamese Windows saves "CSV"). */
export function windows1258(text: string): Buffer {
  const table = byteTable("windows-1258");
  const out: number[] = [];
  for (const ch of text) {
    const direct = table.get(ch);
    if (direct !== undefined) {
      out.push(direct);
      continue;
    }
    const parts = [...ch.normalize("NFD")];
    const tones = parts.filter((p) => TONE_MARKS.has(p));
    const base = parts.filter((p) => !TONE_MARKS.has(p)).join("").normalize("NFC");
    for (const p of [base, ...tones]) {
      const b = table.get(p);
      if (b === undefined) throw new Error(`no Windows-1258 byte for ${JSON.stringify(p)}`);
      out.push(b);
    }
  }
  return Buffer.from(out);
}

/** Latin-1 (ISO-8859-1); throws on a character it cannot hold, so a test cannot pass by accident. */
export function latin1(text: string): Buffer {
  for (const ch of text) if ((ch.codePointAt(0) ?? 0) > 0xff) throw new Error(`not in Latin-1: ${ch}`);
  return Buffer.from(text, "latin1");
}

/** UTF-16, little- or big-endian, with or without a byte-order mark. */
export function utf16(text: string, order: "le" | "be", bom: boolean): Buffer {
  const le = Buffer.from(`${bom ? "\uFEFF" : ""}${text}`, "utf16le");
  return order === "le" ? le : le.swap16();
}
