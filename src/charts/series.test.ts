import { describe, expect, it } from "vitest";
import type { Observation } from "../schema";
import {
  buildAreaSeries,
  cumulativeView,
  joinedLines,
  summarizeSeries,
  toPeriodMark,
} from "./series";

function makeObservation(overrides: Partial<Observation> = {}): Observation {
  return {
    id: "obs-1",
    indicatorId: "cases-supported",
    value: 10,
    qualifier: "exact",
    periodBasis: "stated",
    areaBasis: "stated",
    inconsistentWith: [],
    periodStart: "2023",
    periodEnd: "2023",
    reportedOn: "2024",
    area: { kind: "unit", unit: "pre2025:455" },
    programmeId: "tmsv",
    phaseId: null,
    partnerIds: [],
    sourceId: "src-a",
    quote: "…",
    quoteLang: "vi",
    ...overrides,
  };
}

function yearly(values: number[], firstYear = 2020): Observation[] {
  return values.map((value, i) =>
    makeObservation({ id: `y${i}`, value, periodStart: String(firstYear + i), periodEnd: String(firstYear + i) }),
  );
}

const additive = { id: "cases-supported", additive: true };
const notAdditive = { id: "cases-supported", additive: false };
const area = { kind: "unit", unit: "pre2025:455" } as const;



describe("toPeriodMark", () => {
  it("carries the figure's programme and whether its period was inferred, for the chart's table", () => {
    const mark = toPeriodMark(makeObservation({ programmeId: "hamyen-vet", periodBasis: "inferred" }), []);
    expect([mark.programmeId, mark.periodInferred]).toEqual(["hamyen-vet", true]);
    expect(toPeriodMark(makeObservation({}), []).periodInferred).toBe(false);
  });
  it("draws a 2023–2025 total over the whole three years", () => {
    const mark = toPeriodMark(makeObservation({ periodStart: "2023", periodEnd: "2025" }), []);
    expect([mark.start, mark.end]).toEqual([2023, 2026]);
  });
  it("names the other source of a conflicting figure", () => {
    const a = makeObservation({ id: "a", value: 140, sameAs: "qb-cases" });
    const b = makeObservation({ id: "b", value: 135, sameAs: "qb-cases", sourceId: "src-b" });
    expect(toPeriodMark(a, [a, b]).conflictWith).toEqual(["b"]);
  });
  it("calls the same number with another qualifier a conflict", () => {
    const a = makeObservation({ id: "a", value: 541, sameAs: "staff" });
    const b = makeObservation({ id: "b", value: 541, qualifier: "at_least", sameAs: "staff" });
    expect(toPeriodMark(a, [a, b]).conflictWith).toEqual(["b"]);
  });
  it("does not call an agreeing source a conflict", () => {
    const a = makeObservation({ id: "a", value: 140, sameAs: "qb-cases" });
    const b = makeObservation({ id: "b", value: 140, sameAs: "qb-cases" });
    expect(toPeriodMark(a, [a, b]).conflictWith).toEqual([]);
  });
});


describe("joinedLines", () => {
  const marksOf = (obs: Observation[]) => obs.map((o) => toPeriodMark(o, obs));

  it("draws no line through three figures", () => {
    expect(joinedLines(marksOf(yearly([1, 2, 3])), additive)).toEqual([]);
  });
  it("joins four adjacent yearly figures at their mid-years", () => {
    const [line] = joinedLines(marksOf(yearly([1, 2, 3, 4])), additive);
    expect(line?.map((p) => p.x)).toEqual([2020.5, 2021.5, 2022.5, 2023.5]);
  });
  it("draws no line for an indicator that is not additive", () => {
    expect(joinedLines(marksOf(yearly([1, 2, 3, 4])), notAdditive)).toEqual([]);
  });
  it("breaks the line at a gap year", () => {
    const obs = [...yearly([1, 2], 2019), ...yearly([3, 4], 2022).map((o) => ({ ...o, id: `late-${o.id}` }))];
    expect(joinedLines(marksOf(obs), additive).map((l) => l.length)).toEqual([2, 2]);
  });
  it("leaves out a figure that overlaps another", () => {
    const obs = [...yearly([1, 2, 3, 4]), makeObservation({ id: "span", periodStart: "2020", periodEnd: "2021" })];
    expect(joinedLines(marksOf(obs), additive).map((l) => l.length)).toEqual([2]);
  });
  it("does not join periods of different lengths", () => {
    const obs = [
      ...yearly([1, 2, 3]),
      makeObservation({ id: "h1", periodStart: "2023-01", periodEnd: "2023-06" }),
    ];
    expect(joinedLines(marksOf(obs), additive).map((l) => l.length)).toEqual([3]);
  });
});

describe("cumulativeView", () => {
  const marksOf = (obs: Observation[]) => obs.map((o) => toPeriodMark(o, obs));

  it("adds figures in period order", () => {
    const view = cumulativeView(marksOf(yearly([5, 1, 2])), additive);
    expect(view.available && view.marks.map((m) => m.value)).toEqual([5, 6, 8]);
  });
  it("is off for an indicator that is not additive", () => {
    expect(cumulativeView(marksOf(yearly([5, 1])), notAdditive)).toEqual({ available: false, reason: "not-additive" });
  });
  it("is off when periods overlap", () => {
    const obs = [makeObservation({ id: "a" }), makeObservation({ id: "b", periodStart: "2022", periodEnd: "2024" })];
    expect(cumulativeView(marksOf(obs), additive)).toEqual({ available: false, reason: "overlapping-periods" });
  });
  it("is off when sources disagree", () => {
    const obs = [makeObservation({ id: "a", sameAs: "k" }), makeObservation({ id: "b", value: 11, sameAs: "k" })];
    expect(cumulativeView(marksOf(obs), additive)).toEqual({ available: false, reason: "conflicting-figures" });
  });
  it("marks a total that includes an 'at least' figure as 'at least'", () => {
    const obs = yearly([5, 1]).map((o, i) => (i === 0 ? { ...o, qualifier: "at_least" as const } : o));
    const view = cumulativeView(marksOf(obs), additive);
    expect(view.available && view.marks[1]?.qualifier).toBe("at_least");
  });
  it("says there is nothing to add when there are no figures", () => {
    expect(cumulativeView([], additive)).toEqual({ available: false, reason: "no-figures" });
  });
});

describe("buildAreaSeries", () => {
  it("keeps only the chosen indicator", () => {
    const obs = [makeObservation({ id: "a" }), makeObservation({ id: "b", indicatorId: "other" })];
    expect(buildAreaSeries({ area, indicator: additive, observations: obs, window: null }).marks.map((m) => m.observationId)).toEqual(["a"]);
  });
  it("keeps only the figures in the window", () => {
    const series = buildAreaSeries({ area, indicator: additive, observations: yearly([1, 2, 3]), window: { from: 2021, to: 2021 } });
    expect(series.marks.map((m) => m.value)).toEqual([2]);
  });
  it("shows both of two conflicting figures", () => {
    const obs = [
      makeObservation({ id: "thoidai", value: 140, periodStart: "2023", periodEnd: "2025", sameAs: "k" }),
      makeObservation({ id: "bqt", value: 135, periodStart: "2023", periodEnd: "2025", sameAs: "k", sourceId: "src-b" }),
    ];
    const series = buildAreaSeries({ area, indicator: additive, observations: obs, window: null });
    expect(series.marks.map((m) => [m.value, m.conflictWith])).toEqual([[135, ["thoidai"]], [140, ["bqt"]]]);
  });
  it("counts two agreeing sources once in the cumulative view", () => {
    const obs = [
      makeObservation({ id: "a", value: 7, sameAs: "k" }),
      makeObservation({ id: "b", value: 7, sameAs: "k", sourceId: "src-b" }),
    ];
    const series = buildAreaSeries({ area, indicator: additive, observations: obs, window: null });
    expect(series.cumulative.available && series.cumulative.marks.map((m) => m.value)).toEqual([7]);
  });
  it("names a conflict partner that lies outside the window", () => {
    const obs = [
      // The same figure (overlapping periods, src/model/figures.ts); only "in" reaches into 2024.
      makeObservation({ id: "in", value: 1, periodStart: "2023", periodEnd: "2024", sameAs: "k" }),
      makeObservation({ id: "out", value: 2, periodStart: "2023", periodEnd: "2023", sameAs: "k" }),
    ];
    const series = buildAreaSeries({ area, indicator: additive, observations: obs, window: { from: 2024, to: 2024 } });
    expect(series.marks[0]?.conflictWith).toEqual(["out"]);
  });
});

describe("summarizeSeries", () => {
  it("gives the count, the years covered and whether sources disagree", () => {
    const obs = [
      makeObservation({ id: "a", value: 140, periodStart: "2023", periodEnd: "2025", sameAs: "k" }),
      makeObservation({ id: "b", value: 135, periodStart: "2023-08", periodEnd: "2025-08", sameAs: "k" }),
    ];
    const summary = summarizeSeries(buildAreaSeries({ area, indicator: additive, observations: obs, window: null }));
    expect([summary.count, summary.fromYear, summary.toYear, summary.sourcesDisagree]).toEqual([2, 2023, 2025, true]);
  });
  it("has no years when there are no figures", () => {
    expect(summarizeSeries({ marks: [] }).fromYear).toBeNull();
  });
});
