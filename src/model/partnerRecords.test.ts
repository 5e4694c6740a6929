/**
 * A partner's figure for a former district or commune reaches the new units only by the carry
 * rule (carry.ts): the file is checked by the partner format (src/schema/partner.ts) against the
 * atlas's own units, then placed with the same placement every programme figure gets.
 */
import { describe, expect, it } from "vitest";
import { buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { createMiniCrosswalk, createMiniFigures, createMiniUnits } from "../data/testing/compareAtlas";
import type { PartnerRecord } from "../schema";
import { checkPartnerTable, PARTNER_HEADER_EN } from "../schema/partner";
import { placementIn } from "./carry";
import { partnerContextOf, partnerNames, partnerUnits, placePartnerRecords } from "./partnerRecords";

function miniIndex(): AtlasIndex {
  return buildAtlasIndex(createMiniUnits(), createMiniFigures(), createMiniCrosswalk());
}

/** Records for a former district (split among communes of one new province), a former ward (whole into a new ward), and a province split in two. */
function checkedRecords(index: AtlasIndex): PartnerRecord[] {
  const row = (area: string, value: string) => ["Hội Phụ nữ", area, "", "", "2024-03", "cases", value, "Hội Phụ nữ", "2024-04-02", "", `Đã hỗ trợ ${value} trường hợp.`, "vi"];
  const rows = [row("455", "7"), row("18853", "3"), row("99", "4")];
  const result = checkPartnerTable(
    { file: "p.csv", columns: PARTNER_HEADER_EN, rows: rows.map((cells, i) => ({ line: i + 2, cells: Object.fromEntries(PARTNER_HEADER_EN.map((h, j) => [h, cells[j] ?? ""])) })) },
    partnerContextOf(index),
  );
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.records;
}

describe("partners' records under a vintage", () => {
  it("stays on the unit it names under that unit's own vintage", () => {
    const index = miniIndex();
    expect(placePartnerRecords(index, checkedRecords(index), "pre2025").map((p) => [p.on, p.placement.kind])).toEqual([
      ["pre2025:455", "native"],
      ["pre2025:18853", "native"],
      ["pre2025:99", "native"],
    ]);
  });

  it("is carried to the new units by the carry rule, and only by it", () => {
    const index = miniIndex();
    const placed = placePartnerRecords(index, checkedRecords(index), "post2025");
    expect(placed.map((p) => [p.record.area, p.on, p.placement])).toEqual([
      // Bố Trạch was split among communes that all lie in the new Quảng Trị: carried to the province, never to a commune.
      ["pre2025:455", "post2025:44", { kind: "carried", to: "post2025:44", rule: "within-one-unit" }],
      ["pre2025:18853", "post2025:18880", { kind: "carried", to: "post2025:18880", rule: "whole" }],
      // Split between two new provinces: kept with its former area, never divided.
      ["pre2025:99", "pre2025:99", { kind: "not-carried", reason: "split" }],
    ]);
    for (const p of placed) expect(p.placement).toEqual(placementIn(index, { kind: "unit", unit: p.record.area }, "post2025"));
    expect(partnerUnits(placed)).toEqual(["post2025:44", "post2025:18880", "pre2025:99"]);
  });

  it("never changes a value or adds records", () => {
    const index = miniIndex();
    const records = checkedRecords(index);
    const placed = placePartnerRecords(index, records, "post2025");
    expect(placed.map((p) => p.record)).toEqual(records);
    expect(partnerNames(records)).toEqual(["Hội Phụ nữ"]);
  });
});
