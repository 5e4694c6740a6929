import { describe, expect, it } from "vitest";
import { createObservation } from "./testing/fixtures";
import { anyInferred, inconsistentFiguresOf } from "./inconsistency";

describe("inconsistentFiguresOf", () => {
  const packages = createObservation({ id: "packages", value: 169, inconsistentWith: ["packages", "cases"] });
  const cases = createObservation({ id: "cases", value: 140 });
  const otherSource = createObservation({ id: "other", value: 135, sourceId: "news-b" });

  it("gives the named figures of the same source, in the order named", () => {
    const found = inconsistentFiguresOf({ observations: [cases, packages, otherSource] }, packages);
    expect(found.map((o) => o.value)).toEqual([169, 140]);
  });
  it("leaves out a figure of another source and an unknown id", () => {
    const odd = createObservation({ id: "odd", inconsistentWith: ["other", "missing"] });
    expect(inconsistentFiguresOf({ observations: [odd, otherSource] }, odd)).toEqual([]);
  });
  it("gives nothing for a figure that names none", () => {
    expect(inconsistentFiguresOf({ observations: [cases, packages] }, cases)).toEqual([]);
  });
});

describe("anyInferred", () => {
  it("says which of period and area was inferred for any of the figures", () => {
    const stated = createObservation({ id: "a" });
    const inferredPeriod = createObservation({ id: "b", periodBasis: "inferred" });
    expect(anyInferred([stated])).toEqual({ period: false, area: false });
    expect(anyInferred([stated, inferredPeriod])).toEqual({ period: true, area: false });
  });
});
