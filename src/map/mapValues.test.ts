/**
 * The column store (src/model/figureStore.ts) draws what the object path (mapFiguresFromObjects) draws: the same figures,
 * placements, headlines, ranges, conflicts, sources and order, on the real data and on random
 * figures over the focus atlas (sameAs conflicts, year/month/day periods, report dates,
 * programmes, groups, both vintages). Here rather than in src/model because it compares with
 * the map's own selector.
 */
import { existsSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { areaKey, buildAtlasIndex, type AtlasIndex } from "../data/atlas";
import { createTestAtlas, observation } from "../data/testing/focusAtlas";
import { CrosswalkFile, FiguresFile, UnitsFile, type AreaRef, type Observation, type Vintage } from "../schema";
import { buildFigureStore, buildFigureStores, mapValuesFor } from "../model/figureStore";
import { mapFiguresFor, mapFiguresFromObjects, mapFiguresFromStores } from "./mapData";
import { createRandom } from "../model/random";

const DATA_DIR = fileURLToPath(new URL("../../public/data/", import.meta.url));
const dataPresent = ["units.json", "figures.json", "crosswalk.json"].every((f) => existsSync(`${DATA_DIR}${f}`));
if (!dataPresent) console.warn(`NOTICE: ${DATA_DIR} has no generated data yet (run npm run data): real-data store test skipped.`);

function realIndex(): AtlasIndex {
  const read = (f: string) => JSON.parse(readFileSync(`${DATA_DIR}${f}`, "utf8")) as unknown;
  return buildAtlasIndex(UnitsFile.parse(read("units.json")), FiguresFile.parse(read("figures.json")), CrosswalkFile.parse(read("crosswalk.json")));
}

const VINTAGES: Vintage[] = ["pre2025", "post2025"];
const PERIODS = [null, { from: 2019, to: 2019 }, { from: 2022, to: 2022 }, { from: 2023, to: 2023 }, { from: 2024, to: 2024 }, { from: 2025, to: 2025 }, { from: 2021, to: 2024 }, { from: 2019, to: 2026 }];

/** Every indicator × vintage × period (× programme) of `index`: the stores' figures equal mapFiguresFor's, key for key. */
function expectSameMaps(index: AtlasIndex, programmes: (string | null)[] = [null]): number {
  const stores = buildFigureStores(index.observations);
  let compared = 0;
  for (const [indicatorId, store] of stores)
    for (const vintage of VINTAGES)
      for (const period of PERIODS)
        for (const programmeId of programmes) {
          const query = { indicatorId, period, vintage, programmeId };
          const expected = mapFiguresFromObjects(index, query);
          expect(mapFiguresFor(index, query)).toEqual(expected);
          expect({ query, ...mapFiguresFromStores(index, [store], query) }).toEqual({ query, ...expected });
          compared += expected.drawn.length;
        }
  return compared;
}

describe.skipIf(!dataPresent)("column store on the real data", () => {
  it("draws every indicator, year and vintage exactly as mapFiguresFor (conflicts both, sources per figure)", () => {
    const index = realIndex();
    expect(expectSameMaps(index, [null, ...index.programmes.keys()])).toBeGreaterThan(0);
  });
});


/** Random figures over the focus atlas: a few areas, many periods, some reported twice with different values. */
function randomAtlas(seed: number): AtlasIndex {
  const rand = createRandom(seed);
  const pick = <T,>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  const areas: AreaRef[] = [
    { kind: "unit", unit: "pre2025:455" },
    { kind: "unit", unit: "pre2025:450" },
    { kind: "unit", unit: "pre2025:44" },
    { kind: "unit", unit: "pre2025:45" },
    { kind: "unit", unit: "post2025:44" },
    { kind: "unit", unit: "post2025:19111" },
    { kind: "group", group: "bo-trach-dong-hoi" },
    { kind: "unit", unit: "pre2025:unknown" },
  ];
  const periods: [string, string][] = [["2023", "2023"], ["2022", "2024"], ["2024-12", "2025-01"], ["2023-03", "2023-03"], ["2023-03-02", "2023-03-30"], ["2025", "2025"], ["2019-08", "2020"]];
  const observations: Observation[] = [];
  for (let i = 0; i < 120; i++) {
    const [periodStart, periodEnd] = pick(periods);
    const twin = rand() < 0.3 ? `k${Math.floor(rand() * 12)}` : undefined;
    observations.push(
      observation({
        id: `o${String(Math.floor(rand() * 1000)).padStart(3, "0")}-${i}`,
        indicatorId: pick(["cases_supported", "skills_courses"]),
        value: pick([5, 7, 7, 140, 135]),
        qualifier: pick(["exact", "exact", "at_least", "about"] as const),
        periodStart,
        periodEnd,
        reportedOn: pick([null, "2023", "2024-05", "2024-05-02"]),
        area: pick(areas),
        programmeId: pick(["tmsv", "other"]),
        sourceId: pick(["thoidai-tmsv3", "vnexpress"]),
        quote: pick(["một", "hai", "ba"]),
        ...(twin === undefined ? {} : { sameAs: twin }),
        ...(rand() < 0.1 ? { note: "n", partnerIds: ["p"], inconsistentWith: ["o1"], phaseId: "tmsv3" } : {}),
      }),
    );
  }
  return createTestAtlas({ observations });
}

describe("column store on random figures over the focus atlas", () => {
  it("draws exactly what mapFiguresFor draws, every seed, indicator, year, vintage and programme", () => {
    for (const seed of [1, 2, 3, 4, 5]) expect(expectSameMaps(randomAtlas(seed), [null, "tmsv", "other", "absent"])).toBeGreaterThan(0);
  });
  it("gives the same figures when an indicator's figures are split into one store per vintage", () => {
    const index = randomAtlas(7);
    const byVintage = (v: Vintage) => index.observations.filter((o) => (o.area.kind === "unit" ? o.area.unit.startsWith(v) : v === "pre2025"));
    const stores = VINTAGES.map((v) => buildFigureStore("cases_supported", byVintage(v)));
    for (const vintage of VINTAGES) {
      const query = { indicatorId: "cases_supported", period: { from: 2023, to: 2023 }, vintage };
      const split = mapFiguresFromStores(index, stores, query);
      const whole = mapFiguresFromObjects(index, query);
      expect(split.drawn).toEqual(whole.drawn);
      // Not drawn: the same areas and figures; across files there is no one file order to keep.
      const byArea = (list: typeof whole.notDrawn) => [...list].sort((a, b) => areaKey(a.reportedFor).localeCompare(areaKey(b.reportedFor)));
      expect(byArea(split.notDrawn)).toEqual(byArea(whole.notDrawn));
    }
  });
  it("never draws a figure of another indicator, and nothing for an indicator without a store", () => {
    const index = randomAtlas(3);
    const store = buildFigureStore("cases_supported", index.observations);
    expect(mapValuesFor(index, [store], { indicatorId: "skills_courses", period: null, vintage: "pre2025" })).toEqual({ drawn: [], notDrawn: [] });
  });
});
