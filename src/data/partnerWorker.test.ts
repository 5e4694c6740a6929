/** The worker's reading of a dropped file: the same records and line numbers the pipeline reads, and a clear refusal of what it cannot read. */
import { describe, expect, it } from "vitest";
import { PARTNER_HEADER_EN, type PartnerContext } from "../schema/partner";
import { checkPartnerBytes } from "./partnerWorker";

function createContext(): PartnerContext {
  return {
    units: [{ id: "pre2025:455", vintage: "pre2025", code: "455", nameVi: "Huyện Bố Trạch", shortVi: "Bố Trạch", nameEn: "Bo Trach District" }],
    indicators: [{ id: "cases", kind: "count" }],
  };
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer;

describe("checkPartnerBytes", () => {
  it("reads a file with a BOM and a quote over two lines, numbering each record by the line it starts on", () => {
    const text = `\uFEFF${PARTNER_HEADER_EN.join(",")}\nP,455,,,2024-03,cases,7,P,2024-04-02,,"Hai dòng,\ntrích dẫn.",vi\nP,,Bố Trạch,,2024-04,cases,8,P,2024-05-02,,Một dòng.,vi\n`;
    const result = checkPartnerBytes({ fileName: "p.csv", bytes: bytes(text), context: createContext() });
    expect(result.ok && result.records.map((r) => [r.line, r.area, r.value, r.quote])).toEqual([
      [2, "pre2025:455", 7, "Hai dòng,\ntrích dẫn."],
      [4, "pre2025:455", 8, "Một dòng."],
    ]);
  });

  it("refuses a file that is not UTF-8, saying how to save it", () => {
    const latin1 = new Uint8Array([...new TextEncoder().encode(`${PARTNER_HEADER_EN.join(",")}\nP,455,`), 0xe9, 0x0a]);
    const result = checkPartnerBytes({ fileName: "p.csv", bytes: latin1.buffer, context: createContext() });
    expect(result).toMatchObject({ ok: false, problems: [{ field: "encoding", hint: expect.stringContaining("CSV UTF-8") }] });
  });

  it("names the line of broken quoting", () => {
    const text = `${PARTNER_HEADER_EN.join(",")}\nP,455,,,2024-03,cases,7,P,2024-04-02,,"unclosed,vi\n`;
    const result = checkPartnerBytes({ fileName: "p.csv", bytes: bytes(text), context: createContext() });
    expect(result).toMatchObject({ ok: false, problems: [{ field: "quoting", message: expect.stringContaining("not readable as CSV") }] });
  });
});
