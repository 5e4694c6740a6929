import { describe, expect, it } from "vitest";
import { createAtlasIndex, createObservation } from "../data/testing/fixtures";
import type { Observation, SourcedNumber } from "../schema";
import { conflictsOf, observationsConflict, sourcedNumbersConflict } from "./figures";

/**
 * THE table for the one conflict rule (data/README.md, "When two figures conflict"): every view
 * asks src/model/figures.ts, so this table decides the map, profile, charts, table and totals.
 */
const base = { sameAs: "qb-supported", indicatorId: "supported", area: { kind: "unit", unit: "pre2025:44" }, periodStart: "2023", periodEnd: "2025" } as const;
const a = (overrides: Partial<Observation>) => createObservation({ id: "a", value: 541, qualifier: "exact", ...base, ...overrides });
const b = (overrides: Partial<Observation>) => createObservation({ id: "b", value: 541, qualifier: "exact", ...base, ...overrides });

const OBSERVATION_CASES: [string, Observation, Observation, boolean][] = [
  ["541 and 541 agree", a({}), b({}), false],
  ["541 and more than 541 conflict (qualifier differs)", a({}), b({ qualifier: "at_least" }), true],
  ["about 500 and 500 conflict (qualifier differs)", a({ value: 500, qualifier: "about" }), b({ value: 500 }), true],
  ["135 and 140 conflict (value differs)", a({ value: 135 }), b({ value: 140 }), true],
  ["values 0.01 apart conflict: no tolerance", a({ value: 5994.45 }), b({ value: 5994.4 }), true],
  ["figures of different things (sameAs) never conflict", a({}), b({ value: 9, sameAs: "other" }), false],
  ["figures without sameAs never conflict", a({ sameAs: undefined }), b({ value: 9, sameAs: undefined }), false],
  ["another indicator is not the same figure", a({}), b({ value: 9, indicatorId: "trained" }), false],
  ["another area is not the same figure", a({}), b({ value: 9, area: { kind: "unit", unit: "pre2025:450" } }), false],
  ["periods that do not overlap are not the same figure", a({ periodStart: "2020", periodEnd: "2021" }), b({ value: 9 }), false],
  ["periods that overlap in part are the same figure", a({ periodStart: "2024-06", periodEnd: "2024-12" }), b({ value: 9 }), true],
  ["an observation never conflicts with itself", a({}), a({ value: 9 }), false],
];

const sourced = (value: number, extra: Partial<SourcedNumber> = {}): SourcedNumber => ({ value, source: "s", conflict: false, ...extra });

const SOURCED_CASES: [string, SourcedNumber, SourcedNumber, boolean][] = [
  ["5,994.45 and 5,994.40 km² conflict: no tolerance", sourced(5994.45), sourced(5994.4), true],
  ["the same area from two sources agrees", sourced(41.35), sourced(41.35), false],
  ["12,700 and more than 12,699 conflict", sourced(12700), sourced(12699, { qualifier: "at_least" }), true],
  ["an absent qualifier reads as exact", sourced(12700), sourced(12700, { qualifier: "exact" }), false],
  ["a 2009 census and a 2019 estimate are different periods", sourced(100, { asOf: "2009" }), sourced(120, { asOf: "2019" }), false],
  ["the same reference date stated twice differently conflicts", sourced(100, { asOf: "2019" }), sourced(120, { asOf: "2019" }), true],
  ["a value without a date may refer to any period: compared", sourced(100), sourced(120, { asOf: "2019" }), true],
];

describe("the one conflict rule", () => {
  it.each(OBSERVATION_CASES)("observations: %s", (_why, x, y, expected) => {
    expect(observationsConflict(x, y)).toBe(expected);
    expect(observationsConflict(y, x)).toBe(expected);
  });
  it.each(SOURCED_CASES)("areas and populations: %s", (_why, x, y, expected) => {
    expect(sourcedNumbersConflict(x, y)).toBe(expected);
    expect(sourcedNumbersConflict(y, x)).toBe(expected);
  });
});

describe("conflictsOf", () => {
  const ids = (list: readonly Observation[]) => list.map((o) => o.id);
  it("finds another source's different value for the same thing", () => {
    const index = createAtlasIndex();
    const obs = index.observations.find((o) => o.id === "o-province");
    expect(obs && ids(conflictsOf(index.observations, obs))).toEqual(["o-province-b"]);
  });
  it("names every source that disagrees", () => {
    const index = createAtlasIndex();
    const obs = index.observations.find((o) => o.id === "o-province-b");
    expect(obs && ids(conflictsOf(index.observations, obs))).toEqual(["o-province", "o-province-c"]);
  });
  it("finds nothing for a figure without sameAs", () => {
    const index = createAtlasIndex();
    const obs = index.observations.find((o) => o.id === "o-district");
    expect(obs && conflictsOf(index.observations, obs)).toEqual([]);
  });
});
