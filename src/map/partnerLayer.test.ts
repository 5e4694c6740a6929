/** Where the map outlines a partner's previewed records: the units that hold them under its vintage, by the carry rule; nothing drawn for a unit without a shape. */
import { describe, expect, it } from "vitest";
import { createAtlasIndex } from "../data/testing/fixtures";
import type { PartnerRecord, UnitId } from "../schema";
import { partnerLayers, partnerMapData } from "./partnerLayer";
import { programmeSquareBoundaries } from "./testing/squares";


function createRecord(area: UnitId, line: number): PartnerRecord {
  return { partner: "P", area, areaAsWritten: area, periodStart: "2024-03", periodEnd: "2024-03", indicatorId: "cases", value: 7, sourcePublisher: "P", sourceDate: "2024-04-02", sourceUrl: "", quote: "q", quoteLang: "vi", file: "p.csv", line };
}

describe("partnerMapData", () => {
  it("marks each unit with records once, on its own boundaries", () => {
    const data = partnerMapData(createAtlasIndex(), programmeSquareBoundaries(), [createRecord("pre2025:455", 2), createRecord("pre2025:455", 3), createRecord("pre2025:450", 4)], "pre2025");
    expect([data.shapes.length, data.points.length, data.notDrawn]).toEqual([2, 2, []]);
    expect(partnerLayers("m-partner", data).map((l) => l.id)).toEqual(["m-partner-outline", "m-partner-marks"]);
  });

  it("follows the carry rule to the new map, and names a unit it cannot draw", () => {
    const index = createAtlasIndex();
    const onNewMap = partnerMapData(index, programmeSquareBoundaries(), [createRecord("pre2025:44", 2), createRecord("post2025:19000", 3)], "post2025");
    // The former Quảng Bình went whole into the new Quảng Trị; the new ward has no shape here.
    expect([onNewMap.shapes.length, onNewMap.notDrawn]).toEqual([1, ["post2025:19000"]]);
    const [x = 0, y = 0] = onNewMap.points[0] ?? [];
    expect(x > 10 && x < 20 && y > 10 && y < 20, `mark at ${x},${y}: inside the new province's square`).toBe(true);
    expect(partnerLayers("m", partnerMapData(index, programmeSquareBoundaries(), [], "pre2025"))).toEqual([]);
  });
});
