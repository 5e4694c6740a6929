/**
 * The partner format's problems in the reader's language: every message and hint id of the check
 * (src/schema/partner.ts) has words in Vietnamese, English and French; and for one failing file of
 * every kind, the English words said by id are exactly the English the command line prints, so the
 * catalogue and the check cannot drift apart. Vietnamese is really Vietnamese, not a fallback.
 */
import { beforeAll, describe, expect, it } from "vitest";
import { checkPartnerBytes } from "../data/partnerWorker";
import { checkPartnerTable, PARTNER_HEADER_EN, PARTNER_HINT_IDS, PARTNER_MESSAGE_IDS, type PartnerContext, type PartnerProblem, type PartnerTable } from "../schema/partner";
import en from "./locales/partnerProblems.en.json";
import fr from "./locales/partnerProblems.fr.json";
import vi from "./locales/partnerProblems.vi.json";
import { loadPartnerProblemWords, partnerProblemText } from "./partnerProblems";

const context: PartnerContext = {
  units: [
    { id: "pre2025:44", vintage: "pre2025", code: "44", nameVi: "Tỉnh Quảng Bình", shortVi: "Quảng Bình", nameEn: "Quang Binh Province" },
    { id: "pre2025:45", vintage: "pre2025", code: "45", nameVi: "Tỉnh Quảng Trị", shortVi: "Quảng Trị", nameEn: "Quang Tri Province" },
    { id: "pre2025:455", vintage: "pre2025", code: "455", nameVi: "Huyện Bố Trạch", shortVi: "Bố Trạch", nameEn: "Bo Trach District" },
    { id: "post2025:44", vintage: "post2025", code: "44", nameVi: "Tỉnh Quảng Trị", shortVi: "Quảng Trị", nameEn: "Quang Tri Province" },
    { id: "post2025:46", vintage: "post2025", code: "46", nameVi: "Tỉnh Huế", shortVi: "Huế", nameEn: "Hue" },
    { id: "pre2025:46", vintage: "pre2025", code: "46", nameVi: "Tỉnh Thừa Thiên Huế", shortVi: "Huế", nameEn: "Thua Thien Hue" },
    { id: "pre2025:474", vintage: "pre2025", code: "474", nameVi: "Thành phố Huế", shortVi: "Huế", nameEn: "Hue City" },
  ],
  indicators: [
    { id: "cases_supported", kind: "count" },
    { id: "share_employed", kind: "rate" },
  ],
};

function row(over: Record<string, string> = {}): Record<string, string> {
  return { partner: "P", area_code: "455", area_name: "", vintage: "", period: "2024-03", indicator: "cases_supported", value: "12", source_publisher: "P", source_date: "2024-04-02", source_url: "", quote: "q", quote_lang: "vi", ...over };
}

function problems(columns: readonly string[], rows: Record<string, string>[]): PartnerProblem[] {
  const table: PartnerTable = { file: "p.csv", columns, rows: rows.map((cells, i) => ({ line: i + 2, cells })) };
  const result = checkPartnerTable(table, context);
  return result.ok ? [] : result.problems;
}

const bytes = (text: string) => new TextEncoder().encode(text).buffer as ArrayBuffer;

/** One file of every kind of problem the check and the preview's worker find. */
function everyProblem(): PartnerProblem[] {
  const worker = (text: ArrayBuffer) => {
    const result = checkPartnerBytes({ fileName: "p.csv", bytes: text, context });
    return result.ok ? [] : result.problems;
  };
  return [
    ...problems(["partner", "", "tên\u202e", "mystery", "doi_tac"], []),
    ...problems(["partner"], []),
    ...problems(PARTNER_HEADER_EN, []),
    ...problems(PARTNER_HEADER_EN, [
      row({ quote: "a\u202eb" }),
      row({ partner: "", quote: "=1+1" }),
      row({ vintage: "2030" }),
      row({ area_code: "" }),
      row({ area_code: "999" }),
      row({ area_code: "999", vintage: "pre2025" }),
      row({ area_code: "44" }),
      row({ area_code: "46" }),
      row({ area_code: "455", area_name: "Đồng Hới" }),
      row({ area_code: "", area_name: "Nowhere" }),
      row({ area_code: "", area_name: "Nowhere", vintage: "post2025" }),
      row({ area_code: "", area_name: "Quảng Trị" }),
      row({ area_code: "", area_name: "Huê" }),
      row({ period: "2024-13" }),
      row({ period: "1900-01" }),
      row({ period: "2024-02-30/2024-03-01" }),
      row({ period: "2024-03-01/2024-02-01" }),
      row({ period: "March" }),
      row({ indicator: "nope" }),
      row({ value: `1${"0".repeat(400)}` }),
      row({ value: "-3" }),
      row({ value: "1.234,5" }),
      row({ value: "1,234" }),
      row({ value: "12,5" }),
      row({ value: "1 234" }),
      row({ value: "abc" }),
      row({ value: "12.5" }),
      row({ value: "1.234" }),
      row({ source_date: "2024-02-30" }),
      row({ source_date: "02/04/2024" }),
      row({ source_date: "1900-01-01" }),
      row({ source_date: "2024-02-01" }),
      row({ source_url: "www.example.org" }),
      row({ quote_lang: "de" }),
    ]),
    ...worker(new ArrayBuffer(21 * 1024 * 1024)),
    ...worker(new Uint8Array([0x70, 0xe9, 0x0a]).buffer),
    ...worker(bytes("  \n")),
    ...worker(bytes('partner,quote\nP,"unclosed\n')),
  ];
}

describe("the partner problems' words", () => {
  beforeAll(() => loadPartnerProblemWords());

  it("has every message and hint id in Vietnamese, English and French, and nothing else", () => {
    for (const bundle of [vi, en, fr]) {
      expect(Object.keys(bundle.messages).sort()).toEqual([...PARTNER_MESSAGE_IDS].sort());
      expect(Object.keys(bundle.hints).sort()).toEqual([...PARTNER_HINT_IDS].sort());
    }
  });

  it("says in English exactly what the command line prints, for a problem of every kind", () => {
    const all = everyProblem();
    const seen = new Set(all.map((p) => p.words?.code));
    // The one message not said by the check or the worker: the preview's own (PartnerPreview.tsx).
    expect(PARTNER_MESSAGE_IDS.filter((id) => !seen.has(id))).toEqual(["notChecked"]);
    for (const p of all) {
      expect({ message: p.message, hasWords: p.words !== undefined }).toEqual({ message: p.message, hasWords: true });
      expect(partnerProblemText(p, "en")).toEqual({ message: p.message, hint: p.hint });
    }
  });

  it("says each problem in Vietnamese and French with every value filled in", () => {
    for (const p of everyProblem()) {
      for (const lang of ["vi", "fr"] as const) {
        const text = partnerProblemText(p, lang);
        expect(`${text.message} ${text.hint}`).not.toMatch(/\{\{|\}\}|undefined|\[object/);
        // Said in the language, not the English fallback.
        expect(text.message).not.toBe(p.message);
      }
    }
    const ambiguous = everyProblem().find((p) => p.words?.code === "ambiguousCode")!;
    expect(partnerProblemText(ambiguous, "vi").message).toBe('mã "44" là mã của Tỉnh Quảng Bình (pre2025:44, trước ngày 1/7/2025) và Tỉnh Quảng Trị (post2025:44, từ ngày 1/7/2025)');
  });
});
