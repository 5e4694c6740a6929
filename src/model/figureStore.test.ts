import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { observationsFor } from "../data/atlas";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import { FiguresFile } from "../schema";
import { buildFigureStore, buildFigureStores, observationAt, observationsAt, rowsForUnit, trendFor } from "./figureStore";

const FIGURES = fileURLToPath(new URL("../../public/data/figures.json", import.meta.url));

function twoSources() {
  return createTestAtlas({
    observations: [
      observation({ id: "a", value: 140, sameAs: "k", reportedOn: "2024-05", periodStart: "2023-03", periodEnd: "2023-03" }),
      observation({ id: "b", value: 135, sameAs: "k", sourceId: "other", quote: "một trăm ba mươi lăm", periodStart: "2023-03", periodEnd: "2023-03" }),
      observation({ id: "c", value: 9, area: { kind: "unit", unit: "pre2025:44" }, partnerIds: ["p"], inconsistentWith: ["a"], note: "n", phaseId: "tmsv3" }),
      observation({ id: "d", value: 4, indicatorId: "skills_courses", periodStart: "2019-08", periodEnd: "2020" }),
    ],
  });
}

describe("figure store", () => {
  it.skipIf(!existsSync(FIGURES))("gives back every real figure whole: value, period, area, source, quote and the rest", () => {
    const file = FiguresFile.parse(JSON.parse(readFileSync(FIGURES, "utf8")));
    const stores = buildFigureStores(file.observations);
    const back = [...stores.values()].flatMap((s) => observationsAt(s, Array.from({ length: s.length }, (_, r) => r)));
    expect(back.sort((x, y) => x.id.localeCompare(y.id))).toEqual([...file.observations].sort((x, y) => x.id.localeCompare(y.id)));
  });
  it("keeps one row per figure of its indicator, strings in tables, nothing added or divided", () => {
    const index = twoSources();
    const store = buildFigureStore("cases_supported", index.observations);
    expect(store.length).toBe(3);
    expect(Array.from(store.value)).toEqual([140, 135, 9]);
    expect(store.sources).toEqual(["thoidai-tmsv3", "other"]);
    expect(Array.from(store.cluster)).toEqual([0, 0, -1]);
    expect(observationAt(store, 1)).toEqual(index.observations[1]);
    expect(observationAt(store, 2)).toEqual(index.observations[2]);
  });
  it("indexes rows by area and by whole year (a period over two years is in both)", () => {
    const index = twoSources();
    const store = buildFigureStore("skills_courses", index.observations);
    expect(store.byYear?.firstYear).toBe(2019);
    const year = (y: number) => Array.from(store.byYear!.rows.subarray(store.byYear!.offsets[y - 2019], store.byYear!.offsets[y - 2019 + 1]));
    expect([year(2019), year(2020)]).toEqual([[0], [0]]);
    const cases = buildFigureStore("cases_supported", index.observations);
    expect(Array.from(cases.byArea.offsets)).toEqual([0, 2, 3]);
  });
  it("selects a unit's figures and those of the areas containing it, as observationsFor does", () => {
    const index = twoSources();
    for (const unit of ["pre2025:455", "pre2025:450", "pre2025:44", "post2025:44"]) {
      const store = buildFigureStore("cases_supported", index.observations);
      const expected = observationsFor(index, unit).filter((o) => o.indicatorId === "cases_supported");
      expect(observationsAt(store, rowsForUnit(index, store, unit))).toEqual(expected);
    }
    const trend = trendFor(index, buildFigureStore("cases_supported", index.observations), "pre2025:455");
    expect(Array.from(trend.value)).toEqual([140, 135, 9]);
  });
});
