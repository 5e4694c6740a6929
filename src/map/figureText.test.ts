import { describe, expect, it } from "vitest";
import { createAtlasIndex, createObservation } from "../data/testing/fixtures";
import { figureProgrammes, figurePublishers, figureValueText, indicatorUnit, legendProgrammeNames } from "./figureText";

describe("figureValueText", () => {
  it("writes one value", () => {
    const observations = [createObservation({ id: "a", value: 140 })];
    expect(figureValueText({ observations, low: 140, high: 140 }, "en")).toBe("140");
  });

  it("writes disagreeing sources as a range", () => {
    const observations = [createObservation({ id: "a", value: 135 }), createObservation({ id: "b", value: 140 })];
    expect(figureValueText({ observations, low: 135, high: 140 }, "vi")).toBe("135–140");
  });

  it("keeps a qualifier", () => {
    const observations = [createObservation({ id: "a", value: 541, qualifier: "at_least" })];
    expect(figureValueText({ observations, low: 541, high: 541 }, "en")).toBe("≥\u00a0541");
  });

  it("shows a disagreement in qualifier only as a range too", () => {
    const observations = [createObservation({ id: "a", value: 30, qualifier: "about" }), createObservation({ id: "b", value: 30 })];
    expect(figureValueText({ observations, low: 30, high: 30 }, "en")).toBe("≈\u00a030–30");
  });

  it("formats numbers in the language's style", () => {
    const observations = [createObservation({ id: "a", value: 79000 })];
    expect(figureValueText({ observations, low: 79000, high: 79000 }, "en")).toBe("79,000");
  });
});

describe("figurePublishers", () => {
  it("names each publisher once", () => {
    const observations = [
      createObservation({ id: "a", sourceId: "news-a" }),
      createObservation({ id: "b", sourceId: "news-b" }),
      createObservation({ id: "c", sourceId: "news-a" }),
    ];
    expect(figurePublishers(createAtlasIndex(), { observations })).toEqual(["Báo A", "Báo B"]);
  });
});

describe("indicatorUnit", () => {
  it("uses the French unit word on a French map", () => {
    expect(indicatorUnit({ unitVi: "người", unitEn: "people", unitFr: "personnes" }, "fr")).toBe("personnes");
  });

  it("is empty while no indicator is chosen", () => {
    expect(indicatorUnit(undefined, "fr")).toBe("");
  });
});

describe("figureProgrammes", () => {
  it("names each programme of the figure's observations once, in the reader's language", () => {
    const index = createAtlasIndex();
    const [programme] = [...index.programmes.values()];
    if (programme === undefined) throw new Error("fixture has no programme");
    const observations = [createObservation({ id: "a" }), createObservation({ id: "b" }), createObservation({ id: "c", programmeId: "unknown-programme" })];
    expect(figureProgrammes(index, { observations }, "en")).toEqual([programme.nameEn, "unknown-programme"]);
    expect(figureProgrammes(index, { observations }, "vi")[0]).toBe(programme.nameVi);
  });
});

describe("legendProgrammeNames", () => {
  it("names the programmes of the figures drawn, each once", () => {
    const index = createAtlasIndex();
    const figures = [{ observations: [createObservation({ id: "a" })] }, { observations: [createObservation({ id: "b" })] }];
    expect(legendProgrammeNames(index, figures, null, "en")).toEqual(["TMSV"]);
  });

  it("names the chosen programme when it has nothing to draw, and nothing when none is chosen", () => {
    const index = createAtlasIndex();
    expect(legendProgrammeNames(index, [], "tmsv", "vi")).toEqual(["TMSV"]);
    expect(legendProgrammeNames(index, [], null, "vi")).toEqual([]);
  });
});
